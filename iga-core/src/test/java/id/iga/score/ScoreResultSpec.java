package id.iga.score;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import id.iga.rubric.Predikat;
import id.iga.rubric.Rubric;
import id.iga.submission.Region;
import id.iga.submission.RegionType;
import id.iga.submission.Submission;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** Two results are equal when every component is; a result's standing is its IID with its predikat. */
class ScoreResultSpec {
  private static final Submission MIXED = Submissions.mixed();

  @Test
  void theSameSubmissionScoredTwiceByTwoScorersGivesEqualResults() {
    ScoreResult a = Scorer.of(TestRubrics.mini()).score(MIXED, Mode.CLAIMED);
    ScoreResult b = Scorer.of(TestRubrics.mini()).score(Submissions.mixed(), Mode.CLAIMED);
    assertNotSame(a, b);
    assertEquals(a, b);
    assertEquals(a.hashCode(), b.hashCode());
  }

  @Test
  void resultsOfAnotherModeOrRegionAreNotEqual() {
    Scorer scorer = Scorer.of(TestRubrics.mini());
    ScoreResult claimed = scorer.score(MIXED, Mode.CLAIMED);
    Submission elsewhere = new Submission(2024, new Region("33.07", "Kabupaten Wonosobo", RegionType.KABUPATEN, "33"),
        MIXED.spd(), MIXED.innovations());
    assertNotEquals(claimed, scorer.score(MIXED, Mode.VERIFIED));
    assertNotEquals(claimed, scorer.score(elsewhere, Mode.CLAIMED));
    assertNotEquals(claimed, (Object) claimed.standing());
  }

  @Test
  void anInnovationsScoreIsEqualWhenItsInnovationLevelsAndCountedAnswersAre() {
    Scorer scorer = Scorer.of(TestRubrics.mini());
    ScoreResult claimed = scorer.score(MIXED, Mode.CLAIMED);
    assertEquals(claimed.innovations(), Scorer.of(TestRubrics.mini()).score(MIXED, Mode.CLAIMED).innovations());
    // Innovation A claims 16.00 and is verified at 12.00: its answer to 4 is pending.
    assertNotEquals(claimed.innovations().get(0), scorer.score(MIXED, Mode.VERIFIED).innovations().get(0));
    assertNotEquals(claimed.innovations().get(0), claimed.innovations().get(1));
    assertNotEquals(claimed.innovations().get(0), (Object) claimed);
  }

  @Test
  void theStandingIsTheReportedIidWithItsPredikat() {
    // IID 20.875 / 40 x 100 = 52.1875 (ModeSpec), reported 52.19, INOVATIF.
    Standing s = Scorer.of(TestRubrics.mini()).score(MIXED, Mode.CLAIMED).standing();
    assertEquals(new Standing(new Reported(new Fraction(835, 16), new BigDecimal("52.19")), Predikat.INOVATIF), s);
  }

  @Test
  void aScorerKeepsTheRubricItScoresUnder() {
    Rubric mini = TestRubrics.mini();
    assertSame(mini, Scorer.of(mini).rubric());
  }
}

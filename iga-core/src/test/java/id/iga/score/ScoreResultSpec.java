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
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Two results are equal when every component is; a result names what it was scored in, and its standing is its IID
 * with its predikat.
 */
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
  void aResultNamesTheRubricYearTheRegionAndTheModeItWasScoredIn() {
    ScoreResult r = Scorer.of(TestRubrics.mini()).score(MIXED, Mode.VERIFIED);
    assertEquals(List.of(2024, Submissions.SRAGEN, Mode.VERIFIED), List.of(r.year(), r.region(), r.mode()));
  }

  @Test
  void aStandingOfAnExactIidIsItReportedUnderTheRubricWithThePredikatOfTheReportedValue() {
    // 60.005 is reported 60.01 (half-up), the least IID of SANGAT_INOVATIF; 60.004 is reported 60.00, INOVATIF.
    CompiledRubric mini = CompiledRubric.of(TestRubrics.mini());
    assertEquals(List.of(new Standing(new Reported(new Fraction(12_001, 200), new BigDecimal("60.01")),
            Predikat.SANGAT_INOVATIF), new Standing(new Reported(new Fraction(15_001, 250), new BigDecimal("60.00")),
            Predikat.INOVATIF)),
        List.of(Standing.of(mini, new Fraction(12_001, 200)), Standing.of(mini, new Fraction(15_001, 250))));
  }

  @Test
  void aScorerKeepsTheRubricItScoresUnder() {
    Rubric mini = TestRubrics.mini();
    assertSame(mini, Scorer.of(mini).rubric());
  }
}

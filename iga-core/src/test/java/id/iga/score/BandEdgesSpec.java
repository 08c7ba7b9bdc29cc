package id.iga.score;

import static id.iga.score.Submissions.answers;
import static id.iga.score.Submissions.innovation;
import static id.iga.score.Submissions.submission;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.iga.rubric.Predikat;
import id.iga.submission.Affair;
import id.iga.submission.Answer;
import id.iga.submission.Innovation;
import id.iga.submission.Submission;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The predikat is read from the reported IID, rounded once. On {@link TestRubrics#hundred} the maximum total is 100,
 * so IID = total; k = 2 and an innovation's row 5 (weight 0.01) at level 1 adds 0.01 / 2 = 0.005.
 */
class BandEdgesSpec {
  private static final Scorer HALF_UP = Scorer.of(TestRubrics.hundred(RoundingMode.HALF_UP));

  /** Row 1 at level 3: 60. */
  private static final Submission SIXTY = submission(answers("1", Answer.level(3)), List.of());

  /** Row 1 at level 3, row 4 at level 1: 60.01. */
  private static final Submission SIXTY_ONE = submission(answers("1", Answer.level(3), "4", Answer.level(1)),
      List.of());

  /** Row 1 at level 3 and one innovation (not a basic service, so no count score) with row 5 at 1: 60.005. */
  private static final Submission SIXTY_HALF = submission(answers("1", Answer.level(3)),
      List.of(innovation("A", Affair.KOMINFO, answers("5", Answer.level(1)))));

  /** Rows 1, 2 at level 1 and 3 at level 3: 20 + 15 = 35. */
  private static final Submission THIRTY_FIVE = submission(answers("1", Answer.level(1), "2", Answer.level(3)),
      List.of());

  /**
   * Rows 1, 2, 3 at levels 1, 2, 1 (20 + 10 + 1) and one Pendidikan innovation with row 6 at level 1 (6.98 / 2 =
   * 3.49) and count score 0.5: 34.99.
   */
  private static final Submission THIRTY_FOUR_99 = almostThirtyFive(answers("6", Answer.level(1)));

  /** As {@link #THIRTY_FOUR_99}, with the innovation's row 5 at level 1 too (+ 0.005): 34.995. */
  private static final Submission THIRTY_FOUR_995 =
      almostThirtyFive(answers("6", Answer.level(1), "5", Answer.level(1)));

  private static Submission almostThirtyFive(Map<String, Answer> innovationAnswers) {
    Innovation inv = innovation("A", Affair.PENDIDIKAN, innovationAnswers);
    return submission(answers("1", Answer.level(1), "2", Answer.level(2), "3", Answer.level(1)), List.of(inv));
  }

  private static void assertSameValue(Fraction expected, Fraction actual) {
    assertTrue(expected.equals(actual), () -> "expected " + expected + " but was " + actual);
  }

  @Test
  void theMaximumTotalOfTheHundredRubricIs100() {
    assertEquals(new BigDecimal("100.00"), TestRubrics.hundred(RoundingMode.HALF_UP).maxima().total());
  }

  @Test
  void exactlySixtyIsTheTopOfInovatif() {
    ScoreResult r = HALF_UP.score(SIXTY, Mode.CLAIMED);
    assertEquals(new BigDecimal("60.00"), r.iid().value());
    assertEquals(Predikat.INOVATIF, r.predikat());
  }

  @Test
  void sixtyPointZeroOneIsTheBottomOfSangatInovatif() {
    ScoreResult r = HALF_UP.score(SIXTY_ONE, Mode.CLAIMED);
    assertEquals(new BigDecimal("60.01"), r.iid().value());
    assertEquals(Predikat.SANGAT_INOVATIF, r.predikat());
  }

  @Test
  void thirtyFiveIsTheBottomOfInovatif() {
    ScoreResult r = HALF_UP.score(THIRTY_FIVE, Mode.CLAIMED);
    assertEquals(new BigDecimal("35.00"), r.iid().value());
    assertEquals(Predikat.INOVATIF, r.predikat());
  }

  @Test
  void thirtyFourPointNinetyNineIsTheTopOfKurangInovatif() {
    ScoreResult r = HALF_UP.score(THIRTY_FOUR_99, Mode.CLAIMED);
    assertEquals(new BigDecimal("3.49"), r.maturityMean().value());
    assertEquals(new BigDecimal("0.50"), r.countScore().value());
    assertEquals(new BigDecimal("34.99"), r.iid().value());
    assertEquals(Predikat.KURANG_INOVATIF, r.predikat());
  }

  @Test
  void anExactSixtyPointZeroZeroFiveRoundsHalfUpIntoSangatInovatif() {
    ScoreResult r = HALF_UP.score(SIXTY_HALF, Mode.CLAIMED);
    assertSameValue(new Fraction(60005, 1000), r.iid().exact());
    assertEquals(new BigDecimal("0.01"), r.maturityMean().value());
    assertEquals(new BigDecimal("60.01"), r.iid().value());
    assertEquals(Predikat.SANGAT_INOVATIF, r.predikat());
  }

  @Test
  void anExactThirtyFourPointNineNineFiveRoundsHalfUpIntoInovatif() {
    ScoreResult r = HALF_UP.score(THIRTY_FOUR_995, Mode.CLAIMED);
    assertSameValue(new Fraction(34995, 1000), r.iid().exact());
    assertEquals(new BigDecimal("35.00"), r.iid().value());
    assertEquals(Predikat.INOVATIF, r.predikat());
  }

  @Test
  void theRoundingModeIsTheRubricsParameter() {
    // 60.005 half-even keeps the even 60.00; 34.995 half-down keeps 34.99.
    ScoreResult even = Scorer.of(TestRubrics.hundred(RoundingMode.HALF_EVEN)).score(SIXTY_HALF, Mode.CLAIMED);
    ScoreResult down = Scorer.of(TestRubrics.hundred(RoundingMode.HALF_DOWN)).score(THIRTY_FOUR_995, Mode.CLAIMED);

    assertEquals(new BigDecimal("60.00"), even.iid().value());
    assertEquals(Predikat.INOVATIF, even.predikat());
    assertEquals(new BigDecimal("34.99"), down.iid().value());
    assertEquals(Predikat.KURANG_INOVATIF, down.predikat());
  }

  @Test
  void everyReportedComponentIsRoundedOnceFromItsExactValue() {
    // Maturity mean 0.005 rounds to 0.01 on its own; it is not the difference of two rounded numbers.
    ScoreResult r = HALF_UP.score(SIXTY_HALF, Mode.CLAIMED);
    assertEquals(new BigDecimal("60.00"), r.spd().value());
    assertEquals(new BigDecimal("0.01"), r.sid().value());
    assertEquals(new BigDecimal("60.01"), r.total().value());
    assertSameValue(new Fraction(5, 1000), r.sid().exact());
  }
}

package id.iga.score;

import static id.iga.score.Submissions.allAt;
import static id.iga.score.Submissions.innovation;
import static id.iga.score.Submissions.submission;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.iga.rubric.Predikat;
import id.iga.rubric.Rubric;
import id.iga.rubric.Scope;
import id.iga.submission.Affair;
import id.iga.submission.Answer;
import id.iga.submission.Innovation;
import id.iga.submission.Submission;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The formula on a rubric shaped like 2024's (maximum 63 + 111 + 76 = 250, k = 10, gate 2, 0.38 x MIN(n, 200)), with
 * values worked out by hand.
 */
class ScorerSpec {
  private static final Rubric RUBRIC = TestRubrics.realShaped();
  private static final Scorer SCORER = Scorer.of(RUBRIC);
  private static final List<Affair> BASIC = List.of(Affair.PENDIDIKAN, Affair.KESEHATAN, Affair.PEKERJAAN_UMUM,
      Affair.PERUMAHAN, Affair.TRANTIBUM, Affair.SOSIAL);

  private static List<Innovation> perfectInnovations(List<Affair> affairs) {
    List<Innovation> out = new ArrayList<>();
    for (int i = 0; i < affairs.size(); i++) {
      out.add(innovation("INV-" + (i + 1), affairs.get(i), allAt(RUBRIC, Scope.INNOVATION, 3)));
    }
    return out;
  }

  private static void assertSameValue(Fraction expected, Fraction actual) {
    assertTrue(expected.equals(actual), () -> "expected " + expected + " but was " + actual);
  }

  @Test
  void theRubricShapedLike2024HasMaxima63And111And76And250() {
    assertEquals("SPD 63.00, maturity 111, count score 76.00, total 250.00", RUBRIC.maxima().toString());
  }

  @Test
  void everyRowAtLevelThreeWith200InnovationsCoveringTheSixBasicServicesScoresExactly100() {
    List<Affair> affairs = new ArrayList<>();
    for (int i = 0; i < 200; i++) {
      affairs.add(BASIC.get(i % 6));
    }
    ScoreResult r = SCORER.score(submission(allAt(RUBRIC, Scope.REGION, 3), perfectInnovations(affairs)),
        Mode.CLAIMED);

    assertEquals(new BigDecimal("100.00"), r.iid().value());
    assertEquals(Predikat.SANGAT_INOVATIF, r.predikat());
    assertEquals(List.of(), r.pointsLost());
    assertEquals(new BigDecimal("63.00"), r.spd().value());
    assertEquals(new BigDecimal("111.00"), r.maturityMean().value());
    assertEquals(new BigDecimal("76.00"), r.countScore().value());
    assertEquals(new BigDecimal("187.00"), r.sid().value());
    assertEquals(new BigDecimal("250.00"), r.total().value());
    assertEquals(new BigDecimal("250.00"), r.maxTotal());
    assertEquals(200, r.divisor());
    assertEquals(200, r.innovationCount());
    assertEquals(EnumSet.copyOf(BASIC), r.gate().covered());
    assertSameValue(new Fraction(100, 1), r.iid().exact());
  }

  @Test
  void fourInnovationsAreDividedByTheFloorOfTenNotByFour() {
    // SPD 63; maturities 4 x 111 = 444, / MAX(10, 4) = 44.4; count 4 x 0.38 = 1.52 (2 basic services >= gate 2);
    // total 63 + 44.4 + 1.52 = 108.92; IID 108.92 / 250 x 100 = 43.568.
    Submission s = submission(allAt(RUBRIC, Scope.REGION, 3),
        perfectInnovations(List.of(Affair.PENDIDIKAN, Affair.KESEHATAN, Affair.KOMINFO, Affair.PARIWISATA)));
    ScoreResult r = SCORER.score(s, Mode.CLAIMED);

    assertEquals(10, r.divisor());
    assertEquals(4, r.innovationCount());
    assertEquals(new BigDecimal("44.40"), r.maturityMean().value());
    assertEquals(new BigDecimal("1.52"), r.countScore().value());
    assertEquals(new BigDecimal("45.92"), r.sid().value());
    assertEquals(new BigDecimal("108.92"), r.total().value());
    assertEquals(new BigDecimal("43.57"), r.iid().value());
    assertEquals(Predikat.INOVATIF, r.predikat());
    assertSameValue(new Fraction(222, 5), r.maturityMean().exact());
    assertSameValue(new Fraction(43568, 1000), r.iid().exact());
  }

  @Test
  void sendingFourInnovationsAgainstAFloorOfTenLosesSixTenthsOfTheMaturityMaximum() {
    Submission s = submission(allAt(RUBRIC, Scope.REGION, 3),
        perfectInnovations(List.of(Affair.PENDIDIKAN, Affair.KESEHATAN, Affair.KOMINFO, Affair.PARIWISATA)));
    List<PointsLost> lost = SCORER.score(s, Mode.CLAIMED).pointsLost();

    // Count score 76 - 1.52 = 74.48; divisor (10 - 4) x 111 / 10 = 66.6; together 250 - 108.92 = 141.08.
    assertEquals(List.of("COUNT_SCORE", "DIVISOR"), lost.stream().map(PointsLost::code).toList());
    assertEquals(new BigDecimal("74.48"), lost.get(0).points().value());
    assertEquals(new BigDecimal("66.60"), lost.get(1).points().value());
    assertSameValue(new Fraction(7448, 100), lost.get(0).points().exact());
    assertSameValue(new Fraction(333, 5), lost.get(1).points().exact());
  }

  @Test
  void theCountScoreIsPaidWhenTheInnovationsCoverTheGateOfTwoBasicServices() {
    Submission s = submission(allAt(RUBRIC, Scope.REGION, 3),
        perfectInnovations(List.of(Affair.PENDIDIKAN, Affair.KESEHATAN, Affair.KOMINFO, Affair.PARIWISATA)));
    ScoreResult r = SCORER.score(s, Mode.CLAIMED);

    assertEquals(EnumSet.of(Affair.PENDIDIKAN, Affair.KESEHATAN), r.gate().covered());
    assertEquals(new BigDecimal("1.52"), r.countScore().value());
  }

  @Test
  void theCountScoreFallsToZeroOneBasicServiceBelowTheGate() {
    // Same four innovations, but two serve Pendidikan: 1 basic service < gate 2. Total 63 + 44.4 = 107.4 -> 42.96.
    Submission s = submission(allAt(RUBRIC, Scope.REGION, 3),
        perfectInnovations(List.of(Affair.PENDIDIKAN, Affair.PENDIDIKAN, Affair.KOMINFO, Affair.PARIWISATA)));
    ScoreResult r = SCORER.score(s, Mode.CLAIMED);

    assertEquals(EnumSet.of(Affair.PENDIDIKAN), r.gate().covered());
    assertEquals(new BigDecimal("0.00"), r.countScore().value());
    assertEquals(new BigDecimal("44.40"), r.sid().value());
    assertEquals(new BigDecimal("107.40"), r.total().value());
    assertEquals(new BigDecimal("42.96"), r.iid().value());
    assertSameValue(new Fraction(0, 1), r.countScore().exact());
  }

  @Test
  void theCountScoreCountsAtMost200Innovations() {
    // 210 innovations at level 0 in all six basic services: count MIN(210, 200) x 0.38 = 76; divisor 210.
    List<Innovation> innovations = new ArrayList<>();
    for (int i = 0; i < 210; i++) {
      innovations.add(innovation("INV-" + i, BASIC.get(i % 6), allAt(RUBRIC, Scope.INNOVATION, 0)));
    }
    ScoreResult r = SCORER.score(submission(allAt(RUBRIC, Scope.REGION, 0), innovations), Mode.CLAIMED);

    assertEquals(new BigDecimal("76.00"), r.countScore().value());
    assertEquals(210, r.divisor());
    assertEquals(new BigDecimal("0.00"), r.maturityMean().value());
    assertEquals(new BigDecimal("30.40"), r.iid().value());
    assertEquals(Predikat.KURANG_INOVATIF, r.predikat());
  }

  @Test
  void aRegionThatAnswersNothingAndSendsNothingIsTidakDapatDinilai() {
    ScoreResult r = SCORER.score(submission(Map.of(), List.of()), Mode.CLAIMED);

    assertEquals(new BigDecimal("0.00"), r.iid().value());
    assertEquals(Predikat.TIDAK_DAPAT_DINILAI, r.predikat());
    assertEquals(10, r.divisor());
    assertEquals(0, r.innovationCount());
  }

  @Test
  void aRowScoresItsLevelTimesItsWeight() {
    // Row 5a (weight 0.75) at level 2 = 1.5; row 12 (weight 2) at level 1 = 2; SPD 3.5.
    ScoreResult r = SCORER.score(submission(Submissions.answers("5a", Answer.level(2), "12",
        Answer.level(1)), List.of()), Mode.CLAIMED);

    assertEquals(new BigDecimal("3.50"), r.spd().value());
    RowScore row5a = r.spdRows().get(5);
    assertEquals("5a", row5a.indicator());
    assertEquals(2, row5a.level());
    assertEquals(new BigDecimal("1.50"), row5a.score());
    assertEquals(new BigDecimal("2.25"), row5a.max());
  }
}

package id.iga.score;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import id.iga.submission.Affair;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The parts of a result: the gate, a loss, a reported number, a row. */
class ResultPartsSpec {
  private static final Set<Affair> SIX = EnumSet.of(Affair.PENDIDIKAN, Affair.KESEHATAN, Affair.PEKERJAAN_UMUM,
      Affair.PERUMAHAN, Affair.TRANTIBUM, Affair.SOSIAL);

  @Test
  void theGateIsMetWhenTheInnovationsCoverTheRequiredBasicServices() {
    assertEquals(List.of(false, true, true), List.of(new Gate(2, Set.of(Affair.SOSIAL)).met(),
        new Gate(2, Set.of(Affair.SOSIAL, Affair.PENDIDIKAN)).met(), new Gate(0, Set.of()).met()));
  }

  @Test
  void theGateListsTheBasicServicesMissingInTheOrderOfAffair() {
    Gate g = new Gate(5, EnumSet.of(Affair.KESEHATAN, Affair.TRANTIBUM));
    assertEquals(List.of(Affair.PENDIDIKAN, Affair.PEKERJAAN_UMUM, Affair.PERUMAHAN, Affair.SOSIAL),
        List.copyOf(g.missing()));
    assertEquals(List.of(), List.copyOf(new Gate(6, SIX).missing()));
  }

  @Test
  void thereAreSixBasicServices() {
    assertEquals(List.copyOf(SIX), List.copyOf(Gate.basicServices()));
    assertEquals(6, new Gate(2, Set.of()).of());
  }

  @Test
  void aLossNamesItsIndicatorExactlyWhenItIsAnIndicatorLoss() {
    Reported two = Reported.of(new Fraction(2, 1), 2, RoundingMode.HALF_UP);
    PointsLost row = new PointsLost(PointsLost.Kind.INDICATOR, "31", two);
    PointsLost count = new PointsLost(PointsLost.Kind.COUNT_SCORE, null, two);
    assertEquals(List.of(Optional.of("31"), Optional.empty()), List.of(row.indicatorCode(), count.indicatorCode()));
    assertEquals(List.of("31", "COUNT_SCORE"), List.of(row.code(), count.code()));
    assertEquals("an indicator loss names its indicator", assertThrows(IllegalArgumentException.class,
        () -> new PointsLost(PointsLost.Kind.INDICATOR, null, two)).getMessage());
    assertEquals("DIVISOR names no indicator, not 31", assertThrows(IllegalArgumentException.class,
        () -> new PointsLost(PointsLost.Kind.DIVISOR, "31", two)).getMessage());
  }

  @Test
  void aReportedNumberIsRoundedOnceAndOrderedByItsExactValue() {
    Reported eighth = Reported.of(new Fraction(1, 8), 2, RoundingMode.HALF_UP);
    Reported thirteenHundredths = Reported.of(new Fraction(13, 100), 2, RoundingMode.HALF_UP);
    assertEquals(new BigDecimal("0.13"), eighth.value());
    assertEquals(eighth.value(), thirteenHundredths.value());
    assertEquals(List.of(-1, 1, 0), List.of(Integer.signum(eighth.compareTo(thirteenHundredths)),
        Integer.signum(thirteenHundredths.compareTo(eighth)), eighth.compareTo(eighth)));
  }

  @Test
  void aRowGivesItsAnswerWhenOneWasGiven() {
    ScoreResult r = Scorer.of(TestRubrics.mini()).score(Submissions.mixed(), Mode.CLAIMED);
    assertEquals(Optional.of(Submissions.mixed().spd().get("1")), r.spdRows().get(0).given());
    assertEquals(Optional.empty(), r.innovations().get(2).rows().get(2).given());
  }
}

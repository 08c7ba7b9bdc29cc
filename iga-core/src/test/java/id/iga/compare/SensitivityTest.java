package id.iga.compare;

import static id.iga.compare.CompareFixtures.sragen;
import static id.iga.compare.CompareFixtures.y2024;
import static id.iga.compare.CompareFixtures.y2026;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.iga.IgaException;
import id.iga.rubric.Overrides;
import id.iga.rubric.ParameterOverride;
import id.iga.rubric.Predikat;
import id.iga.score.Mode;
import id.iga.score.EnglishWarning;
import id.iga.score.Warning;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class SensitivityTest {
  @Test
  void aHigherDivisorFloorDilutesTheMaturityOfFewInnovations() {
    // 2024 fixture, k = 2 -> 4: maturity mean 44 / 4 = 11, total 10 + 11 + 1 = 22, IID 44.00 (was 66.00).
    Difference d = Sensitivity.of(y2024(), List.of(Overrides.parse("k=4"))).score(sragen(), Mode.CLAIMED);
    assertEquals(new BigDecimal("66.00"), d.published().iid().value());
    assertEquals(new BigDecimal("44.00"), d.derived().iid().value());
    assertEquals(new BigDecimal("-22.00"), d.iidChange());
    assertEquals("-22.00", d.iidChangeText());
    assertEquals(Predikat.INOVATIF, d.derived().predikat());
    assertTrue(d.predikatChanged());
    assertEquals(List.of(new ParameterOverride("divisorFloor", "2", "4")), d.derived().overrides());
    assertEquals(List.of(), d.published().overrides());
  }

  @Test
  void theDerivedResultWarnsThatItWasScoredWithOtherParameters() {
    Difference d = Sensitivity.of(y2024(), List.of(Overrides.parse("gate=3"), Overrides.parse("rounding=HALF_EVEN")))
        .score(sragen(), Mode.CLAIMED);
    // Gate 3 of 6 unmet by two basic-service affairs: count score 0, total 32, IID 64.00.
    assertEquals(new BigDecimal("64.00"), d.derived().iid().value());
    assertEquals("-2.00", d.iidChangeText());
    assertFalse(d.predikatChanged());
    // A value the user sets is not published: it is ASSUMED, and the result says so as well as naming the override.
    // The gate unmet, the fixture's ASSUMED rule that the count score is then 0 decided the result too.
    assertEquals(List.of(new EnglishWarning(Warning.Kind.ASSUMED_PARAMETER, null, null,
        "rubric 2024 rests on 3 ASSUMED fact(s): basicServiceGate, rounding, rule countScoreWithoutGate"),
        new EnglishWarning(Warning.Kind.OVERRIDDEN_PARAMETER, null, null,
        "scored with parameters other than the published rubric 2024's: basicServiceGate 1 -> 3, rounding HALF_UP -> HALF_EVEN")),
        EnglishWarning.of(d.derived().warnings()));
  }

  @Test
  void aBandEdgeMovesThePredikatAndACountScoreMovesTheIid() {
    // 2026 fixture, IID 56.00 Inovatif: with Sangat Inovatif from 55.01 it is Sangat Inovatif at the same IID.
    Difference same = Sensitivity.of(y2026(), List.of(Overrides.parse("band.SANGAT_INOVATIF=55.01")))
        .score(sragen(), Mode.CLAIMED);
    assertEquals("0.00", same.iidChangeText());
    assertEquals(Predikat.SANGAT_INOVATIF, same.derived().predikat());
    assertTrue(same.predikatChanged());
    Difference up = Sensitivity.of(y2026(), List.of(Overrides.parse("countScore=1.5"))).score(sragen(), Mode.CLAIMED);
    // Count score 2 x 1.5 = 3 of a maximum 15: total 10 + 17 + 3 = 30 of 60, IID 50.00 (was 56.00).
    assertEquals("-6.00", up.iidChangeText());
  }

  @Test
  void aWhatIfOfAnotherYearIsRefused() {
    IgaException e = assertThrows(IgaException.class, () -> Sensitivity.of(y2024(), y2026()));
    assertEquals("a what-if of rubric 2024 must be of the same year, not 2026", e.getMessage());
  }
}

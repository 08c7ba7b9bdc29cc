package id.iga.years;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import id.iga.rubric.Fact;
import id.iga.rubric.Indicator;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** Laws relating the 2024 and 2026 thresholds: 2026 raised them, so the same fact never earns more in 2026. */
class ThresholdLaws {
  private static final Indicator BENEFIT_2024 = Rubrics.forYear(2024).indicator("33").orElseThrow();
  private static final Indicator BENEFIT_2026 = Rubrics.forYear(2026).indicator("33").orElseThrow();
  private static final Indicator COMPLAINTS_2024 = Rubrics.forYear(2024).indicator("29").orElseThrow();
  private static final Indicator COMPLAINTS_2026 = Rubrics.forYear(2026).indicator("29").orElseThrow();

  @Test
  void aNumberOfPersonsBenefitingNeverEarnsAHigherLevelIn2026ThanIn2024() {
    qt().forAll(integers().between(0, 1_000_000)).checkAssert(n -> {
      Fact persons = Fact.measure("persons", BigDecimal.valueOf(n));
      int before = BENEFIT_2024.levelOf(persons);
      int after = BENEFIT_2026.levelOf(persons);
      assertTrue(after <= before, n + " persons: level " + after + " in 2026, " + before + " in 2024");
    });
  }

  @Test
  void aShareOfComplaintsResolvedNeverEarnsAHigherLevelIn2026ThanIn2024() {
    qt().forAll(integers().between(0, 10_000)).checkAssert(hundredths -> {
      Fact share = Fact.quantity(BigDecimal.valueOf(hundredths, 2));
      int before = COMPLAINTS_2024.levelOf(share);
      int after = COMPLAINTS_2026.levelOf(share);
      assertTrue(after <= before, share + ": level " + after + " in 2026, " + before + " in 2024");
    });
  }
}

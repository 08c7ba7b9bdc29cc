package id.iga.rubric;

import static id.iga.rubric.RubricFixtures.KNOWN;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import id.iga.IgaException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The formula's parameters refuse values the formula cannot use. */
class ParametersTest {
  private static String refused(int k, String per, int cap, int gate, int scale, RoundingMode rounding) {
    return assertThrows(IgaException.class, () -> new Parameters(Sourced.of(k, KNOWN),
        Sourced.of(new BigDecimal(per), KNOWN), Sourced.of(cap, KNOWN), Sourced.of(gate, KNOWN),
        Sourced.of(scale, KNOWN), Sourced.of(rounding, KNOWN))).getMessage();
  }

  @Test
  void theDivisorFloorIsAtLeastOne() {
    assertEquals("divisorFloor must be at least 1, not 0", refused(0, "0.38", 200, 2, 2, RoundingMode.HALF_UP));
  }

  @Test
  void theCountScoreIsANonNegativeDecimalWithAtMostFourDecimals() {
    assertEquals("countScorePerInnovation must be a non-negative decimal with at most 4 decimals, not -0.38",
        refused(10, "-0.38", 200, 2, 2, RoundingMode.HALF_UP));
    assertEquals("countScorePerInnovation must be a non-negative decimal with at most 4 decimals, not 0.00001",
        refused(10, "0.00001", 200, 2, 2, RoundingMode.HALF_UP));
  }

  @Test
  void theCapIsNotNegative() {
    assertEquals("countCap must not be negative, not -1", refused(10, "0.38", -1, 2, 2, RoundingMode.HALF_UP));
  }

  @Test
  void theGateIsZeroToSix() {
    assertEquals("basicServiceGate must be 0..6, not 7", refused(10, "0.38", 200, 7, 2, RoundingMode.HALF_UP));
    assertEquals("basicServiceGate must be 0..6, not -1", refused(10, "0.38", 200, -1, 2, RoundingMode.HALF_UP));
  }

  @Test
  void theReportingScaleIsZeroToFour() {
    assertEquals("reportingScale must be 0..4, not 5", refused(10, "0.38", 200, 2, 5, RoundingMode.HALF_UP));
  }

  @Test
  void theRoundingModeMustRound() {
    assertEquals("rounding must say how to round; UNNECESSARY cannot round a score",
        refused(10, "0.38", 200, 2, 2, RoundingMode.UNNECESSARY));
  }

  @Test
  void theMaximumCountScoreIsCapTimesScorePerInnovation() {
    Parameters p = RubricFixtures.parameters(10, "0.38", 200, 2, RoundingMode.HALF_UP);
    assertEquals(new BigDecimal("76.00"), p.maxCountScore());
    assertEquals(List.of("divisorFloor", "countScorePerInnovation", "countCap", "basicServiceGate", "reportingScale",
        "rounding"), List.copyOf(p.named().keySet()));
  }
}

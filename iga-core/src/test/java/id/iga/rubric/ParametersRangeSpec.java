package id.iga.rubric;

import static id.iga.rubric.RubricFixtures.KNOWN;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.junit.jupiter.api.Test;

/** The ends of the ranges the parameters accept are inside them. */
class ParametersRangeSpec {
  private static Parameters parameters(String per, int cap, int scale) {
    return new Parameters(Sourced.of(1, KNOWN), Sourced.of(new BigDecimal(per), KNOWN), Sourced.of(cap, KNOWN),
        Sourced.of(0, KNOWN), Sourced.of(scale, KNOWN), Sourced.of(RoundingMode.HALF_UP, KNOWN));
  }

  @Test
  void noCountScoreAndACountScoreOfFourDecimalsAreAccepted() {
    assertEquals(new BigDecimal("0"), parameters("0", 200, 2).maxCountScore());
    assertEquals(new BigDecimal("0.0200"), parameters("0.0001", 200, 2).maxCountScore());
  }

  @Test
  void wholeNumbersAndFourDecimalsAreReportingScales() {
    assertEquals(0, parameters("0.38", 200, 0).reportingScale().value());
    assertEquals(4, parameters("0.38", 200, 4).reportingScale().value());
  }
}

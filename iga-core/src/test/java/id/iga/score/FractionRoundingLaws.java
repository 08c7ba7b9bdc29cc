package id.iga.score;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.junit.jupiter.api.Test;

/**
 * Rounding an exact fraction: the long division the engine uses gives exactly what {@link BigDecimal} division gives,
 * value and scale, in every rounding mode.
 */
class FractionRoundingLaws {
  private static BigDecimal reference(long numerator, long denominator, int scale, RoundingMode mode) {
    return BigDecimal.valueOf(numerator).divide(BigDecimal.valueOf(denominator), scale, mode);
  }

  @Test
  void roundingEqualsBigDecimalDivision() {
    qt().withFixedSeed(20_261_123L).withExamples(20_000)
        .forAll(longs().between(-1_000_000, 1_000_000).mix(longs().all()),
            longs().between(1, 64).mix(longs().between(1, Long.MAX_VALUE)), integers().between(0, 20),
            arbitrary().pick(RoundingMode.UP, RoundingMode.DOWN, RoundingMode.CEILING, RoundingMode.FLOOR,
                RoundingMode.HALF_UP, RoundingMode.HALF_DOWN, RoundingMode.HALF_EVEN))
        .checkAssert((n, d, scale, mode) -> assertEquals(reference(n, d, scale, mode),
            new Fraction(n, d).round(scale, mode), () -> n + "/" + d + " to " + scale + " " + mode));
  }

  @Test
  void halvesRoundAsTheirModeSays() {
    assertEquals(new BigDecimal("0.13"), new Fraction(1, 8).round(2, RoundingMode.HALF_UP));
    assertEquals(new BigDecimal("0.12"), new Fraction(1, 8).round(2, RoundingMode.HALF_DOWN));
    assertEquals(new BigDecimal("0.12"), new Fraction(1, 8).round(2, RoundingMode.HALF_EVEN));
    assertEquals(new BigDecimal("0.38"), new Fraction(3, 8).round(2, RoundingMode.HALF_EVEN));
    assertEquals(new BigDecimal("-0.13"), new Fraction(-1, 8).round(2, RoundingMode.HALF_UP));
    assertEquals(new BigDecimal("-0.12"), new Fraction(-1, 8).round(2, RoundingMode.CEILING));
    assertEquals(new BigDecimal("-0.13"), new Fraction(-1, 8).round(2, RoundingMode.FLOOR));
    assertEquals(new BigDecimal("0.00"), new Fraction(0, 7).round(2, RoundingMode.UP));
  }

  @Test
  void unnecessaryRoundingIsExactOrRefused() {
    assertEquals(new BigDecimal("0.25"), new Fraction(1, 4).round(2, RoundingMode.UNNECESSARY));
    ArithmeticException e = assertThrows(ArithmeticException.class,
        () -> new Fraction(1, 3).round(2, RoundingMode.UNNECESSARY));
    assertEquals("Rounding necessary", e.getMessage());
  }

  @Test
  void aNumeratorTooLargeForLongDivisionIsRoundedByBigDecimal() {
    assertEquals(new BigDecimal("4611686018427387903.50"),
        new Fraction(Long.MAX_VALUE, 2).round(2, RoundingMode.HALF_UP));
    assertEquals(new BigDecimal("-4611686018427387904"), new Fraction(Long.MIN_VALUE, 2).round(0, RoundingMode.UP));
  }
}

package id.iga.score;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Making a fraction, rounding one to tens or hundreds (a negative scale, as {@link BigDecimal} has them), and which
 * roundings divide in longs rather than in BigDecimal.
 */
class FractionSpec {
  @Test
  void aDenominatorOfZeroOrLessIsRefused() {
    assertEquals("denominator must be positive: 0",
        assertThrows(ArithmeticException.class, () -> new Fraction(1, 0)).getMessage());
    assertEquals("denominator must be positive: -4",
        assertThrows(ArithmeticException.class, () -> Fraction.of(2, -4)).getMessage());
  }

  @Test
  void ofGivesTheFractionInLowestTerms() {
    Fraction f = Fraction.of(6, 8);
    assertEquals(List.of(3L, 4L), List.of(f.numerator(), f.denominator()));
  }

  @Test
  void aNegativeScaleRoundsToTensOrHundreds() {
    assertEquals(new BigDecimal("1.2E+3"), new Fraction(1250, 1).round(-2, RoundingMode.HALF_EVEN));
    assertEquals(new BigDecimal("1.3E+3"), new Fraction(1250, 1).round(-2, RoundingMode.HALF_UP));
    assertEquals(new BigDecimal("4E+1"), new Fraction(125, 3).round(-1, RoundingMode.HALF_UP));
  }

  @Test
  void aWholeDecimalOfScaleZeroBecomesItselfOverOne() {
    assertEquals(List.of(7L, 1L), List.of(Fraction.valueOf(new BigDecimal("7")).numerator(),
        Fraction.valueOf(new BigDecimal("7")).denominator()));
    assertEquals(new Fraction(-3, 20), Fraction.valueOf(new BigDecimal("-0.150")));
  }

  @Test
  void roundingDividesInLongsExactlyWhenTheNumeratorTimesTenToTheScaleFitsALong() {
    long limit = Long.MAX_VALUE / 100;
    assertEquals(List.of(true, true, false, false), List.of(Fraction.dividesInLongs(limit, 2),
        Fraction.dividesInLongs(-limit, 2), Fraction.dividesInLongs(limit + 1, 2),
        Fraction.dividesInLongs(-limit - 1, 2)));
    assertEquals(List.of(true, true, true), List.of(Fraction.dividesInLongs(0, 2), Fraction.dividesInLongs(1, 2),
        Fraction.dividesInLongs(-1, 2)));
  }

  @Test
  void roundingDividesInLongsForScalesZeroToEighteen() {
    assertEquals(List.of(true, true, true, false), List.of(Fraction.dividesInLongs(Long.MAX_VALUE, 0),
        Fraction.dividesInLongs(9, 18), Fraction.dividesInLongs(-9, 18), Fraction.dividesInLongs(10, 18)));
    assertEquals(List.of(false, false, false), List.of(Fraction.dividesInLongs(1, -1),
        Fraction.dividesInLongs(0, 19), Fraction.dividesInLongs(0, Integer.MAX_VALUE)));
  }
}

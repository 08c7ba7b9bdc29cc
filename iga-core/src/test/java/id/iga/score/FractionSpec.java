package id.iga.score;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Making a fraction, and rounding one to tens or hundreds (a negative scale, as {@link BigDecimal} has them). */
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
}

package id.iga.score;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;

/**
 * An exact rational score, {@code numerator / denominator}. The engine computes every reported number as
 * a fraction of integers and rounds it once, with {@link #round(int, RoundingMode)}, when it is reported.
 *
 * @param numerator the numerator
 * @param denominator the denominator, positive
 */
public record Fraction(long numerator, long denominator) implements Comparable<Fraction> {
  public Fraction {
    if (denominator <= 0) {
      throw new ArithmeticException("denominator must be positive: " + denominator);
    }
  }

  /**
   * @param scale decimals
   * @param mode how to round
   * @return the value rounded once to {@code scale} decimals
   */
  public BigDecimal round(int scale, RoundingMode mode) {
    return BigDecimal.valueOf(numerator).divide(BigDecimal.valueOf(denominator), scale, mode);
  }

  @Override
  public int compareTo(Fraction o) {
    try {
      return Long.compare(Math.multiplyExact(numerator, o.denominator), Math.multiplyExact(o.numerator, denominator));
    } catch (ArithmeticException overflow) {
      return BigInteger.valueOf(numerator).multiply(BigInteger.valueOf(o.denominator))
          .compareTo(BigInteger.valueOf(o.numerator).multiply(BigInteger.valueOf(denominator)));
    }
  }

  /**
   * @param other another fraction
   * @return whether both have the same value (2/4 equals 1/2)
   */
  public boolean sameValue(Fraction other) {
    return compareTo(other) == 0;
  }

  @Override
  public String toString() {
    return numerator + "/" + denominator;
  }
}

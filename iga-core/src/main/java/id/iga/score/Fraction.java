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
    // When numerator x 10^scale fits a long, divide in longs; the result is the one BigDecimal division gives.
    if (scale >= 0 && scale < POWERS_OF_TEN.length && mode != RoundingMode.UNNECESSARY) {
      long power = POWERS_OF_TEN[scale];
      long limit = Long.MAX_VALUE / power;
      if (numerator <= limit && numerator >= -limit) {
        return BigDecimal.valueOf(divide(numerator * power, denominator, mode), scale);
      }
    }
    return BigDecimal.valueOf(numerator).divide(BigDecimal.valueOf(denominator), scale, mode);
  }

  private static final long[] POWERS_OF_TEN = {
    1L, 10L, 100L, 1_000L, 10_000L, 100_000L, 1_000_000L, 10_000_000L, 100_000_000L, 1_000_000_000L,
    10_000_000_000L, 100_000_000_000L, 1_000_000_000_000L, 10_000_000_000_000L, 100_000_000_000_000L,
    1_000_000_000_000_000L, 10_000_000_000_000_000L, 100_000_000_000_000_000L, 1_000_000_000_000_000_000L
  };

  /** {@code a / b} rounded to an integer with the mode (not UNNECESSARY); b is positive. */
  private static long divide(long a, long b, RoundingMode mode) {
    long q = a / b;
    long r = a % b;
    if (r == 0) {
      return q;
    }
    // q is truncated toward zero; the exact quotient lies strictly between q and q + sign.
    int sign = a < 0 ? -1 : 1;
    long abs = Math.abs(r);
    int half = Long.compare(abs, b - abs);
    boolean away;
    switch (mode) {
      case UP:
        away = true;
        break;
      case DOWN:
        away = false;
        break;
      case CEILING:
        away = sign > 0;
        break;
      case FLOOR:
        away = sign < 0;
        break;
      case HALF_UP:
        away = half >= 0;
        break;
      case HALF_DOWN:
        away = half > 0;
        break;
      case HALF_EVEN:
        away = half > 0 || (half == 0 && (q & 1) != 0);
        break;
      default:
        throw new IllegalArgumentException("no long division for rounding mode " + mode);
    }
    return away ? q + sign : q;
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

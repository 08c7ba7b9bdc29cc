package id.iga.score;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;

/**
 * An exact rational score, {@code numerator / denominator}, always in lowest terms. The engine computes every
 * reported number as a fraction of integers and rounds it once, with {@link #round(int, RoundingMode)}, when it is
 * reported ({@link Reported}).
 *
 * <p>The canonical constructor reduces: {@code new Fraction(2, 4)} is {@code 1/2}, so {@link #equals},
 * {@link #hashCode} and {@link #compareTo} agree (two fractions are equal exactly when they have the same value).
 * Callers may construct fractions.
 *
 * @param numerator the numerator, in lowest terms with the denominator
 * @param denominator the denominator, positive
 * @since 1.0
 */
public record Fraction(long numerator, long denominator) implements Comparable<Fraction> {
  /**
   * @param numerator the numerator
   * @param denominator the denominator, positive
   * @throws ArithmeticException when the denominator is not positive
   */
  public Fraction {
    if (denominator <= 0) {
      throw new ArithmeticException("denominator must be positive: " + denominator);
    }
    // |Long.MIN_VALUE| is 2^63, whose common factors with a positive long are the powers of two.
    long g = numerator == Long.MIN_VALUE ? 1L << Long.numberOfTrailingZeros(denominator)
        : gcd(Math.abs(numerator), denominator);
    // g >= 1 (gcd(0, d) is d): dividing by 1 leaves a fraction in lowest terms as it is.
    numerator /= g;
    denominator /= g;
  }

  /** Binary GCD of a >= 0 and b > 0. */
  private static long gcd(long a, long b) {
    if (a == 0) {
      return b;
    }
    int shift = Long.numberOfTrailingZeros(a | b);
    a >>= Long.numberOfTrailingZeros(a);
    do {
      // Both odd: gcd(a, b) = gcd(min(a, b), |b - a|), and |b - a| is even, so the next step shifts it.
      b >>= Long.numberOfTrailingZeros(b);
      long difference = b - a;
      a = Math.min(a, b);
      b = Math.abs(difference);
    } while (b != 0);
    return a << shift;
  }

  /**
   * @param numerator the numerator
   * @param denominator the denominator, positive
   * @return the fraction in lowest terms
   * @throws ArithmeticException when the denominator is not positive
   */
  public static Fraction of(long numerator, long denominator) {
    return new Fraction(numerator, denominator);
  }

  /**
   * @param value a decimal
   * @return the decimal as a fraction: its unscaled value over 10^scale (a negative scale multiplies instead)
   * @throws ArithmeticException when the numerator or denominator would not fit a {@code long}
   */
  public static Fraction valueOf(BigDecimal value) {
    // A negative scale is brought to 0 (the unscaled value multiplied out); setScale to its own scale is the value.
    BigDecimal v = value.setScale(Math.max(0, value.scale()));
    return new Fraction(v.unscaledValue().longValueExact(),
        BigDecimal.ONE.scaleByPowerOfTen(v.scale()).toBigIntegerExact().longValueExact());
  }

  /**
   * @param scale decimals
   * @param mode how to round
   * @return the value rounded once to {@code scale} decimals
   */
  public BigDecimal round(int scale, RoundingMode mode) {
    // When numerator x 10^scale fits a long, divide in longs; the result is the one BigDecimal division gives.
    if (mode != RoundingMode.UNNECESSARY && dividesInLongs(numerator, scale)) {
      return BigDecimal.valueOf(divide(numerator * POWERS_OF_TEN[scale], denominator, mode), scale);
    }
    return BigDecimal.valueOf(numerator).divide(BigDecimal.valueOf(denominator), scale, mode);
  }

  /**
   * Whether {@link #round} divides in longs (for a mode other than UNNECESSARY): the other cases take the slower
   * BigDecimal division, which gives the same result.
   *
   * @param numerator a numerator
   * @param scale decimals
   * @return whether the scale is 0..18 and numerator x 10^scale fits a long, between -Long.MAX_VALUE and
   *     Long.MAX_VALUE
   */
  static boolean dividesInLongs(long numerator, int scale) {
    if (scale < 0 || scale >= POWERS_OF_TEN.length) {
      return false;
    }
    long limit = Long.MAX_VALUE / POWERS_OF_TEN[scale];
    return numerator <= limit && numerator >= -limit;
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
    // q is truncated toward zero; the exact quotient lies strictly between q and q + sign (r has a's sign, -1 or 1).
    int sign = Long.signum(r);
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
        away = sign == 1;
        break;
      case FLOOR:
        away = sign == -1;
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

  @Override
  public String toString() {
    return numerator + "/" + denominator;
  }
}

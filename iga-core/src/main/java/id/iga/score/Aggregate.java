package id.iga.score;

import id.iga.IgaException;
import id.iga.Message;
import java.math.BigInteger;

/**
 * A region's facts resolved to levels and summed, all that the IID's aggregation needs: the SPD, the sum of the
 * innovations' maturities, the number of innovations n and the basic-service affairs they cover. A result gives it
 * ({@link ScoreResult#aggregate()}); {@link CompiledRubric#standing(Aggregate)} aggregates it again under any rubric
 * with the same indicators and levels (another divisor floor, gate, count weight, cap, rounding or bands), without
 * resolving a fact again: what-if, sweeps, uncertainty and calibration ask the same facts many questions.
 *
 * @param spd the SPD, in units of 1/{@value CompiledRubric#UNIT} of a point
 * @param maturitySum the sum of the maturities, in the same units
 * @param n the innovations counted
 * @param covered the basic-service affairs they cover, 0 to 6
 *
 * @since 1.0
 */
public record Aggregate(long spd, long maturitySum, int n, int covered) {
  /**
   * Checks the components, as the type's documentation describes them.
   *
   * @param spd the SPD, in units
   * @param maturitySum the sum of the maturities, in units
   * @param n the innovations counted
   * @param covered the basic-service affairs they cover
   */
  public Aggregate {
    if (spd < 0 || maturitySum < 0 || n < 0 || covered < 0 || covered > 6) {
      throw new IgaException(Message.of("score.aggregate.invalid", spd, maturitySum, n, covered));
    }
  }

  /**
   * @param exact an exact score
   * @param factor what to multiply it by (the divisor, for a mean)
   * @return the product in units
   * @throws IllegalStateException when it is not a whole number of units (an engine fault)
   */
  static long units(Fraction exact, long factor) {
    BigInteger[] qr = BigInteger.valueOf(exact.numerator()).multiply(BigInteger.valueOf(CompiledRubric.UNIT))
        .multiply(BigInteger.valueOf(factor)).divideAndRemainder(BigInteger.valueOf(exact.denominator()));
    if (qr[1].signum() != 0) {
      throw new IllegalStateException(exact + " is not a whole number of units");
    }
    return qr[0].longValueExact();
  }
}

package id.iga.score;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import java.math.BigInteger;
import org.junit.jupiter.api.Test;

/**
 * A fraction is its value: equality, hash code and order agree, whatever numerator and denominator it was made from.
 */
class FractionEqualityLaws {

  @Test
  void equalsAgreesWithCompareTo() {
    qt().withFixedSeed(20_261_129L).withExamples(20_000)
        .forAll(longs().between(-1_000, 1_000).mix(longs().between(Long.MIN_VALUE, Long.MAX_VALUE)),
            longs().between(1, 1_000).mix(longs().between(1, Long.MAX_VALUE)),
            longs().between(-1_000, 1_000), longs().between(1, 1_000))
        .checkAssert((a, b, c, d) -> {
          Fraction x = new Fraction(a, b);
          Fraction y = new Fraction(c, d);
          assertEquals(x.compareTo(y) == 0, x.equals(y), () -> x + " vs " + y);
          assertEquals(Integer.signum(x.compareTo(y)), Integer.signum(exactCompare(a, b, c, d)),
              () -> a + "/" + b + " vs " + c + "/" + d);
        });
  }

  @Test
  void equalValuesHaveEqualHashCodes() {
    qt().withFixedSeed(20_261_130L).withExamples(20_000)
        .forAll(longs().between(-1_000_000, 1_000_000), longs().between(1, 1_000_000), longs().between(1, 1_000))
        .checkAssert((n, d, k) -> {
          Fraction reduced = new Fraction(n, d);
          Fraction scaled = new Fraction(n * k, d * k);
          assertEquals(reduced, scaled);
          assertEquals(reduced.hashCode(), scaled.hashCode());
        });
  }

  @Test
  void aFractionIsKeptInLowestTerms() {
    assertEquals(new Fraction(1, 2), new Fraction(2, 4));
    assertEquals(1, new Fraction(2, 4).numerator());
    assertEquals(2, new Fraction(2, 4).denominator());
    assertEquals(new Fraction(0, 1), new Fraction(0, 7));
    assertEquals(new Fraction(-3, 1), new Fraction(-9, 3));
    assertEquals(new Fraction(Long.MIN_VALUE / 8, 1), new Fraction(Long.MIN_VALUE, 8));
    assertNotEquals(new Fraction(1, 3), new Fraction(1, 2));
  }

  @Test
  void aDecimalBecomesTheFractionOfItsValue() {
    assertEquals(new Fraction(6501, 100), Fraction.valueOf(new BigDecimal("65.01")));
    assertEquals(new Fraction(65, 1), Fraction.valueOf(new BigDecimal("65.00")));
    assertEquals(new Fraction(1200, 1), Fraction.valueOf(new BigDecimal("1.2E+3")));
  }

  private static int exactCompare(long a, long b, long c, long d) {
    return BigInteger.valueOf(a).multiply(BigInteger.valueOf(d))
        .compareTo(BigInteger.valueOf(c).multiply(BigInteger.valueOf(b)));
  }
}

package id.iga.score;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * A reported quantity: its exact value, and that value rounded once by the rubric's rule (its reporting scale and
 * rounding mode) as results, plans and documents show it. Every number the library reports (an IID, an SPD, a
 * maturity, a gain, the points lost) is one of these, so the exact value and the rounded one always travel together.
 *
 * <pre>{@code
 * Reported iid = result.iid();
 * iid.value();   // 53.53, what the ministry would publish
 * iid.exact();   // 5353.../100..., what decides ties and sums exactly
 * }</pre>
 *
 * <p>Callers may construct one with {@link #of(Fraction, int, RoundingMode)}; the library's own are made by
 * {@link CompiledRubric#report(Fraction)}.
 *
 * @param exact the exact value
 * @param value the exact value rounded once to the reporting scale
 * @since 1.0
 */
public record Reported(Fraction exact, BigDecimal value) implements Comparable<Reported> {
  /**
   * @param exact the exact value
   * @param value the exact value rounded; {@link #of} is the way to make one that is consistent
   */
  public Reported {
    Objects.requireNonNull(exact, "exact");
    Objects.requireNonNull(value, "value");
  }

  /**
   * @param exact the exact value
   * @param scale the decimals to report
   * @param rounding how to round
   * @return the exact value with its value rounded once
   */
  public static Reported of(Fraction exact, int scale, RoundingMode rounding) {
    return new Reported(exact, exact.round(scale, rounding));
  }

  /** Orders by exact value. */
  @Override
  public int compareTo(Reported o) {
    return exact.compareTo(o.exact);
  }

  /** @return the reported value in plain notation ({@code 53.53}) */
  @Override
  public String toString() {
    return value.toPlainString();
  }
}

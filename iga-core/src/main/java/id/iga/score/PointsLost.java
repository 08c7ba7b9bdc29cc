package id.iga.score;

import java.util.Objects;
import java.util.Optional;

import javax.annotation.Nullable;

/**
 * The points a region lost against the maximum for one reason: the scorecard's reason code. For an innovation
 * indicator the loss is summed over innovations and divided by the divisor, so that it is measured in points of the
 * total. Two kinds of reason are not indicators: {@link Kind#COUNT_SCORE}, the count score's shortfall against its
 * maximum, and {@link Kind#DIVISOR}, what sending fewer innovations than the divisor floor k costs. The exact losses of
 * a result add up to {@code maxTotal - total}.
 *
 * @param kind what the points were lost on
 * @param indicator the indicator code for {@link Kind#INDICATOR}, null for the other kinds
 * @param points the points lost
 * @since 1.0
 */
public record PointsLost(Kind kind, @Nullable String indicator, Reported points) {
  /**
   * @param kind what the points were lost on
   * @param indicator the indicator code, exactly when the kind is {@link Kind#INDICATOR}
   * @param points the points lost
   * @throws IllegalArgumentException when an indicator is given for another kind, or missing for an indicator
   */
  public PointsLost {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(points, "points");
    if ((kind == Kind.INDICATOR) != (indicator != null)) {
      throw new IllegalArgumentException(kind == Kind.INDICATOR ? "an indicator loss names its indicator"
          : kind + " names no indicator, not " + indicator);
    }
  }

  /** What points can be lost on. */
  public enum Kind {
    /** One indicator's rows: 3 levels x weight not earned. */
    INDICATOR,
    /** The count score (Skor Jumlah Inovasi): innovations below the cap, or the gate not met. */
    COUNT_SCORE,
    /** Sending fewer innovations than the divisor floor k: the maturities are divided by k, not n. */
    DIVISOR
  }

  /** @return the indicator the points were lost on, for {@link Kind#INDICATOR} */
  public Optional<String> indicatorCode() {
    return Optional.ofNullable(indicator);
  }

  /** @return the reason code: the indicator code, or the kind's name ({@code COUNT_SCORE}, {@code DIVISOR}) */
  public String code() {
    return indicator != null ? indicator : kind.name();
  }
}

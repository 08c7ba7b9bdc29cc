package id.iga.score;

import java.math.BigDecimal;

/**
 * The points a region lost against the maximum on one indicator: the scorecard's reason code. For an innovation
 * indicator the loss is summed over innovations and divided by the divisor, so that it is measured in points of the
 * total. Two entries are not indicators: {@value #COUNT_SCORE} is the count score's shortfall against its maximum, and
 * {@value #DIVISOR} is what sending fewer innovations than the divisor floor costs. The exact losses add up to
 * {@code maxTotal - total}.
 *
 * @param indicator the indicator code, {@value #COUNT_SCORE} or {@value #DIVISOR}
 * @param points the points lost, rounded once to the reporting scale
 * @param exact the points lost, exact
 */
public record PointsLost(String indicator, BigDecimal points, Fraction exact) {
  /** The code of the count score's entry (indicator 36, Skor Jumlah Inovasi). */
  public static final String COUNT_SCORE = "36";
  /** The code of the entry for sending fewer innovations than the divisor floor. */
  public static final String DIVISOR = "divisor";
}

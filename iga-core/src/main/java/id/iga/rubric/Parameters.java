package id.iga.rubric;

import id.iga.IgaException;
import id.iga.Message;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A rubric's numeric parameters, each with its provenance.
 *
 * <p>SID = (sum of maturities) / MAX({@code divisorFloor}, n) + count score, where the count score is
 * MIN(n, {@code countCap}) x {@code countScorePerInnovation} when the innovations cover at least
 * {@code basicServiceGate} of the six basic-service affairs, and otherwise what the rubric's
 * {@link Rules#countScoreWithoutGate() countScoreWithoutGate} rule gives. Every reported number is the exact value rounded once to
 * {@code reportingScale} decimals with {@code rounding}.
 *
 * @param divisorFloor k: the least the sum of maturities is divided by
 * @param countScorePerInnovation points per innovation sent (0.38)
 * @param countCap the most innovations the count score counts (200)
 * @param basicServiceGate g: how many of the six basic-service affairs the innovations must cover for any count score
 * @param reportingScale decimals of every reported number (2)
 * @param rounding how the exact value is rounded to the reporting scale (half-up by default)
 *
 * @since 1.0
 */
public record Parameters(Sourced<Integer> divisorFloor, Sourced<BigDecimal> countScorePerInnovation,
    Sourced<Integer> countCap, Sourced<Integer> basicServiceGate, Sourced<Integer> reportingScale,
    Sourced<RoundingMode> rounding) {

  /** Name of {@link #divisorFloor()} in overrides, assumptions and JSON. */
  public static final String DIVISOR_FLOOR = "divisorFloor";
  /** Name of {@link #countScorePerInnovation()}. */
  public static final String COUNT_SCORE = "countScorePerInnovation";
  /** Name of {@link #countCap()}. */
  public static final String COUNT_CAP = "countCap";
  /** Name of {@link #basicServiceGate()}. */
  public static final String GATE = "basicServiceGate";
  /** Name of {@link #reportingScale()}. */
  public static final String REPORTING_SCALE = "reportingScale";
  /** Name of {@link #rounding()}. */
  public static final String ROUNDING = "rounding";

  /** The number of basic-service affairs (urusan wajib pelayanan dasar). */
  public static final int BASIC_SERVICE_AFFAIRS = 6;

  /**
   * Checks the components, as the type's documentation describes them.
   *
   * @param divisorFloor k: the least the sum of maturities is divided by
   * @param countScorePerInnovation points per innovation sent (0.38)
   * @param countCap the most innovations the count score counts (200)
   * @param basicServiceGate g: how many of the six basic-service affairs the innovations must cover for any count score
   * @param reportingScale decimals of every reported number (2)
   * @param rounding how the exact value is rounded to the reporting scale (half-up by default)
   */
  public Parameters {
    Objects.requireNonNull(divisorFloor, DIVISOR_FLOOR);
    Objects.requireNonNull(countScorePerInnovation, COUNT_SCORE);
    Objects.requireNonNull(countCap, COUNT_CAP);
    Objects.requireNonNull(basicServiceGate, GATE);
    Objects.requireNonNull(reportingScale, REPORTING_SCALE);
    Objects.requireNonNull(rounding, ROUNDING);
    if (divisorFloor.value() < 1) {
      throw new IgaException(Message.of("rubric.parameter.divisorFloor", divisorFloor.value()));
    }
    BigDecimal per = countScorePerInnovation.value();
    if (per.signum() < 0 || per.stripTrailingZeros().scale() > Indicator.MAX_WEIGHT_DECIMALS) {
      throw new IgaException(Message.of("rubric.parameter.countScore", Indicator.MAX_WEIGHT_DECIMALS, per));
    }
    if (countCap.value() < 0) {
      throw new IgaException(Message.of("rubric.parameter.countCap", countCap.value()));
    }
    if (basicServiceGate.value() < 0 || basicServiceGate.value() > BASIC_SERVICE_AFFAIRS) {
      throw new IgaException(Message.of("rubric.parameter.gate", BASIC_SERVICE_AFFAIRS, basicServiceGate.value()));
    }
    if (reportingScale.value() < 0 || reportingScale.value() > Indicator.MAX_WEIGHT_DECIMALS) {
      throw new IgaException(Message.of("rubric.parameter.reportingScale", Indicator.MAX_WEIGHT_DECIMALS,
          reportingScale.value()));
    }
    if (rounding.value() == RoundingMode.UNNECESSARY) {
      throw new IgaException(Message.of("rubric.parameter.rounding"));
    }
  }

  /** @return every parameter by name, in a fixed order */
  public Map<String, Sourced<?>> named() {
    Map<String, Sourced<?>> m = new LinkedHashMap<>();
    m.put(DIVISOR_FLOOR, divisorFloor);
    m.put(COUNT_SCORE, countScorePerInnovation);
    m.put(COUNT_CAP, countCap);
    m.put(GATE, basicServiceGate);
    m.put(REPORTING_SCALE, reportingScale);
    m.put(ROUNDING, rounding);
    return m;
  }

  /** @return the most the count score can be: {@code countCap x countScorePerInnovation} */
  public BigDecimal maxCountScore() {
    return countScorePerInnovation.value().multiply(BigDecimal.valueOf(countCap.value()));
  }
}

package id.iga.score;

import id.iga.IgaException;
import id.iga.rubric.Indicator;
import id.iga.rubric.Parameters;
import id.iga.rubric.Rubric;
import id.iga.rubric.Scope;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.annotation.Nullable;

/**
 * A rubric compiled once for exact scoring, shared by the {@link Scorer} and the {@link id.iga.plan.Planner}: the
 * region and innovation indicators in rubric order with their weights as integers in units of 1/10,000 of a point, the
 * formula's parameters, the maxima in units, and for every indicator its levels compiled so that an answer's
 * vocabulary check and level take one step without allocating. Immutable and thread-safe; get it from
 * {@link Scorer#compiled()}.
 */
public final class CompiledRubric {
  /** Weights and scores are integers in units of 1/{@value} of a point. */
  public static final long UNIT = 10_000L;
  static final int UNIT_SCALE = Indicator.MAX_WEIGHT_DECIMALS;
  static final long HUNDRED = 100L;

  private final Rubric rubric;
  private final Row[] regionRows;
  private final Row[] innovationRows;
  private final Map<String, Row> rows;
  private final List<Indicator> regionIndicators;
  private final List<Indicator> innovationIndicators;
  private final long[] regionWeights;
  private final long[] innovationWeights;
  private final long mandatoryInnovationMask;
  private final long maxSpd;
  private final long maxMaturity;
  private final long maxCount;
  private final long maxTotal;
  private final long perInnovation;
  private final int divisorFloor;
  private final int countCap;
  private final int gate;
  private final int scale;
  private final RoundingMode rounding;
  private final BigDecimal reportedMaxTotal;

  /**
   * One indicator compiled: its place in its scope, its weight in units, its levels compiled, and its exact row
   * scores.
   */
  static final class Row {
    final Indicator indicator;
    final boolean region;
    final int index;
    final long weight;
    final FactResolver resolver;
    /** {@code level x weight} for levels 0..3, as {@link Indicator#score(int)} gives them. */
    final BigDecimal[] scores;
    final BigDecimal maxScore;

    Row(Indicator indicator, int index, long weight) {
      this.indicator = indicator;
      this.region = indicator.scope() == Scope.REGION;
      this.index = index;
      this.weight = weight;
      this.resolver = FactResolver.of(indicator);
      this.scores = new BigDecimal[Indicator.LEVELS + 1];
      for (int l = 0; l <= Indicator.LEVELS; l++) {
        scores[l] = indicator.score(l);
      }
      this.maxScore = indicator.maxScore();
    }
  }

  private CompiledRubric(Rubric rubric) {
    this.rubric = rubric;
    this.regionIndicators = rubric.indicators(Scope.REGION);
    this.innovationIndicators = rubric.indicators(Scope.INNOVATION);
    if (innovationIndicators.size() > Long.SIZE) {
      throw new IgaException("rubric " + rubric.year() + " has " + innovationIndicators.size()
          + " innovation indicators; the engine scores at most " + Long.SIZE);
    }
    // Every long the engine computes is at most 100 x divisor x the maximum total, in units: refuse what would not
    // fit here, and what would not fit with a submission's divisor in Scorer.score().
    BigDecimal maxUnits = rubric.maxima().total().movePointRight(UNIT_SCALE);
    if (maxUnits.compareTo(BigDecimal.valueOf(Long.MAX_VALUE / HUNDRED)) > 0) {
      throw new IgaException("rubric " + rubric.year() + " has a maximum total of "
          + rubric.maxima().total().toPlainString() + " points; the engine scores exactly up to "
          + BigDecimal.valueOf(Long.MAX_VALUE / HUNDRED).movePointLeft(UNIT_SCALE).toPlainString() + " points");
    }
    this.regionWeights = units(regionIndicators);
    this.innovationWeights = units(innovationIndicators);
    this.rows = new HashMap<>();
    this.regionRows = new Row[regionWeights.length];
    for (int i = 0; i < regionRows.length; i++) {
      regionRows[i] = new Row(regionIndicators.get(i), i, regionWeights[i]);
      rows.put(regionRows[i].indicator.code(), regionRows[i]);
    }
    this.innovationRows = new Row[innovationWeights.length];
    long mandatory = 0;
    for (int i = 0; i < innovationRows.length; i++) {
      innovationRows[i] = new Row(innovationIndicators.get(i), i, innovationWeights[i]);
      rows.put(innovationRows[i].indicator.code(), innovationRows[i]);
      if (innovationRows[i].indicator.mandatory()) {
        mandatory |= 1L << i;
      }
    }
    this.mandatoryInnovationMask = mandatory;
    Parameters p = rubric.parameters();
    this.maxSpd = sum(regionWeights) * Indicator.LEVELS;
    this.maxMaturity = sum(innovationWeights) * Indicator.LEVELS;
    this.perInnovation = toUnits(p.countScorePerInnovation().value());
    this.countCap = p.countCap().value();
    this.maxCount = perInnovation * countCap;
    this.maxTotal = maxSpd + maxMaturity + maxCount;
    this.divisorFloor = p.divisorFloor().value();
    this.gate = p.basicServiceGate().value();
    this.scale = p.reportingScale().value();
    this.rounding = p.rounding().value();
    this.reportedMaxTotal = new Fraction(maxTotal, UNIT).round(scale, rounding);
  }

  /**
   * @param rubric a rubric
   * @return the rubric compiled
   * @throws IgaException when the rubric has more than 64 innovation indicators, or a maximum total too large to
   *     score exactly in {@code long} units
   */
  public static CompiledRubric of(Rubric rubric) {
    return new CompiledRubric(rubric);
  }

  private static long[] units(List<Indicator> indicators) {
    long[] w = new long[indicators.size()];
    for (int i = 0; i < w.length; i++) {
      w[i] = toUnits(indicators.get(i).weight());
    }
    return w;
  }

  private static long toUnits(BigDecimal value) {
    return value.movePointRight(UNIT_SCALE).longValueExact();
  }

  private static long sum(long[] values) {
    long s = 0;
    for (long v : values) {
      s += v;
    }
    return s;
  }

  /** @return the rubric compiled */
  public Rubric rubric() {
    return rubric;
  }

  /** @return the region (SPD) indicators, in rubric order */
  public List<Indicator> regionIndicators() {
    return regionIndicators;
  }

  /** @return the innovation (SID) indicators, in rubric order */
  public List<Indicator> innovationIndicators() {
    return innovationIndicators;
  }

  /** @return the weight of every region indicator in units of 1/10,000, in rubric order (a fresh copy) */
  public long[] regionWeights() {
    return regionWeights.clone();
  }

  /** @return the weight of every innovation indicator in units of 1/10,000, in rubric order (a fresh copy) */
  public long[] innovationWeights() {
    return innovationWeights.clone();
  }

  /** @return the maximum SPD in units: the sum of 3 x weight over the region indicators */
  public long maxSpd() {
    return maxSpd;
  }

  /** @return the maximum maturity of one innovation in units: the sum of 3 x weight over the innovation indicators */
  public long maxMaturity() {
    return maxMaturity;
  }

  /** @return the maximum count score in units: cap x per-innovation score */
  public long maxCount() {
    return maxCount;
  }

  /** @return the maximum total in units: maximum SPD + maximum maturity + maximum count score */
  public long maxTotal() {
    return maxTotal;
  }

  /** @return the count score per innovation, in units */
  public long perInnovation() {
    return perInnovation;
  }

  /** @return k, the least divisor of the maturities */
  public int divisorFloor() {
    return divisorFloor;
  }

  /** @return the most innovations the count score counts */
  public int countCap() {
    return countCap;
  }

  /** @return g, the basic-service affairs the innovations must cover for the count score to be paid */
  public int gate() {
    return gate;
  }

  /** @return the decimals of every reported number */
  public int scale() {
    return scale;
  }

  /** @return how reported numbers are rounded */
  public RoundingMode rounding() {
    return rounding;
  }

  /**
   * @param f an exact value
   * @return the value rounded once to the reporting scale with the rubric's rounding mode
   */
  public BigDecimal round(Fraction f) {
    return f.round(scale, rounding);
  }

  /** @return the maximum total, rounded to the reporting scale */
  BigDecimal reportedMaxTotal() {
    return reportedMaxTotal;
  }

  Row regionRow(int i) {
    return regionRows[i];
  }

  Row innovationRow(int i) {
    return innovationRows[i];
  }

  int regionCount() {
    return regionRows.length;
  }

  int innovationCount() {
    return innovationRows.length;
  }

  long mandatoryInnovationMask() {
    return mandatoryInnovationMask;
  }

  /**
   * @param code an indicator code
   * @return its row, region or innovation, or null when the rubric has no such indicator
   */
  @Nullable
  Row row(String code) {
    return rows.get(code);
  }

  /**
   * @param code an innovation indicator code
   * @return its index among the innovation indicators
   * @throws IgaException when the rubric has no such innovation indicator
   */
  int innovationIndex(String code) {
    Row r = rows.get(code);
    if (r == null || r.region) {
      throw new IgaException("rubric " + rubric.year() + " has no innovation indicator " + code);
    }
    return r.index;
  }

  @Override
  public String toString() {
    return "CompiledRubric[" + rubric.year() + ", " + regionRows.length + " region and " + innovationRows.length
        + " innovation indicators, weights " + Arrays.toString(regionWeights) + " "
        + Arrays.toString(innovationWeights) + "]";
  }
}

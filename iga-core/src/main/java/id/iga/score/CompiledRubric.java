package id.iga.score;

import id.iga.IgaException;
import id.iga.Message;
import id.iga.rubric.Indicator;
import id.iga.rubric.Maxima;
import id.iga.rubric.Predikat;
import id.iga.rubric.Parameters;
import id.iga.rubric.Rubric;
import id.iga.rubric.Rules;
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
 *
 * @since 1.0
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
  private final boolean gapEarnsLowerLevel;
  private final int notAcceptedLevel;
  private final boolean notAcceptedInnovationCounts;
  private final long countWithoutGate;

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
    /** Where the overlap and gap rules decide this row's level, or null when its levels leave no such case. */
    final @Nullable RuleZones zones;
    /** {@code level x weight} for levels 0..3, as {@link Indicator#score(int)} gives them. */
    final BigDecimal[] scores;
    final BigDecimal maxScore;

    Row(Indicator indicator, int index, long weight, Rules.Overlap overlap) {
      this.indicator = indicator;
      this.region = indicator.scope() == Scope.REGION;
      this.index = index;
      this.weight = weight;
      // The overlap rule: the compiled levels give a fact the highest level it meets.
      this.resolver = switch (overlap) {
        case HIGHEST_LEVEL -> FactResolver.of(indicator);
      };
      this.zones = RuleZones.of(indicator);
      this.scores = new BigDecimal[Indicator.LEVELS + 1];
      for (int l = 0; l <= Indicator.LEVELS; l++) {
        scores[l] = indicator.score(l);
      }
      this.maxScore = indicator.maxScore();
    }
  }

  private CompiledRubric(Rubric rubric, @Nullable CompiledRubric same) {
    this.rubric = rubric;
    this.regionIndicators = rubric.indicators(Scope.REGION);
    this.innovationIndicators = rubric.indicators(Scope.INNOVATION);
    if (innovationIndicators.size() > Long.SIZE) {
      throw new IgaException(Message.of("score.rubric.tooManyInnovationIndicators", rubric.year(),
          innovationIndicators.size(), Long.SIZE));
    }
    // Every long the engine computes is at most 100 x divisor x the maximum total, in units: refuse what would not
    // fit here, and what would not fit with a submission's divisor in Scorer.score().
    BigDecimal maxUnits = rubric.maxima().total().movePointRight(UNIT_SCALE);
    if (maxUnits.compareTo(BigDecimal.valueOf(Long.MAX_VALUE / HUNDRED)) > 0) {
      throw new IgaException(Message.of("score.rubric.maxTotalTooLarge", rubric.year(), rubric.maxima().total(),
          BigDecimal.valueOf(Long.MAX_VALUE / HUNDRED).movePointLeft(UNIT_SCALE)));
    }
    Rules rules = rubric.rules();
    Rules.Overlap overlap = rules.overlap().value();
    if (same != null && same.rubric.rules().overlap().value() == overlap
        && same.rubric.indicators().equals(rubric.indicators())) {
      // A rubric derived from the same one (what-if, uncertainty): the same indicators, compiled once.
      this.regionWeights = same.regionWeights;
      this.innovationWeights = same.innovationWeights;
      this.rows = same.rows;
      this.regionRows = same.regionRows;
      this.innovationRows = same.innovationRows;
      this.mandatoryInnovationMask = same.mandatoryInnovationMask;
    } else {
      this.regionWeights = units(regionIndicators);
      this.innovationWeights = units(innovationIndicators);
      this.rows = new HashMap<>();
      this.regionRows = new Row[regionWeights.length];
      for (int i = 0; i < regionRows.length; i++) {
        regionRows[i] = new Row(regionIndicators.get(i), i, regionWeights[i], overlap);
        rows.put(regionRows[i].indicator.code(), regionRows[i]);
      }
      this.innovationRows = new Row[innovationWeights.length];
      long mandatory = 0;
      for (int i = 0; i < innovationRows.length; i++) {
        innovationRows[i] = new Row(innovationIndicators.get(i), i, innovationWeights[i], overlap);
        rows.put(innovationRows[i].indicator.code(), innovationRows[i]);
        if (innovationRows[i].indicator.mandatory()) {
          mandatory |= 1L << i;
        }
      }
      this.mandatoryInnovationMask = mandatory;
    }
    Parameters p = rubric.parameters();
    // The maxima are the rubric's own (Rubric computes and checks them once), here in units.
    Maxima m = rubric.maxima();
    this.maxSpd = toUnits(m.spd());
    this.maxMaturity = toUnits(m.maturity());
    this.maxCount = toUnits(m.countScore());
    this.maxTotal = toUnits(m.total());
    this.perInnovation = toUnits(p.countScorePerInnovation().value());
    this.countCap = p.countCap().value();
    this.divisorFloor = p.divisorFloor().value();
    this.gate = p.basicServiceGate().value();
    this.scale = p.reportingScale().value();
    this.rounding = p.rounding().value();
    this.reportedMaxTotal = new Fraction(maxTotal, UNIT).round(scale, rounding);
    // The rules, each read here once; a value added to a rule's enum does not compile until the engine honours it.
    this.gapEarnsLowerLevel = switch (rules.gap().value()) {
      case ZERO -> false;
      case LOWER_LEVEL -> true;
    };
    this.notAcceptedLevel = switch (rules.notAcceptedAnswer().value()) {
      case ZERO -> 0;
    };
    this.notAcceptedInnovationCounts = switch (rules.notAcceptedInnovation().value()) {
      case COUNTS_IN_N_AND_GATE -> true;
    };
    this.countWithoutGate = switch (rules.countScoreWithoutGate().value()) {
      case ZERO -> 0L;
    };
  }

  /**
   * @param rubric a rubric
   * @return the rubric compiled
   * @throws IgaException when the rubric has more than 64 innovation indicators, or a maximum total too large to
   *     score exactly in {@code long} units
   */
  public static CompiledRubric of(Rubric rubric) {
    return new CompiledRubric(rubric, null);
  }

  /**
   * Compiles a rubric derived from this one ({@link Rubric#derive}, {@link Rubric#withRules}, what-if settings):
   * when it has the same indicators and overlap rule, their compiled levels are shared rather than compiled again,
   * which is what makes weighing many combinations of parameters cheap. Any other rubric is compiled whole.
   *
   * @param derived a rubric
   * @return it compiled
   * @throws IgaException as {@link #of(Rubric)} does
   */
  public CompiledRubric derived(Rubric derived) {
    return new CompiledRubric(derived, this);
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

  /**
   * @param f an exact value
   * @return the value with its reported value: rounded once to the reporting scale with the rubric's rounding mode
   */
  public Reported report(Fraction f) {
    return new Reported(f, f.round(scale, rounding));
  }

  // ------------------------------------------------------------------------------------------------ the formula

  /*
   * The aggregation of the IID, written once and used by the scorer, the planner and everything built on them. In
   * units of 1/10,000 of a point: spd is the sum of the region rows, maturitySum the sum of every innovation's
   * maturity, n the innovations sent and covered the basic-service affairs they cover.
   *
   *   d      = MAX(k, n)
   *   count  = MIN(n, cap) x per-innovation score when covered >= g, else 0
   *   total  = spd + maturitySum / d + count, so total x d = spd x d + maturitySum + count x d
   *   IID    = total / maxTotal x 100, predikat read from the reported IID
   */

  /**
   * @param n the innovations sent, at least 0
   * @return the divisor MAX(k, n)
   * @throws IgaException when n is so large that 100 x divisor x the maximum total exceeds the engine's exact range
   */
  public long divisor(long n) {
    long d = Math.max(divisorFloor, n);
    if (d > Long.MAX_VALUE / HUNDRED / maxTotal) {
      throw new IgaException(Message.of("score.divisor.beyondExactRange", n, rubric.year(), d, reportedMaxTotal,
          Long.MAX_VALUE, UNIT));
    }
    return d;
  }

  /**
   * @param covered the basic-service affairs the innovations cover
   * @return whether the count score is paid ({@link Gate#isMet})
   */
  public boolean gateMet(int covered) {
    return Gate.isMet(covered, gate);
  }

  /**
   * @param n the innovations sent
   * @param covered the basic-service affairs they cover
   * @return the count score in units: MIN(n, cap) x per-innovation score when the gate is met, else what the
   *     rubric's {@link Rules#countScoreWithoutGate() countScoreWithoutGate} rule gives (0)
   */
  public long countScore(long n, int covered) {
    return gateMet(covered) ? countScoreIfMet(n) : countWithoutGate;
  }

  /**
   * @param n the innovations sent
   * @return the count score in units were the gate met: MIN(n, cap) x per-innovation score
   */
  long countScoreIfMet(long n) {
    return Math.min(n, countCap) * perInnovation;
  }

  /**
   * @param lower the lower of the two levels whose published ranges a fact lies between
   * @return the level the gap rule gives it
   */
  int gapLevel(int lower) {
    return gapEarnsLowerLevel ? lower : 0;
  }

  /**
   * @return whether an innovation none of whose answers the verifier accepted still counts in n and its affair toward
   *     the gate in VERIFIED mode, by the rubric's rule (it does: n is the number of innovations sent, fixed before
   *     any answer is read)
   */
  boolean notAcceptedInnovationCounts() {
    return notAcceptedInnovationCounts;
  }

  /** @return the level an answer the verifier did not accept earns in VERIFIED mode, by the rubric's rule (0) */
  int notAcceptedLevel() {
    return notAcceptedLevel;
  }

  /**
   * @param spd the SPD in units
   * @param maturitySum the sum of the maturities in units
   * @param n the innovations sent
   * @param covered the basic-service affairs they cover
   * @return the total times the divisor MAX(k, n), in units: an integer, so no division is made before reporting
   */
  public long totalTimesDivisor(long spd, long maturitySum, long n, int covered) {
    long d = divisor(n);
    return spd * d + maturitySum + countScore(n, covered) * d;
  }

  /**
   * @param totalTimesDivisor the total times the divisor, in units
   * @param divisor the divisor
   * @return the IID, exact: total / maximum total x 100
   */
  public Fraction iid(long totalTimesDivisor, long divisor) {
    return new Fraction(totalTimesDivisor * HUNDRED, divisor * maxTotal);
  }

  /**
   * @param reportedIid an IID as reported
   * @return its predikat under the rubric's bands
   */
  public Predikat predikatOf(BigDecimal reportedIid) {
    return rubric.predikatOf(reportedIid);
  }

  /**
   * Aggregates a region's summed facts under this rubric: the same formula the scorer applies, without resolving a
   * fact. The aggregate must come from a rubric with the same indicators and levels as this one.
   *
   * @param a the region's facts summed
   * @return its IID, exact and reported, with its predikat
   * @throws IgaException when n is beyond the engine's exact range ({@link #divisor(long)})
   */
  public Standing standing(Aggregate a) {
    Reported iid = reportedIid(a);
    return new Standing(iid, predikatOf(iid.value()));
  }

  /**
   * The IID of {@link #standing(Aggregate)} without its predikat: what weighing many parameter sets against one set
   * of bands needs.
   *
   * @param a the region's facts summed
   * @return its IID, exact and reported
   * @throws IgaException when n is beyond the engine's exact range ({@link #divisor(long)})
   */
  public Reported reportedIid(Aggregate a) {
    long d = divisor(a.n());
    return report(iid(totalTimesDivisor(a.spd(), a.maturitySum(), a.n(), a.covered()), d));
  }

  /** @return the maximum total, at the reporting scale */
  public BigDecimal reportedMaxTotal() {
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
      throw new IgaException(Message.of("score.rubric.noInnovationIndicator", rubric.year(), code));
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

package id.iga.plan;

import id.iga.IgaException;
import id.iga.Message;
import id.iga.rubric.Band;
import id.iga.rubric.Indicator;
import id.iga.rubric.Predikat;
import id.iga.rubric.Rubric;
import id.iga.score.CompiledRubric;
import id.iga.score.Fraction;
import id.iga.score.Reported;
import id.iga.score.Standing;
import id.iga.score.InnovationScore;
import id.iga.score.Mode;
import id.iga.score.RowScore;
import id.iga.score.ScoreResult;
import id.iga.score.Scorer;
import id.iga.submission.Affair;
import id.iga.submission.Innovation;
import id.iga.submission.Submission;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import javax.annotation.Nullable;

/**
 * Makes the cheapest plan that brings a submission's IID to a target ({@link #plan}), and the cheapest steps that
 * bring each innovation to a maturity threshold ({@link #readiness}). Build one per rubric and share it: it is
 * immutable and thread-safe.
 *
 * <h2>What a plan costs</h2>
 * One unit of work raises one answer by one level: one more piece of evidence. An unanswered row, and in VERIFIED mode
 * an answer the verifier has not accepted, is at level 0. When {@link NewInnovations} allow it, a plan may also add
 * innovations, each built to an expected maturity and costing its own units. Plans never lower an answer and never
 * withdraw an innovation the region sent.
 *
 * <p>Write n for the innovations sent and d = MAX(k, n) for the divisor. Raising a region row of weight w by one level
 * adds w to the total; raising an innovation row of weight v by one level adds v / d; a new innovation changes n, so
 * d, and may cover a basic-service affair the region's innovations miss, which decides whether the count score
 * MIN(n, cap) x per-innovation score is paid at all.
 *
 * <h2>Why the plan is optimal</h2>
 * <ol>
 *   <li><b>A fixed number j of new innovations.</b> With j fixed, n, d, the affairs covered and the count score are
 *       fixed, and the total is the total with nothing raised plus the gains of the unit steps taken: w for a region
 *       step, v / d for an innovation step, each independent of the others. Every unit step costs 1. Among all sets
 *       of s unit steps, the s largest gains give the largest total: if a set S of s steps reaches the target,
 *       exchanging a step of S for a step outside S with a larger gain keeps the cost and does not lower the total,
 *       and repeated exchanges turn S into the s largest. The steps of one answer all have the same gain, so the s
 *       largest can be taken level after level from the levels the answers have now. Rounding to the reporting scale
 *       is monotone in every rounding mode, so the reported IID meets the target for every total from some threshold
 *       up. Hence the least s whose s largest gains meet the target is the least cost for this j; the planner finds
 *       it by walking the gains from the largest down, in exact integer arithmetic.
 *   <li><b>The affairs of new innovations.</b> The count score depends only on whether the basic-service affairs
 *       covered reach the gate g, so giving each new innovation a basic-service affair not covered yet, while one is
 *       left, covers as many as any choice of affairs can. A plan names the affair of only the new innovations the
 *       gate needs; the others may serve any affair.
 *   <li><b>Every j.</b> A new innovation costs C, at least 1, so a plan with j new innovations costs at least j x C.
 *       The most a plan with j new innovations can reach (every row at level 3) is the maximum SPD + the maximum
 *       maturity x (n + j) / MAX(k, n + j) + the count score, which never decreases as j grows and is the same for
 *       every j from J = MAX(0, k - n, cap - n, g - covered) on. So if no plan with J new innovations (or with the
 *       most allowed, if fewer) meets the target, no plan does; and once a plan of cost B is found, no plan with j
 *       at least B / C new innovations is cheaper. The planner tries j = 0, 1, 2, ... within these bounds and keeps
 *       the cheapest plan, with the fewest new innovations among equally cheap ones.
 * </ol>
 *
 * <p>Choosing one best step at a time fails here, for two reasons the enumeration of j handles. Below k, a new
 * innovation adds its maturity / k and dilutes nothing; from k on, it divides every maturity by a larger divisor, so
 * every innovation step after it is worth less, which a step-by-step choice does not see when it takes the innovation.
 * And when two basic-service affairs are missing from the gate, the first new innovation adds nothing to the count
 * score, while the second unlocks all of it.
 *
 * <h2>Exactness</h2>
 * Weights are integers in units of 1/10,000 as in the {@link Scorer}; the total times the divisor is a {@code long};
 * every IID is an exact {@link Fraction} rounded once to the reporting scale. The IID a plan predicts after each step
 * is the IID the scorer gives the submission with the steps applied ({@link Plan#after(int)}).
 *
 * @since 1.0
 */
public final class Planner {
  private static final long UNIT = CompiledRubric.UNIT;
  private static final int LEVELS = Indicator.LEVELS;

  private final Scorer scorer;
  /** The scorer's compiled rubric: its formula, weights and maxima, so that plans and scores agree. */
  private final CompiledRubric compiled;
  private final Rubric rubric;
  private final Indicator[] regionIndicators;
  private final Indicator[] innovationIndicators;
  private final long[] regionWeights;
  private final long[] innovationWeights;
  private final long maxMaturity;
  private final long perInnovation;
  private final int divisorFloor;
  private final int countCap;
  private final int gate;
  private final int scale;

  private Planner(Scorer scorer) {
    CompiledRubric c = scorer.compiled();
    this.scorer = scorer;
    this.compiled = c;
    this.rubric = c.rubric();
    this.regionIndicators = c.regionIndicators().toArray(Indicator[]::new);
    this.innovationIndicators = c.innovationIndicators().toArray(Indicator[]::new);
    this.regionWeights = c.regionWeights();
    this.innovationWeights = c.innovationWeights();
    this.maxMaturity = c.maxMaturity();
    this.perInnovation = c.perInnovation();
    this.divisorFloor = c.divisorFloor();
    this.countCap = c.countCap();
    this.gate = c.gate();
    this.scale = c.scale();
  }

  /**
   * @param scorer the scorer of the rubric to plan under
   * @return a planner for that rubric
   */
  public static Planner of(Scorer scorer) {
    return new Planner(Objects.requireNonNull(scorer, "scorer"));
  }

  /**
   * @param rubric the rubric to plan under
   * @return a planner for that rubric
   * @throws IgaException when the rubric is too large to score exactly
   */
  public static Planner of(Rubric rubric) {
    return of(Scorer.of(rubric));
  }

  /** @return the rubric this planner plans under */
  public Rubric rubric() {
    return rubric;
  }

  // ------------------------------------------------------------------------------------------------ the plan

  /**
   * The cheapest plan of level steps that brings the submission's reported IID to the target.
   *
   * @param submission the submission
   * @param mode which answers count now (VERIFIED: the plan starts from the verified levels)
   * @param target the IID or predikat to reach
   * @return the plan; {@link Plan#reached()} is false when the target is out of reach
   * @throws IgaException when the submission does not fit the rubric, or the target is not an IID 0..100 at the
   *     reporting scale or a predikat of the rubric
   */
  public Plan plan(Submission submission, Mode mode, Target target) {
    return make(submission, mode, target, null);
  }

  /**
   * The cheapest plan of level steps and new innovations that brings the submission's reported IID to the target.
   *
   * @param submission the submission
   * @param mode which answers count now (VERIFIED: the plan starts from the verified levels)
   * @param target the IID or predikat to reach
   * @param terms the maturity, cost and most number of new innovations
   * @return the plan; {@link Plan#reached()} is false when the target is out of reach
   * @throws IgaException when the submission does not fit the rubric, the target is not an IID 0..100 at the
   *     reporting scale or a predikat of the rubric, the expected maturity exceeds the rubric's maximum, or a new
   *     innovation would cost nothing
   */
  public Plan plan(Submission submission, Mode mode, Target target, NewInnovations terms) {
    return make(submission, mode, target, Objects.requireNonNull(terms, "terms"));
  }

  /**
   * The levels of a new innovation expected to reach a maturity: the fewest level steps that give at least that
   * maturity, the heaviest innovation rows first (rubric order among equal weights), each to level 3 before the next.
   * By the exchange argument of the class documentation no other levels reach it with fewer steps.
   *
   * @param maturity the expected maturity, 0..the rubric's maximum maturity
   * @return the level of every innovation indicator, by code in rubric order
   * @throws IgaException when the maturity is negative or above the rubric's maximum
   */
  public Map<String, Integer> newInnovationLevels(BigDecimal maturity) {
    if (maturity.signum() < 0 || maturity.compareTo(rubric.maxima().maturity()) > 0) {
      throw new IgaException(Message.of("plan.newInnovation.maturityAboveMaximum", rubric.maxima().maturity(),
          rubric.year(), maturity));
    }
    int[] levels = new int[innovationIndicators.length];
    cheapestRaise(levels, 0, ceilingUnits(maturity));
    Map<String, Integer> out = new LinkedHashMap<>();
    for (int i = 0; i < levels.length; i++) {
      out.put(innovationIndicators[i].code(), levels[i]);
    }
    return Collections.unmodifiableMap(out);
  }

  /** The value times 10,000, rounded up: the least maturity in units that is at least the value. */
  private static long ceilingUnits(BigDecimal value) {
    return value.movePointRight(Indicator.MAX_WEIGHT_DECIMALS).setScale(0, RoundingMode.CEILING).longValueExact();
  }

  /**
   * Raises the levels of one innovation, heaviest rows first, by the fewest unit steps that bring its maturity from
   * {@code have} to at least {@code need} units; the caller makes sure the need can be met.
   *
   * @return the raises made, as {indicator index, from, to}
   */
  private List<int[]> cheapestRaise(int[] levels, long have, long need) {
    List<int[]> raises = new ArrayList<>();
    for (int i : heaviestFirst()) {
      if (have >= need) {
        break;
      }
      int room = LEVELS - levels[i];
      if (room == 0) {
        continue;
      }
      long w = innovationWeights[i];
      int take = (int) Math.min(room, (need - have + w - 1) / w);
      raises.add(new int[] {i, levels[i], levels[i] + take});
      levels[i] += take;
      have += take * w;
    }
    return raises;
  }

  /** Innovation indicator indices, heaviest first, rubric order among equal weights. */
  private Integer[] heaviestFirst() {
    Integer[] order = new Integer[innovationIndicators.length];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    Arrays.sort(order, Comparator.comparingLong((Integer i) -> -innovationWeights[i]).thenComparingInt(i -> i));
    return order;
  }

  /** What the submission scores now, as levels and sums in units. */
  private final class State {
    final Submission submission;
    final Mode mode;
    final Fraction startIid;
    final int[] regionLevels;
    final int[][] innovationLevels;
    /** Per innovation indicator, the levels the region's innovations can still gain on it. */
    final long[] innovationRoom;
    final String[] innovationIds;
    final long spd;
    final long maturitySum;
    final int n;
    final int covered;
    final List<Affair> missing;

    State(Submission submission, Mode mode) {
      this.submission = submission;
      this.mode = mode;
      ScoreResult r = scorer.score(submission, mode);
      this.startIid = r.iid().exact();
      this.regionLevels = new int[regionIndicators.length];
      long s = 0;
      for (int i = 0; i < regionIndicators.length; i++) {
        RowScore row = r.spdRows().get(i);
        regionLevels[i] = row.level();
        s += regionLevels[i] * regionWeights[i];
      }
      this.spd = s;
      this.n = r.innovationCount();
      this.innovationLevels = new int[n][];
      this.innovationIds = new String[n];
      this.innovationRoom = new long[innovationIndicators.length];
      long m = 0;
      for (int x = 0; x < n; x++) {
        InnovationScore score = r.innovations().get(x);
        innovationIds[x] = score.id();
        innovationLevels[x] = new int[innovationIndicators.length];
        for (int i = 0; i < innovationIndicators.length; i++) {
          innovationLevels[x][i] = score.level(innovationIndicators[i].code());
          m += innovationLevels[x][i] * innovationWeights[i];
          innovationRoom[i] += LEVELS - innovationLevels[x][i];
        }
      }
      this.maturitySum = m;
      this.covered = r.gate().covered().size();
      this.missing = List.copyOf(r.gate().missing());
    }
  }

  /**
   * The terms of new innovations, resolved against the rubric.
   *
   * @param limit the most new innovations (0 when none are allowed)
   * @param levels the levels of a new innovation, by indicator index
   * @param maturity a new innovation's maturity in units
   * @param cost a new innovation's cost in units (0 when none are allowed)
   */
  private record Terms(int limit, int[] levels, long maturity, long cost) {}

  private Terms terms(@Nullable NewInnovations terms) {
    if (terms == null) {
      return new Terms(0, new int[innovationIndicators.length], 0, 0);
    }
    Map<String, Integer> byCode = newInnovationLevels(terms.maturity());
    int[] levels = new int[innovationIndicators.length];
    long maturity = 0;
    int steps = 0;
    for (int i = 0; i < levels.length; i++) {
      levels[i] = byCode.get(innovationIndicators[i].code());
      maturity += levels[i] * innovationWeights[i];
      steps += levels[i];
    }
    int cost = terms.cost() != null ? terms.cost() : steps;
    if (cost < 1) {
      throw new IgaException(Message.of("plan.newInnovation.costsNothing", terms.maturity()));
    }
    return new Terms(terms.atMost() != null ? terms.atMost() : Integer.MAX_VALUE, levels, maturity, cost);
  }

  /**
   * The situation with j new innovations and nothing raised: the divisor, the total times the divisor, and the
   * unit steps grouped by gain (largest first), each gain in units of 1 / (10,000 x divisor) of a point.
   */
  private record Config(int j, long divisor, long base, long[] gains, long[] counts) {
    long max() {
      long t = base;
      for (int g = 0; g < gains.length; g++) {
        t += gains[g] * counts[g];
      }
      return t;
    }
  }

  private long divisor(State st, int j) {
    return compiled.divisor((long) st.n + j);
  }

  /** The total times the divisor with j new innovations (each covering a missing affair while one is left). */
  private long base(State st, Terms t, int j) {
    return compiled.totalTimesDivisor(st.spd, st.maturitySum + j * t.maturity(), (long) st.n + j,
        st.covered + Math.min(j, st.missing.size()));
  }

  private Config config(State st, Terms t, int j) {
    long d = divisor(st, j);
    List<long[]> groups = new ArrayList<>();
    for (int i = 0; i < regionIndicators.length; i++) {
      if (st.regionLevels[i] < LEVELS) {
        groups.add(new long[] {regionWeights[i] * d, LEVELS - st.regionLevels[i]});
      }
    }
    for (int i = 0; i < innovationIndicators.length; i++) {
      long room = st.innovationRoom[i] + (long) j * (LEVELS - t.levels()[i]);
      if (room > 0) {
        groups.add(new long[] {innovationWeights[i], room});
      }
    }
    groups.sort(Comparator.comparingLong((long[] g) -> -g[0]));
    long[] gains = new long[groups.size()];
    long[] counts = new long[groups.size()];
    for (int g = 0; g < gains.length; g++) {
      gains[g] = groups.get(g)[0];
      counts[g] = groups.get(g)[1];
    }
    return new Config(j, d, base(st, t, j), gains, counts);
  }

  private Fraction iid(long totalTimesDivisor, long divisor) {
    return compiled.iid(totalTimesDivisor, divisor);
  }

  private BigDecimal round(Fraction f) {
    return compiled.round(f);
  }

  private Reported report(Fraction f) {
    return compiled.report(f);
  }

  private Standing standing(Fraction iid) {
    return Standing.of(compiled, iid);
  }

  private boolean meets(long totalTimesDivisor, long divisor, BigDecimal targetIid) {
    return round(iid(totalTimesDivisor, divisor)).compareTo(targetIid) >= 0;
  }

  /**
   * The least number of unit steps, the largest gains first, that brings the configuration to the target, or -1 when
   * even every step falls short.
   */
  private long leastSteps(Config c, BigDecimal targetIid) {
    if (!meets(c.max(), c.divisor(), targetIid)) {
      return -1;
    }
    long total = c.base();
    long steps = 0;
    if (meets(total, c.divisor(), targetIid)) {
      return 0;
    }
    for (int g = 0; g < c.gains().length; g++) {
      long gain = c.gains()[g];
      long count = c.counts()[g];
      if (meets(total + gain * count, c.divisor(), targetIid)) {
        long lo = 1;
        long hi = count;
        while (lo < hi) {
          long mid = (lo + hi) >>> 1;
          if (meets(total + gain * mid, c.divisor(), targetIid)) {
            hi = mid;
          } else {
            lo = mid + 1;
          }
        }
        return steps + lo;
      }
      total += gain * count;
      steps += count;
    }
    throw new IllegalStateException("the maximum meets the target but no prefix of the steps does");
  }

  private BigDecimal targetIid(Target target) {
    BigDecimal hundred = BigDecimal.valueOf(100);
    if (target instanceof Target.Iid t) {
      BigDecimal v = t.value();
      if (v.signum() < 0 || v.compareTo(hundred) > 0) {
        throw new IgaException(Message.of("plan.target.iidOutOfRange", hundred.setScale(scale), v));
      }
      if (v.stripTrailingZeros().scale() > scale) {
        throw new IgaException(Message.of("plan.target.finerThanScale", v, rubric.year(), scale,
            new BigDecimal("65.01").setScale(scale, RoundingMode.DOWN)));
      }
      return v.setScale(scale, RoundingMode.UNNECESSARY);
    }
    Predikat p = ((Target.OfPredikat) target).predikat();
    for (Band b : rubric.bands()) {
      if (b.predikat() == p) {
        return b.lower().setScale(scale, RoundingMode.UNNECESSARY);
      }
    }
    throw new IgaException(Message.of("plan.target.noBand", rubric.year(), p.name()));
  }

  private Plan make(Submission submission, Mode mode, Target target, @Nullable NewInnovations newInnovations) {
    Objects.requireNonNull(submission, "submission");
    Objects.requireNonNull(mode, "mode");
    Objects.requireNonNull(target, "target");
    BigDecimal targetIid = targetIid(target);
    Terms terms = terms(newInnovations);
    State st = new State(submission, mode);

    // J: from here on, more new innovations cannot raise the most a plan can reach.
    long reachBound = Math.max(Math.max(0, (long) divisorFloor - st.n),
        Math.max((long) countCap - st.n, (long) gate - st.covered));
    long jMax = Math.min(reachBound, terms.limit());
    Config ceilingConfig = config(st, terms, (int) jMax);
    Fraction ceiling = iid(ceilingConfig.max(), ceilingConfig.divisor());

    Config best = null;
    long bestSteps = -1;
    long bestCost = Long.MAX_VALUE;
    for (long j = 0; j <= terms.limit(); j++) {
      if (best == null ? j > reachBound : j * terms.cost() >= bestCost) {
        break;
      }
      Config c = config(st, terms, (int) j);
      long s = leastSteps(c, targetIid);
      if (s >= 0 && j * terms.cost() + s < bestCost) {
        best = c;
        bestSteps = s;
        bestCost = j * terms.cost() + s;
      }
    }

    Standing start = standing(st.startIid);
    // The threshold is a reported IID already (a band's lower edge or a target at the reporting scale).
    Standing threshold = new Standing(new Reported(Fraction.valueOf(targetIid), targetIid),
        compiled.predikatOf(targetIid));
    if (best == null) {
      return new Plan(submission, rubric.year(), mode, target, threshold, start, false, List.of(), 0, start,
          standing(ceiling), newInnovations);
    }
    List<Step> steps = steps(st, terms, best, bestSteps);
    Standing end = steps.isEmpty() ? start : steps.get(steps.size() - 1).after();
    if (end.iid().value().compareTo(targetIid) < 0) {
      throw new IllegalStateException("plan ends at " + end + " below target " + targetIid);
    }
    return new Plan(submission, rubric.year(), mode, target, threshold, start, true, steps,
        Math.toIntExact(bestCost), end, standing(ceiling), newInnovations);
  }

  /** A row that can be raised: its gain per level, its place, and its level now. */
  private record Row(long gain, int kind, int position, int indicator, @Nullable String innovation, int level) {}

  private List<Step> steps(State st, Terms terms, Config best, long unitSteps) {
    List<Step> steps = new ArrayList<>();
    int j = best.j();
    Set<String> taken = new HashSet<>(Arrays.asList(st.innovationIds));
    String[] newIds = new String[j];
    Fraction before = st.startIid;
    Map<String, Integer> levels = new LinkedHashMap<>();
    for (int i = 0; i < innovationIndicators.length; i++) {
      levels.put(innovationIndicators[i].code(), terms.levels()[i]);
    }
    Fraction maturity = new Fraction(terms.maturity(), UNIT);
    // The affairs matter only when the j new innovations meet the gate that the region's own do not: then the first
    // (gate - covered) of them must each cover a basic-service affair not covered yet. Otherwise the count score is
    // the same whatever their affairs.
    int shortOfGate = gate - st.covered;
    int gateNeeds = shortOfGate > 0 && shortOfGate <= j && perInnovation > 0 && countCap > 0 ? shortOfGate : 0;
    for (int t = 1; t <= j; t++) {
      String id = "new-" + t;
      for (int k = 2; taken.contains(id); k++) {
        id = "new-" + t + "-" + k;
      }
      taken.add(id);
      newIds[t - 1] = id;
      Fraction after = iid(base(st, terms, t), divisor(st, t));
      Fraction gain = minus(after, before);
      steps.add(new Step.NewInnovation(id, t <= gateNeeds ? st.missing.get(t - 1) : null, levels, report(maturity),
          (int) terms.cost(), report(gain), standing(after)));
      before = after;
    }

    long d = best.divisor();
    List<Row> rows = new ArrayList<>();
    for (int i = 0; i < regionIndicators.length; i++) {
      rows.add(new Row(regionWeights[i] * d, 0, 0, i, null, st.regionLevels[i]));
    }
    for (int x = 0; x < st.n + j; x++) {
      for (int i = 0; i < innovationIndicators.length; i++) {
        boolean sent = x < st.n;
        rows.add(new Row(innovationWeights[i], 1, x, i, sent ? st.innovationIds[x] : newIds[x - st.n],
            sent ? st.innovationLevels[x][i] : terms.levels()[i]));
      }
    }
    rows.sort(Comparator.comparingLong((Row r) -> -r.gain()).thenComparingInt(Row::kind)
        .thenComparingInt(Row::position).thenComparingInt(Row::indicator));
    long total = best.base();
    long left = unitSteps;
    for (Row r : rows) {
      if (left == 0) {
        break;
      }
      int take = (int) Math.min(LEVELS - r.level(), left);
      if (take == 0) {
        continue;
      }
      left -= take;
      total += r.gain() * take;
      Indicator ind = r.kind() == 0 ? regionIndicators[r.indicator()] : innovationIndicators[r.indicator()];
      Fraction gain = iid(r.gain() * take, d);
      Fraction after = iid(total, d);
      steps.add(new Step.Raise(ind, r.innovation(), r.level(), r.level() + take, report(gain), standing(after)));
    }
    return steps;
  }

  private static Fraction minus(Fraction a, Fraction b) {
    BigInteger num = BigInteger.valueOf(a.numerator()).multiply(BigInteger.valueOf(b.denominator()))
        .subtract(BigInteger.valueOf(b.numerator()).multiply(BigInteger.valueOf(a.denominator())));
    BigInteger den = BigInteger.valueOf(a.denominator()).multiply(BigInteger.valueOf(b.denominator()));
    BigInteger gcd = num.gcd(den);
    if (gcd.signum() != 0) {
      num = num.divide(gcd);
      den = den.divide(gcd);
    }
    try {
      return new Fraction(num.longValueExact(), den.longValueExact());
    } catch (ArithmeticException e) {
      throw new IgaException(Message.of("plan.gain.beyondExactRange", num.toString(), den.toString()));
    }
  }

  // ------------------------------------------------------------------------------------------------ readiness

  /**
   * For every innovation whose maturity is below a threshold, the cheapest level steps that bring it to the
   * threshold: the heaviest rows first, each to level 3 before the next, the last only as far as needed. By the
   * exchange argument of the class documentation no other steps reach the threshold with fewer units.
   *
   * @param submission the submission
   * @param mode which answers count (VERIFIED: the verified levels)
   * @param targetMaturity the maturity to reach, at least 0 (above the rubric's maximum, no innovation can)
   * @return the readiness of every innovation
   * @throws IgaException when the submission does not fit the rubric or the target is negative
   */
  public Readiness readiness(Submission submission, Mode mode, BigDecimal targetMaturity) {
    Objects.requireNonNull(submission, "submission");
    Objects.requireNonNull(mode, "mode");
    if (targetMaturity.signum() < 0) {
      throw new IgaException(Message.of("plan.readiness.negativeTarget", targetMaturity));
    }
    ScoreResult r = scorer.score(submission, mode);
    boolean reachable = targetMaturity.compareTo(rubric.maxima().maturity()) <= 0;
    long need = reachable ? ceilingUnits(targetMaturity) : maxMaturity + 1;
    List<Readiness.Entry> below = new ArrayList<>();
    List<String> atOrAbove = new ArrayList<>();
    for (int x = 0; x < r.innovations().size(); x++) {
      InnovationScore score = r.innovations().get(x);
      Innovation inv = score.innovation();
      int[] levels = new int[innovationIndicators.length];
      long have = 0;
      for (int i = 0; i < levels.length; i++) {
        levels[i] = score.level(innovationIndicators[i].code());
        have += levels[i] * innovationWeights[i];
      }
      if (have >= need) {
        atOrAbove.add(inv.id());
        continue;
      }
      Fraction now = new Fraction(have, UNIT);
      if (!reachable) {
        below.add(new Readiness.Entry(inv.id(), inv.title(), report(now), false, List.of(), 0, report(now)));
        continue;
      }
      List<Readiness.Raise> raises = new ArrayList<>();
      long m = have;
      int units = 0;
      for (int[] raise : cheapestRaise(levels, have, need)) {
        int i = raise[0];
        long gain = (raise[2] - raise[1]) * innovationWeights[i];
        m += gain;
        units += raise[2] - raise[1];
        Fraction g = new Fraction(gain, UNIT);
        Fraction after = new Fraction(m, UNIT);
        raises.add(new Readiness.Raise(innovationIndicators[i], raise[1], raise[2], report(g), report(after)));
      }
      Fraction after = new Fraction(m, UNIT);
      below.add(new Readiness.Entry(inv.id(), inv.title(), report(now), true, raises, units, report(after)));
    }
    return new Readiness(submission, rubric.year(), mode, targetMaturity,
        compiled.round(new Fraction(maxMaturity, UNIT)), below, atOrAbove);
  }
}

package id.iga.calibrate;

import id.iga.Message;
import id.iga.calibrate.PublishedResult.Scale;
import id.iga.rubric.Alternative;
import id.iga.rubric.Overrides;
import id.iga.rubric.Predikat;
import id.iga.rubric.Rubric;
import id.iga.score.CompiledRubric;
import id.iga.score.Fraction;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import javax.annotation.Nullable;

/**
 * Checks published results against a rubric: could the rubric have produced them? A published IID is explained when
 * some SPD reachable on the rubric's grid (every sum of level x weight over the region indicators), some sum of
 * maturities reachable by the published number of innovations (every sum of n maturities, each a sum of level x
 * weight over the innovation indicators) and a gate outcome give, through the rubric's formula and rounding, the
 * published figure, and the published mean maturity and predikat where there are.
 *
 * <p>The search is exact: every number is an integer in units of 1/{@value CompiledRubric#UNIT} of a point or an exact
 * {@link Fraction}, rounded as the rubric rounds. It tries every reading of the row ({@link Reading}): the number of
 * innovations sent or accepted where the source gives both (the rubric's n counts those sent), the gate met or not
 * (the source rarely says), and the printed figure as the reported IID with trailing zeros dropped or, where it has
 * fewer decimals than the rubric reports, as the reported IID rounded again half-up to the printed decimals.
 *
 * <p>A calibration is immutable and thread-safe; it keeps the reachable sums it computes for each n.
 *
 * @since 1.0
 */
public final class Calibration {
  /** How a row's published figures are read. */
  public enum Count {
    /** n is the number of innovations sent, as the rubric counts them. */
    SENT,
    /** n is the number of innovations accepted in verification (the rubric counts those sent). */
    ACCEPTED,
    /** n is the one count the source gives, without saying whether sent or accepted. */
    UNSPECIFIED
  }

  /** How the printed IID relates to the reported one. */
  public enum Precision {
    /** The printed figure is the reported IID, perhaps with trailing zeros dropped ({@code 67.8} for 67.80). */
    AS_PRINTED,
    /** The printed figure is the reported IID rounded again, half-up, to the printed decimals (67.76 as 67.8). */
    ROUNDED_FURTHER
  }

  /** Whether the rubric could have produced a row. */
  public enum Verdict {
    /** Under at least one reading. */
    CONSISTENT,
    /** Under no reading. */
    INCONSISTENT,
    /** The row has nothing this rubric can check (another scale, no IID, no count of innovations). */
    NOT_CHECKED
  }

  /**
   * One reading of a row.
   *
   * @param count which published count is n
   * @param n the number of innovations
   * @param gateMet whether the basic-service gate was met
   * @param precision how the printed IID relates to the reported one
   */
  public record Reading(Count count, int n, boolean gateMet, Precision precision) {
    /**
     * Checks the components, as the type's documentation describes them.
     *
     * @param count which published count is n
     * @param n the number of innovations
     * @param gateMet whether the basic-service gate was met
     * @param precision how the printed IID relates to the reported one
     */
    public Reading {
      Objects.requireNonNull(count, "count");
      Objects.requireNonNull(precision, "precision");
    }
  }

  /**
   * A reading under which the rubric produces the row, with what it implies.
   *
   * @param reading the reading
   * @param spd every SPD (reported) that explains the row, ascending
   * @param maturityMean every maturity mean (sum of maturities / MAX(k, n), reported) that does, ascending
   * @param iid every reported IID that does, ascending
   */
  public record Explanation(Reading reading, List<BigDecimal> spd, List<BigDecimal> maturityMean,
      List<BigDecimal> iid) {
    /**
     * Copies the lists.
     *
     * @param reading the reading
     * @param spd every SPD that explains the row
     * @param maturityMean every maturity mean that does
     * @param iid every reported IID that does
     */
    public Explanation {
      Objects.requireNonNull(reading, "reading");
      spd = List.copyOf(spd);
      maturityMean = List.copyOf(maturityMean);
      iid = List.copyOf(iid);
    }
  }

  /**
   * A reading under which the rubric cannot produce the row, with the reported IIDs nearest to the printed one that it
   * can produce under that reading (printed decimals as reported, {@link Precision#AS_PRINTED}).
   *
   * @param reading the reading
   * @param below the nearest reachable IID below the printed one, or null when there is none
   * @param above the nearest reachable IID above it, or null when there is none
   */
  public record Miss(Reading reading, @Nullable BigDecimal below, @Nullable BigDecimal above) {
    /**
     * Checks the components, as the type's documentation describes them.
     *
     * @param reading the reading
     * @param below the nearest reachable IID below, or null
     * @param above the nearest reachable IID above, or null
     */
    public Miss {
      Objects.requireNonNull(reading, "reading");
    }
  }

  /**
   * What a rubric says of one published row.
   *
   * @param row the row
   * @param verdict whether the rubric could have produced it
   * @param reasonMessage why it was not checked, or the mismatch when the predikat alone decides, as a key and its
   *     arguments; null otherwise ({@link #reason()} gives it in English, {@link #reason(Locale)} in a language)
   * @param explanations the readings that explain it, in reading order
   * @param misses the readings with the printed precision that do not, with the nearest reachable IIDs
   */
  public record Check(PublishedResult row, Verdict verdict, @Nullable Message reasonMessage,
      List<Explanation> explanations, List<Miss> misses) {
    /**
     * Copies the lists.
     *
     * @param row the row
     * @param verdict whether the rubric could have produced it
     * @param reasonMessage why it was not checked, or the mismatch; null otherwise
     * @param explanations the readings that explain it
     * @param misses the readings with the printed precision that do not
     */
    public Check {
      Objects.requireNonNull(row, "row");
      Objects.requireNonNull(verdict, "verdict");
      explanations = List.copyOf(explanations);
      misses = List.copyOf(misses);
    }

    /**
     * @return why the row was not checked, or the mismatch when the predikat alone decides, in English, as the JSON of
     *     a calibration writes it; empty otherwise
     */
    public String reason() {
      return reason(Locale.ENGLISH);
    }

    /**
     * @param locale the language: Indonesian for an {@code id} locale, English otherwise
     * @return why the row was not checked, or the mismatch when the predikat alone decides, in that language; empty
     *     otherwise
     */
    public String reason(Locale locale) {
      return reasonMessage == null ? "" : reasonMessage.text(locale);
    }

    /** @return the gate outcomes under which the row is explained: {@code [false]} means only if the gate was not met */
    public List<Boolean> gateOutcomes() {
      return distinct(explanations.stream().map(e -> e.reading().gateMet()).toList());
    }

    /** @return the precisions under which the row is explained */
    public List<Precision> precisions() {
      return distinct(explanations.stream().map(e -> e.reading().precision()).toList());
    }

    /** @return the counts under which the row is explained */
    public List<Count> counts() {
      return distinct(explanations.stream().map(e -> e.reading().count()).toList());
    }

    /** @return every SPD that explains the row under some reading, ascending */
    public List<BigDecimal> impliedSpd() {
      TreeSet<BigDecimal> all = new TreeSet<>();
      explanations.forEach(e -> all.addAll(e.spd()));
      return List.copyOf(all);
    }

    private static <T extends Comparable<T>> List<T> distinct(List<T> values) {
      return List.copyOf(new TreeSet<>(values));
    }
  }

  private static final int AFFAIRS = 6;

  private final CompiledRubric compiled;
  private final int scale;
  /** Every reachable SPD, in units, ascending. */
  private final long[] spds;
  /** The greatest common divisor of the innovation weights, in units: every maturity is a multiple of it. */
  private final long step;
  /** Every reachable maturity of one innovation, in steps, ascending. */
  private final int[] maturities;
  private final Map<Integer, BitSet> sums;

  private Calibration(CompiledRubric compiled, Calibration same) {
    this.compiled = compiled;
    this.scale = compiled.scale();
    this.spds = same.spds;
    this.step = same.step;
    this.maturities = same.maturities;
    this.sums = same.sums;
  }

  private Calibration(Rubric rubric) {
    this.sums = new ConcurrentHashMap<>();
    this.compiled = CompiledRubric.of(rubric);
    this.scale = rubric.parameters().reportingScale().value();
    long regionStep = gcd(compiled.regionWeights());
    this.spds = BitSet.valueOf(levelSums(compiled.regionWeights(), regionStep)).stream()
        .mapToLong(i -> i * regionStep).toArray();
    this.step = gcd(compiled.innovationWeights());
    this.maturities = BitSet.valueOf(levelSums(compiled.innovationWeights(), step)).stream().toArray();
  }

  /**
   * @param rubric a rubric
   * @return the calibration of published results against it
   */
  public static Calibration of(Rubric rubric) {
    return new Calibration(rubric);
  }

  /**
   * One combination of a rubric's alternatives, and what the published results of its year say of it.
   *
   * @param settings the what-if settings that derive it from the rubric (none for the rubric itself)
   * @param consistent how many checked results it could have produced
   * @param inconsistent how many it could not
   */
  public record Combination(List<Overrides.Setting> settings, int consistent, int inconsistent) {
    /**
     * Copies the settings.
     *
     * @param settings the what-if settings that derive it from the rubric
     * @param consistent how many checked results it could have produced
     * @param inconsistent how many it could not
     */
    public Combination {
      settings = List.copyOf(settings);
    }

    /** @return whether it could have produced every checked result (and some result was checked) */
    public boolean survives() {
      return inconsistent == 0 && consistent > 0;
    }
  }

  /**
   * Checks the published results of the rubric's year under every combination of the rubric's alternatives that
   * bear on them: the parameters and band edges (a rule's alternatives change which level a fact earns, not which
   * levels the grid reaches, so they are left out). The grids are computed once and shared.
   *
   * @param rubric a rubric with its alternatives
   * @param rows published results of any year
   * @return every combination, the rubric's own first, with how many checked results it explains and fails
   */
  public static List<Combination> combinations(Rubric rubric, List<PublishedResult> rows) {
    List<Alternative> bearing = rubric.alternatives().stream()
        .filter(a -> !a.name().startsWith(Overrides.RULE_PREFIX)).toList();
    Calibration own = of(rubric);
    List<Combination> out = new ArrayList<>();
    for (List<Overrides.Setting> settings : Alternative.combinations(rubric, bearing)) {
      Calibration c = settings.isEmpty() ? own
          : new Calibration(own.compiled.derived(Overrides.apply(rubric, settings)), own);
      int consistent = 0;
      int inconsistent = 0;
      for (Check check : c.checkAll(rows)) {
        consistent += check.verdict() == Verdict.CONSISTENT ? 1 : 0;
        inconsistent += check.verdict() == Verdict.INCONSISTENT ? 1 : 0;
      }
      out.add(new Combination(settings, consistent, inconsistent));
    }
    return Collections.unmodifiableList(out);
  }

  /** @return the rubric */
  public Rubric rubric() {
    return compiled.rubric();
  }

  /**
   * @param rows published results of any year
   * @return the checks of the rows of the rubric's year, in their order
   */
  public List<Check> checkAll(List<PublishedResult> rows) {
    List<Check> out = new ArrayList<>();
    for (PublishedResult r : rows) {
      if (r.year() == rubric().year()) {
        out.add(check(r));
      }
    }
    return Collections.unmodifiableList(out);
  }

  /**
   * @param row a published result
   * @return whether and how the rubric could have produced it
   * @throws IllegalArgumentException when the row is of another year than the rubric
   */
  public Check check(PublishedResult row) {
    if (row.year() != rubric().year()) {
      throw new IllegalArgumentException("a " + row.year() + " result checked against rubric " + rubric().year());
    }
    BigDecimal printed = row.score();
    if (row.scale() != Scale.INDEX) {
      return notChecked(row, Message.of("calibrate.reason.otherScale", row.scale().name()));
    }
    if (printed == null) {
      return notChecked(row, Message.of("calibrate.reason.noIid"));
    }
    if (printed.scale() > scale) {
      return new Check(row, Verdict.INCONSISTENT, Message.of("calibrate.reason.tooManyDecimals", printed, scale),
          List.of(), List.of());
    }
    List<Reading> readings = readings(row, printed);
    if (readings.isEmpty()) {
      Predikat p = row.predikat();
      Predikat rubricSays = compiled.predikatOf(printed);
      if (p != null && p != rubricSays) {
        return new Check(row, Verdict.INCONSISTENT, Message.of("calibrate.reason.predikatDiffers", printed,
            rubricSays.name(), p.name()), List.of(), List.of());
      }
      return notChecked(row, Message.of(p == null ? "calibrate.reason.noCount"
          : "calibrate.reason.noCountPredikatAgrees"));
    }
    List<Explanation> explanations = new ArrayList<>();
    List<Miss> misses = new ArrayList<>();
    for (Reading reading : readings) {
      search(row, printed, reading, explanations, misses);
    }
    return new Check(row, explanations.isEmpty() ? Verdict.INCONSISTENT : Verdict.CONSISTENT, null, explanations,
        misses);
  }

  private static Check notChecked(PublishedResult row, Message reason) {
    return new Check(row, Verdict.NOT_CHECKED, reason, List.of(), List.of());
  }

  private List<Reading> readings(PublishedResult row, BigDecimal printed) {
    List<Count> counts = new ArrayList<>();
    List<Integer> ns = new ArrayList<>();
    PublishedResult.Innovations i = row.innovations();
    if (i.sent() != null) {
      counts.add(Count.SENT);
      ns.add(i.sent());
    }
    if (i.accepted() != null && !i.accepted().equals(i.sent())) {
      counts.add(Count.ACCEPTED);
      ns.add(i.accepted());
    }
    if (i.unspecified() != null) {
      counts.add(Count.UNSPECIFIED);
      ns.add(i.unspecified());
    }
    List<Precision> precisions = printed.scale() < scale ? List.of(Precision.AS_PRINTED, Precision.ROUNDED_FURTHER)
        : List.of(Precision.AS_PRINTED);
    List<Reading> out = new ArrayList<>();
    for (Precision precision : precisions) {
      for (int c = 0; c < counts.size(); c++) {
        for (boolean met : gateOutcomes()) {
          out.add(new Reading(counts.get(c), ns.get(c), met, precision));
        }
      }
    }
    return out;
  }

  /** @return the gate outcomes the rubric allows: met and not met, or only met when the gate asks for none */
  private List<Boolean> gateOutcomes() {
    List<Boolean> out = new ArrayList<>();
    for (int covered = AFFAIRS; covered >= 0; covered--) {
      boolean met = compiled.gateMet(covered);
      if (!out.contains(met)) {
        out.add(met);
      }
    }
    return out;
  }

  private int covered(boolean met) {
    for (int covered = AFFAIRS; covered >= 0; covered--) {
      if (compiled.gateMet(covered) == met) {
        return covered;
      }
    }
    throw new IllegalStateException("no number of affairs gives gate outcome " + met);
  }

  /**
   * Finds every (SPD, sum of maturities) that gives the printed IID under one reading. The reported IID grows with
   * the sum of maturities, so for each SPD the sums are scanned outwards from where the exact IID equals the printed
   * one, down until the reported IID falls below it and up until it rises above it.
   */
  private void search(PublishedResult row, BigDecimal printed, Reading reading, List<Explanation> explanations,
      List<Miss> misses) {
    long n = reading.n();
    long d = compiled.divisor(n);
    long count = compiled.countScore(n, covered(reading.gateMet()));
    BitSet allowed = allowedSums(reading.n(), d, row.maturityMean());
    long maxTotal = compiled.maxTotal();
    // The sum of maturities (in units) at which the exact IID equals the printed figure, for SPD 0 and no count.
    BigDecimal base = printed.multiply(BigDecimal.valueOf(maxTotal)).multiply(BigDecimal.valueOf(d))
        .divide(BigDecimal.valueOf(100));
    TreeSet<BigDecimal> spdFound = new TreeSet<>();
    TreeSet<BigDecimal> meanFound = new TreeSet<>();
    TreeSet<BigDecimal> iidFound = new TreeSet<>();
    BigDecimal below = null;
    BigDecimal above = null;
    for (long spd : spds) {
      BigDecimal exact = base.subtract(BigDecimal.valueOf((spd + count) * d));
      long centre = exact.divide(BigDecimal.valueOf(step), 0, RoundingMode.FLOOR).longValueExact();
      int from = (int) Math.min(Math.max(centre + 1, 0), allowed.length());
      // downwards from centre + 1 until a point reads lower, upwards from centre + 2 until one reads higher
      for (int bit = allowed.previousSetBit(from); bit >= 0; bit = allowed.previousSetBit(bit - 1)) {
        BigDecimal r = reported(spd, bit, d, count);
        int side = visit(row, printed, reading, r, spd, bit, d, spdFound, meanFound, iidFound);
        if (side > 0) {
          above = above == null || r.compareTo(above) < 0 ? r : above;
        } else if (side < 0) {
          below = below == null || r.compareTo(below) > 0 ? r : below;
          break;
        }
      }
      for (int bit = allowed.nextSetBit(from + 1); bit >= 0; bit = allowed.nextSetBit(bit + 1)) {
        BigDecimal r = reported(spd, bit, d, count);
        if (visit(row, printed, reading, r, spd, bit, d, spdFound, meanFound, iidFound) > 0) {
          above = above == null || r.compareTo(above) < 0 ? r : above;
          break;
        }
      }
    }
    if (!iidFound.isEmpty()) {
      explanations.add(new Explanation(reading, List.copyOf(spdFound), List.copyOf(meanFound),
          List.copyOf(iidFound)));
    } else if (reading.precision() == Precision.AS_PRINTED) {
      misses.add(new Miss(reading, below, above));
    }
  }

  /**
   * @return 0 when the point reads as the printed figure (recorded if the predikat agrees too), below 0 when it
   *     reads lower, above 0 when higher
   */
  private int visit(PublishedResult row, BigDecimal printed, Reading reading, BigDecimal r, long spd, int bit, long d,
      TreeSet<BigDecimal> spdFound, TreeSet<BigDecimal> meanFound, TreeSet<BigDecimal> iidFound) {
    BigDecimal read = reading.precision() == Precision.AS_PRINTED ? r : r.setScale(printed.scale(), RoundingMode.HALF_UP);
    int side = read.compareTo(printed);
    if (side == 0 && (row.predikat() == null || compiled.predikatOf(r) == row.predikat())) {
      spdFound.add(compiled.round(Fraction.of(spd, CompiledRubric.UNIT)));
      meanFound.add(compiled.round(Fraction.of(bit * step, d * CompiledRubric.UNIT)));
      iidFound.add(r);
    }
    return side;
  }

  private BigDecimal reported(long spd, int bit, long d, long count) {
    return compiled.round(compiled.iid(spd * d + bit * step + count * d, d));
  }

  /** @return the sums of n maturities (in steps) whose maturity mean reads as the published one, if there is one */
  private BitSet allowedSums(int n, long d, @Nullable BigDecimal mean) {
    BitSet reachable = sums.computeIfAbsent(n, this::sumsOf);
    if (mean == null) {
      return reachable;
    }
    BitSet out = new BitSet();
    // the mean is the sum / d; scan the sums within one printed step of it
    BigDecimal ulp = BigDecimal.ONE.movePointLeft(mean.scale());
    long lo = Math.max(0, mean.subtract(ulp).multiply(BigDecimal.valueOf(d * CompiledRubric.UNIT))
        .divide(BigDecimal.valueOf(step), 0, RoundingMode.FLOOR).longValueExact());
    long hi = mean.add(ulp).multiply(BigDecimal.valueOf(d * CompiledRubric.UNIT))
        .divide(BigDecimal.valueOf(step), 0, RoundingMode.CEILING).longValueExact();
    for (int bit = reachable.nextSetBit((int) Math.min(lo, Integer.MAX_VALUE)); bit >= 0 && bit <= hi;
        bit = reachable.nextSetBit(bit + 1)) {
      BigDecimal m = compiled.round(Fraction.of(bit * step, d * CompiledRubric.UNIT));
      if (m.compareTo(mean) == 0) {
        out.set(bit);
      }
    }
    return out;
  }

  /** @return every sum of n maturities, in steps, as bits */
  private BitSet sumsOf(int n) {
    int max = maturities[maturities.length - 1];
    long[] acc = new long[(int) (((long) n * max) / Long.SIZE + 1)];
    acc[0] = 1;
    for (int i = 0; i < n; i++) {
      long[] next = new long[acc.length];
      for (int m : maturities) {
        orShifted(next, acc, m);
      }
      acc = next;
    }
    return BitSet.valueOf(acc);
  }

  /** @return every sum of level x weight (levels 0..3) over the weights, in multiples of step, as bits */
  private static long[] levelSums(long[] weights, long step) {
    long total = 0;
    for (long w : weights) {
      total += 3 * (w / step);
    }
    long[] acc = new long[(int) (total / Long.SIZE + 1)];
    acc[0] = 1;
    for (long w : weights) {
      long[] next = acc.clone();
      for (int level = 1; level <= 3; level++) {
        orShifted(next, acc, (int) (level * (w / step)));
      }
      acc = next;
    }
    return acc;
  }

  /** Sets in {@code into} every bit of {@code from} shifted up by {@code shift}, dropping those past its end. */
  private static void orShifted(long[] into, long[] from, int shift) {
    int words = shift >>> 6;
    int bits = shift & 63;
    for (int i = into.length - 1; i >= words; i--) {
      int j = i - words;
      long v = from[j] << bits;
      if (bits != 0 && j > 0) {
        v |= from[j - 1] >>> (64 - bits);
      }
      into[i] |= v;
    }
  }

  private static long gcd(long[] values) {
    long g = 0;
    for (long v : values) {
      long a = g;
      long b = v;
      while (b != 0) {
        long t = a % b;
        a = b;
        b = t;
      }
      g = a;
    }
    return g == 0 ? 1 : g;
  }
}

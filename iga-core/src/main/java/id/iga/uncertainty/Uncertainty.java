package id.iga.uncertainty;

import id.iga.IgaException;
import id.iga.Message;
import id.iga.rubric.Alternative;
import id.iga.rubric.Assumption;
import id.iga.rubric.Overrides;
import id.iga.rubric.Predikat;
import id.iga.rubric.Rubric;
import id.iga.rubric.Rules;
import id.iga.rubric.Sourced;
import id.iga.score.Aggregate;
import id.iga.score.CompiledRubric;
import id.iga.score.Reported;
import id.iga.score.Mode;
import id.iga.score.ScoreResult;
import id.iga.score.Scorer;
import id.iga.score.Standing;
import id.iga.submission.Region;
import id.iga.submission.Submission;
import id.iga.submission.RegionType;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import javax.annotation.Nullable;

/**
 * A region's IID and predikat over every combination of a rubric's alternatives, exactly. Each combination is the
 * rubric {@link Overrides#apply} derives from one value of each alternative. A rule's alternatives ({@code rule.gap})
 * change the levels facts earn, so the submission is scored once per combination of the rules' values; the other
 * parameters change only the aggregation, so each of those combinations is aggregated from the summed facts
 * ({@link ScoreResult#aggregate()}, no fact resolved again); and the band edges do not move the IID, so each band
 * combination reads its predikat from the reported IID. Every combination is evaluated: the interval, the predikats
 * and the ranks are exact, not sampled.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 1.0
 */
public final class Uncertainty {
  /** The most combinations an analysis enumerates. */
  public static final long MAX_COMBINATIONS = 1_000_000L;

  private final Rubric rubric;
  private final List<Alternative> alternatives;
  private final List<List<String>> values;
  /** The alternatives that move the IID (all but the band edges), as indices into {@link #alternatives}. */
  private final int[] iidAxes;
  /** Whether each of {@link #iidAxes} is a rule's, which changes the levels facts earn. */
  private final boolean[] ruleAxis;
  /** For each IID combination, the index of its rules' combination in {@link #scorers}. */
  private final int[] scorerOf;
  /** One per combination of the rules' values, the first the rubric's own rules. */
  private final Scorer[] scorers;
  /**
   * Per scorer, the assumption subjects of the rules it sets otherwise than the rubric (the first scorer's), when
   * each of them is listed among a result's assumptions whenever it decides something in it; null when one is not.
   */
  private final List<Set<String>> changedRules;
  /** The band edges' alternatives. */
  private final int[] bandAxes;
  /** One per combination of the IID's alternatives, the first the published rubric; and its choices. */
  private final CompiledRubric[] iidRubrics;
  private final int[][] iidChoices;
  /** One per combination of the band edges' alternatives, the first the published bands. */
  private final Rubric[] bandRubrics;
  /** The largest reporting scale of the combinations: every reported IID is kept as a long at this scale. */
  private final int scale;
  private final int[][] bandChoices;

  private Uncertainty(Rubric rubric, List<Alternative> alternatives) {
    this.rubric = rubric;
    this.alternatives = List.copyOf(alternatives);
    List<List<String>> v = new ArrayList<>();
    List<Integer> iid = new ArrayList<>();
    List<Integer> band = new ArrayList<>();
    Set<String> seen = new java.util.HashSet<>();
    long combinations = 1;
    for (int i = 0; i < this.alternatives.size(); i++) {
      Alternative a = this.alternatives.get(i);
      if (!seen.add(a.name())) {
        throw new IgaException(Message.of("uncertainty.alternatives.twice", a.name()));
      }
      v.add(a.valuesFrom(rubric));
      (a.name().startsWith(Overrides.BAND_PREFIX) ? band : iid).add(i);
      combinations *= a.values().size();
      if (combinations > MAX_COMBINATIONS) {
        throw new IgaException(Message.of("uncertainty.alternatives.tooMany", MAX_COMBINATIONS));
      }
    }
    this.values = List.copyOf(v);
    this.iidAxes = iid.stream().mapToInt(Integer::intValue).toArray();
    this.bandAxes = band.stream().mapToInt(Integer::intValue).toArray();
    this.ruleAxis = new boolean[iidAxes.length];
    for (int k = 0; k < iidAxes.length; k++) {
      ruleAxis[k] = this.alternatives.get(iidAxes[k]).name().startsWith(Overrides.RULE_PREFIX);
    }
    this.iidChoices = choices(iidAxes);
    this.iidRubrics = new CompiledRubric[iidChoices.length];
    this.scorerOf = new int[iidChoices.length];
    java.util.Map<String, Integer> ruleCombos = new java.util.LinkedHashMap<>();
    List<Scorer> ruleScorers = new ArrayList<>();
    List<Set<String>> ruleSubjects = new ArrayList<>();
    CompiledRubric own = CompiledRubric.of(rubric);
    for (int c = 0; c < iidChoices.length; c++) {
      iidRubrics[c] = own.derived(derive(iidAxes, iidChoices[c]));
      int[] rulesOnly = iidChoices[c].clone();
      for (int k = 0; k < rulesOnly.length; k++) {
        if (!ruleAxis[k]) {
          rulesOnly[k] = 0;
        }
      }
      String key = Arrays.toString(rulesOnly);
      Integer known = ruleCombos.get(key);
      if (known == null) {
        known = ruleScorers.size();
        ruleCombos.put(key, known);
        ruleScorers.add(Scorer.of(derive(iidAxes, rulesOnly)));
        ruleSubjects.add(subjects(rulesOnly));
      }
      scorerOf[c] = known;
    }
    this.scorers = ruleScorers.toArray(Scorer[]::new);
    int largest = 0;
    for (CompiledRubric c : iidRubrics) {
      largest = Math.max(largest, c.scale());
    }
    this.scale = largest;
    this.changedRules = ruleSubjects;
    this.bandChoices = choices(bandAxes);
    this.bandRubrics = new Rubric[bandChoices.length];
    for (int c = 0; c < bandChoices.length; c++) {
      bandRubrics[c] = derive(bandAxes, bandChoices[c]);
    }
  }

  /**
   * @param rubric a rubric
   * @param alternatives the plausible values of some of its facts, each fact once; a fact without alternatives keeps
   *     its value
   * @return the analysis over every combination
   * @throws IgaException when an alternative does not apply to the rubric (an unknown name, a value of the wrong
   *     form, a band edge out of place), leaves out the rubric's own value, or there are more than
   *     {@value #MAX_COMBINATIONS} combinations
   */
  public static Uncertainty of(Rubric rubric, List<Alternative> alternatives) {
    return new Uncertainty(rubric, alternatives);
  }

  /** @return the rubric as published */
  public Rubric rubric() {
    return rubric;
  }

  /** @return the alternatives, in the order given */
  public List<Alternative> alternatives() {
    return alternatives;
  }

  /** @return the number of combinations: the product of the numbers of values */
  public long combinations() {
    return (long) iidChoices.length * bandChoices.length;
  }

  /**
   * @param submission a region's submission
   * @param mode which answers count
   * @return how sure its result under the rubric is
   * @throws IgaException when the submission does not fit the rubric (as {@link Scorer#score} throws)
   */
  public RegionUncertainty of(Submission submission, Mode mode) {
    return region(scored(submission, mode), null);
  }

  /**
   * @param submissions every region's submission, read once, in order
   * @param mode which answers count
   * @return how sure each result is, in the same order, with its rank interval among the regions of its type
   * @throws IgaException when a submission does not fit the rubric
   */
  public List<RegionUncertainty> ofAll(Iterable<? extends Submission> submissions, Mode mode) {
    Collector c = collector(mode);
    for (Submission s : submissions) {
      c.add(s);
    }
    return c.finish();
  }

  /**
   * @param mode which answers count
   * @return a collector of a dataset's regions, one at a time: it keeps each region's IIDs, not its submission
   */
  public Collector collector(Mode mode) {
    return new Collector(mode);
  }

  /** Collects a dataset's regions one at a time, for their rank intervals; not thread-safe. */
  public final class Collector {
    private final Mode mode;
    private final List<Prepared> all = new ArrayList<>();

    private Collector(Mode mode) {
      this.mode = mode;
    }

    /**
     * @param submission a region's submission
     * @throws IgaException when it does not fit the rubric
     */
    public void add(Submission submission) {
      all.add(scored(submission, mode));
    }

    /**
     * @param prepared a region prepared by this collector's analysis ({@link Uncertainty#prepare}) in the same mode
     * @throws IllegalArgumentException when it was prepared by another analysis
     */
    public void add(Prepared prepared) {
      if (prepared.reported.length != iidRubrics.length) {
        throw new IllegalArgumentException("a region prepared by another analysis");
      }
      all.add(prepared);
    }

    /** @return how sure each region's result is, in the order added, with its rank interval among its type */
    public List<RegionUncertainty> finish() {
      return ranked(all);
    }
  }

  private List<RegionUncertainty> ranked(List<Prepared> all) {
    int n = all.size();
    long[][] values = new long[n][];
    for (int r = 0; r < n; r++) {
      values[r] = all.get(r).reported;
    }
    int[] best = new int[n];
    int[] worst = new int[n];
    int[] of = new int[n];
    Arrays.fill(best, Integer.MAX_VALUE);
    for (RegionType type : RegionType.values()) {
      List<Integer> members = new ArrayList<>();
      for (int r = 0; r < n; r++) {
        if (all.get(r).region.type() == type) {
          members.add(r);
        }
      }
      long[] sorted = new long[members.size()];
      for (int c = 0; c < iidChoices.length; c++) {
        for (int m = 0; m < sorted.length; m++) {
          sorted[m] = values[members.get(m)][c];
        }
        Arrays.sort(sorted);
        for (int r : members) {
          // 1 + the number of regions of the type with a higher IID: ties share the better rank
          int rank = 1 + sorted.length - upperBound(sorted, values[r][c]);
          best[r] = Math.min(best[r], rank);
          worst[r] = Math.max(worst[r], rank);
          of[r] = sorted.length;
        }
      }
    }
    List<RegionUncertainty> out = new ArrayList<>(n);
    for (int r = 0; r < n; r++) {
      out.add(region(all.get(r),
          new RegionUncertainty.RankInterval(best[r], worst[r], of[r])));
    }
    return Collections.unmodifiableList(out);
  }

  /** @return the number of values, sorted ascending, that are at most v */
  private static int upperBound(long[] ascending, long v) {
    int lo = 0;
    int hi = ascending.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (ascending[mid] <= v) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  /**
   * A region scored under every combination, ready to be collected: its standing as published, its reported IID under
   * each combination of the alternatives that move the IID, and the lowest and highest of them. Made by
   * {@link #prepare}, which is thread-safe, so that a dataset's regions can be prepared in parallel and collected in
   * order. Compact: a whole national dataset of them stays small, whatever the number of combinations.
   */
  public static final class Prepared {
    private final Region region;
    private final Standing published;
    /** The reported IID of each combination, unscaled at the largest reporting scale of the combinations. */
    private final long[] reported;
    private final Reported min;
    private final Reported max;

    private Prepared(Region region, Standing published, long[] reported, Reported min, Reported max) {
      this.region = region;
      this.published = published;
      this.reported = reported;
      this.min = min;
      this.max = max;
    }
  }

  /**
   * @param submission a region's submission
   * @param mode which answers count
   * @return the region scored under every combination, to {@link Collector#add(Prepared) collect}
   * @throws IgaException when the submission does not fit the rubric (as {@link Scorer#score} throws)
   */
  public Prepared prepare(Submission submission, Mode mode) {
    return scored(submission, mode);
  }

  private Prepared scored(Submission submission, Mode mode) {
    Aggregate[] aggregates = new Aggregate[scorers.length];
    ScoreResult published = null;
    for (int g = 0; g < scorers.length; g++) {
      if (g > 0 && decidedNone(published, changedRules.get(g))) {
        // A rule decides the same cases whatever its value (where facts fall between or across levels, what the
        // verifier did not accept): one that decided nothing under the rubric's value decides nothing under another.
        aggregates[g] = aggregates[0];
        continue;
      }
      ScoreResult r = scorers[g].score(submission, mode);
      aggregates[g] = r.aggregate();
      if (g == 0) {
        published = r;
      }
    }
    long[] reported = new long[iidRubrics.length];
    Reported min = null;
    Reported max = null;
    for (int c = 0; c < reported.length; c++) {
      Reported iid = iidRubrics[c].reportedIid(aggregates[scorerOf[c]]);
      reported[c] = iid.value().movePointRight(scale).longValueExact();
      min = min == null || iid.exact().compareTo(min.exact()) < 0 ? iid : min;
      max = max == null || iid.exact().compareTo(max.exact()) > 0 ? iid : max;
    }
    return new Prepared(published.region(), published.standing(), reported, min, max);
  }

  /** Whether none of the rules (as assumption subjects) decided anything in a result; false when not known. */
  private static boolean decidedNone(ScoreResult result, @Nullable Set<String> subjects) {
    if (subjects == null) {
      return false;
    }
    for (Assumption a : result.assumptions()) {
      if (subjects.contains(a.subject())) {
        return false;
      }
    }
    return true;
  }

  /**
   * The assumption subjects of the rules a choice of the IID axes sets otherwise than the rubric, or null when one of
   * them is not unsure in the rubric: a result lists a rule among its assumptions only when the rule is unsure.
   */
  private @Nullable Set<String> subjects(int[] choice) {
    Set<String> out = new java.util.HashSet<>();
    for (int k = 0; k < iidAxes.length; k++) {
      if (ruleAxis[k] && choice[k] != 0) {
        String name = alternatives.get(iidAxes[k]).name().substring(Overrides.RULE_PREFIX.length());
        Sourced<?> rule = rubric.rules().named().get(name);
        if (rule == null || !rule.provenance().unsure()) {
          return null;
        }
        out.add(Rules.subject(name).toString());
      }
    }
    return out;
  }

  private RegionUncertainty region(Prepared prepared, @Nullable RegionUncertainty.RankInterval rank) {
    long[] iids = prepared.reported;
    Predikat own = prepared.published.predikat();
    // the predikat of each reported IID under each set of bands, once per distinct IID
    java.util.Map<Long, Predikat[]> predikats = new java.util.HashMap<>();
    EnumSet<Predikat> possible = EnumSet.noneOf(Predikat.class);
    // the smallest number of facts changed that changes the predikat, and those facts
    int fewest = Integer.MAX_VALUE;
    boolean[] alone = new boolean[alternatives.size()];
    boolean[] smallest = new boolean[alternatives.size()];
    for (int c = 0; c < iids.length; c++) {
      for (int b = 0; b < bandRubrics.length; b++) {
        Predikat p = predikats.computeIfAbsent(iids[c], this::predikatsOf)[b];
        possible.add(p);
        if (p == own) {
          continue;
        }
        boolean[] changed = new boolean[alternatives.size()];
        int count = mark(changed, iidAxes, iidChoices[c]) + mark(changed, bandAxes, bandChoices[b]);
        if (count == 1) {
          for (int i = 0; i < changed.length; i++) {
            alone[i] |= changed[i];
          }
        }
        if (count < fewest) {
          fewest = count;
          smallest = changed;
        }
      }
    }
    List<String> deciding = new ArrayList<>();
    boolean any = false;
    for (boolean x : alone) {
      any |= x;
    }
    boolean[] chosen = any ? alone : smallest;
    for (int i = 0; i < chosen.length; i++) {
      if (chosen[i] && possible.size() > 1) {
        deciding.add(alternatives.get(i).name());
      }
    }
    List<Predikat> ordered = new ArrayList<>(possible);
    return new RegionUncertainty(prepared.region, rubric.year(), prepared.published, prepared.min, prepared.max,
        ordered, deciding,
        !any && possible.size() > 1, rank);
  }

  /** The predikat of a reported IID (unscaled at {@link #scale}) under each set of bands. */
  private Predikat[] predikatsOf(long reported) {
    BigDecimal value = BigDecimal.valueOf(reported, scale);
    Predikat[] out = new Predikat[bandRubrics.length];
    for (int b = 0; b < out.length; b++) {
      out[b] = bandRubrics[b].predikatOf(value);
    }
    return out;
  }

  private static int mark(boolean[] changed, int[] axes, int[] choice) {
    int count = 0;
    for (int k = 0; k < axes.length; k++) {
      if (choice[k] != 0) {
        changed[axes[k]] = true;
        count++;
      }
    }
    return count;
  }

  /** @return every combination of one value index per axis, the all-zero (published) one first */
  private int[][] choices(int[] axes) {
    int total = 1;
    for (int a : axes) {
      total *= values.get(a).size();
    }
    int[][] out = new int[total][axes.length];
    for (int c = 0; c < total; c++) {
      int rest = c;
      for (int k = axes.length - 1; k >= 0; k--) {
        int size = values.get(axes[k]).size();
        out[c][k] = rest % size;
        rest /= size;
      }
    }
    return out;
  }

  private Rubric derive(int[] axes, int[] choice) {
    List<Overrides.Setting> settings = new ArrayList<>();
    for (int k = 0; k < axes.length; k++) {
      if (choice[k] != 0) {
        settings.add(new Overrides.Setting(alternatives.get(axes[k]).name(), values.get(axes[k]).get(choice[k])));
      }
    }
    if (settings.isEmpty()) {
      return rubric;
    }
    try {
      return Overrides.apply(rubric, settings);
    } catch (IgaException e) {
      throw new IgaException(Message.of("uncertainty.alternatives.doNotApply", settings.toString(), rubric.year(), e),
          e.location().orElse(null), e);
    }
  }
}

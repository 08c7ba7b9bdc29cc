package id.iga.uncertainty;

import id.iga.IgaException;
import id.iga.Message;
import id.iga.rubric.Alternative;
import id.iga.rubric.Overrides;
import id.iga.rubric.Predikat;
import id.iga.rubric.Rubric;
import id.iga.score.Aggregate;
import id.iga.score.CompiledRubric;
import id.iga.score.Reported;
import id.iga.score.Mode;
import id.iga.score.ScoreResult;
import id.iga.score.Scorer;
import id.iga.submission.Submission;
import id.iga.submission.RegionType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

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
  /** The band edges' alternatives. */
  private final int[] bandAxes;
  /** One per combination of the IID's alternatives, the first the published rubric; and its choices. */
  private final CompiledRubric[] iidRubrics;
  private final int[][] iidChoices;
  /** One per combination of the band edges' alternatives, the first the published bands. */
  private final Rubric[] bandRubrics;
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
      }
      scorerOf[c] = known;
    }
    this.scorers = ruleScorers.toArray(Scorer[]::new);
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
    Prepared s = scored(submission, mode);
    return region(s.published(), s.iids(), null);
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
      if (prepared.iids().length != iidRubrics.length) {
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
    // reported IIDs as longs at the largest reporting scale of the combinations: ranking compares them many times
    int scale = 0;
    for (CompiledRubric c : iidRubrics) {
      scale = Math.max(scale, c.scale());
    }
    long[][] values = new long[n][iidChoices.length];
    for (int r = 0; r < n; r++) {
      for (int c = 0; c < iidChoices.length; c++) {
        values[r][c] = all.get(r).iids()[c].value().setScale(scale).unscaledValue().longValueExact();
      }
    }
    int[] best = new int[n];
    int[] worst = new int[n];
    int[] of = new int[n];
    Arrays.fill(best, Integer.MAX_VALUE);
    for (RegionType type : RegionType.values()) {
      List<Integer> members = new ArrayList<>();
      for (int r = 0; r < n; r++) {
        if (all.get(r).published().region().type() == type) {
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
      out.add(region(all.get(r).published(), all.get(r).iids(),
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
   * A region scored under every combination, ready to be collected: its result as published and its reported IID under
   * each combination of the alternatives that move the IID. Made by {@link #prepare}, which is thread-safe, so that a
   * dataset's regions can be prepared in parallel and collected in order.
   */
  public static final class Prepared {
    private final ScoreResult published;
    private final Reported[] iids;

    private Prepared(ScoreResult published, Reported[] iids) {
      this.published = published;
      this.iids = iids;
    }

    ScoreResult published() {
      return published;
    }

    Reported[] iids() {
      return iids;
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
      ScoreResult r = scorers[g].score(submission, mode);
      aggregates[g] = r.aggregate();
      if (g == 0) {
        published = r;
      }
    }
    Reported[] iids = new Reported[iidRubrics.length];
    for (int c = 0; c < iids.length; c++) {
      iids[c] = iidRubrics[c].standing(aggregates[scorerOf[c]]).iid();
    }
    return new Prepared(published, iids);
  }

  private RegionUncertainty region(ScoreResult published, Reported[] iids, RegionUncertainty.RankInterval rank) {
    Reported min = iids[0];
    Reported max = iids[0];
    for (Reported r : iids) {
      min = r.exact().compareTo(min.exact()) < 0 ? r : min;
      max = r.exact().compareTo(max.exact()) > 0 ? r : max;
    }
    Predikat own = published.predikat();
    EnumSet<Predikat> possible = EnumSet.noneOf(Predikat.class);
    // the smallest number of facts changed that changes the predikat, and those facts
    int fewest = Integer.MAX_VALUE;
    boolean[] alone = new boolean[alternatives.size()];
    boolean[] smallest = new boolean[alternatives.size()];
    for (int c = 0; c < iids.length; c++) {
      for (int b = 0; b < bandRubrics.length; b++) {
        Predikat p = bandRubrics[b].predikatOf(iids[c].value());
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
    return new RegionUncertainty(published.region(), rubric.year(), published.standing(), min, max, ordered, deciding,
        !any && possible.size() > 1, rank);
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

package id.iga.uncertainty;

import id.iga.IgaException;
import id.iga.rubric.Alternative;
import id.iga.rubric.Overrides;
import id.iga.rubric.Predikat;
import id.iga.rubric.Rubric;
import id.iga.score.Aggregate;
import id.iga.score.CompiledRubric;
import id.iga.score.Reported;
import id.iga.score.ScoreResult;
import id.iga.submission.RegionType;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * A region's IID and predikat over every combination of a rubric's alternatives, exactly. Each combination is the
 * rubric {@link Overrides#apply} derives from one value of each alternative. The IID does not depend on the band
 * edges, so it is aggregated once per combination of the other alternatives, from the result's summed facts
 * ({@link ScoreResult#aggregate()}, no fact resolved again), and each band combination then reads its predikat from
 * the reported IID. Every combination is evaluated: the interval, the predikats and the ranks are exact, not sampled.
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
        throw new IgaException("the alternatives of " + a.name() + " are given twice; give them once");
      }
      v.add(a.valuesFrom(rubric));
      (a.name().startsWith(Overrides.BAND_PREFIX) ? band : iid).add(i);
      combinations *= a.values().size();
      if (combinations > MAX_COMBINATIONS) {
        throw new IgaException("the alternatives give more than " + MAX_COMBINATIONS + " combinations");
      }
    }
    this.values = List.copyOf(v);
    this.iidAxes = iid.stream().mapToInt(Integer::intValue).toArray();
    this.bandAxes = band.stream().mapToInt(Integer::intValue).toArray();
    this.iidChoices = choices(iidAxes);
    this.iidRubrics = new CompiledRubric[iidChoices.length];
    for (int c = 0; c < iidChoices.length; c++) {
      iidRubrics[c] = CompiledRubric.of(derive(iidAxes, iidChoices[c]));
    }
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
   * @param published a region's result under the rubric as published
   * @return how sure it is
   * @throws IllegalArgumentException when the result is of another year
   */
  public RegionUncertainty of(ScoreResult published) {
    check(published);
    Reported[] iids = iids(published.aggregate());
    return region(published, iids, null);
  }

  /**
   * @param published every region's result under the rubric as published
   * @return how sure each is, in the same order, with its rank interval among the regions of its type
   * @throws IllegalArgumentException when a result is of another year
   */
  public List<RegionUncertainty> ofAll(List<ScoreResult> published) {
    int n = published.size();
    Reported[][] iids = new Reported[n][];
    for (int r = 0; r < n; r++) {
      check(published.get(r));
      iids[r] = iids(published.get(r).aggregate());
    }
    int[] best = new int[n];
    int[] worst = new int[n];
    int[] of = new int[n];
    Arrays.fill(best, Integer.MAX_VALUE);
    for (RegionType type : RegionType.values()) {
      List<Integer> members = new ArrayList<>();
      for (int r = 0; r < n; r++) {
        if (published.get(r).region().type() == type) {
          members.add(r);
        }
      }
      BigDecimal[] sorted = new BigDecimal[members.size()];
      for (int c = 0; c < iidChoices.length; c++) {
        for (int m = 0; m < sorted.length; m++) {
          sorted[m] = iids[members.get(m)][c].value();
        }
        Arrays.sort(sorted, Collections.reverseOrder());
        for (int r : members) {
          int rank = 1 + higher(sorted, iids[r][c].value());
          best[r] = Math.min(best[r], rank);
          worst[r] = Math.max(worst[r], rank);
          of[r] = sorted.length;
        }
      }
    }
    List<RegionUncertainty> out = new ArrayList<>(n);
    for (int r = 0; r < n; r++) {
      out.add(region(published.get(r), iids[r], new RegionUncertainty.RankInterval(best[r], worst[r], of[r])));
    }
    return Collections.unmodifiableList(out);
  }

  /** @return how many of the values, sorted from the highest down, are greater than v */
  private static int higher(BigDecimal[] descending, BigDecimal v) {
    int lo = 0;
    int hi = descending.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (descending[mid].compareTo(v) > 0) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  private void check(ScoreResult r) {
    if (r.year() != rubric.year()) {
      throw new IllegalArgumentException("a result of " + r.year() + " analysed under rubric " + rubric.year());
    }
  }

  private Reported[] iids(Aggregate a) {
    Reported[] out = new Reported[iidRubrics.length];
    for (int c = 0; c < out.length; c++) {
      out[c] = iidRubrics[c].standing(a).iid();
    }
    return out;
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
    return new RegionUncertainty(published.region(), published.standing(), min, max, ordered, deciding,
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
      throw new IgaException("the alternatives " + settings + " do not apply to rubric " + rubric.year() + ": "
          + e.getMessage(), e.location().orElse(null), e);
    }
  }
}

package id.iga.score;

import id.iga.rubric.Fact;
import id.iga.rubric.Indicator;
import id.iga.rubric.Level;
import id.iga.rubric.Predicate;
import id.iga.rubric.RubricLint;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import javax.annotation.Nullable;

/**
 * Where in one indicator's facts the rubric's overlap and gap rules decide: the values that meet the published ranges
 * of two levels, and the values between the ranges of two levels, as {@link RubricLint#overlapsAndGaps(Indicator)}
 * finds them. A value below the lowest range or above the highest meets no level by the published options themselves,
 * as does a category no level lists, so neither is a gap here.
 */
final class RuleZones {
  /** The basis of a plain quantity's zones; a measure's is its basis, a code set's {@code count}. */
  private static final String NO_BASIS = "";
  private static final String COUNT = "count";

  private final Indicator indicator;
  private final String[] overlapBases;
  private final Predicate.Range[] overlaps;
  private final boolean categoryOverlap;
  private final String[] gapBases;
  private final Predicate.Range[] gaps;
  /** The lower of the two levels around each gap. */
  private final int[] gapLower;

  private RuleZones(Indicator indicator, List<RubricLint.Finding> findings) {
    this.indicator = indicator;
    List<RubricLint.Finding> overlapFindings = new ArrayList<>();
    List<RubricLint.Finding> gapFindings = new ArrayList<>();
    boolean category = false;
    for (RubricLint.Finding f : findings) {
      if (f.kind() == RubricLint.Kind.OVERLAP) {
        if (f.interval() == null) {
          category = true;
        } else {
          overlapFindings.add(f);
        }
      } else if (f.kind() == RubricLint.Kind.GAP && f.interval() != null && f.levels().size() == 2) {
        gapFindings.add(f);
      }
    }
    this.categoryOverlap = category;
    this.overlapBases = bases(overlapFindings);
    this.overlaps = intervals(overlapFindings);
    this.gapBases = bases(gapFindings);
    this.gaps = intervals(gapFindings);
    this.gapLower = gapFindings.stream().mapToInt(f -> Math.min(f.levels().get(0), f.levels().get(1))).toArray();
  }

  /**
   * @param indicator an indicator
   * @return its zones, or null when its levels neither overlap nor leave a gap between two levels
   */
  @Nullable
  static RuleZones of(Indicator indicator) {
    RuleZones z = new RuleZones(indicator, RubricLint.overlapsAndGaps(indicator));
    return z.overlaps.length == 0 && z.gaps.length == 0 && !z.categoryOverlap ? null : z;
  }

  private static String[] bases(List<RubricLint.Finding> findings) {
    return findings.stream().map(f -> f.basis() == null ? NO_BASIS : f.basis()).toArray(String[]::new);
  }

  private static Predicate.Range[] intervals(List<RubricLint.Finding> findings) {
    return findings.stream().map(RubricLint.Finding::interval).toArray(Predicate.Range[]::new);
  }

  /**
   * @param fact a fact that fits the indicator and earned a level
   * @return whether it meets the published ranges (or the listed categories) of two levels, so that the overlap rule
   *     chose its level
   */
  boolean inOverlap(Fact fact) {
    if (fact instanceof Fact.Category) {
      // In an overlap when two levels list it: a category indicator has zones only where two levels list one code.
      int met = 0;
      for (Level l : indicator.levels()) {
        if (l.predicate() != null && l.predicate().test(fact)) {
          met++;
        }
      }
      return met > 1;
    }
    return within(fact, overlapBases, overlaps) >= 0;
  }

  /**
   * @param fact a fact that fits the indicator and met no level
   * @return the lower of the two levels whose published ranges it lies between, so that the gap rule decides what it
   *     earns; 0 when it lies in no gap
   */
  int gapLowerLevel(Fact fact) {
    int i = within(fact, gapBases, gaps);
    return i < 0 ? 0 : gapLower[i];
  }

  /** @return the index of the zone the fact lies in, or -1 */
  private static int within(Fact fact, String[] bases, Predicate.Range[] zones) {
    String basis;
    BigDecimal value;
    if (fact instanceof Fact.Quantity q) {
      basis = NO_BASIS;
      value = q.value();
    } else if (fact instanceof Fact.Measure m) {
      basis = m.basis();
      value = m.value();
    } else if (fact instanceof Fact.Codes c) {
      basis = COUNT;
      value = BigDecimal.valueOf(c.codes().size());
    } else {
      return -1;
    }
    for (int i = 0; i < zones.length; i++) {
      if (bases[i].equals(basis) && zones[i].contains(value)) {
        return i;
      }
    }
    return -1;
  }
}

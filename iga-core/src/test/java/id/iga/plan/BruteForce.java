package id.iga.plan;

import id.iga.rubric.Indicator;
import id.iga.rubric.Parameters;
import id.iga.rubric.Rubric;
import id.iga.rubric.Scope;
import id.iga.score.InnovationScore;
import id.iga.score.Mode;
import id.iga.score.ScoreResult;
import id.iga.score.Scorer;
import id.iga.submission.Submission;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

/**
 * Exhaustive search for the cheapest plan, written from the formula and nothing of the planner but the levels a new
 * innovation is built with: for every number j of new innovations up to the terms' limit, every choice of how many of
 * them serve a basic-service affair not covered yet, and every level of every row (from its level now up to 3), it
 * scores the total and keeps the cheapest that meets the target. Reported IIDs are computed with {@link BigDecimal}
 * division, independently of {@code Fraction}.
 */
final class BruteForce {
  private BruteForce() {}

  private static final class Search {
    final long[] gains;
    final boolean[] region;
    final int[] from;
    long bestCost = Long.MAX_VALUE;

    Search(List<long[]> rows) {
      gains = new long[rows.size()];
      region = new boolean[rows.size()];
      from = new int[rows.size()];
      for (int i = 0; i < rows.size(); i++) {
        gains[i] = rows.get(i)[0];
        region[i] = rows.get(i)[1] == 1;
        from[i] = (int) rows.get(i)[2];
      }
    }
  }

  private record Model(Rubric rubric, long[] regionWeights, long[] innovationWeights, int[] regionLevels,
      int[][] innovationLevels, long spd, long maturitySum, int n, int covered, int[] template, long templateMaturity,
      long cost, int jMax, long maxTotal, long per, int k, int cap, int gate, int scale, RoundingMode rounding) {}

  private static long units(BigDecimal v) {
    return v.movePointRight(4).longValueExact();
  }

  private static Model model(Planner planner, Submission s, Mode mode, NewInnovations terms) {
    Rubric rubric = planner.rubric();
    ScoreResult r = Scorer.of(rubric).score(s, mode);
    List<Indicator> region = rubric.indicators(Scope.REGION);
    List<Indicator> innovation = rubric.indicators(Scope.INNOVATION);
    long[] rw = new long[region.size()];
    int[] rl = new int[region.size()];
    long spd = 0;
    for (int i = 0; i < rw.length; i++) {
      rw[i] = units(region.get(i).weight());
      rl[i] = r.spdRows().get(i).level();
      spd += rw[i] * rl[i];
    }
    long[] iw = new long[innovation.size()];
    for (int i = 0; i < iw.length; i++) {
      iw[i] = units(innovation.get(i).weight());
    }
    int n = r.innovations().size();
    int[][] il = new int[n][innovation.size()];
    long m = 0;
    for (int x = 0; x < n; x++) {
      InnovationScore score = r.innovations().get(x);
      for (int i = 0; i < iw.length; i++) {
        il[x][i] = score.level(innovation.get(i).code());
        m += il[x][i] * iw[i];
      }
    }
    int[] template = new int[iw.length];
    long templateMaturity = 0;
    long cost = 0;
    int jMax = 0;
    if (terms != null) {
      Map<String, Integer> levels = planner.newInnovationLevels(terms.maturity());
      int steps = 0;
      for (int i = 0; i < iw.length; i++) {
        template[i] = levels.get(innovation.get(i).code());
        templateMaturity += template[i] * iw[i];
        steps += template[i];
      }
      cost = terms.cost() != null ? terms.cost() : steps;
      jMax = terms.atMost();
    }
    Parameters p = rubric.parameters();
    return new Model(rubric, rw, iw, rl, il, spd, m, n, r.gate().covered().size(), template, templateMaturity,
        cost, jMax, units(rubric.maxima().total()), units(p.countScorePerInnovation().value()),
        p.divisorFloor().value(), p.countCap().value(), p.basicServiceGate().value(), p.reportingScale().value(),
        p.rounding().value());
  }

  private static BigDecimal reported(Model m, long totalTimesDivisor, long d) {
    return BigDecimal.valueOf(totalTimesDivisor).multiply(BigDecimal.valueOf(100))
        .divide(BigDecimal.valueOf(d).multiply(BigDecimal.valueOf(m.maxTotal())), m.scale(), m.rounding());
  }

  /** The least total x divisor whose reported IID meets the target (bisection; the reported IID is monotone). */
  private static long threshold(Model m, long d, BigDecimal target) {
    long lo = 0;
    long hi = d * m.maxTotal() + 1;
    while (lo < hi) {
      long mid = (lo + hi) >>> 1;
      if (reported(m, mid, d).compareTo(target) >= 0) {
        hi = mid;
      } else {
        lo = mid + 1;
      }
    }
    return lo;
  }

  private static long fixedPart(Model m, int j, int newlyCovered, long d) {
    int covered = m.covered() + newlyCovered;
    long count = covered >= m.gate() ? Math.min(m.n() + j, m.cap()) * m.per() : 0;
    return m.spd() * d + m.maturitySum() + j * m.templateMaturity() + count * d;
  }

  private static List<long[]> rows(Model m, int j) {
    List<long[]> rows = new ArrayList<>();
    for (int i = 0; i < m.regionWeights().length; i++) {
      rows.add(new long[] {m.regionWeights()[i], 1, m.regionLevels()[i]});
    }
    for (int x = 0; x < m.n() + j; x++) {
      for (int i = 0; i < m.innovationWeights().length; i++) {
        rows.add(new long[] {m.innovationWeights()[i], 0, x < m.n() ? m.innovationLevels()[x][i] : m.template()[i]});
      }
    }
    return rows;
  }

  /**
   * @return the least units of work any plan within the terms needs to meet the target, or empty when none meets it
   */
  static OptionalInt cheapest(Planner planner, Submission s, Mode mode, BigDecimal target, NewInnovations terms) {
    Model m = model(planner, s, mode, terms);
    long best = Long.MAX_VALUE;
    for (int j = 0; j <= m.jMax(); j++) {
      long d = Math.max(m.k(), m.n() + j);
      long threshold = threshold(m, d, target);
      for (int newlyCovered = 0; newlyCovered <= Math.min(j, 6 - m.covered()); newlyCovered++) {
        Search search = new Search(rows(m, j));
        search.bestCost = best - j * m.cost();
        long need = threshold - fixedPart(m, j, newlyCovered, d);
        dfs(search, 0, 0, 0, need, d);
        if (search.bestCost < best - j * m.cost()) {
          best = search.bestCost + j * m.cost();
        }
      }
    }
    return best == Long.MAX_VALUE ? OptionalInt.empty() : OptionalInt.of(Math.toIntExact(best));
  }

  private static void dfs(Search s, int row, long cost, long gain, long need, long d) {
    if (cost >= s.bestCost) {
      return;
    }
    if (row == s.gains.length) {
      if (gain >= need) {
        s.bestCost = cost;
      }
      return;
    }
    long perLevel = s.region[row] ? s.gains[row] * d : s.gains[row];
    for (int to = s.from[row]; to <= 3; to++) {
      int raised = to - s.from[row];
      dfs(s, row + 1, cost + raised, gain + raised * perLevel, need, d);
    }
  }

  /** @return the highest reported IID any plan within the terms reaches: every row at 3, every choice of j */
  static BigDecimal ceiling(Planner planner, Submission s, Mode mode, NewInnovations terms) {
    Model m = model(planner, s, mode, terms);
    BigDecimal best = null;
    for (int j = 0; j <= m.jMax(); j++) {
      long d = Math.max(m.k(), m.n() + j);
      for (int newlyCovered = 0; newlyCovered <= Math.min(j, 6 - m.covered()); newlyCovered++) {
        long total = fixedPart(m, j, newlyCovered, d);
        for (long[] row : rows(m, j)) {
          total += (3 - row[2]) * (row[1] == 1 ? row[0] * d : row[0]);
        }
        BigDecimal iid = reported(m, total, d);
        if (best == null || iid.compareTo(best) > 0) {
          best = iid;
        }
      }
    }
    return best;
  }
}

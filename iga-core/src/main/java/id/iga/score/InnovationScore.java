package id.iga.score;

import id.iga.submission.Answer;
import id.iga.submission.Innovation;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * One innovation's part of a result: its maturity (skor kematangan, the sum of its innovation-indicator rows) and the
 * level each indicator earned. The per-row breakdown is built on demand by {@link #rows()}, so that bulk scoring does
 * not allocate a row object per answer.
 *
 * @since 1.0
 */
public final class InnovationScore {
  private final CompiledRubric compiled;
  private final Innovation innovation;
  private final long maturityUnits;
  private final byte[] levels;
  private final long countedMask;

  InnovationScore(CompiledRubric compiled, Innovation innovation, long maturityUnits, byte[] levels,
      long countedMask) {
    this.compiled = compiled;
    this.innovation = innovation;
    this.maturityUnits = maturityUnits;
    this.levels = levels;
    this.countedMask = countedMask;
  }

  /** @return the innovation's id */
  public String id() {
    return innovation.id();
  }

  /** @return the innovation as submitted */
  public Innovation innovation() {
    return innovation;
  }

  /** @return the maturity (skor kematangan): the sum of its innovation rows */
  public Reported maturity() {
    return compiled.report(new Fraction(maturityUnits, Scorer.UNIT));
  }

  /**
   * @param code an innovation indicator code
   * @return the level that indicator earned (0 when unanswered, not counted or meeting no level)
   * @throws id.iga.IgaException when the rubric has no such innovation indicator
   */
  public int level(String code) {
    return levels[compiled.innovationIndex(code)];
  }

  /** @return one row per innovation indicator of the rubric, in rubric order (a new unmodifiable list) */
  public List<RowScore> rows() {
    int count = compiled.innovationCount();
    List<RowScore> rows = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      CompiledRubric.Row row = compiled.innovationRow(i);
      String code = row.indicator.code();
      Answer a = innovation.answers().get(code);
      rows.add(new RowScore(code, a, (countedMask & (1L << i)) != 0, levels[i], row.scores[levels[i]],
          row.maxScore));
    }
    return Collections.unmodifiableList(rows);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof InnovationScore s && s.innovation.equals(innovation) && s.maturityUnits == maturityUnits
        && Arrays.equals(s.levels, levels) && s.countedMask == countedMask;
  }

  @Override
  public int hashCode() {
    return Objects.hash(innovation, maturityUnits, Arrays.hashCode(levels), countedMask);
  }

  @Override
  public String toString() {
    return "InnovationScore[" + id() + ", maturity " + maturity() + "]";
  }
}

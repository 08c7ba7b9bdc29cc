package id.iga.compare;

import id.iga.score.Mode;
import id.iga.submission.Region;
import java.util.List;
import java.util.Objects;

/**
 * One submission scored under several rubric years, side by side.
 *
 * @param region the region
 * @param mode which answers counted
 * @param years one per compared year, in the order asked for
 * @param rows every answer of the submission as each year read it, region answers first, then each innovation's, in
 *     the order given
 *
 * @since 1.0
 */
public record Comparison(Region region, Mode mode, List<YearScore> years, List<RowComparison> rows) {
  /**
   * Checks the components, as the type's documentation describes them.
   *
   * @param region the region
   * @param mode which answers counted
   * @param years one per compared year, in the order asked for
   * @param rows every answer of the submission as each year read it, region answers first, then each innovation's, in the order given
   */
  public Comparison {
    Objects.requireNonNull(region, "region");
    Objects.requireNonNull(mode, "mode");
    years = List.copyOf(years);
    rows = List.copyOf(rows);
  }

  /** @return the rubric years compared, in order */
  public List<Integer> yearNumbers() {
    return years.stream().map(YearScore::year).toList();
  }

  /** @return the answers whose level differs between the years (or that some year cannot read), in order */
  public List<RowComparison> differences() {
    return rows.stream().filter(RowComparison::differs).toList();
  }

  /** @return the answers given only as levels, carried into every year unchanged, in order */
  public List<RowComparison> carried() {
    return rows.stream().filter(RowComparison::carried).toList();
  }

  /** @return whether some year could not score the submission */
  public boolean incomplete() {
    return years.stream().anyMatch(y -> y.result() == null);
  }
}

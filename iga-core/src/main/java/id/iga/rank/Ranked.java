package id.iga.rank;

import id.iga.score.ScoreResult;
import java.util.Objects;

/**
 * One region's rank.
 *
 * @param result the region's result
 * @param group what it is ranked within: {@code ""} nationally, its province's code within a province
 * @param rank its rank: 1 + the number of regions in the group with a higher reported IID (so ties share a rank and
 *     the next rank is skipped: 1, 2, 2, 4)
 * @param of how many regions the group has
 *
 * @since 1.0
 */
public record Ranked(ScoreResult result, String group, int rank, int of) {
  /**
   * Checks the components, as the type's documentation describes them.
   *
   * @param result the region's result
   * @param group what it is ranked within: {@code ""} nationally, its province's code within a province
   * @param rank its rank: 1 + the number of regions in the group with a higher reported IID (so ties share a rank and the next rank is skipped: 1, 2, 2, 4)
   * @param of how many regions the group has
   */
  public Ranked {
    Objects.requireNonNull(result, "result");
    Objects.requireNonNull(group, "group");
    if (rank < 1 || rank > of) {
      throw new IllegalArgumentException("rank " + rank + " of " + of);
    }
  }

  /** @return the region's Kemendagri code */
  public String code() {
    return result.region().code();
  }
}

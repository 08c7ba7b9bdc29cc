package id.iga.uncertainty;

import id.iga.rubric.Predikat;
import id.iga.score.Reported;
import id.iga.score.Standing;
import id.iga.submission.Region;
import java.util.List;
import java.util.Objects;
import javax.annotation.Nullable;

/**
 * How sure one region's result is, over every combination of a rubric's alternatives.
 *
 * @param region the region
 * @param published its IID and predikat under the rubric as published (every fact at its own value)
 * @param min the least IID any combination gives, exact and reported
 * @param max the greatest
 * @param possible every predikat some combination gives, from the highest band down
 * @param deciding the facts whose value alone changes the predikat (the others at their own values); when no single
 *     fact does but a combination does, the facts of a smallest such combination; empty when the predikat is certain
 * @param inCombination whether the {@code deciding} facts change the predikat only together
 * @param rank the region's rank interval in a dataset, or null for a region scored alone
 *
 * @since 1.0
 */
public record RegionUncertainty(Region region, Standing published, Reported min, Reported max,
    List<Predikat> possible, List<String> deciding, boolean inCombination, @Nullable RankInterval rank) {

  /**
   * The best and worst rank a region takes over every combination, among the regions of its type in the dataset
   * (1 for the highest IID; ties share the better rank).
   *
   * @param best the best rank any combination gives
   * @param worst the worst
   * @param of among how many regions
   */
  public record RankInterval(int best, int worst, int of) {}

  /**
   * Copies the lists.
   *
   * @param region the region
   * @param published its standing under the rubric as published
   * @param min the least IID
   * @param max the greatest IID
   * @param possible every predikat some combination gives
   * @param deciding the facts that decide the predikat
   * @param inCombination whether they decide it only together
   * @param rank the rank interval, or null
   */
  public RegionUncertainty {
    Objects.requireNonNull(region, "region");
    Objects.requireNonNull(published, "published");
    Objects.requireNonNull(min, "min");
    Objects.requireNonNull(max, "max");
    possible = List.copyOf(possible);
    deciding = List.copyOf(deciding);
  }

  /** @return whether every combination gives the published predikat */
  public boolean certain() {
    return possible.size() == 1;
  }
}

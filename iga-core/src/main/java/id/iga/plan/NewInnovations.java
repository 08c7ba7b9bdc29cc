package id.iga.plan;

import id.iga.IgaException;
import id.iga.Message;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

import javax.annotation.Nullable;

/**
 * Whether, and on what terms, a plan may add innovations to the ones the region sent.
 *
 * <p>A new innovation is expected to reach at least {@code maturity}. The planner builds it with the fewest level
 * steps that give that maturity (the heaviest innovation rows first, each to level 3; see
 * {@link Planner#newInnovationLevels}); its rows can then be raised further like any other innovation's. It costs
 * {@code cost} units of work when given, and otherwise as many units as those level steps: one unit per level, as
 * every other step of a plan. A new innovation must cost at least one unit.
 *
 * <p>When the region's innovations cover fewer basic-service affairs than the gate asks and the plan's new
 * innovations make up the difference, each of the first ones the gate needs serves one of the affairs not covered yet,
 * in {@link id.iga.submission.Affair} order; the affair of any other new innovation does not change the score.
 *
 * @param maturity the maturity a new innovation is expected to reach, 0..the rubric's maximum maturity
 * @param cost the units of work one new innovation costs, or null for the number of its level steps
 * @param atMost the most new innovations a plan may add, or null for no limit but the one that optimality sets
 *
 * @since 1.0
 */
public record NewInnovations(BigDecimal maturity, @Nullable Integer cost, @Nullable Integer atMost) {
  /**
   * Checks the components, as the type's documentation describes them.
   *
   * @param maturity the maturity a new innovation is expected to reach, 0..the rubric's maximum maturity
   * @param cost the units of work one new innovation costs, or null for the number of its level steps
   * @param atMost the most new innovations a plan may add, or null for no limit but the one that optimality sets
   */
  public NewInnovations {
    Objects.requireNonNull(maturity, "maturity");
    if (maturity.signum() < 0) {
      throw new IgaException(Message.of("plan.newInnovation.negativeMaturity", maturity));
    }
    if (cost != null && cost < 1) {
      throw new IgaException(Message.of("plan.newInnovation.costBelowOne", cost));
    }
    if (atMost != null && atMost < 0) {
      throw new IgaException(Message.of("plan.newInnovation.negativeLimit", atMost));
    }
  }

  /**
   * @param maturity the maturity a new innovation is expected to reach
   * @return new innovations of that maturity, costing their level steps, as many as pay off
   */
  public static NewInnovations ofMaturity(BigDecimal maturity) {
    return new NewInnovations(maturity, null, null);
  }

  /**
   * @param units the units of work one new innovation costs, at least 1
   * @return these terms with that cost
   */
  public NewInnovations costing(int units) {
    return new NewInnovations(maturity, units, atMost);
  }

  /**
   * @param count the most new innovations a plan may add
   * @return these terms with that limit
   */
  public NewInnovations limitedTo(int count) {
    return new NewInnovations(maturity, cost, count);
  }

  /** @return the cost of one new innovation, when given */
  public OptionalInt givenCost() {
    return cost == null ? OptionalInt.empty() : OptionalInt.of(cost);
  }

  /** @return the most new innovations a plan may add, when limited */
  public Optional<Integer> limit() {
    return Optional.ofNullable(atMost);
  }
}

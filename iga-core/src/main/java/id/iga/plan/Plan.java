package id.iga.plan;

import id.iga.rubric.Predikat;
import id.iga.score.Fraction;
import id.iga.score.Mode;
import id.iga.submission.Submission;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import javax.annotation.Nullable;

/**
 * The cheapest plan that brings a submission's IID to a target, made by {@link Planner#plan}. When the target is out
 * of reach, {@link #reached()} is false, the plan has no steps, and {@link #ceiling()} is the highest IID the
 * submission can reach on the plan's terms (every answer at level 3, with as many new innovations as help when they
 * are allowed).
 *
 * <p>Steps are listed in the order they are applied: new innovations first (they set the divisor MAX(k, n) the other
 * steps are worth), then level steps from the largest gain per unit down. The IID after each step is exactly the IID
 * the {@link id.iga.score.Scorer} gives the submission with that step and every step before it applied
 * ({@link #after(int)}).
 *
 * @param submission the submission planned for
 * @param year the rubric year the plan is made under
 * @param mode which answers count: in VERIFIED mode the plan starts from the verified levels, and each step stands
 *     for evidence the verifier accepts
 * @param target the target as asked
 * @param targetIid the lowest reported IID that meets the target
 * @param targetPredikat the predikat of {@code targetIid}
 * @param exactStartIid the IID now, exact
 * @param startIid the IID now, reported
 * @param startPredikat the predikat now
 * @param reached whether the target can be reached (true with no steps when it is met already)
 * @param steps the steps, in order
 * @param units the units of work the plan costs: the sum of its steps' units, the least any plan reaching the target
 *     costs
 * @param exactFinalIid the IID after the last step, exact
 * @param finalIid the IID after the last step, reported
 * @param finalPredikat the predikat after the last step
 * @param exactCeiling the highest IID reachable on the plan's terms, exact
 * @param ceiling the highest IID reachable, reported
 * @param terms the terms on which the plan could add new innovations, or null when it could not
 */
public record Plan(Submission submission, int year, Mode mode, Target target, BigDecimal targetIid,
    Predikat targetPredikat, Fraction exactStartIid, BigDecimal startIid, Predikat startPredikat, boolean reached,
    List<Step> steps, int units, Fraction exactFinalIid, BigDecimal finalIid, Predikat finalPredikat,
    Fraction exactCeiling, BigDecimal ceiling, @Nullable NewInnovations terms) {

  public Plan {
    Objects.requireNonNull(submission, "submission");
    Objects.requireNonNull(mode, "mode");
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(targetIid, "targetIid");
    Objects.requireNonNull(targetPredikat, "targetPredikat");
    Objects.requireNonNull(exactStartIid, "exactStartIid");
    Objects.requireNonNull(startIid, "startIid");
    Objects.requireNonNull(startPredikat, "startPredikat");
    steps = List.copyOf(steps);
    Objects.requireNonNull(exactFinalIid, "exactFinalIid");
    Objects.requireNonNull(finalIid, "finalIid");
    Objects.requireNonNull(finalPredikat, "finalPredikat");
    Objects.requireNonNull(exactCeiling, "exactCeiling");
    Objects.requireNonNull(ceiling, "ceiling");
  }

  /** @return the terms on which the plan could add new innovations, when it could */
  public Optional<NewInnovations> newInnovationTerms() {
    return Optional.ofNullable(terms);
  }

  /** @return the units spent on raising answers (the new innovations' own units not included) */
  public int levelSteps() {
    return steps.stream().filter(s -> s instanceof Step.Raise).mapToInt(Step::units).sum();
  }

  /** @return how many new innovations the plan adds */
  public int newInnovations() {
    return (int) steps.stream().filter(s -> s instanceof Step.NewInnovation).count();
  }

  /**
   * The submission with the first {@code count} steps applied: each raised answer becomes {@code {"level": to}}
   * (accepted by the verifier in VERIFIED mode), and each new innovation is appended with its levels.
   *
   * @param count 0..the number of steps
   * @return the submission after those steps
   * @throws IndexOutOfBoundsException when count is outside 0..steps
   */
  public Submission after(int count) {
    Objects.checkFromToIndex(0, count, steps.size());
    return Edits.apply(submission, steps.subList(0, count), mode);
  }

  /** @return the submission with every step applied */
  public Submission applied() {
    return after(steps.size());
  }
}

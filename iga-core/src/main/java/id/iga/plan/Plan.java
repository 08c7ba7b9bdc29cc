package id.iga.plan;

import id.iga.Message;
import id.iga.score.Standing;
import id.iga.score.Mode;
import id.iga.submission.Submission;
import java.util.List;
import java.util.Locale;
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
 * steps are worth), then level steps from the largest gain per unit down. The IID after each step, and its predikat,
 * is exactly what the {@link id.iga.score.Scorer} gives the submission with that step and every step before it
 * applied ({@link #after(int)}).
 *
 * <p>Only the {@link Planner} makes plans (there is no public constructor), so that a later 1.x release can add to
 * them without breaking callers. Immutable and thread-safe.
 *
 * @since 1.0
 */
public final class Plan {
  private final Submission submission;
  private final int year;
  private final Mode mode;
  private final Target target;
  private final Standing threshold;
  private final Standing start;
  private final boolean reached;
  private final List<Step> steps;
  private final int units;
  private final Standing end;
  private final Standing ceiling;
  @Nullable private final NewInnovations terms;

  Plan(Submission submission, int year, Mode mode, Target target, Standing threshold, Standing start,
      boolean reached, List<Step> steps, int units, Standing end, Standing ceiling, @Nullable NewInnovations terms) {
    this.submission = Objects.requireNonNull(submission, "submission");
    this.year = year;
    this.mode = Objects.requireNonNull(mode, "mode");
    this.target = Objects.requireNonNull(target, "target");
    this.threshold = Objects.requireNonNull(threshold, "threshold");
    this.start = Objects.requireNonNull(start, "start");
    this.reached = reached;
    this.steps = List.copyOf(steps);
    this.units = units;
    this.end = Objects.requireNonNull(end, "end");
    this.ceiling = Objects.requireNonNull(ceiling, "ceiling");
    this.terms = terms;
  }

  /** @return the submission planned for */
  public Submission submission() {
    return submission;
  }

  /** @return the rubric year the plan is made under */
  public int year() {
    return year;
  }

  /**
   * @return which answers count: in VERIFIED mode the plan starts from the verified levels, and each step stands for
   *     evidence the verifier accepts
   */
  public Mode mode() {
    return mode;
  }

  /** @return the target as asked */
  public Target target() {
    return target;
  }

  /** @return the lowest reported IID that meets the target, with its predikat */
  public Standing threshold() {
    return threshold;
  }

  /** @return the IID and predikat now */
  public Standing start() {
    return start;
  }

  /** @return whether the target can be reached (true with no steps when it is met already) */
  public boolean reached() {
    return reached;
  }

  /** @return the steps, in the order they are applied (unmodifiable) */
  public List<Step> steps() {
    return steps;
  }

  /** @return the units of work the plan costs: the sum of its steps' units, the least any plan reaching the target costs */
  public int units() {
    return units;
  }

  /** @return the IID and predikat after the last step (the start when there are no steps) */
  public Standing end() {
    return end;
  }

  /** @return the highest IID reachable on the plan's terms, and its predikat */
  public Standing ceiling() {
    return ceiling;
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

  @Override
  public boolean equals(Object o) {
    return o instanceof Plan p && p.submission.equals(submission) && p.year == year && p.mode == mode
        && p.target.equals(target) && p.threshold.equals(threshold) && p.start.equals(start) && p.reached == reached
        && p.steps.equals(steps) && p.units == units && p.end.equals(end) && p.ceiling.equals(ceiling)
        && Objects.equals(p.terms, terms);
  }

  @Override
  public int hashCode() {
    return Objects.hash(submission, year, mode, target, start, steps, end);
  }

  /** @return the plan in brief, in English: region, year, mode, the IID now and after, the target and the cost */
  @Override
  public String toString() {
    return text(Locale.ENGLISH);
  }

  /**
   * @param locale the language: Indonesian for an {@code id} locale, English otherwise
   * @return the plan in brief, in that language: region, year, mode, the IID now and after, the target, and the units
   *     of work or, when the target is out of reach, the ceiling
   */
  public String text(Locale locale) {
    Object code = submission.region().code();
    Message summary = reached
        ? Message.of("plan.summary.reached", code, year, mode.name(), standing(start), standing(end),
            target.description(), units)
        : Message.of("plan.summary.outOfReach", code, year, mode.name(), standing(start), standing(end),
            target.description(), standing(ceiling));
    return summary.text(locale);
  }

  private static Message standing(Standing s) {
    return Message.of("plan.standing", s.iid().value(), s.predikat().name());
  }
}

package id.iga.plan;

import id.iga.rubric.Indicator;
import id.iga.rubric.Level;
import id.iga.score.Reported;
import id.iga.score.Mode;
import id.iga.submission.Submission;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Per-innovation readiness, made by {@link Planner#readiness}: for every innovation whose maturity is below a local
 * threshold (regions hold innovations back until they reach, say, 100 of 111), the cheapest level steps that bring
 * it to the threshold, or that it cannot reach it even with every row at level 3.
 *
 * @param submission the submission
 * @param year the rubric year
 * @param mode which answers count (VERIFIED: verified levels, and each step stands for accepted evidence)
 * @param target the maturity to reach
 * @param maxMaturity the rubric's maximum maturity: what every row at level 3 gives
 * @param below one entry per innovation below the target, in submission order
 * @param atOrAbove the ids of the innovations at or above the target already, in submission order
 *
 * @since 1.0
 */
public record Readiness(Submission submission, int year, Mode mode, BigDecimal target, BigDecimal maxMaturity,
    List<Entry> below, List<String> atOrAbove) {

  /**
   * Checks the components, as the type's documentation describes them.
   *
   * @param submission the submission
   * @param year the rubric year
   * @param mode which answers count (VERIFIED: verified levels, and each step stands for accepted evidence)
   * @param target the maturity to reach
   * @param maxMaturity the rubric's maximum maturity: what every row at level 3 gives
   * @param below one entry per innovation below the target, in submission order
   * @param atOrAbove the ids of the innovations at or above the target already, in submission order
   */
  public Readiness {
    Objects.requireNonNull(submission, "submission");
    Objects.requireNonNull(mode, "mode");
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(maxMaturity, "maxMaturity");
    below = List.copyOf(below);
    atOrAbove = List.copyOf(atOrAbove);
  }

  /**
   * @param entry one of {@link #below()}
   * @return the submission with that entry's steps applied to its innovation
   */
  public Submission after(Entry entry) {
    return Edits.applyEdits(submission, entry.steps().stream()
        .map(r -> (Object) new Edits.Edit(entry.id(), r.indicator().code(), r.to())).toList(), mode);
  }

  /**
   * One innovation below the target.
   *
   * @param id the innovation's id
   * @param title its title
   * @param maturity its maturity now
   * @param reachable whether it can reach the target (false when even every row at level 3 falls short)
   * @param steps the cheapest level steps that bring it to the target, heaviest rows first (empty when it cannot)
   * @param units what they cost: one unit per level
   * @param maturityAfter its maturity after the steps
   */
  public record Entry(String id, String title, Reported maturity, boolean reachable, List<Raise> steps, int units,
      Reported maturityAfter) {
    /**
     * Checks the components, as the type's documentation describes them.
     *
     * @param id the innovation's id
     * @param title its title
     * @param maturity its maturity now
     * @param reachable whether it can reach the target (false when even every row at level 3 falls short)
     * @param steps the cheapest level steps that bring it to the target, heaviest rows first (empty when it cannot)
     * @param units what they cost: one unit per level
     * @param maturityAfter its maturity after the steps
     */
    public Entry {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(title, "title");
      Objects.requireNonNull(maturity, "maturity");
      steps = List.copyOf(steps);
      Objects.requireNonNull(maturityAfter, "maturityAfter");
    }
  }

  /**
   * Raising one of the innovation's answers.
   *
   * @param indicator the indicator
   * @param from the level now
   * @param to the level to reach
   * @param gain what the step adds to the maturity
   * @param maturityAfter the maturity after this step
   */
  public record Raise(Indicator indicator, int from, int to, Reported gain, Reported maturityAfter) {
    /**
     * Checks the components, as the type's documentation describes them.
     *
     * @param indicator the indicator
     * @param from the level now
     * @param to the level to reach
     * @param gain what the step adds to the maturity
     * @param maturityAfter the maturity after this step
     */
    public Raise {
      Objects.requireNonNull(indicator, "indicator");
      if (from < 0 || to <= from || to > Indicator.LEVELS) {
        throw new IllegalArgumentException("a raise goes from a level 0..2 to a higher level up to 3, not " + from
            + " -> " + to);
      }
      Objects.requireNonNull(gain, "gain");
      Objects.requireNonNull(maturityAfter, "maturityAfter");
    }

    /** @return {@code to - from} */
    public int units() {
      return to - from;
    }

    /** @return level {@code to} as the rubric publishes it */
    public Level level() {
      return indicator.level(to);
    }

    /** @return what level {@code to} requires, in English: its predicate in words, or its published option */
    public String requires() {
      return requires(Locale.ENGLISH);
    }

    /**
     * @param locale the language: Indonesian for an {@code id} locale, English otherwise
     * @return what level {@code to} requires, in that language: its predicate in words, or its published option
     */
    public String requires(Locale locale) {
      return Step.requirement(indicator, to).text(locale);
    }
  }
}

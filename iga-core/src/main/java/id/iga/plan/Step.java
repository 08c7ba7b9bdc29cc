package id.iga.plan;

import id.iga.Message;
import id.iga.rubric.FactKind;
import id.iga.rubric.Indicator;
import id.iga.rubric.Level;
import id.iga.score.Reported;
import id.iga.score.Standing;
import id.iga.submission.Affair;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

import javax.annotation.Nullable;

/**
 * One step of a {@link Plan}: raising one answer by one or more levels, or adding a new innovation. Each step says
 * what it costs, what it adds to the IID and the IID after it (the IID of the submission with this step and every
 * step before it applied), with the predikat it earns. Every number is a {@link Reported}: exact, and rounded once
 * to the rubric's reporting scale; the reported gains need not add up to the last digit.
 *
 * <p>Steps are made by the {@link Planner}; a later 1.x release may add components to them, so callers read steps
 * and do not construct them.
 *
 * @since 1.0
 */
public sealed interface Step permits Step.Raise, Step.NewInnovation {

  /** @return the units of work the step costs */
  int units();

  /** @return what the step adds to the IID (negative when a new innovation dilutes more than it adds) */
  Reported gain();

  /** @return the IID after this step, and its predikat */
  Standing after();

  /**
   * @param indicator an indicator
   * @param level 1..3
   * @return what that level requires: its predicate in words, with the unit of a quantity ({@code >= 87 percent}),
   *     or its published option when the indicator is answered by level only; the predicate, unit and option are the
   *     rubric's own words
   */
  static Message requirement(Indicator indicator, int level) {
    Level l = indicator.level(level);
    if (l.predicate() == null) {
      return Message.of("plan.requirement", l.label());
    }
    if (indicator.fact().kind() == FactKind.QUANTITY) {
      return Message.of("plan.requirement.quantity", l.predicate().description(), indicator.fact().unit());
    }
    return Message.of("plan.requirement", l.predicate().description());
  }

  /**
   * Raising one answer from one level to a higher one: {@code to - from} units of work (one more piece of evidence
   * per level).
   *
   * @param indicator the indicator answered
   * @param innovation the id of the innovation answered (an innovation the region sent, or a new one the plan
   *     adds), or null for a region (SPD) row
   * @param from the level the answer earns now, 0..2 (an unanswered or, in VERIFIED mode, unaccepted answer is 0)
   * @param to the level to reach, from + 1..3
   * @param gain what the step adds to the IID
   * @param after the IID after this step, and its predikat
   */
  record Raise(Indicator indicator, @Nullable String innovation, int from, int to, Reported gain, Standing after)
      implements Step {
    /**
     * Checks the components, as the type's documentation describes them.
     *
     * @param indicator the indicator answered
     * @param innovation the id of the innovation answered (an innovation the region sent, or a new one the plan adds), or null for a region (SPD) row
     * @param from the level the answer earns now, 0..2 (an unanswered or, in VERIFIED mode, unaccepted answer is 0)
     * @param to the level to reach, from + 1..3
     * @param gain what the step adds to the IID
     * @param after the IID after this step, and its predikat
     */
    public Raise {
      Objects.requireNonNull(indicator, "indicator");
      Objects.requireNonNull(gain, "gain");
      Objects.requireNonNull(after, "after");
      if (from < 0 || to <= from || to > Indicator.LEVELS) {
        throw new IllegalArgumentException("a raise goes from a level 0..2 to a higher level up to 3, not " + from
            + " -> " + to);
      }
    }

    @Override
    public int units() {
      return to - from;
    }

    /** @return the innovation answered, or empty for a region (SPD) row */
    public Optional<String> innovationId() {
      return Optional.ofNullable(innovation);
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
      return requirement(indicator, to).text(locale);
    }
  }

  /**
   * Adding a new innovation, built to the maturity the plan's {@link NewInnovations} terms expect.
   *
   * @param id the id the plan gives it, unique in the submission ({@code new-1})
   * @param affair the basic-service affair it must serve, one the region's innovations miss and the gate needs, or
   *     null when any affair scores the same (the gate is met already, or not met by this plan, or pays nothing)
   * @param levels the level of each innovation indicator, by code in rubric order
   * @param maturity its maturity
   * @param units the units of work it costs
   * @param gain what adding it adds to the IID
   * @param after the IID after this step, and its predikat
   */
  record NewInnovation(String id, @Nullable Affair affair, Map<String, Integer> levels, Reported maturity, int units,
      Reported gain, Standing after) implements Step {
    /**
     * Checks the components, as the type's documentation describes them.
     *
     * @param id the id the plan gives it, unique in the submission ({@code new-1})
     * @param affair the basic-service affair it must serve, one the region's innovations miss and the gate needs, or null when any affair scores the same (the gate is met already, or not met by this plan, or pays nothing)
     * @param levels the level of each innovation indicator, by code in rubric order
     * @param maturity its maturity
     * @param units the units of work it costs
     * @param gain what adding it adds to the IID
     * @param after the IID after this step, and its predikat
     */
    public NewInnovation {
      Objects.requireNonNull(id, "id");
      levels = Collections.unmodifiableMap(new LinkedHashMap<>(levels));
      levels.forEach((k, v) -> Objects.requireNonNull(v, "level of " + k));
      Objects.requireNonNull(maturity, "maturity");
      Objects.requireNonNull(gain, "gain");
      Objects.requireNonNull(after, "after");
    }

    /** @return the basic-service affair it must serve, or empty when any affair scores the same */
    public Optional<Affair> requiredAffair() {
      return Optional.ofNullable(affair);
    }

    /** @return the level steps that build it: the sum of its levels */
    public int levelSteps() {
      return levels.values().stream().mapToInt(Integer::intValue).sum();
    }

    /**
     * @return the levels it is built with, as text in English: the rows above level 0 in rubric order
     *     ({@code 16=3, 17=3}), or {@code every row at level 0}
     */
    public String levelsText() {
      return levelsText(Locale.ENGLISH);
    }

    /**
     * @param locale the language: Indonesian for an {@code id} locale, English otherwise
     * @return the levels it is built with, as text in that language: the rows above level 0 in rubric order
     *     ({@code 16=3, 17=3}), or that every row is at level 0
     */
    public String levelsText(Locale locale) {
      String raised = levels.entrySet().stream().filter(e -> e.getValue() > 0)
          .map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(", "));
      return raised.isEmpty() ? Message.of("plan.levels.none").text(locale) : raised;
    }
  }
}

package id.iga.rubric;

import id.iga.IgaException;
import id.iga.Message;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * The rules the engine applies where the published options leave a case open, each with its value and its
 * provenance, like the {@link Parameters}: which level a fact earns when it meets two levels' published ranges, what
 * a fact between two levels' ranges earns, what verification does to an answer and to an innovation, and what the
 * count score is when the basic-service gate is not met.
 *
 * <p>Each rule is an enum, so that a rubric names the reading it applies; the engine honours exactly the values the
 * enums hold. A result lists a rule among its assumptions when the rule decided something in it (a fact fell in an
 * overlap or a gap, an answer or an innovation the verifier did not accept was scored, the gate was not met) and the
 * rule is not known for the rubric's year ({@link Provenance#unsure()}).
 *
 * @param overlap the level a fact earns when it meets the published ranges of two levels
 * @param gap what a fact earns when it lies between the published ranges of two levels
 * @param notAcceptedAnswer what an answer the verifier did not accept scores in VERIFIED mode
 * @param notAcceptedInnovation what an innovation none of whose answers the verifier accepted counts for in VERIFIED
 *     mode
 * @param countScoreWithoutGate the count score when the innovations cover fewer basic-service affairs than the gate
 *
 * @since 1.0
 */
public record Rules(Sourced<Overlap> overlap, Sourced<Gap> gap, Sourced<NotAcceptedAnswer> notAcceptedAnswer,
    Sourced<NotAcceptedInnovation> notAcceptedInnovation, Sourced<CountScoreWithoutGate> countScoreWithoutGate) {

  /** Name of {@link #overlap()} in the rubric document and in assumptions. */
  public static final String OVERLAP = "overlap";
  /** Name of {@link #gap()}. */
  public static final String GAP = "gap";
  /** Name of {@link #notAcceptedAnswer()}. */
  public static final String NOT_ACCEPTED_ANSWER = "notAcceptedAnswer";
  /** Name of {@link #notAcceptedInnovation()}. */
  public static final String NOT_ACCEPTED_INNOVATION = "notAcceptedInnovation";
  /** Name of {@link #countScoreWithoutGate()}. */
  public static final String COUNT_SCORE_WITHOUT_GATE = "countScoreWithoutGate";

  /**
   * @param name a rule's name, {@link #GAP} say
   * @return the rule as the subject of an assumption a result lists: {@code rule gap}, {@code aturan gap}
   */
  public static Message subject(String name) {
    return Message.of("rubric.rule.subject", name);
  }

  /** A rule's value: one reading of a case the published options leave open. */
  public interface Choice {
    /** @return the value's name, as the rubric document writes it */
    String name();

    /** @return what the engine does under this value, in words, as a message */
    Message meaningMessage();

    /** @return what the engine does under this value, in English */
    default String meaning() {
      return meaningMessage().toString();
    }

    /**
     * @param locale the language: Indonesian for an {@code id} locale, English otherwise
     * @return what the engine does under this value, in that language
     */
    default String meaning(Locale locale) {
      return meaningMessage().text(locale);
    }
  }

  /** The level a fact earns when it meets the published ranges of two levels (2026 #4: 2.05% to 5.23%, and at least 5.23%). */
  public enum Overlap implements Choice {
    /** The highest level whose predicate the fact meets. */
    HIGHEST_LEVEL;

    @Override
    public Message meaningMessage() {
      return Message.of("rubric.rule.overlap.highestLevel");
    }
  }

  /** What a fact earns when it lies between the published ranges of two levels (2026 #29: 90.5% between 90 and 91). */
  public enum Gap implements Choice {
    /** It meets no level and scores 0. */
    ZERO,
    /** It earns the lower of the two levels whose ranges it lies between. */
    LOWER_LEVEL;

    @Override
    public Message meaningMessage() {
      return switch (this) {
        case ZERO -> Message.of("rubric.rule.gap.zero");
        case LOWER_LEVEL -> Message.of("rubric.rule.gap.lowerLevel");
      };
    }
  }

  /** What an answer the verifier did not accept (rejected, or not yet verified) scores in VERIFIED mode. */
  public enum NotAcceptedAnswer implements Choice {
    /** It scores 0, as an unanswered row. */
    ZERO;

    @Override
    public Message meaningMessage() {
      return Message.of("rubric.rule.notAcceptedAnswer.zero");
    }
  }

  /** What an innovation none of whose answers the verifier accepted counts for in VERIFIED mode. */
  public enum NotAcceptedInnovation implements Choice {
    /** It still counts in n, the innovations sent, and its affair still counts toward the basic-service gate. */
    COUNTS_IN_N_AND_GATE;

    @Override
    public Message meaningMessage() {
      return Message.of("rubric.rule.notAcceptedInnovation.countsInNAndGate");
    }
  }

  /** The count score when the innovations cover fewer basic-service affairs than the gate g. */
  public enum CountScoreWithoutGate implements Choice {
    /** The count score is 0. */
    ZERO;

    @Override
    public Message meaningMessage() {
      return Message.of("rubric.rule.countScoreWithoutGate.zero");
    }
  }

  /**
   * Checks the components, as the type's documentation describes them.
   *
   * @param overlap the level a fact earns when it meets the published ranges of two levels
   * @param gap what a fact earns when it lies between the published ranges of two levels
   * @param notAcceptedAnswer what an answer the verifier did not accept scores in VERIFIED mode
   * @param notAcceptedInnovation what an innovation none of whose answers the verifier accepted counts for
   * @param countScoreWithoutGate the count score when the innovations cover fewer basic-service affairs than the gate
   */
  public Rules {
    named(overlap, gap, notAcceptedAnswer, notAcceptedInnovation, countScoreWithoutGate)
        .forEach((name, rule) -> Objects.requireNonNull(rule, name));
  }

  /**
   * The rules of a rubric that does not state them: the one value the engine honours for each, with the status
   * {@link Status#ASSUMED}. {@link Rubric.Builder} uses them when no rules are given; a rubric document must state its
   * rules.
   *
   * @return every rule at its one value, ASSUMED
   */
  public static Rules assumed() {
    Provenance p = new Provenance(Status.ASSUMED, Message.of("rubric.provenance.enginesRule"));
    return new Rules(Sourced.of(Overlap.HIGHEST_LEVEL, p), Sourced.of(Gap.ZERO, p),
        Sourced.of(NotAcceptedAnswer.ZERO, p), Sourced.of(NotAcceptedInnovation.COUNTS_IN_N_AND_GATE, p),
        Sourced.of(CountScoreWithoutGate.ZERO, p));
  }

  /**
   * @param name a rule's name ({@value #GAP})
   * @param value the name of one of its values ({@code LOWER_LEVEL})
   * @param provenance the provenance of the new value
   * @return these rules with that rule set to that value
   * @throws IgaException when the name is no rule's, or the value is none of the rule's values (the message lists
   *     them)
   */
  public Rules with(String name, String value, Provenance provenance) {
    Sourced<? extends Choice> rule = named().get(name);
    if (rule == null) {
      throw new IgaException(Message.of("rubric.rule.unknown", name, String.join(", ", named().keySet())));
    }
    Class<?> type = ((Enum<?>) rule.value()).getDeclaringClass();
    Choice chosen = null;
    for (Object c : type.getEnumConstants()) {
      if (((Choice) c).name().equals(value)) {
        chosen = (Choice) c;
      }
    }
    if (chosen == null) {
      throw new IgaException(Message.of("rubric.rule.badValue", name, java.util.Arrays.stream(type
          .getEnumConstants()).map(c -> ((Choice) c).name()).toList().toString(), value));
    }
    Choice c = chosen;
    return new Rules(
        name.equals(OVERLAP) ? Sourced.of((Overlap) c, provenance) : overlap,
        name.equals(GAP) ? Sourced.of((Gap) c, provenance) : gap,
        name.equals(NOT_ACCEPTED_ANSWER) ? Sourced.of((NotAcceptedAnswer) c, provenance) : notAcceptedAnswer,
        name.equals(NOT_ACCEPTED_INNOVATION) ? Sourced.of((NotAcceptedInnovation) c, provenance)
            : notAcceptedInnovation,
        name.equals(COUNT_SCORE_WITHOUT_GATE) ? Sourced.of((CountScoreWithoutGate) c, provenance)
            : countScoreWithoutGate);
  }

  /** @return every rule by name, in a fixed order */
  public Map<String, Sourced<? extends Choice>> named() {
    return named(overlap, gap, notAcceptedAnswer, notAcceptedInnovation, countScoreWithoutGate);
  }

  private static Map<String, Sourced<? extends Choice>> named(Sourced<Overlap> overlap, Sourced<Gap> gap,
      Sourced<NotAcceptedAnswer> notAcceptedAnswer, Sourced<NotAcceptedInnovation> notAcceptedInnovation,
      Sourced<CountScoreWithoutGate> countScoreWithoutGate) {
    Map<String, Sourced<? extends Choice>> m = new LinkedHashMap<>();
    m.put(OVERLAP, overlap);
    m.put(GAP, gap);
    m.put(NOT_ACCEPTED_ANSWER, notAcceptedAnswer);
    m.put(NOT_ACCEPTED_INNOVATION, notAcceptedInnovation);
    m.put(COUNT_SCORE_WITHOUT_GATE, countScoreWithoutGate);
    return m;
  }
}

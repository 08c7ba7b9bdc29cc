package id.iga.score;

import java.util.Locale;
import java.util.Objects;

import id.iga.Message;

import javax.annotation.Nullable;

/**
 * Something a reader of a result should know: the result is whole and exact, but rests on an assumption or on
 * answers that earned nothing.
 *
 * @param kind what kind of warning
 * @param indicator the indicator it concerns, or null
 * @param innovation the id of the innovation it concerns, or null
 * @param message the warning in words, as a key and its arguments ({@link #text(Locale)} gives it in a language)
 *
 * @since 1.0
 */
public record Warning(Kind kind, @Nullable String indicator, @Nullable String innovation, Message message) {
  /**
   * Checks the components, as the type's documentation describes them.
   *
   * @param kind what kind of warning
   * @param indicator the indicator it concerns, or null
   * @param innovation the id of the innovation it concerns, or null
   * @param message the warning in words
   */
  public Warning {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(message, "message");
  }

  /**
   * @param locale the language: Indonesian for an {@code id} locale, English otherwise
   * @return the warning in words, in that language
   */
  public String text(Locale locale) {
    return message.text(locale);
  }

  /** The kinds of warning. */
  public enum Kind {
    /**
     * The rubric is one of the user's own, not the rubric a year module ships for its year: a rubric document the
     * user wrote or edited. The message names it and says how it differs from the shipped rubric of its year (or
     * that no module ships that year). Always the first warning of such a result.
     */
    USER_RUBRIC,
    /**
     * The rubric has ASSUMED facts, or an ASSUMED rule of the rubric decided something in the result; the result's
     * {@code assumptions} lists them.
     */
    ASSUMED_PARAMETER,
    /**
     * The rubric is a projection for a year not yet in force (it has PROJECTED facts, announced for that year or
     * carried into it); the result's {@code assumptions} lists them with the status {@code PROJECTED}.
     */
    PROJECTED_RUBRIC,
    /** The rubric was derived with parameters other than the published ones; the result lists them. */
    OVERRIDDEN_PARAMETER,
    /** A mandatory indicator has no answer (it scores 0). */
    MANDATORY_UNANSWERED,
    /** A stated fact meets none of the indicator's levels (it scores 0). */
    NO_LEVEL_MET,
    /** In VERIFIED mode, answers the verifier did not accept scored 0. */
    NOT_ACCEPTED,
    /** The region's code is not in the library's list of regions (a region created since, or a typo). */
    UNKNOWN_REGION,
    /** The region's name differs from its official name in the library's list. */
    REGION_NAME_DIFFERS,
    /** The region's code is the one it had before the 2022 Papua split; the list names its code now. */
    PREVIOUS_REGION_CODE,
    /** The region is listed but is not an autonomous regional government, so the IID does not rank it. */
    NOT_AUTONOMOUS
  }
}

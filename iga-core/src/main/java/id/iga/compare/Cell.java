package id.iga.compare;

import id.iga.Message;
import java.util.Locale;
import java.util.Objects;

/**
 * How one year treated one answer: the level it earned and why. {@link #text(Locale)} gives the cell in words in
 * either language; {@link #detail()} is the comparison's record in English, as its JSON writes it.
 *
 * @param year the rubric year
 * @param kind how the level came about
 * @param level the level earned, 0..3; 0 when the kind gives none ({@link Kind#NOT_IN_RUBRIC},
 *     {@link Kind#NOT_IN_VOCABULARY})
 * @param detailMessage the predicate that decided ({@code 11..30}), or the reason there is none, in words
 *
 * @since 1.0
 */
public record Cell(int year, Kind kind, int level, Message detailMessage) {
  /**
   * Checks the components, as the type's documentation describes them.
   *
   * @param year the rubric year
   * @param kind how the level came about
   * @param level the level earned, 0..3; 0 when the kind gives none ({@link Kind#NOT_IN_RUBRIC}, {@link Kind#NOT_IN_VOCABULARY})
   * @param detailMessage the predicate that decided ({@code 11..30}), or the reason there is none, in words
   */
  public Cell {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(detailMessage, "detailMessage");
  }

  /** @return the predicate that decided, or the reason there is none, in English: the comparison JSON's record */
  public String detail() {
    return detailMessage.toString();
  }

  /**
   * @param locale the language: Indonesian for an {@code id} locale, English otherwise
   * @return the predicate that decided, or the reason there is none, in that language
   */
  public String detail(Locale locale) {
    return detailMessage.text(locale);
  }

  /** How a year arrived at a level. */
  public enum Kind {
    /** A fact met the predicate of this level, the highest it meets; {@code detail} is that predicate. */
    DECIDED,
    /** A fact met none of the year's levels and scores 0. */
    NO_LEVEL,
    /** An answer given only as a level: carried into this year unchanged, not decided by its predicates. */
    CARRIED,
    /** In VERIFIED mode, an answer the verifier did not accept: it scores 0 in every year. */
    NOT_COUNTED,
    /** The year's rubric has no such indicator in that aspect; the year is not scored. */
    NOT_IN_RUBRIC,
    /** The fact is not in the year's vocabulary (or the year answers the indicator by level only); not scored. */
    NOT_IN_VOCABULARY
  }

  /** @return whether the year could read the answer at all (a level, even 0, was earned) */
  public boolean applies() {
    return kind != Kind.NOT_IN_RUBRIC && kind != Kind.NOT_IN_VOCABULARY;
  }

  /** @return the cell in words, in English: {@code 2 (11..30)}, {@code 0 (meets no level)}, {@code 3 carried} */
  public String text() {
    return text(Locale.ENGLISH);
  }

  /**
   * @param locale the language: Indonesian for an {@code id} locale, English otherwise
   * @return the cell in words, in that language: the level, with the predicate that decided it (in the rubric's
   *     words) or why no predicate did
   */
  public String text(Locale locale) {
    Message m = switch (kind) {
      case DECIDED -> Message.of("compare.cell.decided", level, detailMessage);
      case NO_LEVEL -> Message.of("compare.cell.noLevel");
      case CARRIED -> Message.of("compare.cell.carried", level);
      case NOT_COUNTED -> Message.of("compare.cell.notCounted");
      case NOT_IN_RUBRIC -> Message.of("compare.cell.notInRubric");
      case NOT_IN_VOCABULARY -> Message.of("compare.cell.notInVocabulary");
    };
    return m.text(locale);
  }
}

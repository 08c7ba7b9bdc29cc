package id.iga.compare;

import java.util.Objects;

/**
 * How one year treated one answer: the level it earned and why.
 *
 * @param year the rubric year
 * @param kind how the level came about
 * @param level the level earned, 0..3; 0 when the kind gives none ({@link Kind#NOT_IN_RUBRIC},
 *     {@link Kind#NOT_IN_VOCABULARY})
 * @param detail the predicate that decided ({@code 11..30}), or the reason there is none, in words
 *
 * @since 1.0
 */
public record Cell(int year, Kind kind, int level, String detail) {
  /**
   * Checks the components, as the type's documentation describes them.
   *
   * @param year the rubric year
   * @param kind how the level came about
   * @param level the level earned, 0..3; 0 when the kind gives none ({@link Kind#NOT_IN_RUBRIC}, {@link Kind#NOT_IN_VOCABULARY})
   * @param detail the predicate that decided ({@code 11..30}), or the reason there is none, in words
   */
  public Cell {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(detail, "detail");
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

  /** @return the cell in words: {@code 2 (11..30)}, {@code 0 (meets no level)}, {@code 3 carried} */
  public String text() {
    return switch (kind) {
      case DECIDED -> level + " (" + detail + ")";
      case NO_LEVEL -> "0 (meets no level)";
      case CARRIED -> level + " carried";
      case NOT_COUNTED -> "0 (not accepted)";
      case NOT_IN_RUBRIC -> "not in this year's rubric";
      case NOT_IN_VOCABULARY -> "not in this year's vocabulary";
    };
  }
}

package id.iga.rubric;

/**
 * How well a rubric fact is known. Every indicator, level, band and parameter carries one.
 *
 * @since 1.0
 */
public enum Status {
  /** Seen in an official source (BSKDN slides, a ministry letter). */
  CONFIRMED,
  /** Seen in public software or documents that copy the official annex. */
  CONFIRMED_SECONDARY,
  /** Follows arithmetically from confirmed facts. */
  INFERRED,
  /**
   * Not published anywhere we could find; carried over from the nearest year. Every result scored with an assumed
   * fact says so, and a user can override it.
   */
  ASSUMED,
  /**
   * Announced for a future year, not yet in force: a fact a published guideline announces for a later year (the 2026
   * guideline's divisor floor of 14 for 2027), or a fact of the latest year carried into a projected year. Like an
   * assumed fact, every result scored with a projected fact says so and lists it, and a user can override it.
   */
  PROJECTED
}

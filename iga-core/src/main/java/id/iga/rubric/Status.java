package id.iga.rubric;

/** How well a rubric fact is known. Every indicator, level, band and parameter carries one. */
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
  ASSUMED
}

package id.iga.cli;

import java.util.Locale;

/** The output of {@code score}, {@code compare}, {@code rank} and {@code plan}: a table for people, JSON or CSV. */
enum Format {
  /** A table or report for people, in the chosen language. */
  TABLE,
  /** JSON, the same in every language. */
  JSON,
  /** CSV, the same in every language. */
  CSV;

  /** @return the value {@code --format} takes for it */
  @Override
  public String toString() {
    return name().toLowerCase(Locale.ROOT);
  }
}

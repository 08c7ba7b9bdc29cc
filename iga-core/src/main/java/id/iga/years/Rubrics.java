package id.iga.years;

import id.iga.IgaException;
import id.iga.json.RubricJson;
import id.iga.rubric.Rubric;
import id.iga.rubric.RubricProvider;
import java.nio.file.Path;
import java.util.List;
import java.util.ServiceLoader;

/**
 * The small facade in front of the rubric years (as {@code javax.money.Monetary} is in front of JSR-354's
 * providers): the years are found at run time through {@link ServiceLoader}, each loaded once, on first use, and
 * cached.
 *
 * <pre>{@code
 * Rubric r2026 = Rubrics.forYear(2026);
 * ScoreResult result = Scorer.of(r2026).score(submission, Mode.CLAIMED);
 * }</pre>
 *
 * <p>Put {@code iga-rubric-2024}, {@code iga-rubric-2025} and {@code iga-rubric-2026} (or your own year module) on
 * the class path or the module path; nothing in the core names a year.
 */
public final class Rubrics {
  private Rubrics() {}

  private static final class Default {
    static final RubricRegistry REGISTRY =
        RubricRegistry.of(ServiceLoader.load(RubricProvider.class, Rubrics.class.getClassLoader()));
  }

  /**
   * @param year an assessment year
   * @return that year's rubric
   * @throws IgaException when no provider serves the year (the message lists the years available), when two
   *     providers claim one year (it names both), or when the year's data is invalid
   */
  public static Rubric forYear(int year) {
    return Default.REGISTRY.forYear(year);
  }

  /**
   * @return the years the providers on the class path or module path serve, ascending
   * @throws IgaException when two providers claim one year
   */
  public static List<Integer> available() {
    return Default.REGISTRY.available();
  }

  /**
   * Reads a rubric document a user wrote (a what-if rubric), in the format of {@code docs/rubric-format.md}.
   *
   * @param file the rubric document
   * @return the validated rubric
   * @throws IgaException when the file cannot be read, is not a valid rubric document (the message names the line,
   *     column and JSON pointer), or describes an invalid rubric
   */
  public static Rubric load(Path file) {
    return RubricJson.read(file);
  }
}

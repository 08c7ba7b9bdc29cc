package id.iga.years;

import id.iga.IgaException;
import id.iga.Location;
import id.iga.json.RubricJson;
import id.iga.rubric.Rubric;
import id.iga.plan.Planner;
import id.iga.rubric.RubricProvider;
import id.iga.score.Scorer;
import id.iga.submission.Submission;
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
 * ScoreResult result = Rubrics.scorer(2026).score(submission, Mode.CLAIMED);
 * ScoreResult own = Rubrics.scorerFor(submission).score(submission, Mode.CLAIMED);   // the year it names
 * }</pre>
 *
 * <p>Put {@code iga-rubric-2024}, {@code iga-rubric-2025} and {@code iga-rubric-2026} (or your own year module) on
 * the class path or the module path; nothing in the core names a year.
 *
 * @since 1.0
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
   * @param year an assessment year
   * @return the scorer of that year's rubric, made once and shared
   * @throws IgaException as {@link #forYear(int)} does
   */
  public static Scorer scorer(int year) {
    return Default.REGISTRY.scorer(year);
  }

  /**
   * The scorer for a submission's own year: what a portal that receives submissions of several years uses.
   *
   * <pre>{@code
   * ScoreResult r = Rubrics.scorerFor(submission).score(submission, Mode.CLAIMED);
   * }</pre>
   *
   * @param submission a submission
   * @return the scorer of the rubric of the year it names
   * @throws IgaException when no provider serves that year (the message lists the years available; the location
   *     names the submission's {@code /year}, which a {@link id.iga.json.LocatedSubmission} places in its document)
   */
  public static Scorer scorerFor(Submission submission) {
    int year = submission.year();
    try {
      return scorer(year);
    } catch (IgaException e) {
      throw available().contains(year) ? e : e.at(Location.pointer("/year"));
    }
  }

  /**
   * @param year an assessment year
   * @return the planner of that year's rubric, made once and shared
   * @throws IgaException as {@link #forYear(int)} does
   */
  public static Planner planner(int year) {
    return Default.REGISTRY.planner(year);
  }

  /**
   * The scorer of a rubric of one's own, read with {@link #load(Path)}: every submission scored under it, whatever
   * year it names. Unless the rubric is the shipped rubric of its year (or that rubric with the overrides it lists),
   * every result warns first {@link id.iga.score.Warning.Kind#USER_RUBRIC}, naming the source and what differs.
   *
   * <pre>{@code
   * Rubric mine = Rubrics.load(Path.of("my-rubric.json"));
   * ScoreResult r = Rubrics.scorer(mine, "my-rubric.json").score(submission, Mode.CLAIMED);
   * }</pre>
   *
   * @param rubric the rubric
   * @param source where it was read from, as the warning names it
   * @return its scorer, as {@link RubricRegistry#scorer(Rubric, String)} makes it
   * @throws IgaException when two providers claim its year, or the year's data is invalid
   */
  public static Scorer scorer(Rubric rubric, String source) {
    return Default.REGISTRY.scorer(rubric, source);
  }

  /**
   * @param rubric a rubric of one's own, read with {@link #load(Path)}
   * @param source where it was read from
   * @return the planner of {@link #scorer(Rubric, String)}
   * @throws IgaException as {@link #scorer(Rubric, String)} does
   */
  public static Planner planner(Rubric rubric, String source) {
    return Default.REGISTRY.planner(rubric, source);
  }

  /**
   * Reads a rubric document a user wrote (a what-if rubric), in the format of {@code docs/rubric-format.md}; score
   * under it with {@link #scorer(Rubric, String)}.
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

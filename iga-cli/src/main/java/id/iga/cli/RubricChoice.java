package id.iga.cli;

import id.iga.Message;
import id.iga.plan.Planner;
import id.iga.rubric.Rubric;
import id.iga.score.Scorer;
import id.iga.submission.Submission;
import id.iga.years.Rubrics;
import java.nio.file.Path;
import picocli.CommandLine;
import picocli.CommandLine.Option;

import javax.annotation.Nullable;

/**
 * The rubric a scoring command ({@code score}, {@code rank}, {@code plan}, {@code report}) scores under, as its options
 * choose it: {@code --rubric FILE} (a rubric document of one's own, every submission scored under it), {@code --year Y}
 * (a shipped year), or neither (the year each submission names). {@code --rubric} and {@code --year} together are a
 * usage error: the document names its year. The scorer and planner are the library's
 * ({@link Rubrics#scorer(Rubric, String)}), made once.
 */
final class RubricChoice {
  /**
   * {@code --year Y | --rubric FILE.json}, declared once for the four commands: an argument group, so that the
   * synopsis shows them as one choice; {@link #of} says when both are given.
   */
  static final class Options {
    @Option(names = "--year", paramLabel = "Y", converter = Values.Year.class,
        completionCandidates = Values.Years.class, descriptionKey = "cli.option.year")
    @Nullable Integer year;

    @Option(names = "--rubric", paramLabel = "${bundle:cli.label.rubricFile}", converter = Values.RubricFile.class,
        descriptionKey = "cli.option.rubric")
    @Nullable Path rubric;
  }

  private final @Nullable Integer year;
  private final @Nullable String file;
  private final @Nullable Rubric rubric;
  private final @Nullable Scorer scorer;
  private @Nullable Planner planner;

  private RubricChoice(@Nullable Integer year, @Nullable String file, @Nullable Rubric rubric) {
    this.year = year;
    this.file = file;
    this.rubric = rubric;
    this.scorer = rubric == null ? null : Rubrics.scorer(rubric, file);
  }

  /**
   * @param options the options given, or null when neither was
   * @param commandLine the command whose options they are
   * @param io where to read the file
   * @return the choice
   * @throws Usage when both are given
   * @throws id.iga.IgaException when FILE is not a valid rubric document (file, line, column and pointer named)
   */
  static RubricChoice of(@Nullable Options options, CommandLine commandLine, Io io) {
    if (options == null || options.rubric == null) {
      return new RubricChoice(options == null ? null : options.year, null, null);
    }
    if (options.year != null) {
      throw new Usage(commandLine, Message.of("cli.usage.rubricAndYear"));
    }
    return new RubricChoice(null, options.rubric.toString(), load(options.rubric, io));
  }

  /**
   * @param file the value of a {@code --rubric} option
   * @param io where to read it
   * @return the rubric the document describes
   * @throws id.iga.IgaException when it is not a valid rubric document (file, line, column and pointer named)
   */
  static Rubric load(Path file, Io io) {
    return Rubrics.load(io.resolve(file));
  }

  /** @return the year of {@code --year}, or null when it was not given */
  @Nullable Integer year() {
    return year;
  }

  /** @return whether the rubric is a document of one's own ({@code --rubric FILE}) */
  boolean fromFile() {
    return rubric != null;
  }

  /** @return the rubric of the document ({@code --rubric FILE}), or null when the rubric is a shipped year's */
  @Nullable Rubric own() {
    return rubric;
  }

  /** @return the document's name as given ({@code --rubric FILE}), or null */
  @Nullable String file() {
    return file;
  }

  /**
   * @param y a year
   * @return the scorer of the document's rubric when it is of that year, or the year's shipped scorer
   */
  Scorer scorer(int y) {
    return scorer != null && rubric.year() == y ? scorer : Rubrics.scorer(y);
  }

  /**
   * @param s a submission
   * @return the scorer to score it with
   */
  Scorer scorer(Submission s) {
    return scorer != null ? scorer : year != null ? Rubrics.scorer(year) : Rubrics.scorerFor(s);
  }

  /**
   * @param s a submission
   * @return the planner to plan it with
   */
  Planner planner(Submission s) {
    if (rubric != null) {
      if (planner == null) {
        planner = Rubrics.planner(rubric, file);
      }
      return planner;
    }
    return Rubrics.planner(year != null ? year : s.year());
  }

  /**
   * @param resultYear the year of a result scored under this choice
   * @return the rubric it was scored under
   */
  Rubric rubric(int resultYear) {
    return rubric != null ? rubric : Rubrics.forYear(resultYear);
  }

  /**
   * @param resultYear the year of a result scored under this choice
   * @param t the language
   * @return the rubric's name in a heading: {@code 2024}, {@code 2027 (projected, not yet in force)}, or
   *     {@code 2025 from my-rubric.json} for a document of one's own
   */
  String name(int resultYear, Language t) {
    return rubric != null ? ResultText.rubricName(rubric, file, t) : ResultText.rubricYear(resultYear, t);
  }
}

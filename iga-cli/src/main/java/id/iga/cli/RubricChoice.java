package id.iga.cli;

import id.iga.plan.Planner;
import id.iga.rubric.Rubric;
import id.iga.score.Scorer;
import id.iga.submission.Submission;
import id.iga.years.Rubrics;
import java.util.List;

import javax.annotation.Nullable;

/**
 * The rubric a scoring command ({@code score}, {@code rank}, {@code plan}, {@code report}) scores under, as its options
 * choose it: {@code --rubric FILE} (a rubric document of one's own, every submission scored under it), {@code --year Y}
 * (a shipped year), or neither (the year each submission names). {@code --rubric} and {@code --year} together are a
 * usage error: the document names its year. The scorer and planner are the library's
 * ({@link Rubrics#scorer(Rubric, String)}), made once.
 */
final class RubricChoice {
  private static final List<String> HELP = List.of(
      "score under the rubric document FILE.json, your own or one that",
      "'iga rubric YEAR --format json' wrote and you edited; results warn",
      "USER_RUBRIC unless it is the shipped rubric of its year. Not with --year");

  /**
   * @param column where the option's description starts in its command's help, counted from the line's start
   * @return the option's help lines, the same on every command that takes it, each ending with a line break
   */
  static String help(int column) {
    StringBuilder b = new StringBuilder(String.format("  %-" + (column - 2) + "s", "--rubric FILE"));
    for (String line : HELP) {
      b.append(line).append('\n');
      if (!line.equals(HELP.get(HELP.size() - 1))) {
        b.append(" ".repeat(column));
      }
    }
    return b.toString();
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
   * @param args the command line: {@code --rubric FILE} or {@code --year Y}
   * @param io where to read the file
   * @return the choice
   * @throws UsageException when both are given, or FILE is not a {@code .json} file, or Y is not a year served
   * @throws id.iga.IgaException when FILE is not a valid rubric document (file, line, column and pointer named)
   */
  static RubricChoice of(Args args, Io io) throws UsageException {
    String file = args.value("rubric").orElse(null);
    if (file == null) {
      return new RubricChoice(args.year("year").orElse(null), null, null);
    }
    if (args.has("year")) {
      throw new UsageException("--rubric FILE scores under the document's rubric, whose year it names; give --rubric "
          + "or --year, not both");
    }
    return new RubricChoice(null, file, load(file, io));
  }

  /**
   * @param file the value of a {@code --rubric} option
   * @param io where to read it
   * @return the rubric the document describes
   * @throws UsageException when FILE is not a {@code .json} file
   * @throws id.iga.IgaException when it is not a valid rubric document (file, line, column and pointer named)
   */
  static Rubric load(String file, Io io) throws UsageException {
    if (!file.endsWith(".json")) {
      throw new UsageException("--rubric must name a rubric document FILE.json, not '" + file + "'");
    }
    return Rubrics.load(io.resolve(file));
  }

  /** @return whether the rubric is a document of one's own ({@code --rubric FILE}) */
  boolean fromFile() {
    return rubric != null;
  }

  /** @return the rubric of the document ({@code --rubric FILE}), or null when the rubric is a shipped year's */
  @Nullable Rubric own() {
    return rubric;
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
   * @return the rubric's name in a heading: {@code 2024}, {@code 2027 (projected, not yet in force)}, or
   *     {@code 2025 from my-rubric.json} for a document of one's own
   */
  String name(int resultYear) {
    return rubric != null ? ResultText.rubricName(rubric, file) : ResultText.rubricYear(resultYear);
  }
}

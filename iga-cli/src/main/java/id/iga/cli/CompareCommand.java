package id.iga.cli;

import id.iga.Message;
import id.iga.compare.Cell;
import id.iga.compare.Comparison;
import id.iga.compare.DatasetComparison;
import id.iga.compare.RowComparison;
import id.iga.compare.YearComparison;
import id.iga.compare.YearScore;
import id.iga.csv.ComparisonCsv;
import id.iga.csv.CsvWriter;
import id.iga.json.ComparisonJson;
import id.iga.json.RejectedJson;
import id.iga.rubric.Predikat;
import id.iga.rubric.Rubric;
import id.iga.score.Mode;
import id.iga.score.ScoreResult;
import id.iga.score.Scorer;
import id.iga.years.Rubrics;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code iga compare}: one submission, or every submission of a dataset, under several rubric years. */
@CommandLine.Command(name = "compare", header = "cli.compare.summary",
    description = {"cli.compare.description", "cli.compare.notScored", "cli.compare.invalid"},
    footer = {
        "iga compare --years 2024,2025,2026 examples/2024/kabupaten-wonosobo.json",
        "iga compare --years 2024,2026 --format csv examples/2024/dataset.jsonl > by-year.csv",
        "iga compare --years 2024,2026 --rubric my-rubric.json examples/2024/kota-bukittinggi.json"})
final class CompareCommand implements Command {
  @Spec
  CommandSpec spec;

  @Option(names = "--years", paramLabel = "${bundle:cli.label.years}", converter = Values.YearList.Converter.class,
      completionCandidates = Values.Years.class, descriptionKey = "cli.compare.years")
  Values.YearList years = new Values.YearList(List.of());

  @Option(names = "--rubric", paramLabel = "${bundle:cli.label.rubricFile}", converter = Values.RubricFile.class,
      descriptionKey = "cli.compare.rubric")
  List<Path> rubrics = new ArrayList<>();

  @Mixin
  Options.Answers answers;

  @Option(names = "--format", paramLabel = "F", descriptionKey = "cli.compare.format")
  Format format = Format.TABLE;

  @Mixin
  Options.FailFast failFast;

  @Parameters(paramLabel = "${bundle:cli.label.file}", arity = "1", converter = Values.Submissions.class)
  Path file;

  @Mixin
  Options.Help help;

  @Override
  public int run(Io io) {
    CommandLine commandLine = spec.commandLine();
    List<Integer> distinct = years.years();
    if (distinct.isEmpty() && rubrics.isEmpty()) {
      throw new Usage(commandLine, Message.of("cli.compare.yearsRequired"));
    }
    if (distinct.size() + rubrics.size() < 2) {
      throw new Usage(commandLine, rubrics.isEmpty() ? Message.of("cli.compare.twoYears")
          : Message.of("cli.compare.twoColumns", distinct.size() + rubrics.size()));
    }
    Mode mode = answers.mode;
    Language t = io.language();
    List<Scorer> scorers = new ArrayList<>();
    List<String> labels = new ArrayList<>();
    for (int y : distinct) {
      scorers.add(Rubrics.scorer(y));
      labels.add(String.valueOf(y));
    }
    for (Path f : rubrics) {
      Rubric own = RubricChoice.load(f, io);
      int at = scorers.stream().map(s -> s.rubric().year()).toList().indexOf(own.year());
      if (at >= 0) {
        throw new Usage(commandLine, Message.of("cli.compare.sameYear", f.toString(), own.year(), labels.get(at)));
      }
      scorers.add(Rubrics.scorer(own, f.toString()));
      labels.add(own.year() + " (" + f + ")");
    }
    YearComparison comparison = YearComparison.ofScorers(scorers);
    Map<Integer, String> label = new LinkedHashMap<>();
    for (int i = 0; i < scorers.size(); i++) {
      label.put(scorers.get(i).rubric().year(), labels.get(i));
    }
    boolean single = Values.oneDocument(List.of(file));
    CsvWriter<Comparison> csv = format == Format.CSV ? ComparisonCsv.writer(io.out()) : null;
    DatasetComparison.Builder dataset = DatasetComparison.builder(comparison.years());
    List<String> notScored = new ArrayList<>();
    Rejections rejections = new Rejections(io, spec.name(), failFast.then());
    if (format == Format.JSON && !single) {
      rejections.inBand((problem, stops) -> io.out().print(RejectedJson.toJsonLine(problem, stops)));
    }
    rejections.each(file, located -> comparison.compare(located.submission(), mode), c -> {
      switch (format) {
        case CSV -> csv.write(c);
        case JSON -> {
          if (single) {
            io.out().print(ComparisonJson.toJson(c));
          } else {
            ComparisonJson.writeLine(c, io.out());
          }
        }
        case TABLE -> {
          if (single) {
            io.out().print(one(c, label, t));
          } else {
            dataset.add(c);
            for (YearScore y : c.years()) {
              if (!y.problems().isEmpty()) {
                // The problems as the library words them (English until compare gives them a language).
                notScored.add(t.text(y.problems().size() == 1 ? "cli.compare.notScoredOne"
                    : "cli.compare.notScoredMany", c.region().code(), c.region().name(), label.get(y.year()),
                    y.problems(t.locale()).get(0), y.problems().size()));
              }
            }
          }
        }
      }
    });
    if (csv != null) {
      csv.close();
    }
    if (format == Format.TABLE && !single) {
      // The counts are a whole: without the submissions not scored they are not the input's.
      if (rejections.any()) {
        return rejections.refuse(Message.of("cli.compare.refused"));
      }
      io.out().print(many(dataset.build(), notScored, file.toString(), mode, label, t));
    }
    return rejections.finishWritten(Rejections.Verb.COMPARED);
  }

  /**
   * The report for one submission.
   *
   * @param label each compared year's column label: the year, or {@code 2025 (my-rubric.json)} for a document
   * @param t the language
   */
  static String one(Comparison c, Map<Integer, String> label, Language t) {
    StringBuilder b = new StringBuilder();
    b.append(t.text("cli.compare.heading", c.region().name(), c.region().code(), ResultText.answers(c.mode()),
        String.join(", ", c.yearNumbers().stream().map(label::get).toList()))).append("\n\n");
    Table years = new Table(t.text("cli.column.year"), ">IID", t.text("cli.column.predikat"), ">SPD",
        ">" + t.text("cli.column.maturityMean"), ">" + t.text("cli.column.countScore"),
        ">" + t.text("cli.column.divisor"), t.text("cli.column.note"));
    for (YearScore y : c.years()) {
      ScoreResult r = y.result();
      if (r != null) {
        years.row(label.get(y.year()), t.number(r.iid().value()), r.predikat().name(), t.number(r.spd().value()),
            t.number(r.maturityMean().value()), t.number(r.countScore().value()), r.divisor(),
            ResultText.restsOn(r, t));
      } else {
        years.row(label.get(y.year()), "-", t.text("cli.compare.notScoredCell"), "-", "-", "-", "-",
            t.text(y.problems().size() == 1 ? "cli.compare.notInVocabularyOne" : "cli.compare.notInVocabulary",
                y.problems().size()));
      }
    }
    b.append(years);
    List<RowComparison> differences = c.differences();
    b.append('\n');
    if (differences.isEmpty()) {
      b.append(t.text("cli.compare.noDifference")).append('\n');
    } else {
      b.append(t.text("cli.compare.differences")).append('\n');
      List<String> header = new ArrayList<>(List.of(t.text("cli.column.innovation"), t.text("cli.column.indicator"),
          t.text("cli.column.given")));
      c.yearNumbers().forEach(y -> header.add(label.get(y)));
      Table table = new Table(header.toArray(String[]::new));
      for (RowComparison row : differences) {
        // The answer and each year's cell as the library words them (English until compare gives them a language).
        List<Object> cells = new ArrayList<>(List.of(row.innovation() == null ? t.text("cli.compare.region")
            : row.innovation(), row.indicator(), row.carried() ? t.text("cli.compare.carriedAnswer", row.given(t.locale()))
            : row.given(t.locale())));
        for (Cell cell : row.cells()) {
          cells.add(cell.text(t.locale()));
        }
        table.row(cells.toArray());
      }
      b.append(table);
    }
    List<RowComparison> carried = c.carried();
    b.append('\n');
    if (carried.isEmpty()) {
      b.append(t.text("cli.compare.carriedNone")).append('\n');
    } else {
      b.append(t.text(carried.size() == 1 ? "cli.compare.carriedOne" : "cli.compare.carried", carried.size()))
          .append('\n');
      Map<String, List<String>> byOwner = new LinkedHashMap<>();
      for (RowComparison row : carried) {
        byOwner.computeIfAbsent(row.innovation() == null ? t.text("cli.compare.regionSpd")
            : t.text("cli.compare.innovation", row.innovation()), k -> new ArrayList<>()).add(row.indicator());
      }
      byOwner.forEach((owner, codes) -> b.append("  ").append(owner).append(": ").append(String.join(", ", codes))
          .append('\n'));
    }
    for (YearScore y : c.years()) {
      if (!y.problems().isEmpty()) {
        b.append('\n').append(t.text("cli.compare.notScoredUnder", label.get(y.year()))).append('\n');
        y.problems(t.locale()).forEach(p -> b.append("  ").append(p).append('\n'));
      }
    }
    return b.toString();
  }

  /**
   * The summary of a dataset; {@code label} as {@link #one} takes it.
   *
   * @param t the language
   */
  static String many(DatasetComparison d, List<String> notScored, String file, Mode mode,
      Map<Integer, String> label, Language t) {
    StringBuilder b = new StringBuilder();
    List<Integer> years = d.years();
    b.append(t.text(d.regions().size() == 1 ? "cli.compare.perYearOne" : "cli.compare.perYear", d.regions().size(),
        file, ResultText.answers(mode))).append('\n');
    List<String> header = new ArrayList<>(List.of(t.text("cli.column.predikat")));
    years.forEach(y -> header.add(">" + label.get(y)));
    Table counts = new Table(header.toArray(String[]::new));
    for (Predikat p : Predikat.values()) {
      List<Object> row = new ArrayList<>(List.of(p.name()));
      years.forEach(y -> row.add(d.counts(y).get(p)));
      counts.row(row.toArray());
    }
    List<Object> unscored = new ArrayList<>(List.of(t.text("cli.compare.notScoredCell")));
    years.forEach(y -> unscored.add(d.notScored(y)));
    counts.row(unscored.toArray());
    b.append(counts);
    List<DatasetComparison.RegionYears> changes = d.changes();
    b.append('\n');
    if (changes.isEmpty()) {
      b.append(t.text("cli.compare.noChange")).append('\n');
    } else {
      b.append(t.text("cli.compare.changes", changes.size())).append('\n');
      List<String> h = new ArrayList<>(List.of(t.text("cli.column.code"), t.text("cli.column.region")));
      years.forEach(y -> h.add(label.get(y)));
      Table table = new Table(h.toArray(String[]::new));
      for (DatasetComparison.RegionYears r : changes) {
        List<Object> row = new ArrayList<>(List.of(r.region().code(), r.region().name()));
        years.forEach(y -> row.add(r.in(y).map(Predikat::name).orElse(t.text("cli.compare.notScoredCell"))));
        table.row(row.toArray());
      }
      b.append(table);
    }
    if (!notScored.isEmpty()) {
      b.append('\n').append(t.text("cli.compare.notScoredList")).append('\n');
      notScored.forEach(line -> b.append("  ").append(line).append('\n'));
    }
    return b.toString();
  }
}

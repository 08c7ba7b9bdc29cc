package id.iga.cli;

import id.iga.Message;
import id.iga.bulk.BulkScorer;
import id.iga.bulk.HeapBudget;
import id.iga.csv.CsvWriter;
import id.iga.csv.ResultCsv;
import id.iga.json.RejectedJson;
import id.iga.json.ResultJson;
import id.iga.rubric.Overrides;
import id.iga.score.ScoreResult;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import javax.annotation.Nullable;

/** {@code iga score}: score submissions and datasets. */
@picocli.CommandLine.Command(name = "score", header = "cli.score.summary",
    description = {"cli.score.description", "cli.score.files", "cli.score.invalid"},
    footer = {
        "iga score examples/2024/kabupaten-wonosobo.json",
        "iga score --year 2026 --format csv examples/2024/*.json",
        "iga score --mode verified --format json national.jsonl > results.jsonl",
        "iga score --year 2025 --set divisorFloor=12 --set gate=5 examples/2024/kabupaten-wonosobo.json",
        "iga score --year 2025 --sweep divisorFloor=10,12,14,16 examples/2024/kabupaten-wonosobo.json",
        "iga score --rubric my-rubric.json examples/2024/kabupaten-wonosobo.json",
        "iga score --uncertainty --year 2025 examples/2024/dataset.jsonl",
        "iga --lang id score examples/2024/kabupaten-wonosobo.json"})
final class ScoreCommand implements Command {
  @Spec
  CommandSpec spec;

  @Mixin
  Options.Scoring scoring;

  @Option(names = "--format", paramLabel = "F", descriptionKey = "cli.score.format")
  Format format = Format.TABLE;

  @Option(names = "--breakdown", descriptionKey = "cli.score.breakdown")
  boolean breakdown;

  @Option(names = "--set", paramLabel = "${bundle:cli.label.setting}", converter = Values.Setting.class,
      descriptionKey = "cli.option.set")
  List<Overrides.Setting> settings = new ArrayList<>();

  @Option(names = "--sweep", paramLabel = "${bundle:cli.label.sweep}", descriptionKey = "cli.score.sweep")
  @Nullable String sweep;

  @Option(names = "--uncertainty", descriptionKey = "cli.score.uncertainty")
  boolean uncertainty;

  @Option(names = "--jobs", paramLabel = "N", converter = Values.Jobs.class, descriptionKey = "cli.score.jobs")
  @Nullable Integer jobs;

  @Option(names = "--quiet", descriptionKey = "cli.score.quiet")
  boolean quiet;

  @Parameters(paramLabel = "${bundle:cli.label.file}", arity = "1..*", converter = Values.Submissions.class)
  List<Path> files;

  @Mixin
  Options.Help help;

  @Override
  public int run(Io io) throws IOException {
    RubricChoice choice = scoring.choice(spec.commandLine(), io);
    if (breakdown && format != Format.JSON) {
      throw new Usage(spec.commandLine(), Message.of("cli.score.breakdownNeedsJson"));
    }
    boolean whatIf = !settings.isEmpty() || sweep != null;
    if (uncertainty) {
      if (whatIf || breakdown) {
        throw new Usage(spec.commandLine(), Message.of("cli.score.uncertaintyAlone"));
      }
      return UncertaintyOutput.run(io, files, choice, scoring.mode(), format, jobs(io), scoring.then());
    }
    if (whatIf) {
      if (choice.fromFile()) {
        throw new Usage(spec.commandLine(), Message.of("cli.score.whatIfNotFromFile"));
      }
      return WhatIf.run(spec.commandLine(), io, files, choice.year(), settings, sweep, scoring.mode(), format,
          breakdown, scoring.then());
    }
    boolean single = Values.oneDocument(files);
    Rejections rejections = new Rejections(io, spec.name(), scoring.then());
    Output output = new Output(io, format, breakdown, single, rejections);
    DatasetScoring bulk = new DatasetScoring(io,
        BulkScorer.parallel(jobs(io), BulkScorer.DEFAULT_BATCH_SIZE), !quiet && Terminal.stderr());
    for (Path f : files) {
      // Datasets are scored by several threads, sharing the library's one scorer per year.
      bulk.score(f, choice::scorer, scoring.mode(), rejections, r -> output.add(r, choice));
    }
    output.finish();
    return rejections.finishWritten(Rejections.Verb.SCORED);
  }

  private int jobs(Io io) {
    return DatasetScoring.jobs(jobs, HeapBudget.ofThisJvm(), io);
  }

  /** Writes results as they come; a table waits to see whether there is more than one. */
  private static final class Output {
    private final Io io;
    private final Format format;
    private final boolean breakdown;
    private final boolean single;
    private @Nullable ScoreResult first;
    private @Nullable RubricChoice rubric;
    private @Nullable Table summary;
    private @Nullable ResultJson.LineWriter lines;
    private final @Nullable CsvWriter<ScoreResult> csv;
    private final Rejections rejections;
    private int count;

    Output(Io io, Format format, boolean breakdown, boolean single, Rejections rejections) {
      this.io = io;
      this.format = format;
      this.breakdown = breakdown;
      this.single = single;
      this.rejections = rejections;
      this.csv = format == Format.CSV ? ResultCsv.writer(io.out()) : null;
      if (format == Format.JSON && !single) {
        // JSON Lines mark a submission not scored in its place, so that the output says it is partial.
        rejections.inBand((problem, stops) -> io.out().print(RejectedJson.toJsonLine(problem, stops)));
      }
    }

    void add(ScoreResult r, RubricChoice rubric) {
      count++;
      switch (format) {
        case CSV -> csv.write(r);
        case JSON -> {
          if (single) {
            io.out().print(ResultJson.toJson(r, breakdown));
          } else {
            if (lines == null) {
              lines = ResultJson.lines(io.out(), breakdown);
            }
            lines.write(r);
          }
        }
        case TABLE -> {
          if (count == 1) {
            first = r;
            this.rubric = rubric;
            return;
          }
          if (summary == null) {
            Language t = io.language();
            summary = new Table(t.text("cli.column.code"), t.text("cli.column.region"), ">" + t.text("cli.column.year"),
                ">IID", t.text("cli.column.predikat"), ">SPD", ">SID", ">N", t.text("cli.column.note"));
            summaryRow(first);
          }
          summaryRow(r);
        }
      }
    }

    private void summaryRow(ScoreResult r) {
      Language t = io.language();
      summary.row(r.region().code(), r.region().name(), r.year(), t.number(r.iid().value()), r.predikat().name(),
          t.number(r.spd().value()), t.number(r.sid().value()), r.innovationCount(), ResultText.restsOn(r, t));
    }

    void finish() {
      if (lines != null) {
        lines.close();
      }
      if (csv != null) {
        csv.close();
      }
      if (format != Format.TABLE) {
        return;
      }
      if (summary != null) {
        io.out().print(summary);
      } else if (first != null) {
        io.out().print(ResultText.of(first, rubric.rubric(first.year()), rubric.name(first.year(), io.language()),
            io.language()));
      } else if (!rejections.any()) {
        io.out().println(io.text("cli.output.noSubmissions"));
      }
      rejections.partialNote(Rejections.Verb.SCORED);
    }
  }
}

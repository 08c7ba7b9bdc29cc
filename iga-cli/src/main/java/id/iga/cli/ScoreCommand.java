package id.iga.cli;

import id.iga.years.Rubrics;
import id.iga.bulk.BulkScorer;
import id.iga.bulk.HeapBudget;
import id.iga.csv.CsvWriter;
import id.iga.csv.ResultCsv;
import id.iga.json.ResultJson;
import id.iga.rubric.Rubric;
import id.iga.score.Mode;
import id.iga.score.ScoreResult;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import javax.annotation.Nullable;

/** {@code iga score}: score submissions and datasets. */
final class ScoreCommand implements Command {
  enum Format { TABLE, JSON, CSV }

  @Override
  public String name() {
    return "score";
  }

  @Override
  public String summary() {
    return "score submissions (.json), datasets (.jsonl) or standard input (-)";
  }

  @Override
  public String help() {
    return """
        Usage: iga score [--year Y | --rubric FILE.json] [--mode claimed|verified] [--format table|json|csv]
                         [--breakdown] [--set NAME=VALUE]... [--sweep NAME=V1,V2,...] [--jobs N] [--quiet] FILE...

        Scores each region's submission: IID, predikat, SPD, SID and its parts, maturity per innovation, points
        lost per indicator (largest first), warnings and the rubric's assumptions.

        FILE is a submission (.json), a dataset with one submission per line (.jsonl), or - for standard input:
        one submission document or several one after another, each on one line (JSON Lines) or many.

        Options:
          --year Y            score under rubric year Y (default: the year each submission names)
        """ + RubricChoice.help(22) + """
          --mode M            claimed: every answer counts (self-assessment, default);
                              verified: only answers with "verified": true count
          --format F          table (default: a report for one region, a summary row per region for more),
                              json (one object; one line per region for a dataset), csv (header + one row per region)
          --breakdown         with --format json: add every indicator row of every innovation
          --jobs N            score a dataset with N threads (default: one per processor); the output is the
                              same, in input order, whatever N. At most as many as the heap holds (704 MiB for
                              a line of the 64 MiB limit, 32 MiB per thread): more are lowered, with a message
          --quiet             no progress line (one is shown on standard error, when it is a terminal, for a
                              dataset that takes more than a second)
          --set NAME=VALUE    what-if: rescore under the rubric with this parameter changed and show the
                              difference against the published rubric; repeat for several. NAME is divisorFloor
                              (k), countScorePerInnovation (countScore), countCap (cap), basicServiceGate (gate),
                              reportingScale, rounding, or band.PREDIKAT for a band's lower edge (the band below
                              then ends one step under it). json gives the what-if results, which list overrides
          --sweep NAME=V1,V2  what-if over several values of one parameter: one row per value
                              (--set and --sweep start from a shipped year, not from --rubric)

        Exit codes: 0 success, 1 invalid input (file, line and JSON pointer named), 2 usage error,
        3 output failed, 4 out of memory.

        Examples:
          iga score examples/2024/kabupaten-wonosobo.json
          iga score --year 2026 --format csv examples/2024/*.json
          iga score --mode verified --format json national.jsonl > results.jsonl
          iga score --year 2025 --set divisorFloor=12 --set gate=5 examples/2024/kabupaten-wonosobo.json
          iga score --year 2025 --sweep divisorFloor=10,12,14,16 examples/2024/kabupaten-wonosobo.json
          iga score --rubric my-rubric.json examples/2024/kabupaten-wonosobo.json
        """;
  }

  @Override
  public Map<String, Boolean> options() {
    return Map.of("year", true, "rubric", true, "mode", true, "format", true, "breakdown", false, "set", true,
        "sweep", true, "jobs", true, "quiet", false);
  }

  @Override
  public int run(Args args, Io io) throws UsageException, IOException {
    List<String> files = args.inputs();
    RubricChoice rubric = RubricChoice.of(args, io);
    Mode mode = args.enumValue("mode", Mode.class).orElse(Mode.CLAIMED);
    Format format = args.enumValue("format", Format.class).orElse(Format.TABLE);
    boolean breakdown = args.has("breakdown");
    if (breakdown && format != Format.JSON) {
      throw new UsageException("--breakdown goes with --format json");
    }
    if (args.has("set") || args.has("sweep")) {
      if (rubric.fromFile()) {
        throw new UsageException("--set and --sweep start from a shipped year, not from --rubric; write the what-if "
            + "into the document ('iga rubric YEAR --set NAME=VALUE --format json') or edit it");
      }
      return WhatIf.run(args, io, files, args.year("year").orElse(null), mode, format, breakdown);
    }
    boolean single = Args.oneDocument(files);
    Output output = new Output(io, format, breakdown, single);
    DatasetScoring scoring = new DatasetScoring(io,
        BulkScorer.parallel(DatasetScoring.jobs(args, HeapBudget.ofThisJvm(), io.err()), BulkScorer.DEFAULT_BATCH_SIZE),
        !args.has("quiet") && Terminal.stderr());
    for (String f : files) {
      // Datasets are scored by several threads, sharing the library's one scorer per year.
      scoring.score(f, rubric::scorer, mode, r -> output.add(r, rubric));
    }
    output.finish();
    return Main.OK;
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
    private int count;

    Output(Io io, Format format, boolean breakdown, boolean single) {
      this.io = io;
      this.format = format;
      this.breakdown = breakdown;
      this.single = single;
      this.csv = format == Format.CSV ? ResultCsv.writer(io.out()) : null;
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
            summary = new Table("CODE", "REGION", ">YEAR", ">IID", "PREDIKAT", ">SPD", ">SID", ">N", "NOTE");
            summaryRow(first);
          }
          summaryRow(r);
        }
      }
    }

    private void summaryRow(ScoreResult r) {
      summary.row(r.region().code(), r.region().name(), r.year(), r.iid().value().toPlainString(), r.predikat().name(),
          r.spd().value().toPlainString(), r.sid().value().toPlainString(), r.innovationCount(),
          ResultText.restsOn(r));
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
        io.out().print(ResultText.of(first, rubric.rubric(first.year()), rubric.name(first.year())));
      } else {
        io.out().println("no submissions");
      }
    }
  }
}

package id.iga.cli;

import id.iga.IgaException;
import id.iga.years.Rubrics;
import id.iga.compare.Cell;
import id.iga.compare.Comparison;
import id.iga.compare.DatasetComparison;
import id.iga.compare.RowComparison;
import id.iga.compare.YearComparison;
import id.iga.compare.YearScore;
import id.iga.csv.ComparisonCsv;
import id.iga.csv.CsvWriter;
import id.iga.json.ComparisonJson;
import id.iga.rubric.Predikat;
import id.iga.rubric.Rubric;
import id.iga.score.Scorer;
import id.iga.score.Mode;
import id.iga.score.ScoreResult;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** {@code iga compare}: one submission, or every submission of a dataset, under several rubric years. */
final class CompareCommand implements Command {
  enum Format { TABLE, JSON, CSV }

  @Override
  public String name() {
    return "compare";
  }

  @Override
  public String summary() {
    return "score the same submission or dataset under several rubric years, side by side";
  }

  @Override
  public String help() {
    return """
        Usage: iga compare [--years Y1,Y2[,...]] [--rubric FILE.json]... [--mode claimed|verified]
                           [--format table|json|csv] FILE

        Scores the same submissions under each rubric year, side by side: IID, predikat, SPD, maturity mean, count
        score and divisor per year. For one submission (.json) it then lists every answer whose level differs between
        the years, with the fact given and the predicate that decided it in each year; answers given only as levels
        are carried into every year unchanged and listed as carried, so you can tell which differences are real.
        For a dataset (.jsonl, or - for standard input) it counts the predikats per year and lists the regions whose
        predikat changes.

        A year that cannot read an answer (a fact not in that year's vocabulary, an indicator it does not have) is
        shown as not scored, with the reason; the other years are compared as usual.

        Options:
          --years Y1,Y2,...   the rubric years, in the order to show them (with --rubric, at least two columns)
          --rubric FILE       add a column for the rubric document FILE.json, your own or one that
                              'iga rubric YEAR --format json' wrote and you edited, after the years and labelled
                              with its year and file ("2025 (my-rubric.json)"); repeat for several. Its year must
                              not be among the other columns' (the comparison keys its columns by year)
          --mode M            claimed (every answer counts, default) or verified (only "verified": true)
          --format F          table (default); json (one object per submission; one line each for a dataset);
                              csv (header + one row per submission per year)

        Exit codes: 0 success, 1 invalid input (file, line and JSON pointer named), 2 usage error.

        Examples:
          iga compare --years 2024,2025,2026 examples/2024/kabupaten-wonosobo.json
          iga compare --years 2024,2026 --format csv examples/2024/dataset.jsonl > by-year.csv
          iga compare --years 2024,2026 --rubric my-rubric.json examples/2024/kota-bukittinggi.json
        """;
  }

  @Override
  public Map<String, Boolean> options() {
    return Map.of("years", true, "rubric", true, "mode", true, "format", true);
  }

  @Override
  public int run(Args args, Io io) throws UsageException, IOException {
    String file = args.input();
    List<String> files = args.values("rubric");
    if (args.value("years").isEmpty() && files.isEmpty()) {
      throw new UsageException("--years is required, e.g. --years 2024,2025,2026");
    }
    List<Integer> years = args.value("years").isPresent() ? years(args.value("years").get(), "--years") : List.of();
    if (years.size() + files.size() < 2) {
      throw new UsageException(files.isEmpty() ? "--years needs at least two years to compare, e.g. --years 2024,2026"
          : "needs at least two columns to compare: --years and --rubric together give " + (years.size()
          + files.size()));
    }
    Mode mode = args.enumValue("mode", Mode.class).orElse(Mode.CLAIMED);
    Format format = args.enumValue("format", Format.class).orElse(Format.TABLE);
    List<Scorer> scorers = new ArrayList<>();
    List<String> labels = new ArrayList<>();
    for (int y : years) {
      scorers.add(Rubrics.scorer(y));
      labels.add(String.valueOf(y));
    }
    for (String f : files) {
      Rubric own = RubricChoice.load(f, io);
      int at = scorers.stream().map(s -> s.rubric().year()).toList().indexOf(own.year());
      if (at >= 0) {
        throw new UsageException("--rubric " + f + " is a rubric of " + own.year() + ", and column " + labels.get(at)
            + " is of that year too; the comparison keys its columns by year, so compare each year once (score "
            + "under each with 'iga score --rubric' and 'iga score --year')");
      }
      scorers.add(Rubrics.scorer(own, f));
      labels.add(own.year() + " (" + f + ")");
    }
    YearComparison comparison = YearComparison.ofScorers(scorers);
    Map<Integer, String> label = new LinkedHashMap<>();
    for (int i = 0; i < scorers.size(); i++) {
      label.put(scorers.get(i).rubric().year(), labels.get(i));
    }
    boolean single = Args.oneDocument(List.of(file));
    CsvWriter<Comparison> csv = format == Format.CSV ? ComparisonCsv.writer(io.out()) : null;
    DatasetComparison.Builder dataset = DatasetComparison.builder(comparison.years());
    List<String> notScored = new ArrayList<>();
    io.each(file, located -> {
      Comparison c;
      try {
        c = comparison.compare(located.submission(), mode);
      } catch (IgaException e) {
        throw located.locate(e);
      }
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
            io.out().print(one(c, label));
          } else {
            dataset.add(c);
            for (YearScore y : c.years()) {
              if (!y.problems().isEmpty()) {
                notScored.add(c.region().code() + " " + c.region().name() + ", " + label.get(y.year()) + ": "
                    + (y.problems().size() == 1 ? y.problems().get(0) : y.problems().size() + " answers, the first: "
                    + y.problems().get(0)));
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
      io.out().print(many(dataset.build(), notScored, file, mode, label));
    }
    return Main.OK;
  }

  /**
   * @param text {@code 2024,2025,2026}
   * @param option the option's name, for messages
   * @return the years, in order
   */
  static List<Integer> years(String text, String option) throws UsageException {
    Set<Integer> out = new LinkedHashSet<>();
    for (String part : text.split(",", -1)) {
      int y = Args.served(Args.parseInt(part.strip(), option, "a comma-separated list of years such as 2024,2026"),
          option);
      if (!out.add(y)) {
        throw new UsageException(option + " lists " + y + " twice");
      }
    }
    return List.copyOf(out);
  }

  /**
   * The report for one submission.
   *
   * @param label each compared year's column label: the year, or {@code 2025 (my-rubric.json)} for a document
   */
  static String one(Comparison c, Map<Integer, String> label) {
    StringBuilder b = new StringBuilder();
    b.append(c.region().name()).append(" (").append(c.region().code()).append("), ").append(c.mode())
        .append(" answers, under rubric years ").append(String.join(", ", c.yearNumbers().stream()
            .map(label::get).toList())).append("\n\n");
    Table years = new Table("YEAR", ">IID", "PREDIKAT", ">SPD", ">MATURITY MEAN", ">COUNT SCORE", ">DIVISOR", "NOTE");
    for (int i = 0; i < c.years().size(); i++) {
      YearScore y = c.years().get(i);
      ScoreResult r = y.result();
      if (r != null) {
        years.row(label.get(y.year()), r.iid().value().toPlainString(), r.predikat().name(),
            r.spd().value().toPlainString(),
            r.maturityMean().value().toPlainString(), r.countScore().value().toPlainString(), r.divisor(),
            ResultText.restsOn(r));
      } else {
        years.row(label.get(y.year()), "-", "not scored", "-", "-", "-", "-", "not in this year's vocabulary ("
            + y.problems().size() + " answer" + (y.problems().size() == 1 ? "" : "s") + ", listed below)");
      }
    }
    b.append(years);
    List<RowComparison> differences = c.differences();
    b.append('\n');
    if (differences.isEmpty()) {
      b.append("No answer earns a different level in another year.\n");
    } else {
      b.append("Answers whose level differs between the years (level, and the predicate that decided it):\n");
      List<String> header = new ArrayList<>(List.of("INNOVATION", "INDICATOR", "GIVEN"));
      c.yearNumbers().forEach(y -> header.add(label.get(y)));
      Table t = new Table(header.toArray(String[]::new));
      for (RowComparison row : differences) {
        List<Object> cells = new ArrayList<>(List.of(row.innovation() == null ? "(region)" : row.innovation(),
            row.indicator(), row.carried() ? row.given() + " (carried)" : row.given()));
        for (Cell cell : row.cells()) {
          cells.add(cell.text());
        }
        t.row(cells.toArray());
      }
      b.append(t);
    }
    List<RowComparison> carried = c.carried();
    b.append('\n');
    if (carried.isEmpty()) {
      b.append("Carried: none; every answer was given as a fact and decided by each year's predicates.\n");
    } else {
      b.append("Carried: ").append(carried.size()).append(" answer").append(carried.size() == 1 ? "" : "s")
          .append(" given only as levels keep their level in every year (no year's predicates decided them):\n");
      Map<String, List<String>> byOwner = new LinkedHashMap<>();
      for (RowComparison row : carried) {
        byOwner.computeIfAbsent(row.innovation() == null ? "region (spd)" : "innovation " + row.innovation(),
            k -> new ArrayList<>()).add(row.indicator());
      }
      byOwner.forEach((owner, codes) -> b.append("  ").append(owner).append(": ").append(String.join(", ", codes))
          .append('\n'));
    }
    for (YearScore y : c.years()) {
      if (!y.problems().isEmpty()) {
        b.append("\nNot scored under ").append(label.get(y.year())).append(": not in this year's vocabulary\n");
        y.problems().forEach(p -> b.append("  ").append(p).append('\n'));
      }
    }
    return b.toString();
  }

  /** The summary of a dataset; {@code label} as {@link #one} takes it. */
  static String many(DatasetComparison d, List<String> notScored, String file, Mode mode,
      Map<Integer, String> label) {
    StringBuilder b = new StringBuilder();
    List<Integer> years = d.years();
    b.append("Predikat per year: ").append(d.regions().size()).append(" region")
        .append(d.regions().size() == 1 ? "" : "s").append(" in ").append(file).append(", ").append(mode)
        .append(" answers\n");
    List<String> header = new ArrayList<>(List.of("PREDIKAT"));
    years.forEach(y -> header.add(">" + label.get(y)));
    Table counts = new Table(header.toArray(String[]::new));
    for (Predikat p : Predikat.values()) {
      List<Object> row = new ArrayList<>(List.of(p.name()));
      years.forEach(y -> row.add(d.counts(y).get(p)));
      counts.row(row.toArray());
    }
    List<Object> unscored = new ArrayList<>(List.of("not scored"));
    years.forEach(y -> unscored.add(d.notScored(y)));
    counts.row(unscored.toArray());
    b.append(counts);
    List<DatasetComparison.RegionYears> changes = d.changes();
    b.append('\n');
    if (changes.isEmpty()) {
      b.append("No region changes predikat between the years.\n");
    } else {
      b.append("Regions whose predikat changes (").append(changes.size()).append("):\n");
      List<String> h = new ArrayList<>(List.of("CODE", "REGION"));
      years.forEach(y -> h.add(label.get(y)));
      Table t = new Table(h.toArray(String[]::new));
      for (DatasetComparison.RegionYears r : changes) {
        List<Object> row = new ArrayList<>(List.of(r.region().code(), r.region().name()));
        years.forEach(y -> row.add(r.in(y).map(Predikat::name).orElse("not scored")));
        t.row(row.toArray());
      }
      b.append(t);
    }
    if (!notScored.isEmpty()) {
      b.append("\nNot scored (not in that year's vocabulary):\n");
      notScored.forEach(line -> b.append("  ").append(line).append('\n'));
    }
    return b.toString();
  }
}

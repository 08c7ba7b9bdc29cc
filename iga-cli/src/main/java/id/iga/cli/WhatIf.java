package id.iga.cli;

import id.iga.IgaException;
import id.iga.Message;
import id.iga.bulk.BulkScorer;
import id.iga.years.Rubrics;
import id.iga.compare.Difference;
import id.iga.compare.Sensitivity;
import id.iga.compare.Sweep;
import id.iga.csv.CsvWriter;
import id.iga.csv.DifferenceCsv;
import id.iga.json.RejectedJson;
import id.iga.json.ResultJson;
import id.iga.rubric.Overrides;
import id.iga.rubric.ParameterOverride;
import id.iga.rubric.Rubric;
import id.iga.score.Mode;
import id.iga.score.ScoreResult;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import picocli.CommandLine;

import javax.annotation.Nullable;

/**
 * {@code iga score --set NAME=VALUE} and {@code --sweep NAME=V1,V2,...}: each submission scored under the published
 * rubric and under the rubric the settings derive from it, with the difference.
 */
final class WhatIf {
  private final CommandLine commandLine;
  private final Io io;
  private final Format format;
  private final boolean breakdown;
  private final List<Overrides.Setting> settings;
  private final @Nullable String sweep;
  private final Map<Integer, Sensitivity> sensitivities = new HashMap<>();
  private final Map<Integer, Sweep> sweeps = new HashMap<>();
  private final List<Row> rows = new ArrayList<>();
  private @Nullable ResultJson.LineWriter lines;
  private final @Nullable CsvWriter<Difference> differences;
  private final @Nullable CsvWriter<Sweep.Row> swept;
  private final boolean single;
  private final Rejections rejections;

  /** One difference, and the row of the sweep it belongs to, if any. */
  private record Row(Difference difference, @Nullable Sweep.Row of) {}

  private WhatIf(CommandLine commandLine, Io io, Format format, boolean breakdown, List<Overrides.Setting> settings,
      @Nullable String sweep, boolean single, Rejections rejections) {
    this.commandLine = commandLine;
    this.io = io;
    this.format = format;
    this.breakdown = breakdown;
    this.settings = settings;
    this.sweep = sweep;
    this.single = single;
    this.rejections = rejections;
    boolean csv = format == Format.CSV;
    this.differences = csv && sweep == null ? DifferenceCsv.writer(io.out()) : null;
    this.swept = csv && sweep != null ? DifferenceCsv.sweepWriter(io.out()) : null;
    if (format == Format.JSON && !single) {
      rejections.inBand((problem, stops) -> io.out().print(RejectedJson.toJsonLine(problem, stops)));
    }
  }

  /**
   * Runs {@code iga score} with {@code --set} or {@code --sweep}.
   *
   * @param commandLine the command, whose usage error a setting the rubric cannot take is
   * @param io where to read and write
   * @param files the files to score
   * @param year the rubric year, or null for the year each submission names
   * @param settings the settings of {@code --set}
   * @param sweep the setting of {@code --sweep}, or null
   * @param mode which answers count
   * @param format the output format
   * @param breakdown whether JSON output holds every indicator row
   * @param then whether to go on after a submission not scored
   * @return the exit code
   */
  static int run(CommandLine commandLine, Io io, List<Path> files, @Nullable Integer year,
      List<Overrides.Setting> settings, @Nullable String sweep, Mode mode, Format format, boolean breakdown,
      BulkScorer.OnRejection then) {
    boolean single = Values.oneDocument(files) && sweep == null;
    Rejections rejections = new Rejections(io, "score", then);
    WhatIf w = new WhatIf(commandLine, io, format, breakdown, settings, sweep, single, rejections);
    if (year != null) {
      w.prepare(year);
    }
    for (Path f : files) {
      w.score(f, year, mode);
    }
    w.finish();
    return rejections.finishWritten(Rejections.Verb.SCORED);
  }

  private void score(Path file, @Nullable Integer year, Mode mode) {
    rejections.each(file, located -> {
      int y = year != null ? year : located.submission().year();
      prepare(y);
      if (sweep == null) {
        return List.of(new Row(sensitivities.get(y).score(located.submission(), mode), null));
      }
      return sweeps.get(y).score(located.submission(), mode).stream().map(r -> new Row(r.difference(), r)).toList();
    }, (List<Row> scored) -> scored.forEach(this::add));
  }

  /** Derives the year's what-if rubrics once; a setting the year's rubric cannot take is a usage error. */
  private void prepare(int year) {
    if (sensitivities.containsKey(year)) {
      return;
    }
    Rubric published = Rubrics.forYear(year);
    try {
      sensitivities.put(year, Sensitivity.of(published, settings));
      if (sweep != null) {
        sweeps.put(year, Sweep.of(published, settings, sweep));
      }
    } catch (IgaException e) {
      throw new Usage(commandLine, Message.of("cli.usage.settingsForYear", sweep == null ? "--set" : "--set/--sweep",
          year, e));
    }
  }

  private void add(Row row) {
    ScoreResult derived = row.difference().derived();
    switch (format) {
      case JSON -> {
        if (single) {
          io.out().print(ResultJson.toJson(derived, breakdown));
        } else {
          if (lines == null) {
            lines = ResultJson.lines(io.out(), breakdown);
          }
          lines.write(derived);
        }
      }
      case CSV -> {
        if (row.of() != null) {
          swept.write(row.of());
        } else {
          differences.write(row.difference());
        }
      }
      case TABLE -> rows.add(row);
    }
  }

  private void finish() {
    if (lines != null) {
      lines.close();
    }
    if (differences != null) {
      differences.close();
    }
    if (swept != null) {
      swept.close();
    }
    if (format != Format.TABLE) {
      return;
    }
    Language t = io.language();
    if (rows.isEmpty()) {
      if (!rejections.any()) {
        io.out().println(t.text("cli.output.noSubmissions"));
      }
      rejections.partialNote(Rejections.Verb.SCORED);
      return;
    }
    StringBuilder b = new StringBuilder();
    for (Map.Entry<Integer, Sensitivity> e : new java.util.TreeMap<>(sensitivities).entrySet()) {
      List<ParameterOverride> changed = e.getValue().derived().overrides();
      List<String> parts = new ArrayList<>();
      if (!changed.isEmpty()) {
        parts.add(changed.stream().map(o -> o.name() + " " + o.published() + " -> " + o.value())
            .collect(Collectors.joining(", ")));
      } else if (sweep == null) {
        parts.add(t.text("cli.whatIf.noChange"));
      }
      if (sweep != null) {
        Sweep s = sweeps.get(e.getKey());
        parts.add(t.text("cli.whatIf.swept", s.parameter(), String.join(", ", s.values()),
            Overrides.valueIn(e.getValue().published(), s.parameter())));
      }
      b.append(t.text("cli.whatIf.heading", e.getKey(), String.join("; ", parts))).append('\n');
    }
    List<String> header = new ArrayList<>(List.of(t.text("cli.column.code"), t.text("cli.column.region"),
        ">" + t.text("cli.column.year")));
    if (sweep != null) {
      header.add(">" + sweeps.values().iterator().next().parameter());
    }
    header.addAll(List.of(">" + t.text("cli.column.official"), t.text("cli.column.predikat"),
        ">" + t.text("cli.column.whatIf"), t.text("cli.column.predikat"), ">" + t.text("cli.column.change")));
    Table table = new Table(header.toArray(String[]::new));
    for (Row row : rows) {
      Difference d = row.difference();
      ScoreResult r = d.derived();
      List<Object> cells = new ArrayList<>(List.of(r.region().code(), r.region().name(), r.year()));
      if (sweep != null) {
        cells.add(row.of().value());
      }
      cells.addAll(List.of(t.number(d.published().iid().value()), d.published().predikat().name(),
          t.number(r.iid().value()), r.predikat().name(), d.iidChangeText(t.locale())));
      table.row(cells.toArray());
    }
    b.append(table);
    io.out().print(b);
    rejections.partialNote(Rejections.Verb.SCORED);
  }
}

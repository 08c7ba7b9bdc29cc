package id.iga.cli;

import id.iga.IgaException;
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
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import javax.annotation.Nullable;

/**
 * {@code iga score --set NAME=VALUE} and {@code --sweep NAME=V1,V2,...}: each submission scored under the published
 * rubric and under the rubric the settings derive from it, with the difference.
 */
final class WhatIf {
  private final Io io;
  private final ScoreCommand.Format format;
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

  private WhatIf(Io io, ScoreCommand.Format format, boolean breakdown, List<Overrides.Setting> settings,
      @Nullable String sweep, boolean single, Rejections rejections) {
    this.io = io;
    this.format = format;
    this.breakdown = breakdown;
    this.settings = settings;
    this.sweep = sweep;
    this.single = single;
    this.rejections = rejections;
    boolean csv = format == ScoreCommand.Format.CSV;
    this.differences = csv && sweep == null ? DifferenceCsv.writer(io.out()) : null;
    this.swept = csv && sweep != null ? DifferenceCsv.sweepWriter(io.out()) : null;
    if (format == ScoreCommand.Format.JSON && !single) {
      rejections.inBand((problem, stops) -> io.out().print(RejectedJson.toJsonLine(problem, stops)));
    }
  }

  /**
   * Runs {@code iga score} with {@code --set} or {@code --sweep}.
   *
   * @param args the parsed arguments
   * @param io where to read and write
   * @param files the files to score
   * @param year the rubric year, or null for the year each submission names
   * @param mode which answers count
   * @param format the output format
   * @param breakdown whether JSON output holds every indicator row
   * @return the exit code
   */
  static int run(Args args, Io io, List<String> files, @Nullable Integer year, Mode mode, ScoreCommand.Format format,
      boolean breakdown) throws UsageException, IOException {
    List<Overrides.Setting> settings = args.settings();
    String sweep = args.value("sweep").orElse(null);
    boolean single = Args.oneDocument(files) && sweep == null;
    Rejections rejections = new Rejections(io, "score", args);
    WhatIf w = new WhatIf(io, format, breakdown, settings, sweep, single, rejections);
    try {
      if (year != null) {
        w.prepare(year);
      }
      for (String f : files) {
        w.score(f, year, mode);
      }
    } catch (SettingError e) {
      throw new UsageException(e.getMessage());
    }
    w.finish();
    return rejections.finishWritten("scored", "results");
  }

  /** A setting the rubric cannot take, found while reading: reported as a usage error. */
  private static final class SettingError extends RuntimeException {
    private static final long serialVersionUID = 1L;

    SettingError(String message) {
      super(message);
    }
  }

  private void score(String file, @Nullable Integer year, Mode mode) {
    rejections.each(file, located -> {
      int y = year != null ? year : located.submission().year();
      prepare(y);
      if (sweep == null) {
        return List.of(new Row(sensitivities.get(y).score(located.submission(), mode), null));
      }
      return sweeps.get(y).score(located.submission(), mode).stream().map(r -> new Row(r.difference(), r)).toList();
    }, (List<Row> scored) -> scored.forEach(this::add));
  }

  /** Derives the year's what-if rubrics once; a setting the year's rubric cannot take is a {@link SettingError}. */
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
      throw new SettingError((sweep == null ? "--set" : "--set/--sweep") + " for rubric " + year + ": "
          + e.getMessage());
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
    if (format != ScoreCommand.Format.TABLE) {
      return;
    }
    if (rows.isEmpty()) {
      if (!rejections.any()) {
        io.out().println("no submissions");
      }
      rejections.partialNote("scored");
      return;
    }
    StringBuilder b = new StringBuilder();
    for (Map.Entry<Integer, Sensitivity> e : new java.util.TreeMap<>(sensitivities).entrySet()) {
      List<ParameterOverride> changed = e.getValue().derived().overrides();
      b.append("What-if for rubric ").append(e.getKey()).append(": ");
      if (!changed.isEmpty()) {
        b.append(changed.stream().map(o -> o.name() + " " + o.published() + " -> " + o.value())
            .collect(Collectors.joining(", ")));
      } else if (sweep == null) {
        b.append("no parameter set differs from the published rubric");
      }
      if (sweep != null) {
        Sweep s = sweeps.get(e.getKey());
        b.append(changed.isEmpty() ? "" : "; ").append(s.parameter()).append(" swept over ")
            .append(String.join(", ", s.values())).append(" (published ")
            .append(Overrides.valueIn(e.getValue().published(), s.parameter())).append(')');
      }
      b.append('\n');
    }
    List<String> header = new ArrayList<>(List.of("CODE", "REGION", ">YEAR"));
    if (sweep != null) {
      header.add(">" + sweeps.values().iterator().next().parameter());
    }
    header.addAll(List.of(">PUBLISHED", "PREDIKAT", ">WHAT-IF", "PREDIKAT", ">CHANGE"));
    Table t = new Table(header.toArray(String[]::new));
    for (Row row : rows) {
      Difference d = row.difference();
      ScoreResult r = d.derived();
      List<Object> cells = new ArrayList<>(List.of(r.region().code(), r.region().name(), r.year()));
      if (sweep != null) {
        cells.add(row.of().value());
      }
      cells.addAll(List.of(d.published().iid().value().toPlainString(), d.published().predikat().name(),
          r.iid().value().toPlainString(), r.predikat().name(), d.iidChangeText()));
      t.row(cells.toArray());
    }
    b.append(t);
    io.out().print(b);
    rejections.partialNote("scored");
  }
}

package id.iga.cli;

import id.iga.IgaException;
import id.iga.Message;
import id.iga.bulk.BulkScorer;
import id.iga.csv.CsvWriter;
import id.iga.csv.UncertaintyCsv;
import id.iga.json.UncertaintyJson;
import id.iga.rubric.Alternative;
import id.iga.rubric.Predikat;
import id.iga.rubric.Rubric;
import id.iga.score.Mode;
import id.iga.uncertainty.RegionUncertainty;
import id.iga.uncertainty.Uncertainty;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * {@code iga score --uncertainty}: each region's result over every combination of its rubric's alternatives, from the
 * library's {@link Uncertainty}; the regions of one rubric are ranked together. Reads every input first (a region's
 * IIDs are kept, not its submission), then writes one block per rubric.
 */
final class UncertaintyOutput {
  private UncertaintyOutput() {}

  /**
   * @param io where to read and write
   * @param files the inputs
   * @param choice the rubric to score under
   * @param mode which answers count
   * @param format the output format
   * @param jobs the number of worker threads
   * @param then whether to go on after a submission not scored
   * @return the exit code
   */
  static int run(Io io, List<Path> files, RubricChoice choice, Mode mode, Format format, int jobs,
      BulkScorer.OnRejection then) {
    Map<Rubric, Uncertainty> analyses = new java.util.concurrent.ConcurrentHashMap<>();
    Map<Rubric, Uncertainty.Collector> collectors = new LinkedHashMap<>();
    Rejections rejections = new Rejections(io, "score", then);
    BulkScorer bulk = BulkScorer.parallel(jobs, BulkScorer.DEFAULT_BATCH_SIZE);
    for (Path f : files) {
      // each region scored under every combination in parallel (an error placed in its input), collected in order
      rejections.each(f, (in, stop, outcomes) -> bulk.mapEach(in, located -> {
        Rubric rubric = choice.scorer(located.submission()).rubric();
        Uncertainty u = analyses.computeIfAbsent(rubric, r -> Uncertainty.of(r, r.alternatives()));
        try {
          return Map.entry(rubric, u.prepare(located.submission(), mode));
        } catch (IgaException e) {
          throw located.locate(e);
        }
      }, stop, outcomes::accept), (Map.Entry<Rubric, Uncertainty.Prepared> e) -> collectors.computeIfAbsent(
          e.getKey(), r -> analyses.get(r).collector(mode)).add(e.getValue()));
    }
    if (rejections.any()) {
      return rejections.refuse(Message.of("cli.uncertainty.refused"));
    }
    CsvWriter<RegionUncertainty> csv = format == Format.CSV ? UncertaintyCsv.writer(io.out()) : null;
    boolean first = true;
    for (Map.Entry<Rubric, Uncertainty.Collector> e : collectors.entrySet()) {
      Uncertainty u = analyses.get(e.getKey());
      List<RegionUncertainty> rows = e.getValue().finish();
      switch (format) {
        case CSV -> rows.forEach(csv::write);
        case JSON -> UncertaintyJson.write(u, rows, io.out());
        case TABLE -> {
          if (!first) {
            io.out().println();
          }
          table(io, u, rows);
        }
      }
      first = false;
    }
    if (csv != null) {
      csv.close();
    }
    return Main.OK;
  }

  private static void table(Io io, Uncertainty u, List<RegionUncertainty> rows) {
    Rubric r = u.rubric();
    Language t = io.language();
    io.out().println(t.text("cli.uncertainty.heading", r.year(), u.combinations(), u.alternatives().isEmpty()
        ? t.text("cli.uncertainty.noAlternative")
        : u.alternatives().stream().map(a -> alternative(a, r, t)).collect(Collectors.joining(", "))));
    boolean ranked = rows.size() > 1;
    List<String> header = new java.util.ArrayList<>(List.of(t.text("cli.column.code"), t.text("cli.column.region"),
        ">IID", ">" + t.text("cli.column.min"), ">" + t.text("cli.column.max"), t.text("cli.column.predikat"),
        t.text("cli.column.possible"), t.text("cli.column.decidedBy")));
    if (ranked) {
      header.add(t.text("cli.column.rank"));
    }
    Table table = new Table(header.toArray(String[]::new));
    long uncertain = 0;
    for (RegionUncertainty x : rows) {
      String possible = x.certain() ? t.text("cli.uncertainty.certain")
          : x.possible().stream().map(Predikat::name).reduce((a, b) -> t.text("cli.uncertainty.or", a, b)).orElse("");
      String decided = x.deciding().isEmpty() ? "-" : x.inCombination()
          ? t.text("cli.uncertainty.together", String.join(" + ", x.deciding()))
          : String.join(", ", x.deciding());
      uncertain += x.certain() ? 0 : 1;
      List<Object> cells = new java.util.ArrayList<>(List.of(x.region().code(), x.region().name(),
          t.number(x.published().iid().value()), t.number(x.min().value()), t.number(x.max().value()),
          x.published().predikat().name(), possible, decided));
      if (ranked) {
        RegionUncertainty.RankInterval k = x.rank();
        cells.add(t.text("cli.uncertainty.rank",
            k.best() == k.worst() ? String.valueOf(k.best()) : k.best() + "-" + k.worst(), k.of()));
      }
      table.row(cells.toArray());
    }
    io.out().print(table);
    io.out().println(t.text("cli.uncertainty.uncertain", uncertain, rows.size()));
  }

  private static String alternative(Alternative a, Rubric r, Language t) {
    List<String> values = a.valuesFrom(r);
    return a.name() + " (" + (values.size() > 4 ? t.text("cli.uncertainty.values", values.get(0), values.size())
        : String.join(", ", values)) + ")";
  }
}

package id.iga.cli;

import id.iga.IgaException;
import id.iga.bulk.BulkScorer;
import id.iga.bulk.HeapBudget;
import id.iga.csv.CsvWriter;
import id.iga.csv.UncertaintyCsv;
import id.iga.json.UncertaintyJson;
import id.iga.rubric.Alternative;
import id.iga.rubric.Predikat;
import id.iga.rubric.Rubric;
import id.iga.score.Mode;
import id.iga.uncertainty.RegionUncertainty;
import id.iga.uncertainty.Uncertainty;
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

  static int run(Io io, Args args, List<String> files, RubricChoice choice, Mode mode, ScoreCommand.Format format)
      throws UsageException {
    Map<Rubric, Uncertainty> analyses = new java.util.concurrent.ConcurrentHashMap<>();
    Map<Rubric, Uncertainty.Collector> collectors = new LinkedHashMap<>();
    Rejections rejections = new Rejections(io, "score", args);
    BulkScorer bulk = BulkScorer.parallel(DatasetScoring.jobs(args, HeapBudget.ofThisJvm(), io.err()),
        BulkScorer.DEFAULT_BATCH_SIZE);
    for (String f : files) {
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
      return rejections.refuse("the rank intervals of the others are not those of the input");
    }
    CsvWriter<RegionUncertainty> csv = format == ScoreCommand.Format.CSV ? UncertaintyCsv.writer(io.out()) : null;
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
    io.out().println("Uncertainty under rubric " + r.year() + ": " + u.combinations() + " combination(s) of "
        + (u.alternatives().isEmpty() ? "no alternative (every fact at its own value)"
            : u.alternatives().stream().map(a -> alternative(a, r)).collect(Collectors.joining(", "))));
    boolean ranked = rows.size() > 1;
    Table t = ranked
        ? new Table("CODE", "REGION", ">IID", ">MIN", ">MAX", "PREDIKAT", "POSSIBLE", "DECIDED BY", "RANK")
        : new Table("CODE", "REGION", ">IID", ">MIN", ">MAX", "PREDIKAT", "POSSIBLE", "DECIDED BY");
    long uncertain = 0;
    for (RegionUncertainty x : rows) {
      String possible = x.certain() ? "certain"
          : x.possible().stream().map(Predikat::name).collect(Collectors.joining(" or "));
      String decided = x.deciding().isEmpty() ? "-"
          : String.join(x.inCombination() ? " + " : ", ", x.deciding()) + (x.inCombination() ? " together" : "");
      uncertain += x.certain() ? 0 : 1;
      Object[] cells = {x.region().code(), x.region().name(), x.published().iid().value().toPlainString(),
          x.min().value().toPlainString(), x.max().value().toPlainString(), x.published().predikat().name(),
          possible, decided};
      if (ranked) {
        RegionUncertainty.RankInterval k = x.rank();
        Object[] withRank = java.util.Arrays.copyOf(cells, cells.length + 1);
        withRank[cells.length] = (k.best() == k.worst() ? String.valueOf(k.best()) : k.best() + "-" + k.worst())
            + " of " + k.of();
        t.row(withRank);
      } else {
        t.row(cells);
      }
    }
    io.out().print(t);
    io.out().println(uncertain + " of " + rows.size() + " region(s) have a predikat that depends on an assumption");
  }

  private static String alternative(Alternative a, Rubric r) {
    List<String> values = a.valuesFrom(r);
    return a.name() + " (" + (values.size() > 4 ? values.get(0) + ", ... " + values.size() + " values"
        : String.join(", ", values)) + ")";
  }
}

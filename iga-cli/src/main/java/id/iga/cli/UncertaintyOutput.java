package id.iga.cli;

import id.iga.csv.CsvWriter;
import id.iga.csv.UncertaintyCsv;
import id.iga.json.UncertaintyJson;
import id.iga.rubric.Alternative;
import id.iga.rubric.Predikat;
import id.iga.rubric.Rubric;
import id.iga.score.Mode;
import id.iga.score.Scorer;
import id.iga.submission.Submission;
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

  static int run(Io io, Args args, List<String> files, RubricChoice choice, Mode mode, ScoreCommand.Format format) {
    Map<Rubric, Uncertainty> analyses = new LinkedHashMap<>();
    Map<Rubric, Uncertainty.Collector> collectors = new LinkedHashMap<>();
    Rejections rejections = new Rejections(io, "score", args);
    for (String f : files) {
      // checked by scoring once (in parallel), so that a submission that does not fit is named with its place;
      // collected in input order
      rejections.each(f, located -> {
        Scorer scorer = choice.scorer(located.submission());
        located.score(scorer, mode);
        return Map.entry(scorer.rubric(), located.submission());
      }, (Map.Entry<Rubric, Submission> e) -> {
        Uncertainty u = analyses.computeIfAbsent(e.getKey(), r -> Uncertainty.of(r, r.alternatives()));
        collectors.computeIfAbsent(e.getKey(), r -> u.collector(mode)).add(e.getValue());
      });
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

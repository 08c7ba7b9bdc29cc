package id.iga.cli;

import id.iga.csv.CsvWriter;
import id.iga.csv.RankCsv;
import id.iga.json.RankJson;
import id.iga.rank.Cohort;
import id.iga.rank.RankScope;
import id.iga.rank.Ranked;
import id.iga.rank.Ranking;
import id.iga.score.Mode;
import id.iga.score.ScoreResult;
import id.iga.submission.RegionType;
import id.iga.submission.Regions;
import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** {@code iga rank}: rank the regions of a dataset by IID, nationally, within provinces, or within a cohort. */
final class RankCommand implements Command {
  enum Format { TABLE, JSON, CSV }

  @Override
  public String name() {
    return "rank";
  }

  @Override
  public String summary() {
    return "rank the regions of a dataset by IID, nationally, per province or in a cohort";
  }

  @Override
  public String help() {
    return """
        Usage: iga rank [--year Y | --rubric FILE.json] [--mode claimed|verified] [--scope national|province]
                        [--type kabupaten[,kota][,provinsi]] [--cohort FILE] [--format table|json|csv] DATASET

        Ranks the regions of a dataset (.jsonl, or - for standard input) by IID, the way regions quote their
        ranks: among the kabupaten nationally, among the kabupaten of their province, among kabupaten and kota, or
        among a peer group of your own. Ties are ranked on the reported two-decimal IID with standard competition
        ranking (1, 2, 2, 4). Each row shows the rank, of how many, the IID and the predikat.

        Options:
          --year Y            score under rubric year Y (default: the year each submission names; one year only)
        """ + RubricChoice.help(22) + """
          --mode M            claimed (every answer counts, default) or verified (only "verified": true)
          --scope S           national (default) or province: rank within each province
          --type T[,T...]     the region types ranked together (default: kabupaten)
          --cohort FILE       rank only among the regions this file lists: one Kemendagri code per line, '#'
                              comments; every code must be in the dataset and of a chosen type
          --format F          table (default); csv (header + one row per region); json (an object whose rows
                              carry code, rank, of, iid and predikat)

        Exit codes: 0 success, 1 invalid input (file, line and JSON pointer named), 2 usage error.

        Examples:
          iga rank --year 2024 examples/2024/dataset.jsonl
          iga rank --rubric my-rubric.json examples/2024/dataset.jsonl
          iga rank --scope province --type kabupaten,kota --format csv national.jsonl > ranks.csv
          iga rank --cohort peers.txt --format json national.jsonl
        """;
  }

  @Override
  public Map<String, Boolean> options() {
    return Map.of("year", true, "rubric", true, "mode", true, "scope", true, "type", true, "cohort", true,
        "format", true);
  }

  @Override
  public int run(Args args, Io io) throws UsageException, IOException {
    String file = args.dataset();
    RubricChoice rubric = RubricChoice.of(args, io);
    Mode mode = args.enumValue("mode", Mode.class).orElse(Mode.CLAIMED);
    RankScope scope = args.enumValue("scope", RankScope.class).orElse(RankScope.NATIONAL);
    Set<RegionType> types = types(args.value("type").orElse("kabupaten"));
    Format format = args.enumValue("format", Format.class).orElse(Format.TABLE);
    Cohort cohort = args.value("cohort").isPresent() ? Cohort.read(io.resolve(args.value("cohort").get())) : null;
    List<ScoreResult> results = new ArrayList<>();
    io.each(file, located -> results.add(located.score(rubric.scorer(located.submission()), mode)));
    Ranking ranking = Ranking.of(results, scope, types, cohort);
    switch (format) {
      case JSON -> io.out().print(RankJson.toJson(ranking));
      case CSV -> {
        try (CsvWriter<Ranked> csv = RankCsv.writer(io.out())) {
          ranking.rows().forEach(csv::write);
        }
      }
      case TABLE -> io.out().print(table(ranking, file, rubric.name(ranking.year())));
    }
    return Main.OK;
  }

  static Set<RegionType> types(String text) throws UsageException {
    Set<RegionType> out = EnumSet.noneOf(RegionType.class);
    for (String part : text.split(",", -1)) {
      String t = part.strip().toUpperCase(Locale.ROOT);
      RegionType found = null;
      for (RegionType r : RegionType.values()) {
        if (r.name().equals(t)) {
          found = r;
        }
      }
      if (found == null) {
        throw new UsageException("--type takes kabupaten, kota or provinsi, comma-separated; not '" + part + "'");
      }
      out.add(found);
    }
    return out;
  }

  private static String table(Ranking ranking, String file, String rubricName) {
    StringBuilder b = new StringBuilder();
    String types = String.join(" and ", ranking.types().stream()
        .map(t -> t.name().toLowerCase(Locale.ROOT)).toList());
    b.append("Ranks by IID, rubric ").append(rubricName).append(", ").append(ranking.mode())
        .append(" answers: ").append(types).append(ranking.scope() == RankScope.NATIONAL ? ", nationally"
            : ", within each province");
    ranking.cohort().ifPresent(c -> b.append(", among the ").append(c.size()).append(" regions of ")
        .append(c.source()));
    b.append(" (").append(file).append(")\n");
    Table t = new Table(">RANK", ">OF", "CODE", "REGION", "PROVINCE", ">IID", "PREDIKAT");
    for (Ranked r : ranking.rows()) {
      t.row(r.rank(), r.of(), r.code(), r.result().region().name(), Regions.provinceName(r.result().region()),
          r.result().iid().value().toPlainString(), r.result().predikat().name());
    }
    b.append(t);
    return b.toString();
  }
}

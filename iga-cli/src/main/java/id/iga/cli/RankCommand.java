package id.iga.cli;

import id.iga.Message;
import id.iga.csv.CsvWriter;
import id.iga.csv.RankCsv;
import id.iga.json.RankJson;
import id.iga.rank.Cohort;
import id.iga.rank.RankScope;
import id.iga.rank.Ranked;
import id.iga.rank.Ranking;
import id.iga.score.ScoreResult;
import id.iga.submission.RegionType;
import id.iga.submission.Regions;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import javax.annotation.Nullable;

/** {@code iga rank}: rank the regions of a dataset by IID, nationally, within provinces, or within a cohort. */
@picocli.CommandLine.Command(name = "rank", header = "cli.rank.summary",
    description = {"cli.rank.description", "cli.rank.invalid"},
    footer = {
        "iga rank --year 2024 examples/2024/dataset.jsonl",
        "iga rank --rubric my-rubric.json examples/2024/dataset.jsonl",
        "iga rank --scope province --type kabupaten,kota --format csv national.jsonl > ranks.csv",
        "iga rank --cohort peers.txt --format json national.jsonl"})
final class RankCommand implements Command {
  @Spec
  CommandSpec spec;

  @Mixin
  Options.Scoring scoring;

  @Option(names = "--scope", paramLabel = "S", completionCandidates = Values.Scopes.class,
      descriptionKey = "cli.rank.scope")
  RankScope scope = RankScope.NATIONAL;

  @Option(names = "--type", paramLabel = "T[,T...]", converter = Values.RegionTypes.Converter.class,
      completionCandidates = Values.Types.class, descriptionKey = "cli.rank.type")
  Values.RegionTypes types = new Values.RegionTypes(EnumSet.of(RegionType.KABUPATEN));

  @Option(names = "--cohort", paramLabel = "${bundle:cli.label.file}", converter = Values.File.class,
      descriptionKey = "cli.rank.cohort")
  @Nullable Path cohort;

  @Option(names = "--format", paramLabel = "F", descriptionKey = "cli.rank.format")
  Format format = Format.TABLE;

  @Mixin
  Options.Dataset dataset;

  @Mixin
  Options.Help help;

  @Override
  public int run(Io io) {
    RubricChoice choice = scoring.choice(spec.commandLine(), io);
    Cohort peers = cohort != null ? Cohort.read(io.resolve(cohort)) : null;
    List<ScoreResult> results = new ArrayList<>();
    Rejections rejections = new Rejections(io, spec.name(), scoring.then());
    rejections.each(dataset.file, located -> located.score(choice.scorer(located.submission()), scoring.mode()),
        results::add);
    if (rejections.any()) {
      return rejections.refuse(Message.of("cli.rank.refused"));
    }
    Ranking ranking = Ranking.of(results, scope, types.types(), peers);
    switch (format) {
      case JSON -> io.out().print(RankJson.toJson(ranking));
      case CSV -> {
        try (CsvWriter<Ranked> csv = RankCsv.writer(io.out())) {
          ranking.rows().forEach(csv::write);
        }
      }
      case TABLE -> io.out().print(table(ranking, dataset.file, choice.name(ranking.year(), io.language()), io.language()));
    }
    return Main.OK;
  }

  private static String table(Ranking ranking, Path file, String rubricName, Language t) {
    StringBuilder b = new StringBuilder();
    String types = ranking.types().stream().map(type -> type.name().toLowerCase(Locale.ROOT))
        .reduce((x, y) -> t.text("cli.rank.and", x, y)).orElse("");
    Message scope = ranking.scope() == RankScope.NATIONAL ? Message.of("cli.rank.nationally")
        : Message.of("cli.rank.withinProvinces");
    String cohort = ranking.cohort().map(c -> t.text("cli.rank.cohortOf", c.size(), c.source())).orElse("");
    b.append(t.text("cli.rank.heading", rubricName, ResultText.answers(ranking.mode()), types, scope, cohort,
        file.toString())).append('\n');
    Table table = new Table(">" + t.text("cli.column.rank"), ">" + t.text("cli.column.of"), t.text("cli.column.code"),
        t.text("cli.column.region"), t.text("cli.column.province"), ">IID", t.text("cli.column.predikat"));
    for (Ranked r : ranking.rows()) {
      table.row(r.rank(), r.of(), r.code(), r.result().region().name(), Regions.provinceName(r.result().region()),
          t.number(r.result().iid().value()), r.result().predikat().name());
    }
    b.append(table);
    return b.toString();
  }
}

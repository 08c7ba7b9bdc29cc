package id.iga.cli;

import id.iga.generate.NationalDataset;
import id.iga.years.Rubrics;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import javax.annotation.Nullable;

/** {@code iga generate}: a realistic national dataset, as JSON Lines on standard output. */
@picocli.CommandLine.Command(name = "generate", header = "cli.generate.summary",
    description = "cli.generate.description",
    footer = {
        "iga generate --year 2024 --regions kabupaten --seed 2024 > national.jsonl",
        "iga generate --year 2026 --regions all --seed 7 | iga score --format csv -"})
final class GenerateCommand implements Command {
  @Option(names = "--year", paramLabel = "Y", required = true, converter = Values.Year.class,
      completionCandidates = Values.Years.class, descriptionKey = "cli.generate.year")
  int year;

  @Option(names = "--regions", paramLabel = "R", completionCandidates = Values.Coverages.class,
      descriptionKey = "cli.generate.regions")
  NationalDataset.Coverage regions = NationalDataset.Coverage.ALL;

  @Option(names = "--seed", paramLabel = "S", converter = Values.Seed.class, descriptionKey = "cli.generate.seed")
  long seed = 1;

  @Option(names = "--innovations", paramLabel = "N", converter = Values.InnovationCount.class,
      descriptionKey = "cli.generate.innovations")
  @Nullable Integer innovations;

  @Mixin
  Options.Help help;

  @Override
  public int run(Io io) throws IOException {
    NationalDataset data = NationalDataset.of(Rubrics.forYear(year), regions, seed);
    if (innovations != null) {
      data = data.withInnovationsPerRegion(innovations);
    }
    OutputStream out = new BufferedOutputStream(io.out(), 1 << 16);
    data.writeJsonl(out);
    out.flush();
    return Main.OK;
  }
}

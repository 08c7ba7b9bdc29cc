package id.iga.cli;

import id.iga.years.Rubrics;
import id.iga.generate.NationalDataset;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Map;

/** {@code iga generate}: a realistic national dataset, as JSON Lines on standard output. */
final class GenerateCommand implements Command {
  @Override
  public String name() {
    return "generate";
  }

  @Override
  public String summary() {
    return "write a realistic national dataset (.jsonl) for a rubric year, the same for the same seed";
  }

  @Override
  public String help() {
    return """
        Usage: iga generate --year Y [--regions kabupaten|all] [--seed S] [--innovations N] > national.jsonl

        Writes a dataset of generated submissions, one region per line, for testing an integration, a
        dashboard or a benchmark on data shaped like a real assessment year: every autonomous region of the
        chosen kind with its real Kemendagri code and name, a heavy-tailed number of innovations (about 60
        per region, some below the divisor floor, a few near 220), answers stated as facts that the year's
        rubric maps to levels, spread so that the national mean IID lands near the published one (46.01 in
        2024, 49.43 in 2025) and some regions miss the basic-service gate. The same year, regions and seed
        always give the same bytes.

        Options:
          --year Y            the rubric year the submissions answer (required)
          --regions R         kabupaten: the 415 kabupaten; all: the 546 autonomous regions (default)
          --seed S            any whole number (default 1)
          --innovations N     every region sends exactly N innovations (a scale test), none stays silent

        Exit codes: 0 success, 1 invalid input (an unknown year), 2 usage error.

        Examples:
          iga generate --year 2024 --regions kabupaten --seed 2024 > national.jsonl
          iga generate --year 2026 --regions all --seed 7 | iga score --format csv -
        """;
  }

  @Override
  public Map<String, Boolean> options() {
    return Map.of("year", true, "regions", true, "seed", true, "innovations", true);
  }

  @Override
  public int run(Args args, Io io) throws UsageException, IOException {
    if (!args.positionals().isEmpty()) {
      throw new UsageException("takes no FILE (the dataset goes to standard output), got " + args.positionals());
    }
    int year = Args.served(args.intValue("year", "a year such as 2024"), "--year");
    NationalDataset.Coverage coverage = args.enumValue("regions", NationalDataset.Coverage.class)
        .orElse(NationalDataset.Coverage.ALL);
    long seed = 1;
    if (args.value("seed").isPresent()) {
      String s = args.value("seed").get();
      try {
        seed = Long.parseLong(s);
      } catch (NumberFormatException e) {
        throw new UsageException("--seed must be a whole number, not '" + s + "'");
      }
    }
    NationalDataset data = NationalDataset.of(Rubrics.forYear(year), coverage, seed);
    if (args.value("innovations").isPresent()) {
      int n = args.intValue("innovations", "a number of innovations such as 250");
      if (n < 0) {
        throw new UsageException("--innovations must be 0 or more, not " + n);
      }
      data = data.withInnovationsPerRegion(n);
    }
    OutputStream out = new BufferedOutputStream(io.out(), 1 << 16);
    data.writeJsonl(out);
    out.flush();
    return Main.OK;
  }
}

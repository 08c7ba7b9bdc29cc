package id.iga.cli;

import id.iga.years.Rubrics;
import id.iga.generate.SubmissionGenerator;
import id.iga.json.SubmissionJson;
import id.iga.submission.Region;
import id.iga.submission.RegionType;
import id.iga.submission.Regions;
import id.iga.submission.Submission;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Runs {@code iga} in-process for the end-to-end tests of compare, rank, report and the what-if options. */
final class Iga {
  /** The repository root: Surefire runs in iga-cli, the examples sit beside it. */
  static final Path ROOT = Path.of("").toAbsolutePath().getParent();

  private Iga() {}

  record Run(int code, String out, String err) {}

  /**
   * The years the command line's own dependencies serve, as its messages list them ({@code 2023, 2024, 2025, 2026,
   * 2027} today): a test that names them by hand would break when a year module is added.
   */
  static String availableYears() {
    return Rubrics.available().stream().map(String::valueOf).collect(Collectors.joining(", "));
  }

  /** Runs in the repository root, so that {@code examples/...} resolves. */
  static Run iga(String... args) {
    return in(ROOT, args);
  }

  static Run in(Path cwd, String... args) {
    return in(cwd, Map.of(), args);
  }

  /**
   * Runs in the repository root with these environment variables: {@code LANG=id_ID.UTF-8} gives Indonesian.
   *
   * @param environment the environment the command sees
   * @param args the command line
   * @return what it wrote, and its exit code
   */
  static Run withEnvironment(Map<String, String> environment, String... args) {
    return in(ROOT, environment, args);
  }

  private static Run in(Path cwd, Map<String, String> environment, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = Main.run(args, new ByteArrayInputStream(new byte[0]), new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8), cwd, environment);
    return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  /** Runs and requires success, returning standard output. */
  static String ok(String... args) {
    Run r = iga(args);
    if (r.code() != 0) {
      throw new AssertionError("exit " + r.code() + ": " + r.err());
    }
    return r.out();
  }

  /**
   * A generated dataset: submissions drawn by {@link SubmissionGenerator} for the 2024 rubric (seeds 1..n), each
   * given a different real kabupaten or kota of the region list (every eighth), written as JSON Lines.
   *
   * @param file where to write it
   * @param n how many regions, at most 63
   * @return the submissions, in file order
   */
  static List<Submission> generated(Path file, int n) throws IOException {
    List<Region> districts = Regions.autonomous().stream()
        .filter(r -> r.type() != RegionType.PROVINSI).toList();
    List<Submission> out = new ArrayList<>();
    StringBuilder lines = new StringBuilder();
    for (int i = 0; i < n; i++) {
      Submission s = SubmissionGenerator.submission(Rubrics.forYear(2024), i + 1L);
      Submission placed = new Submission(2024, districts.get(i * 8), s.spd(), s.innovations());
      out.add(placed);
      lines.append(SubmissionJson.toJson(placed).replace("\n", "")).append('\n');
    }
    Files.writeString(file, lines.toString());
    return out;
  }
}

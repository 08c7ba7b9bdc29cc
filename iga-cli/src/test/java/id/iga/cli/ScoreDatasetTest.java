package id.iga.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code iga score} on datasets: several threads, input order, the first bad line, no progress off a terminal. */
class ScoreDatasetTest {
  @TempDir
  Path dir;

  record Run(int code, String out, String err) {}

  Run iga(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = Main.run(args, new ByteArrayInputStream(new byte[0]), new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8), dir);
    return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  /** The first n lines of the 2024 kabupaten dataset for seed 9, 12 innovations each, written to national.jsonl. */
  Path national(int n) throws IOException {
    Run data = iga("generate", "--year", "2024", "--regions", "kabupaten", "--seed", "9", "--innovations", "12");
    List<String> lines = Arrays.asList(data.out().split("\n")).subList(0, n);
    return Files.write(dir.resolve("national.jsonl"), lines);
  }

  @Test
  void everyThreadCountGivesTheSameRowsInInputOrder() throws IOException {
    national(60);
    Run one = iga("score", "--jobs", "1", "--format", "csv", "national.jsonl");
    assertEquals(0, one.code(), one.err());
    assertEquals(61, one.out().split("\n").length);
    for (String jobs : new String[] {"2", "3", "8"}) {
      Run many = iga("score", "--jobs", jobs, "--format", "csv", "national.jsonl");
      assertEquals(one, many, jobs + " jobs");
    }
  }

  @Test
  void quietChangesNothingOffATerminal() throws IOException {
    national(5);
    Run loud = iga("score", "--format", "csv", "national.jsonl");
    Run quiet = iga("score", "--quiet", "--format", "csv", "national.jsonl");
    assertEquals(loud, quiet);
    assertEquals("", quiet.err());
  }

  @Test
  void theFirstBadLineStopsTheRunAfterTheRowsBeforeIt() throws IOException {
    Path file = national(8);
    List<String> lines = Files.readAllLines(file);
    lines.set(3, lines.get(3).replaceFirst("\"spd\":\\{", "\"spd\":{\"99\":{\"level\":1},"));
    lines.set(6, lines.get(6).replaceFirst("\"spd\":\\{", "\"spd\":{\"98\":{\"level\":1},"));
    Files.write(file, lines);
    Run r = iga("score", "--jobs", "2", "--format", "csv", "national.jsonl");
    assertEquals(1, r.code());
    assertEquals(4, r.out().split("\n").length, r.out());
    // The place of the bad answer's object: after "spd":{"99": on line 4.
    int column = lines.get(3).indexOf("\"spd\":{\"99\":{") + "\"spd\":{\"99\":".length() + 1;
    assertEquals("iga score: " + file + ":4:" + column + " /spd/99: rubric 2024 has no "
        + "region indicator '99'; expected one of 1, 2a, 2b, 3, 4, 5a, 5b, 6, 7, 8, 9, 10a, 10b, 11a, 11b, 12, 13a, "
        + "13b, 14, 15\n", r.err());
  }

  @Test
  void aYearNoRubricServesIsNamedByItsLine() throws IOException {
    Path file = national(3);
    List<String> lines = Files.readAllLines(file);
    lines.set(1, lines.get(1).replaceFirst("\\{\"year\":2024", "{\"year\":2019"));
    Files.write(file, lines);
    Run r = iga("score", "--format", "csv", "national.jsonl");
    assertEquals(1, r.code());
    assertEquals("iga score: " + file + ":2:1 /year: no rubric for year 2019; available years: "
        + Iga.availableYears() + "\n", r.err());
  }

  @Test
  void aMissingDatasetIsInvalidInput() {
    Run r = iga("score", "missing.jsonl");
    assertEquals(1, r.code());
    assertEquals("iga score: " + dir.resolve("missing.jsonl") + ": no such file\n", r.err());
  }

  @Test
  void jobsMustBeOneOrMore() {
    Run r = iga("score", "--jobs", "0", "national.jsonl");
    assertEquals(2, r.code());
    assertEquals("iga score: --jobs must be 1 or more, not 0\nRun 'iga score --help' for help.\n", r.err());
  }
}

package id.iga.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code iga score} on datasets: several threads, input order, every bad line named and counted, {@code --fail-fast},
 * no progress off a terminal.
 */
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

  /** The message of the bad answer "99" that {@link #withBadLines} puts on a line. */
  String unknown99(Path file, int line, String text) {
    // The place of the bad answer's object: after "spd":{"99":.
    int column = text.indexOf("\"spd\":{\"99\":{") + "\"spd\":{\"99\":".length() + 1;
    return "iga score: " + file + ":" + line + ":" + column + " /spd/99: rubric 2024 has no region indicator '99'; "
        + "expected one of 1, 2a, 2b, 3, 4, 5a, 5b, 6, 7, 8, 9, 10a, 10b, 11a, 11b, 12, 13a, 13b, 14, 15\n";
  }

  /** national.jsonl of n lines, with an answer under region indicator 99 on the given lines (1-based). */
  List<String> withBadLines(int n, int... bad) throws IOException {
    Path file = national(n);
    List<String> lines = Files.readAllLines(file);
    for (int b : bad) {
      lines.set(b - 1, lines.get(b - 1).replaceFirst("\"spd\":\\{", "\"spd\":{\"99\":{\"level\":1},"));
    }
    Files.write(file, lines);
    return lines;
  }

  @Test
  void everyBadLineIsNamedAndEveryGoodLineScoredInInputOrder() throws IOException {
    List<String> good = Arrays.asList(iga("score", "--format", "csv", national(8).getFileName().toString()).out()
        .split("\n"));
    List<String> lines = withBadLines(8, 4, 7);
    Path file = dir.resolve("national.jsonl");
    for (String jobs : new String[] {"1", "2", "3"}) {
      Run r = iga("score", "--jobs", jobs, "--format", "csv", "national.jsonl");
      assertEquals(1, r.code());
      List<String> expected = new ArrayList<>(good);
      expected.remove(7);
      expected.remove(4);
      assertEquals(String.join("\n", expected) + "\n", r.out(), jobs + " jobs");
      assertEquals(unknown99(file, 4, lines.get(3)) + unknown99(file, 7, lines.get(6))
          + "iga score: 2 of 8 submissions were not scored; the output is partial: it holds the results of the other "
          + "6\n", r.err());
    }
  }

  @Test
  void failFastStopsAtTheFirstBadLineAfterTheRowsBeforeIt() throws IOException {
    List<String> lines = withBadLines(8, 4, 7);
    Run r = iga("score", "--jobs", "2", "--fail-fast", "--format", "csv", "national.jsonl");
    assertEquals(1, r.code());
    assertEquals(4, r.out().split("\n").length, r.out());
    assertEquals(unknown99(dir.resolve("national.jsonl"), 4, lines.get(3)) + "iga score: 1 of 4 submissions was "
        + "not scored, and --fail-fast stopped the run at the first, so nothing after it was scored; the output is "
        + "partial: it holds the results of the other 3\n", r.err());
  }

  @Test
  void jsonLinesMarkEachBadLineInItsPlace() throws IOException {
    List<String> lines = withBadLines(5, 2, 5);
    Run r = iga("score", "--format", "json", "national.jsonl");
    assertEquals(1, r.code());
    List<String> out = Arrays.asList(r.out().split("\n"));
    assertEquals(5, out.size());
    String file = dir.resolve("national.jsonl").toString();
    int column = lines.get(1).indexOf("\"spd\":{\"99\":{") + "\"spd\":{\"99\":".length() + 1;
    assertEquals("{\"rejected\":{\"source\":\"" + file + "\",\"line\":2,\"column\":" + column
        + ",\"pointer\":\"/spd/99\",\"problem\":\"rubric 2024 has no region indicator '99'; expected one of 1, 2a, "
        + "2b, 3, 4, 5a, 5b, 6, 7, 8, 9, 10a, 10b, 11a, 11b, 12, 13a, 13b, 14, 15\",\"stops\":false}}", out.get(1));
    assertTrue(out.get(4).startsWith("{\"rejected\":{\"source\":\"" + file + "\",\"line\":5,"), out.get(4));
    for (int i : new int[] {0, 2, 3}) {
      assertTrue(out.get(i).startsWith("{\"region\":"), out.get(i));
    }
  }

  @Test
  void failFastMarksTheJsonLineWhereItStopped() throws IOException {
    withBadLines(5, 2, 5);
    Run r = iga("score", "--fail-fast", "--format", "json", "national.jsonl");
    assertEquals(1, r.code());
    List<String> out = Arrays.asList(r.out().split("\n"));
    assertEquals(2, out.size());
    assertTrue(out.get(1).startsWith("{\"rejected\":{") && out.get(1).endsWith(",\"stops\":true}}"), out.get(1));
  }

  @Test
  void aTableOfManyRegionsEndsWithWhatWasNotScored() throws IOException {
    withBadLines(4, 3);
    Run r = iga("score", "national.jsonl");
    assertEquals(1, r.code());
    assertEquals("""
        CODE   REGION                   YEAR    IID  PREDIKAT           SPD     SID   N  NOTE
        11.01  Kabupaten Aceh Selatan   2024  62.79  SANGAT_INOVATIF  56.50  100.48  12  rests on 25 ASSUMED facts
        11.02  Kabupaten Aceh Tenggara  2024  56.86  INOVATIF         50.50   91.64  12  rests on 25 ASSUMED facts
        11.04  Kabupaten Aceh Tengah    2024  39.06  INOVATIF         33.50   64.14  12  rests on 25 ASSUMED facts

        Partial: 1 of 4 submissions was not scored; each is named on standard error.
        """, r.out());
  }

  @Test
  void bytesThatAreNotUtf8AreABadLineAndTheNextLinesAreScored() throws IOException {
    Path file = national(5);
    byte[] bytes = Files.readAllBytes(file);
    String text = new String(bytes, StandardCharsets.UTF_8);
    int third = text.indexOf('\n', text.indexOf('\n') + 1) + 1;
    bytes[third + 9] = (byte) 0xFF;
    Files.write(file, bytes);
    Run r = iga("score", "--format", "csv", "national.jsonl");
    assertEquals(1, r.code());
    assertEquals(5, r.out().split("\n").length, r.out());
    assertEquals("iga score: " + file + ":3:10 /year: the input is not valid UTF-8\n"
        + "iga score: 1 of 5 submissions was not scored; the output is partial: it holds the results of the other 4\n",
        r.err());
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
        + Iga.availableYears() + "\niga score: 1 of 3 submissions was not scored; the output is partial: it holds "
        + "the results of the other 2\n", r.err());
  }

  @Test
  void aMissingDatasetIsInvalidInput() {
    Run r = iga("score", "missing.jsonl");
    assertEquals(1, r.code());
    assertEquals("", r.out());
    assertEquals("iga score: " + dir.resolve("missing.jsonl") + ": no such file\n"
        + "iga score: 1 of 1 submission was not scored; no results were written\n", r.err());
  }

  @Test
  void aMissingFileAmongSeveralIsOneSubmissionNotScored() throws IOException {
    national(2);
    Run r = iga("score", "--format", "csv", "missing.json", "national.jsonl");
    assertEquals(1, r.code());
    assertEquals(3, r.out().split("\n").length, r.out());
    assertEquals("iga score: " + dir.resolve("missing.json") + ": no such file\n"
        + "iga score: 1 of 3 submissions was not scored; the output is partial: it holds the results of the other "
        + "2\n", r.err());
    Run fast = iga("score", "--fail-fast", "--format", "csv", "missing.json", "national.jsonl");
    assertEquals(1, fast.code());
    assertEquals(1, fast.out().split("\n").length, fast.out());
    assertEquals("iga score: " + dir.resolve("missing.json") + ": no such file\n"
        + "iga score: 1 of 1 submission was not scored, and --fail-fast stopped the run at the first, so nothing after "
        + "it was scored; no results were written\n", fast.err());
  }

  @Test
  void jobsMustBeOneOrMore() {
    Run r = iga("score", "--jobs", "0", "national.jsonl");
    assertEquals(2, r.code());
    assertEquals("iga score: --jobs must be 1 or more, not 0\nRun 'iga score --help' for help.\n", r.err());
  }
}

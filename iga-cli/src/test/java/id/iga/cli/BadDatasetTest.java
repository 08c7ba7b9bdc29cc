package id.iga.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every command that reads a dataset, given one with bad lines: each bad line named with its place, a count at the
 * end, exit 1; rank, report and compare's table (wholes) write nothing, the others write the good lines' output.
 * Lines 2 (Kota Bukittinggi) and 5 (Kabupaten Gowa) of the bundled dataset get a field no submission has.
 */
class BadDatasetTest {
  @TempDir
  Path dir;

  private static final String PROBLEM = "unknown field 'x'; expected one of year, region, spd, innovations";

  /** The bundled dataset with lines 2 and 5 bad, as bad.jsonl; returns the messages naming them. */
  private String badLines(String command) throws IOException {
    List<String> lines = Files.readAllLines(Iga.ROOT.resolve("examples/2024/dataset.jsonl"));
    StringBuilder messages = new StringBuilder();
    for (int n : new int[] {2, 5}) {
      String line = lines.get(n - 1).replaceFirst("\"spd\":", "\"x\":1,\"spd\":");
      lines.set(n - 1, line);
      int column = line.indexOf("\"x\":") + 1;
      messages.append("iga ").append(command).append(": ").append(dir.resolve("bad.jsonl")).append(':').append(n)
          .append(':').append(column).append(" /x: ").append(PROBLEM).append('\n');
    }
    Files.write(dir.resolve("bad.jsonl"), lines);
    return messages.toString();
  }

  /** Runs a command whose output is a whole over bad.jsonl: every bad line named, a count, nothing written. */
  private void assertRefused(String why, String... args) throws IOException {
    String named = badLines(args[0]);
    Iga.Run r = Iga.in(dir, args);
    assertEquals(1, r.code());
    assertEquals("", r.out());
    assertEquals(named + "iga " + args[0] + ": 2 of 8 submissions were not scored; nothing was written: " + why + "\n",
        r.err());
  }

  @Test
  void rankNamesEveryBadLineAndWritesNoRanking() throws IOException {
    assertRefused("a ranking of the others is not the ranking of the input", "rank", "bad.jsonl");
  }

  @Test
  void uncertaintyNamesEveryBadLineAndWritesNoRankIntervals() throws IOException {
    assertRefused("the rank intervals of the others are not those of the input", "score", "--uncertainty",
        "bad.jsonl");
  }

  @Test
  void rankWithFailFastStopsAtTheFirst() throws IOException {
    String named = badLines("rank");
    Iga.Run r = Iga.in(dir, "rank", "--fail-fast", "--format", "csv", "bad.jsonl");
    assertEquals(1, r.code());
    assertEquals("", r.out());
    assertEquals(named.substring(0, named.indexOf('\n') + 1) + "iga rank: 1 of 2 submissions was not scored, and "
        + "--fail-fast stopped the run at the first, so nothing after it was scored; nothing was written: a ranking "
        + "of the others is not the ranking of the input\n", r.err());
  }

  @Test
  void reportNamesEveryBadLineAndLeavesTheFileAsItWas() throws IOException {
    Files.writeString(dir.resolve("report.html"), "the previous report");
    assertRefused("a report of the others is not the report of the input", "report", "-o", "report.html",
        "bad.jsonl");
    assertEquals("the previous report", Files.readString(dir.resolve("report.html")));
  }

  @Test
  void compareTableOfADatasetIsAWholeAndIsNotWritten() throws IOException {
    assertRefused("the counts of the others are not the counts of the input", "compare", "--years", "2024,2026",
        "bad.jsonl");
  }

  /** Runs compare over bad.jsonl in a format of one part per submission: every bad line named, a count. */
  private String compared(String format) throws IOException {
    String named = badLines("compare");
    Iga.Run r = Iga.in(dir, "compare", "--years", "2024,2026", "--format", format, "bad.jsonl");
    assertEquals(1, r.code());
    assertEquals(named + "iga compare: 2 of 8 submissions were not compared; the output is partial: it holds the "
        + "comparisons of the other 6\n", r.err());
    return r.out();
  }

  @Test
  void compareAsJsonLinesWritesTheOthersAndMarksEachBadLine() throws IOException {
    List<String> out = Arrays.asList(compared("json").split("\n"));
    assertEquals(8, out.size());
    for (int i = 0; i < 8; i++) {
      assertEquals(i == 1 || i == 4, out.get(i).startsWith("{\"rejected\":{\"source\":\""), out.get(i));
    }
  }

  @Test
  void compareAsCsvWritesTheOthers() throws IOException {
    String out = compared("csv");
    // A header and one row per submission per year.
    assertEquals(1 + 6 * 2, out.split("\n").length, out);
    assertFalse(out.contains("13.75"), out);
  }

  @Test
  void planWritesThePlansOfTheOthersAndMarksTheTable() throws IOException {
    String named = badLines("plan");
    Iga.Run r = Iga.in(dir, "plan", "--year", "2024", "--target-predikat", "sangat_inovatif", "bad.jsonl");
    assertEquals(1, r.code());
    assertFalse(r.out().contains("Kota Bukittinggi"), r.out());
    assertTrue(r.out().contains("Kabupaten Wonosobo"), r.out());
    assertTrue(r.out().endsWith("\n\nPartial: 2 of 8 submissions were not planned; each is named on standard error.\n"),
        r.out());
    assertEquals(named + "iga plan: 2 of 8 submissions were not planned; the output is partial: it holds the plans "
        + "of the other 6\n", r.err());
  }

  @Test
  void planAsJsonLinesMarksEachBadLineInItsPlace() throws IOException {
    badLines("plan");
    Iga.Run r = Iga.in(dir, "plan", "--year", "2024", "--target-iid", "60.01", "--format", "json", "bad.jsonl");
    assertEquals(1, r.code());
    List<String> out = Arrays.asList(r.out().split("\n"));
    assertEquals(8, out.size());
    assertTrue(out.get(4).startsWith("{\"rejected\":{\"source\":\"" + dir.resolve("bad.jsonl") + "\",\"line\":5,"),
        out.get(4));
  }

  @Test
  void whatIfScoresTheOthersAndCountsTheBadLines() throws IOException {
    String named = badLines("score");
    Iga.Run r = Iga.in(dir, "score", "--year", "2024", "--set", "k=12", "--format", "csv", "bad.jsonl");
    assertEquals(1, r.code());
    assertEquals(7, r.out().split("\n").length, r.out());
    assertEquals(named + "iga score: 2 of 8 submissions were not scored; the output is partial: it holds the "
        + "results of the other 6\n", r.err());
  }

  @Test
  void aWholeDatasetChangesNothing() throws IOException {
    Files.copy(Iga.ROOT.resolve("examples/2024/dataset.jsonl"), dir.resolve("good.jsonl"));
    for (String[] args : List.of(new String[] {"rank", "good.jsonl"}, new String[] {"score", "good.jsonl"},
        new String[] {"compare", "--years", "2024,2026", "good.jsonl"})) {
      Iga.Run r = Iga.in(dir, args);
      assertEquals(0, r.code(), r.err());
      assertEquals("", r.err());
      assertFalse(r.out().contains("Partial"), r.out());
    }
  }
}

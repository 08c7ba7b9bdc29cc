package id.iga.cli;

import static id.iga.cli.Iga.iga;
import static id.iga.cli.Iga.ok;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.iga.years.Rubrics;
import id.iga.rubric.Predikat;
import id.iga.score.Mode;
import id.iga.score.ScoreResult;
import id.iga.score.Scorer;
import id.iga.submission.Submission;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** End to end: {@code iga report} writes one HTML file whose numbers are the library's. */
class ReportCommandTest {
  private static final Pattern KEYED = Pattern.compile("data-key=\"([^\"]+)\"[^>]*>([^<]*)<");

  @TempDir
  Path dir;

  static Map<String, String> keyed(String html) {
    Map<String, String> out = new LinkedHashMap<>();
    Matcher m = KEYED.matcher(html);
    while (m.find()) {
      out.put(m.group(1), m.group(2));
    }
    return out;
  }

  @Test
  void theBundledDatasetUnderThreeYears() throws IOException {
    Files.copy(Iga.ROOT.resolve("examples/2024/dataset.jsonl"), dir.resolve("dataset.jsonl"));
    Iga.Run r = Iga.in(dir, "report", "--years", "2025,2026", "-o", "report.html", "dataset.jsonl");
    assertEquals(0, r.code(), r.err());
    assertEquals("wrote report.html: 8 regions, rubric years 2024, 2025, 2026\n", r.out());
    Map<String, String> k = keyed(Files.readString(dir.resolve("report.html")));
    assertEquals("8", k.get("regions"));
    assertEquals("7", k.get("count/2024/INOVATIF"));
    assertEquals("1", k.get("count/2024/KURANG_INOVATIF"));
    assertEquals("2", k.get("count/2025/KURANG_INOVATIF"));
    assertEquals("3", k.get("count/2026/KURANG_INOVATIF"));
    // (53.53 + 37.79 + 50.55 + 49.96 + 46.68 + 55.22 + 41.81 + 21.30) / 8 = 44.605; 2026: 323.94 / 8 = 40.4925.
    assertEquals("44.61", k.get("mean/2024"));
    assertEquals("40.49", k.get("mean/2026"));
    assertEquals("61.71", k.get("top/2024/1/code"));
    assertEquals("55.22", k.get("top/2024/1/iid"));
    assertEquals("91.03", k.get("top/2024/8/code"));
    assertEquals("1", k.get("flow/2024/2025/INOVATIF/KURANG_INOVATIF"));
    assertEquals("1", k.get("flow/2025/2026/INOVATIF/KURANG_INOVATIF"));
    assertEquals("1", k.get("changed/2025/2026"));
    assertEquals("65.01", k.get("edge/2025/65.01"));
  }

  @Test
  void aGeneratedDatasetShowsTheScorersCountsAndMean() throws IOException {
    List<Submission> data = Iga.generated(dir.resolve("generated.jsonl"), 50);
    assertEquals("wrote out.html: 50 regions, rubric year 2024\n",
        Iga.in(dir, "report", "-o", "out.html", "generated.jsonl").out());
    Map<String, String> k = keyed(Files.readString(dir.resolve("out.html")));
    Scorer scorer = Scorer.of(Rubrics.forYear(2024));
    List<ScoreResult> results = data.stream().map(s -> scorer.score(s, Mode.CLAIMED)).toList();
    for (Predikat p : Predikat.values()) {
      assertEquals(String.valueOf(results.stream().filter(x -> x.predikat() == p).count()),
          k.get("count/2024/" + p.name()), p.name());
    }
    BigDecimal sum = results.stream().map(r -> r.iid().value()).reduce(BigDecimal.ZERO, BigDecimal::add);
    assertEquals(sum.divide(BigDecimal.valueOf(50), 2, RoundingMode.HALF_UP).toPlainString(), k.get("mean/2024"));
  }

  @Test
  void theReportGoesToStandardOutputWithDash() {
    String html = ok("report", "--year", "2026", "-o", "-", "examples/2024/dataset.jsonl");
    assertTrue(html.startsWith("<!DOCTYPE html>\n"));
    assertFalse(html.contains("<script"));
    assertEquals("5", keyed(html).get("count/2026/INOVATIF"));
  }

  @Test
  void theOutputFileIsRequired() {
    Iga.Run r = iga("report", "examples/2024/dataset.jsonl");
    assertEquals(2, r.code());
    assertEquals("iga report: -o FILE.html is required (- for standard output)\nRun 'iga report --help' for help.\n",
        r.err());
  }

  @Test
  void helpHasAnExample() {
    String out = ok("report", "--help");
    assertTrue(out.startsWith("Usage: iga report [--year Y | --rubric FILE.json]"), out);
    assertTrue(out.contains("  iga report -o report.html examples/2024/dataset.jsonl\n"), out);
  }
}

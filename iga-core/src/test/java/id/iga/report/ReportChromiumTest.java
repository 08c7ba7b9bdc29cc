package id.iga.report;

import static id.iga.compare.CompareFixtures.y2024;
import static id.iga.compare.CompareFixtures.y2026;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import id.iga.Message;
import id.iga.generate.SubmissionGenerator;
import id.iga.rubric.Predikat;
import id.iga.rubric.Rubric;
import id.iga.score.Mode;
import id.iga.score.ScoreResult;
import id.iga.score.Scorer;
import id.iga.submission.Region;
import id.iga.submission.Regions;
import id.iga.submission.Submission;
import java.io.File;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The report renders in a real browser, headless Chromium, and the numbers in the rendered page are the library's, in
 * English and in Bahasa Indonesia. Without Chromium on the PATH the test is skipped with the reason; on CI
 * ({@code CI=true}) it fails instead, so that CI never silently skips it ({@code .ci/run} installs Debian's
 * {@code chromium}).
 */
class ReportChromiumTest {
  @TempDir
  Path dir;

  private static Optional<Path> chromium() {
    String path = System.getenv("PATH");
    if (path == null) {
      return Optional.empty();
    }
    for (String d : path.split(File.pathSeparator)) {
      for (String name : List.of("chromium", "chromium-browser")) {
        Path p = Path.of(d, name);
        if (Files.isExecutable(p)) {
          return Optional.of(p);
        }
      }
    }
    return Optional.empty();
  }

  private static Path requireChromium() {
    Optional<Path> c = chromium();
    if (c.isEmpty()) {
      if ("true".equals(System.getenv("CI"))) {
        fail("CI=true but chromium is not on the PATH; .ci/run installs Debian's chromium package before the tests");
      }
      Assumptions.assumeTrue(false, "chromium is not on the PATH: install Debian's chromium package to run the "
          + "browser test (on CI, with CI=true, this test fails instead of skipping)");
    }
    return c.get();
  }

  /**
   * Runs headless Chromium on a file and returns what it prints: the rendered DOM for {@code --dump-dom}. Its log,
   * with what the page wrote to the console ({@link #console()}), goes to {@code chromium.log}.
   */
  private String chromium(Path binary, String mode, Path page) throws IOException, InterruptedException {
    Path profile = Files.createDirectories(dir.resolve("profile"));
    Path log = dir.resolve("chromium.log");
    List<String> command = new ArrayList<>(List.of(binary.toString(), "--headless", "--no-sandbox", "--disable-gpu",
        "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--enable-logging=stderr", "--v=0", "--user-data-dir=" + profile, mode,
        page.toUri().toString()));
    Process p = new ProcessBuilder(command).redirectError(log.toFile()).start();
    byte[] out = p.getInputStream().readAllBytes();
    if (!p.waitFor(3, TimeUnit.MINUTES)) {
      p.destroyForcibly();
      fail("chromium did not finish within 3 minutes; its log: " + Files.readString(log));
    }
    assertEquals(0, p.exitValue(), () -> "chromium failed; its log: " + readQuietly(log));
    return new String(out, StandardCharsets.UTF_8);
  }

  /** @return the lines of the last run's log that report the page's console: script errors and messages */
  private List<String> console() throws IOException {
    return Files.readAllLines(dir.resolve("chromium.log")).stream().filter(l -> l.contains(":CONSOLE")).toList();
  }

  private static void assertPng(Path shot) throws IOException {
    byte[] png = Files.readAllBytes(shot);
    // A PNG file starts with the eight bytes 89 50 4E 47 0D 0A 1A 0A.
    assertTrue(png.length > 8, "an empty screenshot");
    assertEquals(List.of(0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A), List.of(png[0] & 0xFF, png[1] & 0xFF,
        png[2] & 0xFF, png[3] & 0xFF, png[4] & 0xFF, png[5] & 0xFF, png[6] & 0xFF, png[7] & 0xFF));
  }

  private static String readQuietly(Path log) {
    try {
      return Files.readString(log);
    } catch (IOException e) {
      return e.toString();
    }
  }

  /** Sixty generated submissions of real regions, valid under both fixture years. */
  private static List<Submission> dataset() {
    List<Region> regions = Regions.autonomous();
    List<Submission> out = new ArrayList<>();
    for (int i = 0; i < 60; i++) {
      Submission s = SubmissionGenerator.submission(y2024(), 1_000L + i);
      out.add(new Submission(s.year(), regions.get(7 * i), s.spd(), s.innovations()));
    }
    return out;
  }

  @Test
  void theRenderedPageShowsTheLibrarysNumbers() throws IOException, InterruptedException {
    Path binary = requireChromium();
    List<Submission> data = dataset();
    ReportData.Builder b = ReportData.builder(List.of(y2024(), y2026()), Mode.CLAIMED);
    data.forEach(b::add);
    ReportData report = b.build();
    Path page = Files.writeString(dir.resolve("report.html"), HtmlReport.render(report, "generated.jsonl"));

    Map<String, String> shown = HtmlReportTest.keyed(chromium(binary, "--dump-dom", page));

    assertEquals("60", shown.get("regions"));
    for (Rubric rubric : List.of(y2024(), y2026())) {
      int year = rubric.year();
      Scorer scorer = Scorer.of(rubric);
      List<ScoreResult> results = data.stream().map(s -> scorer.score(s, Mode.CLAIMED)).toList();
      for (Predikat p : Predikat.values()) {
        long n = results.stream().filter(r -> r.predikat() == p).count();
        assertEquals(String.valueOf(n), shown.get("count/" + year + "/" + p.name()), year + " " + p);
      }
      BigDecimal sum = results.stream().map(r -> r.iid().value()).reduce(BigDecimal.ZERO, BigDecimal::add);
      assertEquals(sum.divide(BigDecimal.valueOf(60), 2, RoundingMode.HALF_UP).toPlainString(),
          shown.get("mean/" + year));
      ReportData.Year y = report.years().stream().filter(x -> x.year() == year).findFirst().orElseThrow();
      for (int i = 0; i < y.histogram().size(); i++) {
        int n = y.histogram().get(i).regions();
        assertEquals(n == 0 ? "" : String.valueOf(n), shown.get("bin/" + year + "/" + i), "bin " + i);
      }
      ScoreResult best = results.stream().max((r, s) -> r.iid().compareTo(s.iid()) != 0 ? r.iid().compareTo(s.iid())
          : s.region().code().compareTo(r.region().code())).orElseThrow();
      assertEquals(best.region().code(), shown.get("top/" + year + "/1/code"));
      assertEquals(best.iid().value().toPlainString(), shown.get("top/" + year + "/1/iid"));
    }
    int moved = 0;
    for (Submission s : data) {
      if (Scorer.of(y2024()).score(s, Mode.CLAIMED).predikat() != Scorer.of(y2026()).score(s, Mode.CLAIMED)
          .predikat()) {
        moved++;
      }
    }
    assertEquals(String.valueOf(moved), shown.get("changed/2024/2026"));
  }

  @Test
  void thePageRendersToAScreenshot() throws IOException, InterruptedException {
    Path binary = requireChromium();
    ReportData.Builder b = ReportData.builder(List.of(y2024(), y2026()), Mode.CLAIMED);
    dataset().forEach(b::add);
    Path page = Files.writeString(dir.resolve("report.html"), HtmlReport.render(b.build(), "generated.jsonl"));
    Path shot = dir.resolve("report.png");
    chromium(binary, "--screenshot=" + shot, page);
    assertPng(shot);
  }

  @Test
  void aScriptErrorOfThePageReachesTheConsoleLog() throws IOException, InterruptedException {
    // What the Indonesian page's test relies on to see that the page runs no failing script.
    Path binary = requireChromium();
    Path page = Files.writeString(dir.resolve("broken.html"), "<!DOCTYPE html>\n<html lang=\"id\"><body><p>x</p>"
        + "<script>undefinedFunction();</script></body></html>\n");
    chromium(binary, "--dump-dom", page);
    List<String> console = console();
    assertEquals(1, console.size(), () -> String.join("\n", console));
    assertTrue(console.get(0).contains("Uncaught ReferenceError: undefinedFunction is not defined"), console.get(0));
  }

  @Test
  void theIndonesianPageRendersWithItsHeadingsHistogramsMarksAndTheLibrarysNumbers()
      throws IOException, InterruptedException {
    Path binary = requireChromium();
    List<Submission> data = dataset();
    Rubric uncertain = HtmlReportLanguageTest.uncertain2026();
    ReportData.Builder b = ReportData.builder(List.of(y2024(), uncertain), Mode.CLAIMED);
    data.forEach(b::add);
    ReportData report = b.build();
    Path page = Files.writeString(dir.resolve("laporan.html"), HtmlReport.render(report, "generated.jsonl",
        Message.INDONESIAN));

    String dom = chromium(binary, "--dump-dom", page);
    assertEquals(List.of(), console(), "the page wrote to the console");
    assertTrue(dom.contains("<html lang=\"id\">"), dom);
    for (String heading : List.of("<h2>Predikat per tahun</h2>", "<h2>2024: sebaran nilai IID</h2>",
        "<h2>2026: sebaran nilai IID</h2>", "<h2>Perpindahan predikat dari 2024 ke 2026</h2>",
        "<h2>Dasar angka-angka dalam laporan ini</h2>", "<h3>10 teratas</h3>", "<h3>10 terbawah</h3>")) {
      assertTrue(dom.contains(heading), heading);
    }
    // the histograms, their bins counted by the library, the band edges and the legend's decimals
    assertEquals(2, dom.split("<svg class=\"hist\"", -1).length - 1);
    Map<String, String> shown = HtmlReportTest.keyed(dom);
    for (ReportData.Year y : report.years()) {
      for (int i = 0; i < y.histogram().size(); i++) {
        int n = y.histogram().get(i).regions();
        assertEquals(n == 0 ? "" : String.valueOf(n), shown.get("bin/" + y.year() + "/" + i), "bin " + i);
      }
      for (BigDecimal edge : y.bandEdges()) {
        assertEquals(edge.toPlainString().replace('.', ','),
            shown.get("edge/" + y.year() + "/" + edge.toPlainString()));
      }
      assertEquals(y.meanIid().orElseThrow().toPlainString().replace('.', ','), shown.get("mean/" + y.year()));
      assertEquals(y.top().get(0).iid().toPlainString().replace('.', ','), shown.get("top/" + y.year() + "/1/iid"));
    }
    assertTrue(dom.contains("Sangat Inovatif 60,01\u2013100,00"), dom);
    assertTrue(dom.contains("Inovatif 40,01\u201365,00"), dom);
    // the predikat of each region and the marks of those whose predikat depends on the assumed edge
    long uncertainShown = report.years().get(1).entries().stream().filter(e -> !e.certain())
        .filter(e -> report.years().get(1).top().contains(e) || report.years().get(1).bottom().contains(e)).count();
    assertTrue(uncertainShown > 0, "the fixture shows no uncertain region");
    assertEquals(String.valueOf(report.years().get(1).uncertain()), shown.get("uncertain/2026"));
    assertEquals(uncertainShown, dom.split("<span class=\"unsure\" data-key=\"[a-z]+/2026/\\d+/unsure\" "
        + "title=\"predikat ini bergantung pada asumsi rubrik\">\\?</span>", -1).length - 1);
    assertEquals(0, dom.split("class=\"unsure\" data-key=\"[a-z]+/2024/", -1).length - 1);
    for (String label : List.of("Sangat Inovatif", "Inovatif", "Kurang Inovatif")) {
      assertTrue(dom.contains("</i>" + label + "</td>") || dom.contains("</i>" + label + " <span"), label);
    }

    Path shot = dir.resolve("laporan.png");
    chromium(binary, "--screenshot=" + shot, page);
    assertEquals(List.of(), console(), "the page wrote to the console");
    assertPng(shot);
  }
}

package id.iga.report;

import static id.iga.compare.CompareFixtures.y2024;
import static id.iga.compare.CompareFixtures.y2026;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

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
 * The report renders in a real browser, headless Chromium, and the numbers in the rendered page are the library's.
 * Without Chromium on the PATH the test is skipped with the reason; on CI ({@code CI=true}) it fails instead, so that
 * CI never silently skips it ({@code .ci/run} installs Debian's {@code chromium}).
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

  /** Runs headless Chromium on a file and returns what it prints: the rendered DOM for {@code --dump-dom}. */
  private String chromium(Path binary, String mode, Path page) throws IOException, InterruptedException {
    Path profile = Files.createDirectories(dir.resolve("profile"));
    Path log = dir.resolve("chromium.log");
    List<String> command = new ArrayList<>(List.of(binary.toString(), "--headless", "--no-sandbox", "--disable-gpu",
        "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--user-data-dir=" + profile, mode, page.toUri().toString()));
    Process p = new ProcessBuilder(command).redirectError(log.toFile()).start();
    byte[] out = p.getInputStream().readAllBytes();
    if (!p.waitFor(3, TimeUnit.MINUTES)) {
      p.destroyForcibly();
      fail("chromium did not finish within 3 minutes; its log: " + Files.readString(log));
    }
    assertEquals(0, p.exitValue(), () -> "chromium failed; its log: " + readQuietly(log));
    return new String(out, StandardCharsets.UTF_8);
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
    byte[] png = Files.readAllBytes(shot);
    // A PNG file starts with the eight bytes 89 50 4E 47 0D 0A 1A 0A.
    assertTrue(png.length > 8, "an empty screenshot");
    assertEquals(List.of(0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A), List.of(png[0] & 0xFF, png[1] & 0xFF,
        png[2] & 0xFF, png[3] & 0xFF, png[4] & 0xFF, png[5] & 0xFF, png[6] & 0xFF, png[7] & 0xFF));
  }
}

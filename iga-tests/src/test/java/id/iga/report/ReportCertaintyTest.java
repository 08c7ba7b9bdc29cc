package id.iga.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.iga.Message;
import id.iga.json.SubmissionSource;
import id.iga.score.Mode;
import id.iga.years.Rubrics;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The report marks each region whose predikat depends on an assumption, and counts them per year. */
class ReportCertaintyTest {
  private static final Path DATASET = Path.of("..", "examples", "2024", "dataset.jsonl");

  private static ReportData data() {
    ReportData.Builder b = ReportData.builder(2025, List.of(2026), Rubrics::forYear, Mode.CLAIMED);
    try (SubmissionSource in = SubmissionSource.open(DATASET)) {
      in.stream().forEach(l -> b.add(l.submission()));
    }
    return b.build();
  }

  @Test
  void under2025TwoRegionsPredikatDependOnAnAssumptionAndUnder2026None() {
    ReportData d = data();
    assertEquals(List.of(2025, 2026), d.years().stream().map(ReportData.Year::year).toList());
    ReportData.Year y2025 = d.years().get(0);
    assertEquals(2, y2025.uncertain());
    assertEquals(List.of("13.75", "52.03"), y2025.entries().stream().filter(e -> !e.certain())
        .map(e -> e.region().code()).sorted().toList());
    assertEquals(0, d.years().get(1).uncertain());
  }

  @Test
  void thePageCountsThemAndMarksEach() {
    String html = HtmlReport.render(data(), "dataset.jsonl");
    assertTrue(html.contains("<span data-key=\"uncertain/2025\">2</span> of 8 regions"), html);
    assertTrue(html.contains("<span data-key=\"uncertain/2026\">0</span> of 8 regions"), html);
    assertEquals(2, html.split("class=\"unsure\"", -1).length - 1);
  }

  @Test
  void theIndonesianPageCountsThemAndMarksEachInIndonesian() {
    String html = HtmlReport.render(data(), "dataset.jsonl", Message.INDONESIAN);
    assertTrue(html.contains("<span data-key=\"uncertain/2025\">2</span> dari 8 daerah memperoleh predikat yang "
        + "bergantung pada asumsi rubrik"), html);
    assertTrue(html.contains("<span data-key=\"uncertain/2026\">0</span> dari 8 daerah"), html);
    assertEquals(2, html.split("class=\"unsure\" data-key=\"top/2025/[67]/unsure\" title=\"predikat ini bergantung "
        + "pada asumsi rubrik\">\\?</span>", -1).length - 1);
    assertEquals(2, html.split("class=\"unsure\"", -1).length - 1);
    assertTrue(html.contains("<span class=\"code\" data-key=\"top/2025/6/code\">52.03</span> Kabupaten Lombok Timur"
        + "</td><td class=\"num\" data-key=\"top/2025/6/iid\">41,81</td>"), html);
    assertTrue(html.contains("<span class=\"code\" data-key=\"top/2025/7/code\">13.75</span> Kota Bukittinggi"
        + "</td><td class=\"num\" data-key=\"top/2025/7/iid\">37,79</td>"), html);
    assertTrue(html.contains("<div class=\"card-mean\"><span data-key=\"mean/2025\">44,61</span><small>rata-rata "
        + "IID</small></div>"), html);
  }
}

package id.iga.report;

import static id.iga.compare.CompareFixtures.withRegion;
import static id.iga.compare.CompareFixtures.y2024;
import static id.iga.compare.CompareFixtures.y2026;
import static id.iga.report.ReportDataTest.numbered;
import static id.iga.report.ReportDataTest.threeRegions;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.iga.rubric.Overrides;
import id.iga.rubric.Provenance;
import id.iga.rubric.Rubric;
import id.iga.rubric.Status;
import id.iga.score.Mode;
import id.iga.score.Scorer;
import id.iga.submission.Region;
import id.iga.submission.RegionType;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class HtmlReportTest {
  private static final Pattern KEYED = Pattern.compile("data-key=\"([^\"]+)\"[^>]*>([^<]*)<");

  /** @return every {@code data-key} of the page with the text of its element */
  static Map<String, String> keyed(String html) {
    Map<String, String> out = new LinkedHashMap<>();
    Matcher m = KEYED.matcher(html);
    while (m.find()) {
      out.put(m.group(1), m.group(2));
    }
    return out;
  }

  /** @return the 2026 fixture, announced but not in force: a PROJECTED rubric */
  static Rubric projected2026() {
    Rubric published = y2026();
    return Rubric.builder(published.year()).title(published.title())
        .provenance(Provenance.of(Status.PROJECTED, "announced for 2026")).indicators(published.indicators())
        .bands(published.bands()).parameters(published.parameters()).build();
  }

  /**
   * @param why why the rubric is not the shipped one
   * @return Kabupaten Wonosobo scored under the 2024 fixture as a rubric of the user's own
   */
  static ReportData underOwnRubric(String why) {
    return ReportData.scoredBy(null, List.of(), y -> Scorer.ofUserRubric(y2024(), why), Mode.CLAIMED)
        .add(withRegion(new Region("33.07", "Kabupaten Wonosobo", RegionType.KABUPATEN, "33"), "40", "PERDA"))
        .build();
  }

  @Test
  void thePageCarriesTheCountsMeansBinsAndRanksOfTheData() {
    Map<String, String> k = keyed(HtmlReport.render(threeRegions(Mode.CLAIMED, y2024(), y2026()), "tiga.jsonl"));
    assertEquals("3", k.get("regions"));
    assertEquals("3", k.get("count/2024/SANGAT_INOVATIF"));
    assertEquals("0", k.get("count/2024/INOVATIF"));
    assertEquals("1", k.get("count/2026/SANGAT_INOVATIF"));
    assertEquals("2", k.get("count/2026/INOVATIF"));
    assertEquals("72.00", k.get("mean/2024"));
    assertEquals("65.33", k.get("mean/2026"));
    assertEquals("0", k.get("notScored/2026"));
    // bins 0-0.01, 0.01-5, 5-10, ..., 55-60.01, 60.01-65, 65-70 (index 14), ..., 80-85 (17)
    assertEquals("2", k.get("bin/2024/14"));
    assertEquals("", k.get("bin/2024/13"));
    assertEquals("1", k.get("bin/2024/17"));
    assertEquals("65.01", k.get("edge/2026/65.01"));
    assertEquals("33.07", k.get("top/2026/1/code"));
    assertEquals("78.00", k.get("top/2026/1/iid"));
    assertEquals("3", k.get("top/2026/3/rank"));
    assertEquals("56.00", k.get("top/2026/3/iid"));
    assertEquals(null, k.get("bottom/2026/1/rank"));
    assertEquals("1", k.get("flow/2024/2026/SANGAT_INOVATIF/SANGAT_INOVATIF"));
    assertEquals("2", k.get("flow/2024/2026/SANGAT_INOVATIF/INOVATIF"));
    assertEquals("0", k.get("flow/2024/2026/INOVATIF/INOVATIF"));
    assertEquals("2", k.get("changed/2024/2026"));
  }

  @Test
  void moreThanTwentyRegionsShowTheTopTenAndTheBottomTen() {
    Map<String, String> k = keyed(HtmlReport.render(numbered(21, Mode.CLAIMED), "dua-puluh-satu.jsonl"));
    // 1..10 persons earn level 1 (maturity 4 + 18 = 22), 11..21 level 2 (26): the eleven with 11..21 persons lead.
    assertEquals("33.11", k.get("top/2024/1/code"));
    assertEquals("1", k.get("top/2024/10/rank"));
    assertEquals(null, k.get("top/2024/11/rank"));
    assertEquals("12", k.get("bottom/2024/1/rank"));
    assertEquals("33.10", k.get("bottom/2024/10/code"));
  }

  @Test
  void thePageIsSelfContainedWithoutScriptOrAnythingFetched() {
    String html = HtmlReport.render(threeRegions(Mode.CLAIMED, y2024(), y2026()), "tiga.jsonl");
    assertTrue(html.startsWith("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"), html);
    assertTrue(html.endsWith("</main>\n</body>\n</html>\n"));
    assertFalse(html.contains("<script"));
    assertFalse(html.contains("src="));
    assertFalse(html.contains("<link"));
    assertFalse(html.contains("url("));
    assertFalse(html.contains("@import"));
    assertEquals(2, html.split("<svg class=\"hist\"", -1).length - 1);
    assertEquals(1, html.split("<svg class=\"sankey\"", -1).length - 1);
  }

  @Test
  void textFromTheDataIsEscaped() {
    Region odd = new Region("33.07", "Kabupaten <b>\"Wonosobo\" & 'Dieng'</b>", RegionType.KABUPATEN, "33");
    ReportData d = ReportData.builder(List.of(y2024()), Mode.CLAIMED).add(withRegion(odd, "40", "PERDA")).build();
    String html = HtmlReport.render(d, "a<b>.jsonl");
    assertTrue(html.contains("Kabupaten &lt;b&gt;&quot;Wonosobo&quot; &amp; &#39;Dieng&#39;&lt;/b&gt;"), html);
    assertTrue(html.contains("<h1>a&lt;b&gt;.jsonl</h1>"));
    assertFalse(html.contains("<b>"));
  }

  @Test
  void renderingTheSameDataTwiceGivesTheSameBytes() {
    ReportData d = threeRegions(Mode.CLAIMED, y2024(), y2026());
    assertEquals(HtmlReport.render(d, "tiga.jsonl"), HtmlReport.render(d, "tiga.jsonl"));
  }

  @Test
  void aWhatIfRubricIsNamedWithItsOverrides() {
    ReportData d = threeRegions(Mode.CLAIMED, Overrides.apply(y2024(), List.of(Overrides.parse("k=4"))));
    assertTrue(HtmlReport.render(d, "tiga.jsonl").contains("<span class=\"warn\">What-if: divisorFloor 2 \u2192 4."
        + "</span>"));
  }

  @Test
  void aProjectedRubricIsSaidToBeAProjection() {
    Rubric published = y2026();
    String html = HtmlReport.render(threeRegions(Mode.CLAIMED, projected2026()), "tiga.jsonl");
    assertEquals("1", keyed(html).get("projected/2026"));
    assertTrue(html.contains("<span class=\"warn\">a projection, not yet in force: <span data-key=\"projected/2026\">"
        + "1</span> PROJECTED fact.</span>"));
    assertEquals(null, keyed(HtmlReport.render(threeRegions(Mode.CLAIMED, published), "tiga.jsonl"))
        .get("projected/2026"));
  }

  @Test
  void aSingleYearHasNoFlows() {
    String html = HtmlReport.render(threeRegions(Mode.CLAIMED, y2026()), "tiga.jsonl");
    assertFalse(html.contains("class=\"flows\""));
    assertEquals("1", keyed(html).get("count/2026/SANGAT_INOVATIF"));
  }

  @Test
  void escapingCoversTheFiveHtmlCharacters() {
    assertEquals("&lt;a href=&quot;x&quot;&gt;Tom&#39;s &amp; co&lt;/a&gt;", HtmlReport.esc("<a href=\"x\">Tom's & co</a>"));
  }

  @Test
  void aYearUnderAUserRubricSaysInItsNoteThatItIsNotTheShippedRubric() {
    ReportData d = underOwnRubric("scored under rubric 2024 from <mine>.json; no rubric module ships year 2024");
    assertTrue(HtmlReport.render(d, "mine.jsonl").contains("<strong>" + y2024().title() + "</strong>: <span "
        + "class=\"warn\">not the shipped rubric: scored under rubric 2024 from &lt;mine&gt;.json; no rubric module "
        + "ships year 2024.</span> "));
  }
}

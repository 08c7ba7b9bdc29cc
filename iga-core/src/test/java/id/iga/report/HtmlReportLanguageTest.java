package id.iga.report;

import static id.iga.compare.CompareFixtures.sragen;
import static id.iga.compare.CompareFixtures.withRegion;
import static id.iga.compare.CompareFixtures.y2024;
import static id.iga.compare.CompareFixtures.y2025;
import static id.iga.compare.CompareFixtures.y2026;
import static id.iga.report.HtmlReportTest.keyed;
import static id.iga.report.HtmlReportTest.projected2026;
import static id.iga.report.HtmlReportTest.underOwnRubric;
import static id.iga.report.ReportDataTest.WONOSOBO;
import static id.iga.report.ReportDataTest.numbered;
import static id.iga.report.ReportDataTest.threeRegions;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.iga.IgaException;
import id.iga.Location;
import id.iga.Message;
import id.iga.rubric.Alternative;
import id.iga.rubric.Band;
import id.iga.rubric.Overrides;
import id.iga.rubric.Predikat;
import id.iga.rubric.Provenance;
import id.iga.rubric.Rubric;
import id.iga.rubric.Status;
import id.iga.score.Mode;
import id.iga.submission.Submission;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The report in Bahasa Indonesia: its words, its decimals and its language attribute, while everything a machine reads
 * is the page of the English report.
 */
class HtmlReportLanguageTest {
  private static final Locale ID = Message.INDONESIAN;

  /** What the English page shows as words: none of it may be left on the Indonesian page. */
  private static final List<String> ENGLISH_WORDS = List.of("IID report", " regions", "claimed answers",
      "self-assessment", "rubric year", "Predikat per year", "mean IID", "Mean IID", "Not scored", " scored<",
      "predikat shares", "distribution of the IID", "histogram of the IID", "reported IID", "bins of",
      "cut at the band edges", ">regions<", " of 3 regions", "depends on an assumption", "marked ? below",
      "says which fact", "declares no alternatives", "All 3 regions", "ranked", ">Rank<", ">Region<",
      "Predikat from", "predikat flows", "change predikat", "What the numbers rest on", "no ASSUMED fact",
      "Computed exactly", "reference implementation", "reported at the rubric", "is read from the reported IID");

  private static String withoutStyle(String html) {
    return html.replaceFirst("(?s)<style>.*</style>", "<style></style>");
  }

  /**
   * The page with its words taken out: its language, the text between tags and the texts of {@code aria-label} and
   * {@code title} attributes. What is left (elements, ids, classes, data-* attributes, coordinates) is what a machine
   * reads.
   */
  static String skeleton(String html) {
    return withoutStyle(html).replaceFirst("<html lang=\"[a-z]+\">", "<html lang=\"\">").replaceAll(">[^<]*<", "><")
        .replaceAll("(aria-label|title)=\"[^\"]*\"", "$1=\"\"");
  }

  /** @return every {@code data-*} attribute of the page, in order, with its value */
  private static List<String> dataAttributes(String html) {
    List<String> out = new ArrayList<>();
    Matcher m = Pattern.compile("data-[a-z-]+=\"[^\"]*\"").matcher(html);
    while (m.find()) {
      out.add(m.group());
    }
    return out;
  }

  /**
   * The 2026 fixture with the lower edge of Inovatif ASSUMED, and 60.00 its alternative to 40.01: a region between
   * the two is Inovatif under one and Kurang Inovatif under the other.
   */
  static Rubric uncertain2026() {
    Rubric r = y2026();
    Provenance assumed = Provenance.of(Status.ASSUMED, "test fixture");
    List<Band> bands = r.bands().stream().map(b -> b.predikat() == Predikat.INOVATIF
        ? new Band(b.predikat(), b.lower(), b.upper(), assumed) : b).toList();
    return Rubric.builder(r.year()).title(r.title()).provenance(r.provenance()).indicators(r.indicators())
        .bands(bands).parameters(r.parameters())
        .alternatives(List.of(new Alternative("band.INOVATIF", List.of("40.01", "60.00"), "test fixture"))).build();
  }

  @Test
  void theIndonesianPageSaysItsLanguageAndTheEnglishPageItsOwn() {
    ReportData d = threeRegions(Mode.CLAIMED, y2024(), y2026());
    assertTrue(HtmlReport.render(d, "tiga.jsonl", ID).startsWith("<!DOCTYPE html>\n<html lang=\"id\">\n<head>\n"));
    assertTrue(HtmlReport.render(d, "tiga.jsonl", Locale.ENGLISH).startsWith("<!DOCTYPE html>\n<html lang=\"en\">\n"));
  }

  @Test
  void theIndonesianPageHasIndonesianHeadingsAndLabels() {
    String html = HtmlReport.render(threeRegions(Mode.CLAIMED, y2024(), y2026()), "tiga.jsonl", ID);
    for (String expected : List.of(
        "<title>Indeks Inovasi Daerah 2024 · 2026: tiga.jsonl</title>",
        "<p class=\"kicker\">Indeks Inovasi Daerah &middot; Laporan IID</p>",
        "<p class=\"sub\"><span data-key=\"regions\">3</span> daerah &middot; jawaban penilaian mandiri &middot; "
            + "rubrik tahun 2024 · 2026</p>",
        "<h2>Predikat per tahun</h2>",
        "<small>rata-rata IID</small>",
        "aria-label=\"komposisi predikat 2024\"",
        "<div class=\"card-foot\"><span data-key=\"scored/2024\">3</span> dinilai</div>",
        "<thead><tr><th>Predikat</th><th class=\"num\">2024</th><th class=\"num\">2026</th></tr></thead>",
        "<tr class=\"sum\"><td>Rata-rata IID</td>",
        "<tr><td>Tidak dinilai</td>",
        "<h2>2024: sebaran nilai IID</h2>",
        "aria-label=\"histogram nilai IID, 2024\"",
        "<title>IID 65&ndash;&lt;70: 2 daerah</title>",
        "<title>IID 95&ndash;100: 0 daerah</title>",
        ">IID yang dilaporkan (kelas selebar 5 poin, dipotong pada batas rentang nilai predikat)</text>",
        ">jumlah daerah</text>",
        "<p class=\"certainty\"><span data-key=\"uncertain/2024\">0</span> dari 3 daerah memperoleh predikat yang "
            + "bergantung pada asumsi rubrik: nilai lain yang wajar bagi fakta yang diasumsikan akan mengubah predikat "
            + "tersebut (bertanda ? di bawah; <code>iga score --uncertainty</code> menunjukkan faktanya). Rubrik ini "
            + "tidak menetapkan nilai alternatif.</p>",
        "<h3>Seluruh 3 daerah yang dinilai, menurut peringkat</h3>",
        "<thead><tr><th class=\"num\">Peringkat</th><th>Daerah</th><th class=\"num\">IID</th><th>Predikat</th></tr>"
            + "</thead>",
        "<h2>Perpindahan predikat dari 2024 ke 2026</h2>",
        "aria-label=\"perpindahan predikat dari 2024 ke 2026\"",
        "<title>Sangat Inovatif &rarr; Inovatif: 2 daerah</title>",
        "<summary><span data-key=\"changed/2024/2026\">2</span> daerah berganti predikat</summary>",
        "<thead><tr><th>Daerah</th><th>2024</th><th>2026</th></tr></thead>",
        "<h2>Dasar angka-angka dalam laporan ini</h2>",
        "<li><strong>Fixture 2024</strong>: tidak ada fakta berstatus ASSUMED.</li>",
        "<footer>Dihitung secara eksak oleh <code>iga</code>, implementasi rujukan Indeks Inovasi Daerah. Nilai IID "
            + "dilaporkan pada skala pembulatan rubrik; predikat dibaca dari nilai IID yang dilaporkan.</footer>")) {
      assertTrue(html.contains(expected), expected);
    }
  }

  @Test
  void noEnglishWordOfTheEnglishPageIsLeftOnTheIndonesianPage() {
    ReportData d = threeRegions(Mode.CLAIMED, y2024(), y2026());
    String english = withoutStyle(HtmlReport.render(d, "tiga.jsonl"));
    String indonesian = withoutStyle(HtmlReport.render(d, "tiga.jsonl", ID));
    for (String word : ENGLISH_WORDS) {
      assertTrue(english.contains(word), () -> "the English page lacks " + word);
      assertFalse(indonesian.contains(word), () -> "the Indonesian page still says " + word);
    }
  }

  @Test
  void decimalsPeopleReadHaveTheDecimalComma() {
    String html = HtmlReport.render(threeRegions(Mode.CLAIMED, y2024(), y2026()), "tiga.jsonl", ID);
    var k = keyed(html);
    assertEquals("72,00", k.get("mean/2024"));
    assertEquals("65,33", k.get("mean/2026"));
    assertEquals("78,00", k.get("top/2026/1/iid"));
    assertEquals("65,01", k.get("edge/2026/65.01"));
    assertTrue(html.contains("<tr class=\"sum\"><td>Rata-rata IID</td><td class=\"num\">72,00</td><td class=\"num\">"
        + "65,33</td></tr>"));
    assertTrue(html.contains("Sangat Inovatif 65,01&ndash;100,00</span>"));
    assertTrue(html.contains("<title>IID 55&ndash;&lt;60,01: 0 daerah</title>"));
    // whole numbers stay digits: years, ranks, counts, ticks
    assertEquals("3", k.get("top/2026/3/rank"));
    assertEquals("2", k.get("flow/2024/2026/SANGAT_INOVATIF/INOVATIF"));
  }

  @Test
  void whatAMachineReadsIsTheSameInBothLanguages() {
    ReportData d = threeRegions(Mode.CLAIMED, y2024(), y2025(), y2026());
    String english = HtmlReport.render(d, "tiga.jsonl");
    String indonesian = HtmlReport.render(d, "tiga.jsonl", ID);
    assertEquals(dataAttributes(english), dataAttributes(indonesian));
    // regions; per year mean, scored, 4 counts, notScored, 21 bins, 3 edges, uncertain; rank, code and iid of the 3
    // regions 2024 and 2026 scored (2025 scores none, so no region is in two consecutive years and no flow is keyed)
    assertEquals(1 + 3 * (1 + 1 + 4 + 1 + 21 + 3 + 1) + 2 * 3 * 3, dataAttributes(english).size());
    assertEquals(skeleton(english), skeleton(indonesian));
    assertFalse(english.equals(indonesian));
  }

  @Test
  void theEnglishPageIsTheSameForEveryLocaleButIndonesian() {
    ReportData d = threeRegions(Mode.CLAIMED, y2024(), y2026());
    String english = HtmlReport.render(d, "tiga.jsonl");
    for (Locale l : List.of(Locale.ENGLISH, Locale.US, Locale.GERMANY, Locale.FRANCE, Locale.ROOT)) {
      assertEquals(english, HtmlReport.render(d, "tiga.jsonl", l), l.toString());
    }
    String indonesian = HtmlReport.render(d, "tiga.jsonl", ID);
    assertEquals(indonesian, HtmlReport.render(d, "tiga.jsonl", Locale.forLanguageTag("id-ID")));
    assertEquals(indonesian, HtmlReport.render(d, "tiga.jsonl", new Locale("in", "ID")));
  }

  @Test
  void moreThanTwentyRegionsShowTheTopAndTheBottomTenInIndonesian() {
    String html = HtmlReport.render(numbered(21, Mode.VERIFIED), "dua-puluh-satu.jsonl", ID);
    assertTrue(html.contains("<h3>10 teratas</h3>"));
    assertTrue(html.contains("<h3>10 terbawah</h3>"));
    assertTrue(html.contains("&middot; hanya jawaban terverifikasi &middot; rubrik tahun 2024</p>"));
  }

  @Test
  void aRegionWhosePredikatDependsOnAnAssumptionIsMarkedWithAnIndonesianExplanation() {
    // Sragen's IID under 2026 is 56.00: Inovatif from 40.01, Kurang Inovatif if Inovatif started at 60.00.
    ReportData d = ReportData.builder(List.of(uncertain2026()), Mode.CLAIMED).add(sragen()).build();
    String html = HtmlReport.render(d, "sragen.jsonl", ID);
    assertTrue(html.contains("<p class=\"certainty\"><span data-key=\"uncertain/2026\">1</span> dari 1 daerah "
        + "memperoleh predikat"), html);
    assertFalse(html.contains("Rubrik ini tidak menetapkan nilai alternatif."));
    assertTrue(html.contains("Inovatif <span class=\"unsure\" data-key=\"top/2026/1/unsure\" title=\"predikat ini "
        + "bergantung pada asumsi rubrik\">?</span>"));
    assertTrue(HtmlReport.render(d, "sragen.jsonl").contains("Inovatif <span class=\"unsure\" "
        + "data-key=\"top/2026/1/unsure\" title=\"this predikat depends on an assumption of the rubric\">?</span>"));
  }

  @Test
  void theNotesSayInIndonesianWhatTheNumbersRestOn() {
    assertTrue(HtmlReport.render(threeRegions(Mode.CLAIMED, projected2026()), "tiga.jsonl", ID).contains(
        "<li><strong>Fixture 2026</strong>: <span class=\"warn\">berupa proyeksi yang belum berlaku: <span "
            + "data-key=\"projected/2026\">1</span> fakta berstatus PROJECTED.</span> tidak ada fakta berstatus "
            + "ASSUMED.</li>"));
    ReportData whatIf = threeRegions(Mode.CLAIMED, Overrides.apply(y2024(), List.of(Overrides.parse("k=4"))));
    assertTrue(HtmlReport.render(whatIf, "tiga.jsonl", ID).contains("<li><strong>Fixture 2024</strong>: bertumpu "
        + "pada <span data-key=\"assumptions/2024\">1</span> fakta berstatus ASSUMED (parameter divisorFloor). <span "
        + "class=\"warn\">Skenario &quot;bagaimana jika&quot;: divisorFloor 2 \u2192 4.</span></li>"));
    ReportData own = underOwnRubric("scored under rubric 2024 from mine.json; no rubric module ships year 2024");
    // The reason comes from the scorer, in English until it carries a message.
    assertTrue(HtmlReport.render(own, "mine.jsonl", ID).contains("<span class=\"warn\">bukan rubrik bawaan: scored "
        + "under rubric 2024 from mine.json; no rubric module ships year 2024.</span> "));
  }

  @Test
  void regionsAYearCannotScoreAreCountedInIndonesian() {
    String html = HtmlReport.render(threeRegions(Mode.CLAIMED, y2024(), y2025()), "tiga.jsonl", ID);
    assertTrue(html.contains(" &middot; <span class=\"warn\">3 tidak dinilai</span>"));
    assertTrue(html.contains("<summary class=\"warn\">3 daerah tidak dinilai dengan rubrik tahun 2025: ada jawaban "
        + "yang tidak dikenal rubrik tahun tersebut</summary>"));
    ReportData one = ReportData.builder(List.of(y2024(), y2025()), Mode.CLAIMED).add(withRegion(WONOSOBO, "40",
        "PERDA")).build();
    assertTrue(HtmlReport.render(one, "satu.jsonl", ID).contains("<summary class=\"warn\">1 daerah tidak dinilai "
        + "dengan rubrik tahun 2025: ada jawaban yang tidak dikenal rubrik tahun tersebut</summary>"));
    assertTrue(HtmlReport.render(one, "satu.jsonl").contains("<summary class=\"warn\">1 region not scored under "
        + "2025: not in this year's vocabulary</summary>"));
  }

  @Test
  void noRegionInBothYearsIsSaidInIndonesian() {
    ReportData d = ReportData.builder(List.of(y2025(), y2026()), Mode.CLAIMED).add(sragen()).build();
    String html = HtmlReport.render(d, "sragen.jsonl", ID);
    assertTrue(html.contains("<h2>Perpindahan predikat dari 2025 ke 2026</h2>\n<p>Tidak ada daerah yang dinilai pada "
        + "kedua tahun tersebut.</p>\n</section>"), html);
  }

  @Test
  void anEmptyDatasetIsRefusedWithAKeyCallersCanShowInTheirLanguage() {
    IgaException e = assertThrows(IgaException.class,
        () -> ReportData.builder(List.of(y2024()), Mode.CLAIMED).build());
    assertEquals("report.noSubmission", e.key());
    assertEquals(List.of(), e.arguments());
    assertEquals("kumpulan data tidak memuat satu pun data penilaian; laporan memerlukan sedikitnya satu daerah",
        e.message(ID));
    assertEquals("the dataset holds no submission; a report needs at least one region", e.getMessage());
  }

  @Test
  void submissionsOfTwoYearsAreRefusedWithBothYearsAsArguments() {
    ReportData.Builder b = ReportData.builder(null, List.of(), y -> y == 2024 ? y2024() : y2026(), Mode.CLAIMED);
    b.add(sragen());
    Submission other = new Submission(2026, WONOSOBO, sragen().spd(), sragen().innovations());
    IgaException e = assertThrows(IgaException.class, () -> b.add(other));
    assertEquals("report.mixedYears", e.key());
    assertEquals(List.of(2024, 2026), e.arguments());
    assertEquals(Optional.of(Location.pointer("/year")), e.location());
    assertEquals("data penilaian dalam kumpulan data menyebut tahun 2024 dan 2026; pilih tahun laporan dengan --year",
        e.problem(ID));
    assertEquals("the submissions name years 2024 and 2026; choose the report's year with --year", e.problem());
  }

  @Test
  void theDecimalSeparatorIsTheOnlyDifferenceInTheNumbersOfThePage() {
    ReportData d = threeRegions(Mode.CLAIMED, y2024(), y2026());
    var english = keyed(HtmlReport.render(d, "tiga.jsonl"));
    var indonesian = keyed(HtmlReport.render(d, "tiga.jsonl", ID));
    assertEquals(english.keySet(), indonesian.keySet());
    // a region's code is not a decimal: 33.07 stays
    english.forEach((key, value) -> assertEquals(key.endsWith("/code") ? value : value.replace('.', ','),
        indonesian.get(key), key));
    assertEquals("33.07", indonesian.get("top/2026/1/code"));
    assertEquals(new BigDecimal("65.33"), new BigDecimal(indonesian.get("mean/2026").replace(',', '.')));
  }
}

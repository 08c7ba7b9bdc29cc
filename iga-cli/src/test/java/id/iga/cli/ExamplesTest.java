package id.iga.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import id.iga.years.Rubrics;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** End to end: the bundled examples, scored by the command line, give the exact results examples/README.md states. */
class ExamplesTest {
  /** The repository root: Surefire runs in iga-cli, the examples sit beside it. */
  static final Path ROOT = Path.of("").toAbsolutePath().getParent();

  record Run(int code, String out, String err) {}

  static Run iga(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = Main.run(args, new ByteArrayInputStream(new byte[0]), new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8), ROOT);
    return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  /** The header of {@code iga score --format csv}. */
  static final String SCORE_CSV_HEADER = "code,name,type,provinceCode,year,mode,iid,predikat,spd,maturityMean,"
      + "countScore,sid,total,maxTotal,divisor,innovationCount,basicServicesCovered,assumptions,overrides";

  static String csvRow(String... args) {
    Run r = iga(args);
    assertEquals(0, r.code(), r.err());
    String[] lines = r.out().split("\n");
    assertEquals(2, lines.length, r.out());
    assertEquals(SCORE_CSV_HEADER, lines[0]);
    return lines[1];
  }

  @Test
  void theKabupatenLandsInTheInovatifBandIn2024() {
    assertEquals("33.07,Kabupaten Wonosobo,KABUPATEN,33,2024,CLAIMED,53.53,INOVATIF,43.50,75.13,15.20,90.33,133.83,"
        + "250.00,40,40,4,24,0", csvRow("score", "--format", "csv", "examples/2024/kabupaten-wonosobo.json"));
  }

  @Test
  void theSameKabupatenUnder2025ScoresTheSameButRestsOnMoreAssumptions() {
    assertEquals("33.07,Kabupaten Wonosobo,KABUPATEN,33,2025,CLAIMED,53.53,INOVATIF,43.50,75.13,15.20,90.33,133.83,"
        + "250.00,40,40,4,49,0",
        csvRow("score", "--year", "2025", "--format", "csv", "examples/2024/kabupaten-wonosobo.json"));
  }

  @Test
  void under2026TheKabupatenMissesTheFiveAffairGateAndIsDividedByTheLargerOfTwelveAndForty() {
    assertEquals("33.07,Kabupaten Wonosobo,KABUPATEN,33,2026,CLAIMED,45.55,INOVATIF,43.50,70.38,0.00,70.38,113.88,"
        + "250.00,40,40,4,1,0",
        csvRow("score", "--year", "2026", "--format", "csv", "examples/2024/kabupaten-wonosobo.json"));
  }

  @Test
  void under2023TheKabupatenScoresAsUnder2024ButRestsOnTheCarriedTable() {
    // 2023 has the 2024 table (carried back), the same k = 10, gate 2 and bands: only the statuses differ.
    assertEquals("33.07,Kabupaten Wonosobo,KABUPATEN,33,2023,CLAIMED,53.53,INOVATIF,43.50,75.13,15.20,90.33,133.83,"
        + "250.00,40,40,4,46,0",
        csvRow("score", "--year", "2023", "--format", "csv", "examples/2024/kabupaten-wonosobo.json"));
  }

  @Test
  void under2027TheKabupatenMissesTheSixAffairGateAsIn2026() {
    // k = 14 < n = 40 changes nothing; 4 affairs miss the gate of 6 as they miss 2026's 5. 51 PROJECTED (50 of the
    // rubric, and the rule that the count score is then 0) + 1 ASSUMED.
    assertEquals("33.07,Kabupaten Wonosobo,KABUPATEN,33,2027,CLAIMED,45.55,INOVATIF,43.50,70.38,0.00,70.38,113.88,"
        + "250.00,40,40,4,52,0",
        csvRow("score", "--year", "2027", "--format", "csv", "examples/2024/kabupaten-wonosobo.json"));
  }

  @Test
  void theExamplesUnder2023ScoreAsUnder2024() {
    assertEquals("13.75,Kota Bukittinggi,KOTA,13,2023,CLAIMED,37.79,INOVATIF,42.50,49.70,2.28,51.98,94.48,250.00,10,6,"
        + "2,46,0", csvRow("score", "--year", "2023", "--format", "csv", "examples/2024/kota-bukittinggi.json"));
    assertEquals("52,Nusa Tenggara Barat,PROVINSI,52,2023,CLAIMED,50.55,INOVATIF,46.00,74.67,5.70,80.37,126.37,"
        + "250.00,15,15,4,46,0", csvRow("score", "--year", "2023", "--format", "csv",
            "examples/2024/provinsi-nusa-tenggara-barat.json"));
    assertEquals("34.01,Kabupaten Kulon Progo,KABUPATEN,34,2023,VERIFIED,40.39,INOVATIF,39.75,56.67,4.56,61.23,"
        + "100.98,250.00,12,12,4,48,0", csvRow("score", "--year", "2023", "--mode", "verified", "--format", "csv",
            "examples/verified/kabupaten-kulon-progo.json"));
  }

  @Test
  void under2027TheKotaIsDividedByFourteenAndMissesTheGate() {
    // Maturity sum 474 under the 2026 predicates, over MAX(14, 6) = 33.86; 2 affairs of the 6 the gate asks: no count
    // score. Total 42.50 + 33.86 = 76.36: IID 30.54, Kurang Inovatif.
    assertEquals("13.75,Kota Bukittinggi,KOTA,13,2027,CLAIMED,30.54,KURANG_INOVATIF,42.50,33.86,0.00,33.86,76.36,"
        + "250.00,14,6,2,52,0", csvRow("score", "--year", "2027", "--format", "csv",
            "examples/2024/kota-bukittinggi.json"));
  }

  @Test
  void theOtherExamplesUnder2027() {
    assertEquals("52,Nusa Tenggara Barat,PROVINSI,52,2027,CLAIMED,46.19,INOVATIF,46.00,69.47,0.00,69.47,115.47,"
        + "250.00,15,15,4,52,0", csvRow("score", "--year", "2027", "--format", "csv",
            "examples/2024/provinsi-nusa-tenggara-barat.json"));
    assertEquals("33.07,Kabupaten Wonosobo,KABUPATEN,33,2027,CLAIMED,56.22,INOVATIF,45.50,76.81,18.24,95.05,140.55,"
        + "250.00,48,48,6,51,0", csvRow("score", "--year", "2027", "--format", "csv",
            "examples/2026/kabupaten-wonosobo.json"));
    assertEquals("34.01,Kabupaten Kulon Progo,KABUPATEN,34,2027,CLAIMED,42.63,INOVATIF,44.00,62.57,0.00,62.57,"
        + "106.57,250.00,14,12,4,52,0", csvRow("score", "--year", "2027", "--format", "csv",
            "examples/verified/kabupaten-kulon-progo.json"));
    assertEquals("34.01,Kabupaten Kulon Progo,KABUPATEN,34,2027,VERIFIED,34.53,KURANG_INOVATIF,39.75,46.57,0.00,"
        + "46.57,86.32,250.00,14,12,4,54,0", csvRow("score", "--year", "2027", "--mode", "verified", "--format", "csv",
            "examples/verified/kabupaten-kulon-progo.json"));
  }

  @Test
  void theKotaWithSixInnovationsIsDividedByTen() {
    // Maturity sum 497 over MAX(10, 6) = 49.70, not 497 / 6 = 82.83.
    assertEquals("13.75,Kota Bukittinggi,KOTA,13,2024,CLAIMED,37.79,INOVATIF,42.50,49.70,2.28,51.98,94.48,250.00,10,6,"
        + "2,24,0", csvRow("score", "--format", "csv", "examples/2024/kota-bukittinggi.json"));
  }

  @Test
  void theProvince() {
    assertEquals("52,Nusa Tenggara Barat,PROVINSI,52,2024,CLAIMED,50.55,INOVATIF,46.00,74.67,5.70,80.37,126.37,"
        + "250.00,15,15,4,24,0", csvRow("score", "--format", "csv", "examples/2024/provinsi-nusa-tenggara-barat.json"));
  }

  @Test
  void the2026KabupatenAnsweredWithRegionalStatistics() {
    assertEquals("33.07,Kabupaten Wonosobo,KABUPATEN,33,2026,CLAIMED,56.22,INOVATIF,45.50,76.81,18.24,95.05,140.55,"
        + "250.00,48,48,6,1,0", csvRow("score", "--format", "csv", "examples/2026/kabupaten-wonosobo.json"));
  }

  @Test
  void verifiedCountsOnlyAcceptedAnswers() {
    assertEquals("34.01,Kabupaten Kulon Progo,KABUPATEN,34,2024,CLAIMED,49.96,INOVATIF,44.00,76.33,4.56,80.89,124.89,"
        + "250.00,12,12,4,24,0", csvRow("score", "--format", "csv", "examples/verified/kabupaten-kulon-progo.json"));
    assertEquals("34.01,Kabupaten Kulon Progo,KABUPATEN,34,2024,VERIFIED,40.39,INOVATIF,39.75,56.67,4.56,61.23,"
        + "100.98,250.00,12,12,4,26,0", csvRow("score", "--mode", "verified", "--format", "csv",
            "examples/verified/kabupaten-kulon-progo.json"));
  }

  @Test
  void theDatasetGivesOneSummaryRowPerRegionInInputOrder() {
    Run r = iga("score", "examples/2024/dataset.jsonl");
    assertEquals(0, r.code(), r.err());
    assertEquals("""
        CODE   REGION                  YEAR    IID  PREDIKAT           SPD    SID   N  NOTE
        33.07  Kabupaten Wonosobo      2024  53.53  INOVATIF         43.50  90.33  40  rests on 24 ASSUMED facts
        13.75  Kota Bukittinggi        2024  37.79  INOVATIF         42.50  51.98   6  rests on 24 ASSUMED facts
        52     Nusa Tenggara Barat     2024  50.55  INOVATIF         46.00  80.37  15  rests on 24 ASSUMED facts
        34.01  Kabupaten Kulon Progo   2024  49.96  INOVATIF         44.00  80.89  12  rests on 24 ASSUMED facts
        73.06  Kabupaten Gowa          2024  46.68  INOVATIF         39.50  77.21  16  rests on 24 ASSUMED facts
        61.71  Kota Pontianak          2024  55.22  INOVATIF         50.00  88.06  12  rests on 24 ASSUMED facts
        52.03  Kabupaten Lombok Timur  2024  41.81  INOVATIF         34.25  70.27  11  rests on 24 ASSUMED facts
        91.03  Kabupaten Jayapura      2024  21.30  KURANG_INOVATIF  21.25  32.00   5  rests on 24 ASSUMED facts
        """, r.out());
  }

  @Test
  void aFactForALevelOnlyRowIsInvalidInputAtItsLine() {
    for (String year : new String[] {"2023", "2024"}) {
      Run r = iga("score", "--year", year, "examples/2026/kabupaten-wonosobo.json");
      assertEquals(1, r.code(), year);
      assertEquals("iga score: " + ROOT.resolve("examples/2026/kabupaten-wonosobo.json") + ":5:10 /spd/1: indicator 1"
          + " (Visi dan Misi): this indicator is answered by level only ({\"level\": 0..3}); no fact is defined for"
          + " it\n", r.err());
    }
  }

  @Test
  void rubricsListsEveryYearServedWithItsStatusAndItsAssumedAndProjectedFacts() {
    Run r = iga("rubrics");
    assertEquals(0, r.code(), r.err());
    List<String> rows = CompareCommandTest.cells(r.out());
    assertEquals("YEAR | TITLE | STATUS | ASSUMED | PROJECTED | OFFICIAL LETTER", rows.get(0));
    assertEquals(Rubrics.available().stream().map(String::valueOf).toList(),
        rows.stream().skip(1).map(row -> row.substring(0, row.indexOf(" | "))).toList());
    assertEquals(List.of(
        "2023 | Indeks Inovasi Daerah 2023 | ASSUMED | 46 | 0 | not found",
        "2024 | Indeks Inovasi Daerah 2024 | CONFIRMED_SECONDARY | 24 | 0 | not found",
        "2025 | Indeks Inovasi Daerah 2025 | ASSUMED | 49 | 0 | Surat Mendagri 000.10/3146/SJ (18 Jun 2025)",
        "2026 | Indeks Inovasi Daerah 2026 | CONFIRMED_SECONDARY | 1 | 0 | Surat Kepala BSKDN 400.10.11/1887/BSKDN "
            + "(29 Apr 2026)",
        "2027 | Indeks Inovasi Daerah 2027 (projected) | PROJECTED | 1 | 50 | none yet (projected)"),
        rows.stream().filter(row -> row.matches("202[3-7] \\|.*")).toList());
  }

  @Test
  void theExamplesReadmeStatesTheseResults() throws Exception {
    String readme = Files.readString(ROOT.resolve("examples/README.md"));
    for (String iid : new String[] {"53.53", "45.55", "37.79", "50.55", "56.22", "49.96", "40.39", "30.54", "46.19",
        "42.63", "34.53"}) {
      assertEquals(true, readme.contains(iid), iid);
    }
  }
}

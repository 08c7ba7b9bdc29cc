package id.iga.cli;

import static id.iga.cli.Iga.iga;
import static id.iga.cli.Iga.ok;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.iga.years.Rubrics;
import id.iga.rubric.Predikat;
import id.iga.score.Mode;
import id.iga.score.Scorer;
import id.iga.submission.Submission;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** End to end: {@code iga compare} on the bundled examples and on a generated dataset. */
class CompareCommandTest {
  @TempDir
  Path dir;

  /** A table's lines with the columns' padding replaced by {@code " | "}: the cells, exactly. */
  static List<String> cells(String out) {
    return out.lines().map(l -> l.strip().replaceAll(" {2,}", " | ")).toList();
  }

  @Test
  void theKabupatenUnderEveryYearFrom2023To2027() {
    List<String> out = cells(ok("compare", "--years", "2023,2024,2025,2026,2027",
        "examples/2024/kabupaten-wonosobo.json"));
    assertEquals(List.of(
        "Kabupaten Wonosobo (33.07), CLAIMED answers, under rubric years 2023, 2024, 2025, 2026, 2027",
        "",
        "YEAR | IID | PREDIKAT | SPD | MATURITY MEAN | COUNT SCORE | DIVISOR | NOTE",
        "2023 | 53.53 | INOVATIF | 43.50 | 75.13 | 15.20 | 40 | rests on 46 ASSUMED facts",
        "2024 | 53.53 | INOVATIF | 43.50 | 75.13 | 15.20 | 40 | rests on 24 ASSUMED facts",
        "2025 | 53.53 | INOVATIF | 43.50 | 75.13 | 15.20 | 40 | rests on 49 ASSUMED facts",
        "2026 | 45.55 | INOVATIF | 43.50 | 70.38 | 0.00 | 40 | rests on 1 ASSUMED facts",
        "2027 | 45.55 | INOVATIF | 43.50 | 70.38 | 0.00 | 40 | projected (51 PROJECTED facts); rests on 1 ASSUMED "
            + "facts"),
        out.subList(0, 8));
  }

  @Test
  void theDatasetUnderEveryYearFrom2023To2027() {
    assertEquals("""
        Predikat per year: 8 regions in examples/2024/dataset.jsonl, CLAIMED answers
        PREDIKAT             2023  2024  2025  2026  2027
        SANGAT_INOVATIF         0     0     0     0     0
        INOVATIF                7     7     6     5     5
        KURANG_INOVATIF         1     1     2     3     3
        TIDAK_DAPAT_DINILAI     0     0     0     0     0
        not scored              0     0     0     0     0

        Regions whose predikat changes (2):
        CODE   REGION                  2023      2024      2025             2026             2027
        13.75  Kota Bukittinggi        INOVATIF  INOVATIF  KURANG_INOVATIF  KURANG_INOVATIF  KURANG_INOVATIF
        52.03  Kabupaten Lombok Timur  INOVATIF  INOVATIF  INOVATIF         KURANG_INOVATIF  KURANG_INOVATIF
        """, ok("compare", "--years", "2023,2024,2025,2026,2027", "examples/2024/dataset.jsonl"));
  }

  @Test
  void oneSubmissionSideBySideWithTheAnswersThatDifferAndThoseCarried() {
    List<String> out = cells(ok("compare", "--years", "2024,2026", "examples/2024/kota-bukittinggi.json"));
    assertEquals(List.of(
        "Kota Bukittinggi (13.75), CLAIMED answers, under rubric years 2024, 2026",
        "",
        "YEAR | IID | PREDIKAT | SPD | MATURITY MEAN | COUNT SCORE | DIVISOR | NOTE",
        "2024 | 37.79 | INOVATIF | 42.50 | 49.70 | 2.28 | 10 | rests on 24 ASSUMED facts",
        "2026 | 32.80 | KURANG_INOVATIF | 42.50 | 39.50 | 0.00 | 12 | rests on 1 ASSUMED facts",
        "",
        "Answers whose level differs between the years (level, and the predicate that decided it):",
        "INNOVATION | INDICATOR | GIVEN | 2024 | 2026",
        "bkt-01 | 23 | SURAT_TUGAS_KEPALA_PD | 1 (one of TANPA_PENETAPAN, SURAT_TUGAS_KEPALA_PD, "
            + "SURAT_TUGAS_KEPALA_DAERAH) | 2 (one of SURAT_TUGAS_KEPALA_PD, SK_KEPALA_PD)",
        "bkt-01 | 26 | VIDEO_TUTORIAL | 3 (one of ONLINE_BOOK, VIDEO_TUTORIAL) | 0 (meets no level)",
        "bkt-01 | 33 | persons 149 | 2 (persons 101..200) | 1 (persons 1..200)",
        "bkt-02 | 16 | PERKADA | 3 (one of PERKADA, PERDA) | 2 (one of PERKADA)"), out.subList(0, 12));
    assertTrue(out.contains("bkt-04 | 33 | revenue_increase 70.13 | 2 (revenue_increase 50..99.99) | "
        + "3 (revenue_increase >= 20)"), out.toString());
    assertEquals(17, out.stream().filter(l -> l.startsWith("bkt-")).count());
    assertEquals(List.of("",
        "Carried: 20 answers given only as levels keep their level in every year (no year's predicates decided them):",
        "region (spd): 1, 2a, 2b, 3, 4, 5a, 5b, 6, 7, 8, 9, 10a, 10b, 11a, 11b, 12, 13a, 13b, 14, 15"),
        out.subList(out.size() - 3, out.size()));
  }

  @Test
  void aYearThatCannotReadTheFactsIsShownAsNotScoredWithTheReasons() {
    // The 2026 example states the SPD rows as facts; the 2024 rubric answers them by level only.
    String text = ok("compare", "--years", "2024,2026", "examples/2026/kabupaten-wonosobo.json");
    List<String> out = cells(text);
    assertEquals(List.of(
        "YEAR | IID | PREDIKAT | SPD | MATURITY MEAN | COUNT SCORE | DIVISOR | NOTE",
        "2024 | - | not scored | - | - | - | - | not in this year's vocabulary (20 answers, listed below)",
        "2026 | 56.22 | INOVATIF | 45.50 | 76.81 | 18.24 | 48 | rests on 1 ASSUMED facts"), out.subList(2, 5));
    assertTrue(out.contains("(region) | 4 | 4.12 | not in this year's vocabulary | 2 (2.05..5.23)"), text);
    assertTrue(text.contains("\nNot scored under 2024: not in this year's vocabulary\n  spd 1 (Visi dan Misi): this "
        + "indicator is answered by level only ({\"level\": 0..3}); no fact is defined for it\n"), text);
  }

  @Test
  void aDatasetCountsThePredikatsPerYearAndListsTheRegionsThatChange() {
    assertEquals("""
        Predikat per year: 8 regions in examples/2024/dataset.jsonl, CLAIMED answers
        PREDIKAT             2024  2025  2026
        SANGAT_INOVATIF         0     0     0
        INOVATIF                7     6     5
        KURANG_INOVATIF         1     2     3
        TIDAK_DAPAT_DINILAI     0     0     0
        not scored              0     0     0

        Regions whose predikat changes (2):
        CODE   REGION                  2024      2025             2026
        13.75  Kota Bukittinggi        INOVATIF  KURANG_INOVATIF  KURANG_INOVATIF
        52.03  Kabupaten Lombok Timur  INOVATIF  INOVATIF         KURANG_INOVATIF
        """, ok("compare", "--years", "2024,2025,2026", "examples/2024/dataset.jsonl"));
  }

  @Test
  void aDatasetNamesEachRegionAYearCouldNotScore() throws IOException {
    String y2026 = Files.readString(Iga.ROOT.resolve("examples/2026/kabupaten-wonosobo.json")).replace("\n", "");
    String y2024 = Files.readString(Iga.ROOT.resolve("examples/2024/dataset.jsonl")).lines().toList().get(1);
    Files.writeString(dir.resolve("mixed.jsonl"), y2024 + "\n" + y2026 + "\n");
    Iga.Run r = Iga.in(dir, "compare", "--years", "2024,2026", "mixed.jsonl");
    assertEquals(0, r.code(), r.err());
    List<String> out = cells(r.out());
    assertEquals("not scored | 1 | 0", out.get(6));
    assertEquals(List.of("Not scored (not in that year's vocabulary):",
        "33.07 Kabupaten Wonosobo, 2024: 20 answers, the first: spd 1 (Visi dan Misi): this indicator is answered by "
            + "level only ({\"level\": 0..3}); no fact is defined for it"), out.subList(out.size() - 2, out.size()));
  }

  @Test
  void csvHasAHeaderAndOneRowPerRegionPerYear() {
    String out = ok("compare", "--years", "2024,2026", "--format", "csv", "examples/2024/dataset.jsonl");
    List<String> lines = out.lines().toList();
    assertEquals(17, lines.size());
    assertEquals("code,name,type,provinceCode,year,mode,scored,iid,predikat,spd,maturityMean,countScore,sid,total,"
        + "divisor,innovationCount,notScored", lines.get(0));
    assertEquals("13.75,Kota Bukittinggi,KOTA,13,2024,CLAIMED,true,37.79,INOVATIF,42.50,49.70,2.28,51.98,94.48,10,6,",
        lines.get(3));
    assertEquals("13.75,Kota Bukittinggi,KOTA,13,2026,CLAIMED,true,32.80,KURANG_INOVATIF,42.50,39.50,0.00,39.50,"
        + "82.00,12,6,", lines.get(4));
  }

  @Test
  void csvOfAYearNotScoredSaysWhy() {
    String out = ok("compare", "--years", "2024,2026", "--format", "csv", "examples/2026/kabupaten-wonosobo.json");
    String row2024 = out.lines().toList().get(1);
    assertTrue(row2024.startsWith("33.07,Kabupaten Wonosobo,KABUPATEN,33,2024,CLAIMED,false,,,,,,,,,,\"spd 1 (Visi "
        + "dan Misi): this indicator is answered by level only ({\"\"level\"\": 0..3}); no fact is defined for it; "),
        row2024);
  }

  @Test
  void jsonOfOneSubmissionFollowsTheResultContractsNames() {
    String out = ok("compare", "--years", "2024,2026", "--format", "json", "examples/2024/kota-bukittinggi.json");
    assertTrue(out.startsWith("""
        {
          "region": {"code": "13.75", "name": "Kota Bukittinggi", "type": "KOTA", "provinceCode": "13"},
          "mode": "CLAIMED",
          "years": [
            {"year": 2024, "iid": 37.79, "predikat": "INOVATIF", "spd": 42.50, "maturityMean": 49.70, \
        "countScore": 2.28, "sid": 51.98, "total": 94.48, "divisor": 10, "innovationCount": 6, "assumptions": 24, \
        "overrides": 0},
            {"year": 2026, "iid": 32.80, "predikat": "KURANG_INOVATIF", "spd": 42.50, "maturityMean": 39.50, \
        "countScore": 0.00, "sid": 39.50, "total": 82.00, "divisor": 12, "innovationCount": 6, "assumptions": 1, \
        "overrides": 0}
          ],
          "differences": [
            {"indicator": "23", "innovation": "bkt-01", "given": "SURAT_TUGAS_KEPALA_PD", "years": [{"year": 2024, \
        "kind": "DECIDED", "level": 1, "detail": "one of TANPA_PENETAPAN, SURAT_TUGAS_KEPALA_PD, \
        SURAT_TUGAS_KEPALA_DAERAH"}, {"year": 2026, "kind": "DECIDED", "level": 2, "detail": "one of \
        SURAT_TUGAS_KEPALA_PD, SK_KEPALA_PD"}]},
        """), out);
  }

  @Test
  void jsonOfADatasetIsOneLinePerRegion() {
    String out = ok("compare", "--years", "2024,2026", "--format", "json", "examples/2024/dataset.jsonl");
    List<String> lines = out.lines().toList();
    assertEquals(8, lines.size());
    assertTrue(lines.get(7).startsWith("{\"region\":{\"code\":\"91.03\",\"name\":\"Kabupaten Jayapura\""), lines.get(7));
  }

  @Test
  void aGeneratedDatasetIsCountedAsTheScorerCountsIt() throws IOException {
    List<Submission> data = Iga.generated(dir.resolve("generated.jsonl"), 40);
    String out = Iga.in(dir, "compare", "--years", "2024,2026", "--format", "csv", "generated.jsonl").out();
    List<String> lines = out.lines().toList();
    assertEquals(81, lines.size());
    for (int year : List.of(2024, 2026)) {
      Scorer scorer = Scorer.of(Rubrics.forYear(year));
      Map<Predikat, Long> expected = new EnumMap<>(Predikat.class);
      Map<Predikat, Long> shown = new EnumMap<>(Predikat.class);
      for (Submission s : data) {
        expected.merge(scorer.score(s, Mode.CLAIMED).predikat(), 1L, Long::sum);
      }
      lines.stream().skip(1).map(l -> l.split(",", -1)).filter(f -> f[4].equals(String.valueOf(year)))
          .forEach(f -> shown.merge(Predikat.valueOf(f[8]), 1L, Long::sum));
      assertEquals(expected, shown, String.valueOf(year));
    }
  }

  @Test
  void fewerThanTwoYearsIsAUsageError() {
    Iga.Run r = iga("compare", "--years", "2024", "examples/2024/dataset.jsonl");
    assertEquals(2, r.code());
    assertEquals("iga compare: --years needs at least two years to compare, e.g. --years 2024,2026\n"
        + "Run 'iga compare --help' for help.\n", r.err());
  }

  @Test
  void aYearGivenTwiceIsAUsageError() {
    Iga.Run r = iga("compare", "--years", "2024,2026,2024", "examples/2024/dataset.jsonl");
    assertEquals(2, r.code());
    assertTrue(r.err().startsWith("iga compare: --years lists 2024 twice\n"), r.err());
  }

  @Test
  void anUnknownYearIsAUsageError() {
    Iga.Run r = iga("compare", "--years", "2024,2019", "examples/2024/dataset.jsonl");
    assertEquals(2, r.code());
    assertEquals("iga compare: --years must be a year a rubric module serves (" + Iga.availableYears()
        + "), not 2019\nRun 'iga compare --help' for help.\n", r.err());
  }

  @Test
  void helpHasAnExample() {
    String out = ok("compare", "--help");
    assertTrue(out.startsWith("Usage: iga compare [--years Y1,Y2[,...]] [--rubric FILE.json]..."), out);
    assertTrue(out.contains("  iga compare --years 2024,2025,2026 examples/2024/kabupaten-wonosobo.json\n"), out);
    assertTrue(out.contains("  iga compare --years 2024,2026 --rubric my-rubric.json "
        + "examples/2024/kota-bukittinggi.json\n"), out);
  }
}

package id.iga.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.iga.years.Rubrics;
import id.iga.generate.SubmissionGenerator;
import id.iga.json.SubmissionJson;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code iga plan} end to end, on the bundled examples, on a dataset drawn by the seeded generator, and on command
 * lines it must refuse. Every expected number here was checked by the core's laws: each plan's IID after every step is
 * the scorer's IID of the submission with the steps applied, and its cost the least that exhaustive search finds.
 */
class PlanCommandTest {
  /** The repository root: Surefire runs in iga-cli, the examples sit beside it. */
  static final Path ROOT = Path.of("").toAbsolutePath().getParent();

  @TempDir
  Path dir;

  record Run(int code, String out, String err) {}

  static Run iga(Path cwd, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = Main.run(args, new ByteArrayInputStream(new byte[0]), new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8), cwd);
    return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  static Run iga(String... args) {
    return iga(ROOT, args);
  }

  static String ok(String... args) {
    Run r = iga(args);
    assertEquals(0, r.code(), r.err());
    assertEquals("", r.err());
    return r.out();
  }

  static void usage(String expected, String... args) {
    Run r = iga(args);
    assertEquals(2, r.code(), r.out());
    assertEquals("iga plan: " + expected + "\nRun 'iga plan --help' for help.\n", r.err());
  }

  @Test
  void helpShowsTheUsageAndExamples() {
    String help = ok("plan", "--help");
    assertTrue(help.startsWith("Usage: iga plan [--target-predikat P | --target-iid X] [--year Y | --rubric FILE.json] "
        + "[--innovation-target M]"), help);
    assertTrue(help.contains("Examples:\n  iga plan --target-predikat sangat_inovatif "
        + "examples/2024/kabupaten-wonosobo.json\n"), help);
  }

  @Test
  void theKabupatenReachesSangatInovatifWithFifteenRegionSteps() {
    assertEquals(WONOSOBO, ok("plan", "--target-predikat", "sangat_inovatif", "examples/2024/kabupaten-wonosobo.json"));
  }

  private static final String WONOSOBO = """
        Kabupaten Wonosobo (33.07), rubric 2024, CLAIMED answers
        IID now 53.53, INOVATIF. Target: SANGAT_INOVATIF (a reported IID of at least 60.01).

           #  INDICATOR  NAME                                                         INNOVATION  FROM  TO  NEXT LEVEL REQUIRES                                                    UNITS  GAIN    IID
           1  12         Penghargaan bagi inovator                                    region         2   3  (2026 text) Piagam + insentif + mekanisme kontrol pembudayaan inovasi      1  0.80  54.33
           2  6          Jumlah peningkatan investasi                                 region         2   3  (2026 text) >= 94,76%                                                      1  0.60  54.93
           3  7          Jumlah peningkatan PAD                                       region         2   3  (2026 text) >= 33,85%                                                      1  0.60  55.53
           4  2b         Pengalokasian mandatory spending                             region         2   3  (2026 text) Memenuhi >3 komponen                                           1  0.40  55.93
           5  3          Kualitas peningkatan perizinan                               region         2   3  (2026 text) >= 8,17%                                                       1  0.40  56.33
           6  4          Jumlah pendapatan per kapita                                 region         2   3  (2026 text) >= 5,23%                                                       1  0.40  56.73
           7  9          Nilai capaian LAKIP                                          region         2   3  (2026 text) A                                                              1  0.40  57.13
           8  13a        Jumlah rekomendasi kebijakan yang mendukung inovasi          region         1   3  (2026 text) >7                                                             2  0.80  57.93
           9  13b        Capaian Indeks Kualitas Kebijakan                            region         2   3  (2026 text) Unggul/Sangat Baik                                             1  0.40  58.33
          10  14         RIPJ PID (Rencana Induk & Peta Jalan Pemajuan Iptek Daerah)  region         1   3  (2026 text) Ditetapkan Perkada                                             2  0.80  59.13
          11  15         Fasilitasi pengakuan HKI atas inovasi daerah                 region         2   3  (2026 text) Sosialisasi + fasilitasi + insentif pembiayaan                 1  0.40  59.53
          12  5b         Persentase TPT (T-1)                                         region         2   3  (2026 text) <= 2,35                                                        1  0.30  59.83
          13  10a        Progres penurunan angka kemiskinan                           region         2   3  (2026 text) >= 1,16                                                        1  0.30  60.13

        Cheapest plan: 15 units of work (15 level steps). After it: IID 60.13, SANGAT_INOVATIF.
        """;

  @Test
  void belowTheDivisorFloorTheKotaGainsFromOneNewInnovation() {
    assertEquals(BUKITTINGGI, ok("plan", "--target-iid", "50", "--allow-new-innovations", "--new-innovation-maturity",
        "80", "--max-new-innovations", "2", "examples/2024/kota-bukittinggi.json"));
  }

  private static final String BUKITTINGGI = """
        Kota Bukittinggi (13.75), rubric 2024, CLAIMED answers
        IID now 37.79, INOVATIF. Target: IID 50.00 (INOVATIF).

           #  INDICATOR  NAME                                                         INNOVATION  FROM  TO  NEXT LEVEL REQUIRES                                                    UNITS  GAIN    IID
           1  +          new innovation, maturity 81.00                               new-1                 any affair                                                                33  3.39  41.18
           2  12         Penghargaan bagi inovator                                    region         1   3  (2026 text) Piagam + insentif + mekanisme kontrol pembudayaan inovasi      2  1.60  42.78
           3  6          Jumlah peningkatan investasi                                 region         2   3  (2026 text) >= 94,76%                                                      1  0.60  43.38
           4  7          Jumlah peningkatan PAD                                       region         1   3  (2026 text) >= 33,85%                                                      2  1.20  44.58
           5  3          Kualitas peningkatan perizinan                               region         2   3  (2026 text) >= 8,17%                                                       1  0.40  44.98
           6  4          Jumlah pendapatan per kapita                                 region         2   3  (2026 text) >= 5,23%                                                       1  0.40  45.38
           7  13a        Jumlah rekomendasi kebijakan yang mendukung inovasi          region         1   3  (2026 text) >7                                                             2  0.80  46.18
           8  13b        Capaian Indeks Kualitas Kebijakan                            region         2   3  (2026 text) Unggul/Sangat Baik                                             1  0.40  46.58
           9  14         RIPJ PID (Rencana Induk & Peta Jalan Pemajuan Iptek Daerah)  region         1   3  (2026 text) Ditetapkan Perkada                                             2  0.80  47.38
          10  15         Fasilitasi pengakuan HKI atas inovasi daerah                 region         1   3  (2026 text) Sosialisasi + fasilitasi + insentif pembiayaan                 2  0.80  48.18
          11  5a         Progres penurunan TPT                                        region         2   3  (2026 text) >= 0,36                                                        1  0.30  48.48
          12  5b         Persentase TPT (T-1)                                         region         2   3  (2026 text) <= 2,35                                                        1  0.30  48.78
          13  10a        Progres penurunan angka kemiskinan                           region         2   3  (2026 text) >= 1,16                                                        1  0.30  49.08
          14  11a        Peningkatan IPM dua tahun terakhir                           region         2   3  (2026 text) >= 0,90                                                        1  0.30  49.38
          15  35         Kualitas inovasi daerah (video)                              bkt-01         2   3  5 elements                                                                 1  0.16  49.54
          16  35         Kualitas inovasi daerah (video)                              bkt-02         1   3  5 elements                                                                 2  0.32  49.86
          17  35         Kualitas inovasi daerah (video)                              bkt-04         2   3  5 elements                                                                 1  0.16  50.02

        A new innovation is built with levels 16=3, 17=3, 18=3, 19=3, 21=3, 28=3, 30=3, 31=3, 32=3, 33=3, 35=3 (maturity 81.00, 33 level steps).
        Cheapest plan: 55 units of work (22 level steps, 1 new innovation). After it: IID 50.02, INOVATIF.
        """;

  @Test
  void aPlanUnderTheProjected2027RubricSaysSo() {
    String out = ok("plan", "--year", "2027", "--target-predikat", "inovatif", "examples/2024/kota-bukittinggi.json");
    assertTrue(out.startsWith("Kota Bukittinggi (13.75), rubric 2027 (projected, not yet in force), CLAIMED answers\n"
        + "IID now 30.54, KURANG_INOVATIF. Target: INOVATIF (a reported IID of at least 40.01).\n"), out);
  }

  @Test
  void under2026TheFactsOfTheKabupatenSayWhatEachNextLevelRequires() {
    String out = ok("plan", "--target-predikat", "sangat_inovatif", "examples/2026/kabupaten-wonosobo.json");
    assertTrue(out.startsWith("Kabupaten Wonosobo (33.07), rubric 2026, CLAIMED answers\n"
            + "IID now 56.22, INOVATIF. Target: SANGAT_INOVATIF (a reported IID of at least 65.01).\n"
            + "\n"
            + "   #  INDICATOR  NAME                                                         INNOVATION  FROM  TO  NEXT LEVEL REQUIRES                                                                                                                  UNITS  GAIN    IID\n"
            + "   1  12         Penghargaan bagi inovator                                    region         2   3  includes CERTIFICATE and INCENTIVE and CULTURE_CONTROL                                                                                   1  0.80  57.02\n"
            + "   2  6          Jumlah peningkatan investasi                                 region         2   3  >= 94.76 percent                                                                                                                         1  0.60  57.62\n"
            + "   3  7          Jumlah peningkatan PAD                                       region         2   3  >= 33.85 percent                                                                                                                         1  0.60  58.22\n"
            + "   4  2b         Pengalokasian mandatory spending                             region         2   3  > 3 components                                                                                                                           1  0.40  58.62\n"), out);
    assertTrue(out.contains("  16  35         Video inovasi daerah                                         wsb-003        1   3  5 elements                                                                                                                               2  0.07  63.29\n"), out);
    assertTrue(out.endsWith("\nCheapest plan: 78 units of work (78 level steps). After it: IID 65.02, SANGAT_INOVATIF.\n"),
        out);
  }

  @Test
  void theReadmeExampleAddsOneInnovationBelowTheDivisorFloor() {
    assertEquals(README_EXAMPLE, ok("plan", "--target-iid", "44", "--allow-new-innovations",
        "--new-innovation-maturity", "80", "--new-innovation-cost", "6", "examples/2024/kota-bukittinggi.json"));
  }

  /** The example README.md shows, word for word. */
  private static final String README_EXAMPLE = """
        Kota Bukittinggi (13.75), rubric 2024, CLAIMED answers
        IID now 37.79, INOVATIF. Target: IID 44.00 (INOVATIF).

          #  INDICATOR  NAME                            INNOVATION  FROM  TO  NEXT LEVEL REQUIRES                                                    UNITS  GAIN    IID
          1  +          new innovation, maturity 81.00  new-1                 any affair                                                                 6  3.39  41.18
          2  12         Penghargaan bagi inovator       region         1   3  (2026 text) Piagam + insentif + mekanisme kontrol pembudayaan inovasi      2  1.60  42.78
          3  6          Jumlah peningkatan investasi    region         2   3  (2026 text) >= 94,76%                                                      1  0.60  43.38
          4  7          Jumlah peningkatan PAD          region         1   3  (2026 text) >= 33,85%                                                      2  1.20  44.58

        A new innovation is built with levels 16=3, 17=3, 18=3, 19=3, 21=3, 28=3, 30=3, 31=3, 32=3, 33=3, 35=3 (maturity 81.00, 33 level steps; counted as 6 units of work).
        Cheapest plan: 11 units of work (5 level steps, 1 new innovation). After it: IID 44.58, INOVATIF.
        """;

  @Test
  void aTargetOutOfReachIsSaidPlainlyWithTheHighestReachableIid() {
    assertEquals("""
        Kota Bukittinggi (13.75), rubric 2024, CLAIMED answers
        IID now 37.79, INOVATIF. Target: IID 65.01 (SANGAT_INOVATIF).

        Out of reach: the highest IID this region can reach is 52.75 (INOVATIF), with every answer at level 3.
        """, ok("plan", "--target-iid", "65.01", "examples/2024/kota-bukittinggi.json"));
    assertEquals("""
        Kota Bukittinggi (13.75), rubric 2024, CLAIMED answers
        IID now 37.79, INOVATIF. Target: IID 99.00 (SANGAT_INOVATIF).

        Out of reach: the highest IID this region can reach is 57.34 (INOVATIF), with every answer at level 3 and up \
        to 1 new innovation of maturity 20.
        """, ok("plan", "--target-iid", "99", "--allow-new-innovations", "--new-innovation-maturity", "20",
        "--max-new-innovations", "1", "examples/2024/kota-bukittinggi.json"));
  }

  @Test
  void aTargetMetAlreadyNeedsNothing() {
    assertEquals("""
        Kota Bukittinggi (13.75), rubric 2024, CLAIMED answers
        IID now 37.79, INOVATIF. Target: IID 30.00 (KURANG_INOVATIF).

        The target is met already: nothing to do.
        """, ok("plan", "--target-iid", "30", "examples/2024/kota-bukittinggi.json"));
  }

  @Test
  void theDatasetGetsOneSummaryRowPerRegion() {
    assertEquals("""
        CODE   REGION                  YEAR    IID  PREDIKAT         TARGET  UNITS  NEW  IID AFTER  RESULT
        33.07  Kabupaten Wonosobo      2024  53.53  INOVATIF          60.01     15    0      60.13  SANGAT_INOVATIF
        13.75  Kota Bukittinggi        2024  37.79  INOVATIF          60.01      -    -          -  out of reach: at most 52.75
        52     Nusa Tenggara Barat     2024  50.55  INOVATIF          60.01     45    0      60.01  SANGAT_INOVATIF
        34.01  Kabupaten Kulon Progo   2024  49.96  INOVATIF          60.01     39    0      60.02  SANGAT_INOVATIF
        73.06  Kabupaten Gowa          2024  46.68  INOVATIF          60.01     70    0      60.01  SANGAT_INOVATIF
        61.71  Kota Pontianak          2024  55.22  INOVATIF          60.01     11    0      60.12  SANGAT_INOVATIF
        52.03  Kabupaten Lombok Timur  2024  41.81  INOVATIF          60.01     90    0      60.07  SANGAT_INOVATIF
        91.03  Kabupaten Jayapura      2024  21.30  KURANG_INOVATIF   60.01      -    -          -  out of reach: at most 48.16
        """, ok("plan", "--target-predikat", "sangat_inovatif", "examples/2024/dataset.jsonl"));
  }

  /** Six submissions the seeded generator draws for the 2026 rubric, as a dataset. */
  private Path generated() throws IOException {
    Path file = dir.resolve("generated.jsonl");
    try (OutputStream out = Files.newOutputStream(file)) {
      for (long seed = 1; seed <= 6; seed++) {
        SubmissionJson.writeLine(SubmissionGenerator.submission(Rubrics.forYear(2026), seed), out);
      }
    }
    return file;
  }

  @Test
  void onAGeneratedDatasetEveryRegionReachesSangatInovatifWithNewInnovations() throws IOException {
    Run r = iga(dir, "plan", "--target-predikat", "sangat_inovatif", "--allow-new-innovations",
        "--new-innovation-maturity", "60", generated().getFileName().toString());
    assertEquals(0, r.code(), r.err());
    assertEquals("""
        CODE   REGION                      YEAR    IID  PREDIKAT         TARGET  UNITS  NEW  IID AFTER  RESULT
        72     Sulawesi Tengah             2026  17.70  KURANG_INOVATIF   65.01    442    8      65.02  SANGAT_INOVATIF
        63.01  Kabupaten Tanah Laut        2026  33.14  KURANG_INOVATIF   65.01    436    1      65.01  SANGAT_INOVATIF
        76.05  Kabupaten Majene            2026  31.34  KURANG_INOVATIF   65.01    638    5      65.01  SANGAT_INOVATIF
        34     Daerah Istimewa Yogyakarta  2026  20.07  KURANG_INOVATIF   65.01    439    8      65.02  SANGAT_INOVATIF
        51.05  Kabupaten Klungkung         2026  35.44  KURANG_INOVATIF   65.01    439    1      65.01  SANGAT_INOVATIF
        74.11  Kabupaten Kolaka Timur      2026  15.80  KURANG_INOVATIF   65.01    553   12      65.02  SANGAT_INOVATIF
        """, r.out());
  }

  @Test
  void onAGeneratedDatasetCsvHasAStartRowAndSaysWhatIsOutOfReach() throws IOException {
    Run r = iga(dir, "plan", "--target-predikat", "inovatif", "--format", "csv",
        generated().getFileName().toString());
    assertEquals(0, r.code(), r.err());
    List<String> lines = Arrays.asList(r.out().split("\n"));
    assertEquals(List.of(
        "code,name,year,mode,target,step,kind,indicator,indicatorName,innovation,affair,from,to,requires,units,gain,"
            + "iid,predikat",
        "72,Sulawesi Tengah,2026,CLAIMED,40.01,0,START,,,,,,,,,,17.70,KURANG_INOVATIF",
        "72,Sulawesi Tengah,2026,CLAIMED,40.01,,OUT_OF_REACH,,,,,,,,,,40.00,KURANG_INOVATIF",
        "63.01,Kabupaten Tanah Laut,2026,CLAIMED,40.01,0,START,,,,,,,,,,33.14,KURANG_INOVATIF",
        "63.01,Kabupaten Tanah Laut,2026,CLAIMED,40.01,1,RAISE,12,Penghargaan bagi inovator,,,1,3,includes CERTIFICATE and "
            + "INCENTIVE and CULTURE_CONTROL,2,1.60,34.74,KURANG_INOVATIF"), lines.subList(0, 5));
    assertEquals(6, lines.stream().filter(l -> l.contains(",0,START,")).count());
    assertEquals(3, lines.stream().filter(l -> l.contains(",OUT_OF_REACH,")).count());
  }

  @Test
  void aPlanAsJsonNamesEveryStep() {
    assertEquals("""
        {
          "region": {"code": "13.75", "name": "Kota Bukittinggi", "type": "KOTA", "provinceCode": "13"},
          "year": 2024,
          "mode": "CLAIMED",
          "target": {"asked": "IID 38.00", "iid": 38.00, "predikat": "INOVATIF"},
          "start": {"iid": 37.79, "predikat": "INOVATIF"},
          "reached": true,
          "units": 1,
          "levelSteps": 1,
          "newInnovations": 0,
          "final": {"iid": 38.59, "predikat": "INOVATIF"},
          "ceiling": {"iid": 57.34, "predikat": "INOVATIF"},
          "steps": [
            {"step": 1, "kind": "RAISE", "indicator": "12", "name": "Penghargaan bagi inovator", "from": 1, "to": 2, \
        "requires": "(2026 text) Piagam + reward/insentif", "label": "(2026 text) Piagam + reward/insentif", \
        "units": 1, "gain": 0.80, "iid": 38.59, "predikat": "INOVATIF"}
          ]
        }
        """, ok("plan", "--target-iid", "38.00", "--format", "json", "--allow-new-innovations",
        "--new-innovation-maturity", "20", "--max-new-innovations", "1", "examples/2024/kota-bukittinggi.json"));
  }

  @Test
  void readinessListsTheCheapestStepsOfEveryInnovationBelowTheThreshold() {
    String out = ok("plan", "--innovation-target", "100", "--mode", "verified",
        "examples/verified/kabupaten-kulon-progo.json");
    assertTrue(out.startsWith(KULON_PROGO), out);
  }

  private static final String KULON_PROGO = """
        Kabupaten Kulon Progo (34.01), rubric 2024, VERIFIED answers
        Readiness for maturity 100 (at most 111.00): 12 of 12 innovations below, 0 at or above.

        klp-01  SIPANDAI - Sistem Informasi Pelayanan Administrasi Desa Terintegrasi
          maturity 78.00 -> 101.00 with 8 units
          INDICATOR  NAME                                               FROM  TO  NEXT LEVEL REQUIRES                       UNITS   GAIN  MATURITY
          35         Kualitas inovasi daerah (video)                       0   3  5 elements                                    3  12.00     90.00
          31         Replikasi                                             2   3  >= 3 replications                             1   3.00     93.00
          17         Ketersediaan SDM terhadap inovasi daerah              2   3  > 30 persons                                  1   2.00     95.00
          18         Dukungan anggaran                                     2   3  includes T0 and T1 and T2                     1   2.00     97.00
          21         Integrasi program dan kegiatan inovasi dalam RKPD     2   3  includes RKPD_T0 and RKPD_T1 and RKPD_T2      1   2.00     99.00
          28         Kemudahan proses inovasi yang dihasilkan              2   3  0..1 days                                     1   2.00    101.00

        """;

  @Test
  void aRequirementThatBeginsWithAMinusIsWrittenAfterAnApostropheSoThatASpreadsheetReadsItAsText() throws IOException {
    // Bukittinggi with indicator 6 (investment growth) at level 1 and 7, 12, 13a, 14 and 15 at level 3: under 2026
    // the cheapest step is indicator 6 to level 2, whose range begins at -47.43 percent.
    String edited = Files.readString(ROOT.resolve("examples/2024/kota-bukittinggi.json"))
        .replace("\"6\": {\"level\": 2}", "\"6\": {\"level\": 1}");
    for (String code : List.of("7", "12", "13a", "14", "15")) {
      edited = edited.replace("\"" + code + "\": {\"level\": 1}", "\"" + code + "\": {\"level\": 3}");
    }
    Files.writeString(dir.resolve("bukittinggi.json"), edited);
    Run r = iga(dir, "plan", "--year", "2026", "--target-iid", "37.41", "--format", "csv", "bukittinggi.json");
    assertEquals(0, r.code(), r.err());
    assertEquals("""
        code,name,year,mode,target,step,kind,indicator,indicatorName,innovation,affair,from,to,requires,units,gain,\
        iid,predikat
        13.75,Kota Bukittinggi,2026,CLAIMED,37.41,0,START,,,,,,,,,,37.40,KURANG_INOVATIF
        13.75,Kota Bukittinggi,2026,CLAIMED,37.41,1,RAISE,6,Jumlah peningkatan investasi,,,1,2,'-47.43..94.75 percent,\
        1,0.60,38.00,KURANG_INOVATIF
        """, r.out());
  }

  @Test
  void readinessAsCsvHasOneRowPerStep() {
    String out = ok("plan", "--innovation-target", "95", "--format", "csv", "examples/2024/kota-bukittinggi.json");
    List<String> lines = Arrays.asList(out.split("\n"));
    assertEquals(List.of(
        "code,name,year,mode,innovation,title,maturity,target,reachable,step,indicator,indicatorName,from,to,requires,"
            + "units,gain,maturityAfter",
        "13.75,Kota Bukittinggi,2024,CLAIMED,bkt-01,JAM GADANG SEHAT - Skrining Penyakit Tidak Menular di Ruang Publik "
            + "Kota,87.00,95,true,1,35,Kualitas inovasi daerah (video),2,3,5 elements,1,4.00,91.00"), lines.subList(0, 2));
    // The header and 20 steps: 3, 5, 3, 4 and 5 for bkt-01, -02, -03, -04 and -06; bkt-05 is at 95 or above.
    assertEquals(21, lines.size());
    assertEquals(0, lines.stream().filter(l -> l.contains(",bkt-05,")).count());
  }

  @Test
  void commandLinesThePlanCannotRunAreUsageErrors() {
    usage("needs a target: --target-predikat P or --target-iid X, or --innovation-target M",
        "plan", "examples/2024/kota-bukittinggi.json");
    usage("give one target: --target-predikat or --target-iid, not both",
        "plan", "--target-iid", "50", "--target-predikat", "inovatif", "examples/2024/kota-bukittinggi.json");
    usage("--target-iid must be an IID such as 65.01, not 'abc'", "plan", "--target-iid", "abc", "x.json");
    usage("--allow-new-innovations needs --new-innovation-maturity M: the maturity you expect of a new innovation",
        "plan", "--target-iid", "50", "--allow-new-innovations", "x.json");
    usage("--new-innovation-cost goes with --allow-new-innovations",
        "plan", "--target-iid", "50", "--new-innovation-cost", "3", "x.json");
    usage("--new-innovation-cost must be at least 1 unit, not 0", "plan", "--target-iid", "50",
        "--allow-new-innovations", "--new-innovation-maturity", "80", "--new-innovation-cost", "0", "x.json");
    usage("--format json writes one kind of result: give a target or --innovation-target, not both",
        "plan", "--target-iid", "50", "--innovation-target", "100", "--format", "json", "x.json");
    usage("FILE must end in .json (a submission) or .jsonl (a dataset), or be -: 'x.txt'",
        "plan", "--target-iid", "50", "x.txt");
  }

  @Test
  void aTargetFinerThanTheReportingScaleIsInvalidInput() {
    Run r = iga("plan", "--target-iid", "65.011", "examples/2024/kota-bukittinggi.json");
    assertEquals(1, r.code());
    assertEquals("iga plan: target IID 65.011 is finer than rubric 2024's reporting scale of 2 decimals; reported "
        + "IIDs look like 65.01\n", r.err());
  }
}

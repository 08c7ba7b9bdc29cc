package id.iga.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.StringJoiner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CliTest {
  @TempDir
  Path dir;

  record Run(int code, String out, String err) {}

  Run igaWithInput(String stdin, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = Main.run(args, new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
        new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8), dir);
    return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  Run iga(String... args) {
    return igaWithInput("", args);
  }

  /** A 2024 kota with every SPD row at level 3 and {@code n} innovations at level 3 on every row. */
  static String fullMarks(int n, String... affairs) {
    StringJoiner spd = new StringJoiner(", ", "{", "}");
    for (String code : new String[] {"1", "2a", "2b", "3", "4", "5a", "5b", "6", "7", "8", "9", "10a", "10b", "11a",
        "11b", "12", "13a", "13b", "14", "15"}) {
      spd.add("\"" + code + "\": {\"level\": 3}");
    }
    StringJoiner answers = new StringJoiner(", ", "{", "}");
    for (int i = 16; i <= 35; i++) {
      answers.add("\"" + i + "\": {\"level\": 3}");
    }
    StringJoiner innovations = new StringJoiner(",\n    ", "[\n    ", "]");
    for (int i = 0; i < n; i++) {
      innovations.add("{\"id\": \"inv-" + i + "\", \"title\": \"Inovasi " + i + "\", \"agency\": \"Dinas " + i
          + "\", \"affair\": \"" + affairs[i % affairs.length] + "\", \"stage\": \"PENERAPAN\", \"answers\": "
          + answers + "}");
    }
    return "{\"year\": 2024, \"region\": {\"code\": \"33.73\", \"name\": \"Kota Salatiga\", \"type\": \"KOTA\","
        + " \"provinceCode\": \"33\"}, \"spd\": " + spd + ",\n  \"innovations\": " + innovations + "}\n";
  }

  Path write(String name, String content) throws IOException {
    Path p = dir.resolve(name);
    Files.writeString(p, content);
    return p;
  }

  @Test
  void noArgumentsPrintsTheCommandsAndIsAUsageError() {
    Run r = iga();
    assertEquals(2, r.code());
    assertTrue(r.out().startsWith("iga: the Indeks Inovasi Daerah (IID)"), r.out());
    assertTrue(r.out().contains("  score      score submissions (.json), datasets (.jsonl) or standard input (-)\n"));
  }

  @Test
  void everyCommandHasHelpWithAnExample() {
    for (String command : new String[] {"rubrics", "rubric", "score"}) {
      Run r = iga(command, "--help");
      assertEquals(0, r.code(), command);
      assertTrue(r.out().startsWith("Usage: iga " + command), r.out());
      assertTrue(r.out().contains("Example"), command);
    }
  }

  @Test
  void anUnknownCommandIsAUsageError() {
    Run r = iga("rank2");
    assertEquals(2, r.code());
    assertEquals("iga: unknown command 'rank2'; commands: rubrics, rubric, score, compare, rank, report, plan, "
        + "calibrate, generate, completion\nRun 'iga --help' for help.\n", r.err());
  }

  @Test
  void anUnknownOptionIsAUsageErrorNamingTheOptions() {
    Run r = iga("score", "--yaer", "2024", "x.json");
    assertEquals(2, r.code());
    assertTrue(r.err().startsWith("iga score: unknown option --yaer; options: "), r.err());
  }

  @Test
  void anUnknownYearIsAUsageErrorListingTheYears() throws IOException {
    write("k.json", fullMarks(10, "PENDIDIKAN", "KESEHATAN"));
    Run r = iga("score", "--year", "2019", "k.json");
    assertEquals(2, r.code());
    assertEquals("iga score: --year must be a year a rubric module serves (" + Iga.availableYears() + "), not 2019\n"
        + "Run 'iga score --help' for help.\n", r.err());
  }

  @Test
  void fullMarksOnTenInnovationsScore71Point12In2024() throws IOException {
    // SPD 63 + 10 x 111 / MAX(10, 10) + 10 x 0.38 = 177.80 of 250: IID 71.12.
    write("k.json", fullMarks(10, "PENDIDIKAN", "KESEHATAN"));
    Run r = iga("score", "--format", "csv", "k.json");
    assertEquals(0, r.code(), r.err());
    assertEquals(ExamplesTest.SCORE_CSV_HEADER + "\n" + "33.73,Kota Salatiga,KOTA,33,2024,CLAIMED,71.12,SANGAT_INOVATIF,63.00,"
        + "111.00,3.80,114.80,177.80,250.00,10,10,2,24,0\n", r.out());
  }

  @Test
  void oneBasicServiceAffairBelowTheGateLosesTheCountScore() throws IOException {
    // Gate 2 of 6 in 2024: one affair only, count score 0, total 174.00, IID 69.60.
    write("k.json", fullMarks(10, "KESEHATAN", "PARIWISATA"));
    Run r = iga("score", "--format", "csv", "k.json");
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().contains(",69.60,SANGAT_INOVATIF,63.00,111.00,0.00,111.00,174.00,250.00,10,10,1,"), r.out());
  }

  @Test
  void theSameSubmissionUnder2026IsDividedByTwelveAndGatedAtFiveAffairs() throws IOException {
    // 2026 SPD rows answered by level carry over; k = 12: 1110 / 12 = 92.50; gate 5 of 6 unmet: count 0.
    // Total 63 + 92.5 = 155.50: IID 62.20, INOVATIF under the 2026 bands.
    write("k.json", fullMarks(10, "PENDIDIKAN", "KESEHATAN"));
    Run r = iga("score", "--year", "2026", "--format", "csv", "k.json");
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().contains(",2026,CLAIMED,62.20,INOVATIF,63.00,92.50,0.00,92.50,155.50,250.00,12,10,2,"),
        r.out());
  }

  @Test
  void anArgumentThatStartsWithAnAtSignIsAFileNameNotAListOfArguments() throws IOException {
    write("@k.json", fullMarks(10, "PENDIDIKAN", "KESEHATAN"));
    Run r = iga("score", "--format", "csv", "@k.json");
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().startsWith(ExamplesTest.SCORE_CSV_HEADER + "\n33.73,Kota Salatiga,"), r.out());
  }

  @Test
  void aDatasetOnStandardInputGivesOneRowPerRegion() {
    String line = fullMarks(10, "PENDIDIKAN", "KESEHATAN").replace("\n", "");
    Run r = igaWithInput(line + "\n" + line.replace("33.73", "33.76").replace("Kota Salatiga", "Kota Tegal") + "\n",
        "score", "-");
    assertEquals(0, r.code(), r.err());
    assertEquals("""
        CODE   REGION         YEAR    IID  PREDIKAT           SPD     SID   N  NOTE
        33.73  Kota Salatiga  2024  71.12  SANGAT_INOVATIF  63.00  114.80  10  rests on 24 ASSUMED facts
        33.76  Kota Tegal     2024  71.12  SANGAT_INOVATIF  63.00  114.80  10  rests on 24 ASSUMED facts
        """, r.out());
  }

  @Test
  void aPrettyPrintedSubmissionOnStandardInputScoresAsTheFileDoes() throws IOException {
    Path example = Iga.ROOT.resolve("examples/2024/kota-bukittinggi.json");
    Run piped = igaWithInput(Files.readString(example), "score", "-");
    assertEquals(0, piped.code(), piped.err());
    assertEquals(iga("score", example.toString()), piped);
    assertTrue(piped.out().startsWith("""
        Kota Bukittinggi (13.75, KOTA, province 13)
        Rubric 2024, CLAIMED answers

        IID       37.79  INOVATIF
        """), piped.out());
    assertEquals(iga("score", "--format", "csv", example.toString()),
        igaWithInput(Files.readString(example), "score", "--format", "csv", "-"));
  }

  @Test
  void anErrorInTheSecondDocumentOnStandardInputNamesItsLineInTheInput() {
    String first = fullMarks(1, "PENDIDIKAN");
    String second = first.replace("\"35\": {\"level\": 3}", "\"36\": {\"level\": 3}");
    Run r = igaWithInput(first + second, "score", "-");
    assertEquals(1, r.code());
    // The first is scored and shown, and the table says it is not the whole.
    assertTrue(r.out().startsWith("Kota Salatiga (33.73, KOTA, province 33)\n"), r.out());
    assertTrue(r.out().endsWith("\n\nPartial: 1 of 2 submissions was not scored; each is named on standard error.\n"),
        r.out());
    // Line 6 is the third line of the second document; column 508 is where the answer of "36" opens.
    assertEquals("iga score: <stdin>:6:508 /innovations/0/answers/36: rubric 2024 has no innovation indicator '36'; "
        + "expected one of 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32, 33, 34, 35\n"
        + "iga score: 1 of 2 submissions was not scored; the output is partial: it holds the results of the other 1\n",
        r.err());
  }

  @Test
  void anUnknownIndicatorIsInvalidInputNamingFileLineAndPointer() throws IOException {
    write("bad.json", fullMarks(1, "PENDIDIKAN").replace("\"35\": {\"level\": 3}", "\"36\": {\"level\": 3}"));
    Run r = iga("score", "bad.json");
    assertEquals(1, r.code());
    assertTrue(r.err().startsWith("iga score: " + dir.resolve("bad.json") + ":3:"), r.err());
    assertTrue(r.err().contains(" /innovations/0/answers/36: rubric 2024 has no innovation indicator '36'"), r.err());
  }

  @Test
  void aMissingFileIsInvalidInput() {
    Run r = iga("score", "missing.json");
    assertEquals(1, r.code());
    assertTrue(r.err().startsWith("iga score: "), r.err());
    assertTrue(r.err().contains("missing.json"), r.err());
  }

  @Test
  void jsonOutputOfOneSubmissionFollowsTheResultContract() throws IOException {
    write("k.json", fullMarks(10, "PENDIDIKAN", "KESEHATAN"));
    Run r = iga("score", "--format", "json", "k.json");
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().startsWith("""
        {
          "region": {"code": "33.73", "name": "Kota Salatiga", "type": "KOTA", "provinceCode": "33"},
          "year": 2024,
          "mode": "CLAIMED",
          "iid": 71.12,
          "predikat": "SANGAT_INOVATIF",
          "spd": 63.00,
          "maturityMean": 111.00,
          "countScore": 3.80,
          "sid": 114.80,
          "total": 177.80,
          "maxTotal": 250.00,
          "divisor": 10,
          "innovationCount": 10,
          "basicServicesCovered": 2,
          "basicServices": ["PENDIDIKAN", "KESEHATAN"],
          "gate": 2,
          "gateMet": true,
        """), r.out());
    assertTrue(r.out().contains("""
          "pointsLost": [
            {"kind": "COUNT_SCORE", "points": 72.20}
          ],
        """), r.out());
  }

  @Test
  void theRubricLintListsThe2026OverlapAtFivePointTwoThree() {
    Run r = iga("rubric", "2026", "--lint");
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().contains("OVERLAP  indicator 4: values [5.23, 5.23] meet levels 2 and 3; level 3 wins\n"),
        r.out());
  }

  /** The text with {@code from} replaced by {@code to}, which must occur exactly once. */
  private static String replaceOnce(String text, String from, String to) {
    assertEquals(text.indexOf(from), text.lastIndexOf(from), from);
    assertTrue(text.contains(from), from);
    return text.replace(from, to);
  }

  @Test
  void theRubricLintListsTheLevelsNoPlausibleFactEarnsOfAWhatIfRubric() throws IOException {
    String published = iga("rubric", "2026", "--format", "json").out();
    String json = replaceOnce(replaceOnce(published,
        "\"label\": \"1-10 SDM\", \"when\": {\"range\": {\"min\": 1, \"max\": 10}}",
        "\"label\": \"1-10 SDM\", \"when\": {\"range\": {\"min\": -5, \"max\": -1}}"),
        "\"label\": \"1 kali direplikasi\", \"when\": {\"range\": {\"min\": 1, \"max\": 1}}",
        "\"label\": \"1 kali direplikasi\", \"when\": {\"range\": {\"min\": 2, \"max\": 2}}");
    Run r = iga("rubric", write("what-if.json", json).toString(), "--lint");
    assertEquals(0, r.code(), r.err());
    assertEquals(List.of(
        "THEORETICAL  indicator 17: level 1 is earned only by values [-5, -1], none of them plausible for persons "
            + "(whole numbers >= 0)",
        "THEORETICAL  indicator 31: level 1 is never earned: every fact that meets it meets level 2 too, and the "
            + "highest level wins"),
        r.out().lines().filter(l -> l.startsWith("THEORETICAL")).toList());
  }

  @Test
  void aResultUnderTheProjected2027RubricSaysSoInItsHeadingAndFirstWarning() throws IOException {
    write("k.json", fullMarks(10, "PENDIDIKAN", "KESEHATAN"));
    Run r = iga("score", "--year", "2027", "k.json");
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().startsWith("Kota Salatiga (33.73, KOTA, province 33)\n"
        + "Rubric 2027 (projected, not yet in force), CLAIMED answers\n"), r.out());
    String warnings = r.out().substring(r.out().indexOf("Warnings\n"));
    // The 50 projected facts of the rubric, and the projected rule that the count score is 0 without the gate of 6,
    // which two basic-service affairs do not meet.
    assertTrue(warnings.startsWith("Warnings\n  PROJECTED_RUBRIC: rubric 2027 is projected, not yet in force: it rests "
        + "on 51 PROJECTED fact(s): rubric 2027, divisorFloor, "), warnings);
    assertTrue(warnings.contains(", indicator 35, rule countScoreWithoutGate\n"), warnings);
    assertTrue(warnings.contains("\n  ASSUMED_PARAMETER: rubric 2027 rests on 1 ASSUMED fact(s): rounding\n"),
        warnings);
  }

  @Test
  void theProjectedRubricAsMarkdownSaysSoAndGivesEachAssumptionItsStatus() {
    Run r = iga("rubric", "2027", "--format", "md");
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().startsWith("# Indeks Inovasi Daerah 2027 (projected) (2027)\n\n"
        + "- **Projected, not yet in force**: facts announced for this year or carried into it (PROJECTED)\n"
        + "- Official letter: not found\n"), r.out());
    assertTrue(r.out().contains("\n## Assumptions (ASSUMED and PROJECTED facts)\n\n"
        + "| subject | status | value | source |\n|---|---|---|---|\n"
        + "| rubric 2027 | PROJECTED | Indeks Inovasi Daerah 2027 (projected) | "), r.out());
    assertTrue(r.out().contains("\n| rounding | ASSUMED | HALF_UP | not published for any year; "), r.out());
  }

  @Test
  void theRubricAsMarkdownListsEveryRuleWithItsValueMeaningStatusAndSource() {
    Run r = iga("rubric", "2026", "--format", "md");
    assertEquals(0, r.code(), r.err());
    List<String> table = r.out().lines().dropWhile(l -> !l.equals("## Rules")).skip(6)
        .takeWhile(l -> !l.isEmpty()).toList();
    assertEquals(List.of(
        "| overlap | HIGHEST_LEVEL | a fact that meets the published ranges of two levels earns the higher level | ASSUMED",
        "| gap | ZERO | a fact between the published ranges of two levels meets no level and scores 0 | ASSUMED",
        "| notAcceptedAnswer | ZERO | in VERIFIED mode an answer the verifier did not accept (rejected or not yet "
            + "verified) scores 0 | ASSUMED",
        "| notAcceptedInnovation | COUNTS_IN_N_AND_GATE | in VERIFIED mode an innovation none of whose answers the "
            + "verifier accepted still counts in n and its affair toward the basic-service gate | ASSUMED",
        "| countScoreWithoutGate | ZERO | the count score is 0 when the innovations cover fewer basic-service affairs "
            + "than the gate | CONFIRMED_SECONDARY"),
        table.stream().map(l -> l.substring(0, l.lastIndexOf(" | ", l.length() - 3))).toList());
    assertTrue(table.get(4).endsWith(" | the 2026 guideline: the count score is paid only when the innovations cover "
        + "at least 5 of the 6 basic-service affairs, and is 0 otherwise (Lampiran I/II, Surat Kepala BSKDN "
        + "400.10.11/1887/BSKDN (29 Apr 2026), as copied in https://github.com/prjctpy/simonda/blob/"
        + "91316a399bdd85f703ba61852acbf83e8186bb60/backend/inovasi/iga.py) |"), table.get(4));
  }

  @Test
  void theRubricAsMarkdownShowsMaximaAndShare() {
    Run r = iga("rubric", "2024", "--format", "md");
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().contains("| 63 | 111 | 76 | 250 | 25.2% |"), r.out());
  }
}

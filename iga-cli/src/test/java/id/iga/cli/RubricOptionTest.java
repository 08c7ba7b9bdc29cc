package id.iga.cli;

import static id.iga.cli.CompareCommandTest.cells;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * End to end: {@code --rubric FILE} on the scoring commands, and {@code iga rubric YEAR --set ... --format json},
 * whose document reads back as the same what-if rubric. Each command runs in a temporary directory holding the
 * rubric documents.
 */
class RubricOptionTest {
  @TempDir
  Path dir;

  private static String example(String name) {
    return Iga.ROOT.resolve("examples").resolve("2024").resolve(name).toString();
  }

  private Iga.Run iga(String... args) {
    return Iga.in(dir, args);
  }

  /** Runs {@code args} (a command and its arguments) and requires a usage error with this message. */
  private void assertUsageError(String message, String... args) {
    Iga.Run r = iga(args);
    assertEquals(2, r.code());
    assertEquals("iga " + args[0] + ": " + message + "\nRun 'iga " + args[0] + " --help' for help.\n", r.err());
  }

  private String ok(String... args) {
    Iga.Run r = iga(args);
    assertEquals(0, r.code(), r.err());
    return r.out();
  }

  /** The shipped 2025 rubric as 'iga rubric 2025 --format json' writes it, with {@code from} replaced by {@code to}. */
  private Path edited2025(String name, String from, String to) throws IOException {
    String json = ok("rubric", "2025", "--format", "json");
    assertEquals(1, json.split(java.util.regex.Pattern.quote(from), -1).length - 1, from);
    return Files.writeString(dir.resolve(name), json.replace(from, to));
  }

  /** 2025 with k = 12 and a title of its own, no overrides listed: an edited rubric. */
  private void myRubric() throws IOException {
    Path p = edited2025("my-rubric.json", "\"title\": \"Indeks Inovasi Daerah 2025\"", "\"title\": \"My 2025\"");
    Files.writeString(p, Files.readString(p).replaceFirst("(\"divisorFloor\": \\{\"value\": )10,", "$112,"));
  }

  private static final String EDITED = "scored under rubric 2025 from my-rubric.json, not the shipped rubric 2025: it "
      + "differs in title, parameter divisorFloor";

  @Test
  void aWhatIfRubricWrittenByTheRubricCommandScoresAsTheWhatIfAndWritesBackTheSameDocument() throws IOException {
    String written = ok("rubric", "2025", "--set", "k=12", "--format", "json");
    Files.writeString(dir.resolve("what-if.json"), written);
    assertEquals(written, ok("rubric", "what-if.json", "--format", "json"));
    assertEquals(ok("score", "--year", "2025", "--set", "k=12", "--format", "json", example("kota-bukittinggi.json")),
        ok("score", "--rubric", "what-if.json", "--format", "json", example("kota-bukittinggi.json")));
  }

  @Test
  void theRubricCommandRefusesASettingTheRubricCannotTake() {
    assertUsageError("--set for rubric 2025: basicServiceGate must be 0..6, not 7",
        "rubric", "2025", "--set", "gate=7", "--format", "json");
  }

  @Test
  void theShippedRubricWrittenAndReadBackScoresExactlyAsItsYear() throws IOException {
    Files.writeString(dir.resolve("shipped.json"), ok("rubric", "2025", "--format", "json"));
    assertEquals(ok("score", "--year", "2025", "--format", "json", example("kabupaten-wonosobo.json")),
        ok("score", "--rubric", "shipped.json", "--format", "json", example("kabupaten-wonosobo.json")));
  }

  @Test
  void scoreUnderAnEditedRubricSaysSoInItsHeadingAndFirstWarning() throws IOException {
    myRubric();
    List<String> out = ok("score", "--rubric", "my-rubric.json", example("kota-bukittinggi.json")).lines().toList();
    assertEquals(List.of("Kota Bukittinggi (13.75, KOTA, province 13)",
        "Rubric 2025 from my-rubric.json, CLAIMED answers", "", "IID       34.48  KURANG INOVATIF"),
        out.subList(0, 4));
    assertEquals("  USER_RUBRIC: " + EDITED, out.get(out.indexOf("Warnings") + 1));
  }

  @Test
  void scoreUnderAnEditedRubricWritesTheWarningFirstInJson() throws IOException {
    myRubric();
    String json = ok("score", "--rubric", "my-rubric.json", "--format", "json", example("kota-bukittinggi.json"));
    assertEquals("    {\"kind\": \"USER_RUBRIC\", \"message\": \"" + EDITED + "\"},",
        json.lines().dropWhile(l -> !l.equals("  \"warnings\": [")).skip(1).findFirst().orElseThrow());
  }

  @Test
  void aDatasetUnderAnEditedRubricSaysSoOnEveryRow() throws IOException {
    myRubric();
    List<String> out = cells(ok("score", "--rubric", "my-rubric.json", example("dataset.jsonl")));
    assertEquals("13.75 | Kota Bukittinggi | 2025 | 34.48 | KURANG_INOVATIF | 42.50 | 43.70 | 6 | user rubric; rests "
        + "on 49 ASSUMED facts", out.get(2));
  }

  @Test
  void rankUnderAnEditedRubricNamesItInItsHeading() throws IOException {
    myRubric();
    List<String> out = ok("rank", "--rubric", "my-rubric.json", example("dataset.jsonl")).lines().toList();
    assertEquals("Ranks by IID, rubric 2025 from my-rubric.json, CLAIMED answers: kabupaten, nationally ("
        + example("dataset.jsonl") + ")", out.get(0));
    assertEquals("5 | 5 | 91.03 | Kabupaten Jayapura | Papua | 19.29 | KURANG_INOVATIF", cells(out.get(6)).get(0));
  }

  @Test
  void planUnderAnEditedRubricNamesItInItsHeading() throws IOException {
    myRubric();
    List<String> out = ok("plan", "--rubric", "my-rubric.json", "--target-predikat", "inovatif",
        example("kota-bukittinggi.json")).lines().toList();
    assertEquals(List.of("Kota Bukittinggi (13.75), rubric 2025 from my-rubric.json, CLAIMED answers",
        "IID now 34.48, KURANG_INOVATIF. Target: INOVATIF (a reported IID of at least 40.01)."), out.subList(0, 2));
  }

  @Test
  void aRubricAndAYearTogetherAreAUsageError() throws IOException {
    myRubric();
    assertUsageError("--rubric FILE scores under the document's rubric, whose year it names; give --rubric or "
        + "--year, not both",
        "score", "--rubric", "my-rubric.json", "--year", "2025", example("kota-bukittinggi.json"));
  }

  @Test
  void aRubricWithAWhatIfIsAUsageError() throws IOException {
    myRubric();
    assertUsageError("--set and --sweep start from a shipped year, not from --rubric; write the what-if into the "
        + "document ('iga rubric YEAR --set NAME=VALUE --format json') or edit it",
        "score", "--rubric", "my-rubric.json", "--set", "k=14", example("kota-bukittinggi.json"));
  }

  @Test
  void aRubricThatIsNoJsonDocumentIsAUsageError() {
    assertUsageError("--rubric must name a rubric document FILE.json, not 'my-rubric.txt'",
        "rank", "--rubric", "my-rubric.txt", example("dataset.jsonl"));
  }

  @Test
  void aBrokenRubricDocumentIsInvalidInputNamingItsPlace() throws IOException {
    edited2025("broken.json", "\"divisorFloor\": {\"value\": 10,", "\"divisorFloor\": {\"value\": \"ten\",");
    Iga.Run r = iga("plan", "--rubric", "broken.json", "--target-predikat", "inovatif",
        example("kota-bukittinggi.json"));
    assertEquals(1, r.code());
    assertEquals("", r.out());
    // In the process the working directory is the test's; the command line names the file as typed. The place is
    // the line that holds the edit, at the column of its string.
    List<String> lines = Files.readAllLines(dir.resolve("broken.json"));
    int line = 1 + lines.indexOf(lines.stream().filter(l -> l.contains("\"ten\"")).findFirst().orElseThrow());
    int column = 1 + lines.get(line - 1).indexOf("\"ten\"");
    assertEquals("iga plan: " + dir.resolve("broken.json") + ":" + line + ":" + column
        + " /parameters/divisorFloor/value: expected an "
        + "integer, found a string\n", r.err());
  }

  @Test
  void everyScoringCommandDocumentsTheOptionTheSameWay() {
    for (String command : List.of("score", "rank", "plan", "report")) {
      String help = ok(command, "--help");
      // The option's line and the lines of its text wrapped under it, up to the next option.
      List<String> lines = help.lines().dropWhile(l -> !l.startsWith("  --rubric FILE.json  ")).toList();
      String option = lines.get(0) + lines.stream().skip(1).takeWhile(l -> l.startsWith("    ")).map(l -> "\n" + l)
          .reduce("", String::concat);
      assertEquals("--rubric FILE.json | score under the rubric document FILE.json, your own or one that 'iga rubric "
          + "YEAR --format json' wrote and you edited; results warn USER_RUBRIC unless it is the shipped rubric of its "
          + "year. Not with --year", option.strip().replaceAll(" {2,}", " | ").replaceAll("\n \\| ", " "), command);
      assertEquals(true, help.contains("  iga " + command + " --rubric my-rubric.json "), command);
    }
  }

  @Test
  void compareShowsAnEditedRubricAsAColumnLabelledWithItsFile() throws IOException {
    myRubric();
    List<String> out = cells(ok("compare", "--years", "2024,2026", "--rubric", "my-rubric.json",
        example("kota-bukittinggi.json")));
    assertEquals(List.of(
        "Kota Bukittinggi (13.75), CLAIMED answers, under rubric years 2024, 2026, 2025 (my-rubric.json)", "",
        "YEAR | IID | PREDIKAT | SPD | MATURITY MEAN | COUNT SCORE | DIVISOR | NOTE",
        "2024 | 37.79 | INOVATIF | 42.50 | 49.70 | 2.28 | 10 | rests on 24 ASSUMED facts",
        "2026 | 32.80 | KURANG_INOVATIF | 42.50 | 39.50 | 0.00 | 12 | rests on 1 ASSUMED facts",
        "2025 (my-rubric.json) | 34.48 | KURANG_INOVATIF | 42.50 | 41.42 | 2.28 | 12 | user rubric; rests on 49 "
            + "ASSUMED facts"), out.subList(0, 6));
  }

  @Test
  void compareCountsADatasetUnderAnEditedRubricInItsOwnColumn() throws IOException {
    myRubric();
    List<String> out = cells(ok("compare", "--years", "2024", "--rubric", "my-rubric.json",
        example("dataset.jsonl")));
    assertEquals(List.of("PREDIKAT | 2024 | 2025 (my-rubric.json)", "SANGAT_INOVATIF | 0 | 0", "INOVATIF | 7 | 5",
        "KURANG_INOVATIF | 1 | 3"), out.subList(1, 5));
  }

  @Test
  void compareRefusesAnEditedRubricBesideItsOwnYear() throws IOException {
    myRubric();
    assertUsageError("--rubric my-rubric.json is a rubric of 2025, and column 2025 is of that year too; the "
        + "comparison keys its columns by year, so compare each year once (score under each with 'iga score "
        + "--rubric' and 'iga score --year')",
        "compare", "--years", "2025,2026", "--rubric", "my-rubric.json", example("kota-bukittinggi.json"));
  }

  @Test
  void compareNeedsTwoColumns() throws IOException {
    myRubric();
    assertUsageError("needs at least two columns to compare: --years and --rubric together give 1",
        "compare", "--rubric", "my-rubric.json", example("kota-bukittinggi.json"));
  }

  @Test
  void reportUnderAnEditedRubricNamesItAndSaysItIsNotTheShippedRubric() throws IOException {
    myRubric();
    assertEquals("wrote mine.html: 8 regions, rubric years 2025 from my-rubric.json, 2026\n", ok("report", "--rubric",
        "my-rubric.json", "--years", "2026", "-o", "mine.html", example("dataset.jsonl")));
    assertEquals(true, Files.readString(dir.resolve("mine.html")).contains("<li><strong>My 2025</strong>: <span "
        + "class=\"warn\">not the shipped rubric: " + EDITED + ".</span> "));
  }

  @Test
  void reportRefusesTheDocumentsOwnYearAmongTheOthers() throws IOException {
    myRubric();
    assertUsageError("--years lists 2025, the year of --rubric my-rubric.json; the report keys its years by year, "
        + "so give each year once", "report", "--rubric", "my-rubric.json", "--years", "2025", "-o", "mine.html",
        example("dataset.jsonl"));
  }
}

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
    Iga.Run r = iga("rubric", "2025", "--set", "gate=7", "--format", "json");
    assertEquals(2, r.code());
    assertEquals("iga rubric: --set for rubric 2025: basicServiceGate must be 0..6, not 7\n"
        + "Run 'iga rubric --help' for help.\n", r.err());
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
    Iga.Run r = iga("score", "--rubric", "my-rubric.json", "--year", "2025", example("kota-bukittinggi.json"));
    assertEquals(2, r.code());
    assertEquals("iga score: --rubric FILE scores under the document's rubric, whose year it names; give --rubric or "
        + "--year, not both\nRun 'iga score --help' for help.\n", r.err());
  }

  @Test
  void aRubricWithAWhatIfIsAUsageError() throws IOException {
    myRubric();
    Iga.Run r = iga("score", "--rubric", "my-rubric.json", "--set", "k=14", example("kota-bukittinggi.json"));
    assertEquals(2, r.code());
    assertEquals("iga score: --set and --sweep start from a shipped year, not from --rubric; write the what-if into "
        + "the document ('iga rubric YEAR --set NAME=VALUE --format json') or edit it\n"
        + "Run 'iga score --help' for help.\n", r.err());
  }

  @Test
  void aRubricThatIsNoJsonDocumentIsAUsageError() {
    Iga.Run r = iga("rank", "--rubric", "my-rubric.txt", example("dataset.jsonl"));
    assertEquals(2, r.code());
    assertEquals("iga rank: --rubric must name a rubric document FILE.json, not 'my-rubric.txt'\n"
        + "Run 'iga rank --help' for help.\n", r.err());
  }

  @Test
  void aBrokenRubricDocumentIsInvalidInputNamingItsPlace() throws IOException {
    edited2025("broken.json", "\"divisorFloor\": {\"value\": 10,", "\"divisorFloor\": {\"value\": \"ten\",");
    Iga.Run r = iga("plan", "--rubric", "broken.json", "--target-predikat", "inovatif", example("kota-bukittinggi.json"));
    assertEquals(1, r.code());
    assertEquals("", r.out());
    // In the process the working directory is the test's; the command line names the file as typed.
    assertEquals("iga plan: " + dir.resolve("broken.json") + ":18:31 /parameters/divisorFloor/value: expected an "
        + "integer, found a string\n", r.err());
  }
}

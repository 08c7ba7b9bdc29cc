package id.iga.json;

import static id.iga.MessageAssertions.assertIndonesian;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import id.iga.IgaException;
import id.iga.Message;
import id.iga.rubric.Predicate;
import id.iga.submission.Affair;
import id.iga.submission.Innovation;
import id.iga.submission.Stage;
import id.iga.submission.Submission;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The readers' and writers' errors in Bahasa Indonesia, one of each kind: the whole message with its place, and the
 * key and arguments an application would show in its own words.
 */
class JsonMessagesSpec {
  private static final String REGION = "\"region\": {\"code\": \"33.14\", \"name\": \"Kabupaten Sragen\", "
      + "\"type\": \"KABUPATEN\", \"provinceCode\": \"33\"}";

  /** A submission document of four lines: year, region, spd (given), innovations. */
  private static String submission(String spd) {
    return "{\"year\": 2024,\n " + REGION + ",\n \"spd\": " + spd + ",\n \"innovations\": []}";
  }

  private static InputStream bytes(byte[] b) {
    return new ByteArrayInputStream(b);
  }

  private static InputStream utf8(String s) {
    return bytes(s.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void aValueOfTheWrongTypeNamesTheTypeFoundInTheSameLanguage() {
    IgaException e = assertIndonesian(() -> SubmissionJson.read("{\"year\": \"2024\"}"),
        "<string>:1:10 /year: seharusnya bilangan bulat, bukan string",
        "json.expectedInteger", Message.of("json.value.string"));
    assertEquals("<string>:1:10 /year: expected an integer, found a string", e.getMessage());
    assertIndonesian(() -> SubmissionJson.read("{\"year\": 2024, \"region\": []}"),
        "<string>:1:26 /region: seharusnya objek, bukan array",
        "json.expectedObject", Message.of("json.value.array"));
    assertIndonesian(() -> SubmissionJson.read(submission("{\"1\": {\"verified\": null}}")),
        "<string>:3:28 /spd/1/verified: seharusnya true atau false, bukan null",
        "json.expectedBoolean", Message.of("json.value.null"));
  }

  @Test
  void anUnknownFieldListsTheFieldsAllowed() {
    assertIndonesian(() -> SubmissionJson.read("{\"year\": 2024, \"regio\": {}}"),
        "<string>:1:16 /regio: atribut 'regio' tidak dikenal; seharusnya salah satu dari year, region, spd, "
            + "innovations",
        "json.unknownField", "regio", "year, region, spd, innovations");
  }

  @Test
  void aKeyGivenTwiceIsNamedAtTheSecond() {
    assertIndonesian(() -> SubmissionJson.read("{\"year\": 2024, \"year\": 2025}"),
        "<string>:1:16 /year: kunci 'year' ganda; satu kunci hanya boleh muncul satu kali dalam satu objek",
        "json.duplicateKey", "year");
  }

  @Test
  void aMissingFieldIsNamedAtItsObjectAndTheRootInWords() {
    assertIndonesian(() -> SubmissionJson.read("{\"year\": 2024}"),
        "<string>:1:1 (akar dokumen): atribut wajib 'region' tidak ada", "json.missingField", "region");
  }

  @Test
  void aNumberOutOfRangeGivesTheRangeAndTheNumberAsWritten() {
    assertIndonesian(() -> SubmissionJson.read(submission("{\"1\": {\"level\": 5}}")),
        "<string>:3:25 /spd/1/level: seharusnya bilangan bulat 0..3, bukan 5", "json.expectedIntegerIn", 0, 3, "5");
    assertIndonesian(() -> SubmissionJson.read("{\"year\": 2024.5}"),
        "<string>:1:10 /year: seharusnya bilangan bulat, bukan 2024.5", "json.expectedInteger", "2024.5");
  }

  @Test
  void anAnswerOfTwoFormsNamesTheFormsFound() {
    assertIndonesian(() -> SubmissionJson.read(submission("{\"1\": {\"level\": 1, \"value\": 2, \"codes\": []}}")),
        "<string>:3:15 /spd/1: seharusnya jawaban dengan tepat satu bentuk: {level}, {value}, {category}, {codes} "
            + "atau {basis, value}; yang ada: level dan value dan codes",
        "json.answerForm", Message.of("json.forms.and", Message.of("json.forms.and", "level", "value"), "codes"));
  }

  @Test
  void bytesThatAreNotUtf8AreNamedAtTheirCharacter() {
    byte[] json = "{\"year\": 2024, \"x\u00FF\": 1}".getBytes(StandardCharsets.ISO_8859_1);
    assertIndonesian(() -> SubmissionJson.readLocated(bytes(json), "data.json"),
        "data.json:1:18 /year: masukan bukan UTF-8 yang valid", "json.badUtf8");
  }

  @Test
  void aLoneSurrogateIsNamedWithItsCodeAndCharacter() {
    assertIndonesian(() -> SubmissionJson.read("{\"year\": 2024,\n " + REGION.replace("Kabupaten Sragen",
            "Sragen \\udc00") + "}"),
        "<string>:2:38 /region/name: seharusnya string UTF-16 yang utuh (setiap surrogate tinggi diikuti surrogate "
            + "rendah), tetapi terdapat surrogate rendah tunggal \\uDC00 pada karakter ke-8",
        "json.loneSurrogateInString", Message.of("json.surrogate.low"), "DC00", 8);
  }

  @Test
  void aNumberOrNestingBeyondTheReadingLimitsGivesTheLimit() {
    assertIndonesian(() -> SubmissionJson.read(submission("{\"1\": {\"value\": 1e100}}")),
        "<string>:3:25 /spd/1/value: seharusnya bilangan paling banyak 64 karakter bila ditulis lengkap, bukan 1E+100 "
            + "(101 karakter)",
        "json.numberTooLong", 64, "1E+100", 101L);
    String deep = "[".repeat(65) + "]".repeat(65);
    assertIndonesian(() -> RubricJson.read(deep),
        "<string>:1:66 /0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0"
            + "/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0: seharusnya objek dan array bersarang paling banyak 64 lapis, bukan 65 "
            + "lapis",
        "json.limit.nesting", 64L, 65L);
  }

  @Test
  void aMalformedLineOfADatasetGivesTheParsersOwnWordsInEnglish() {
    String lines = SubmissionJson.toJson(JsonFixtures.submission()).replace("\n", "") + "\n{\"year\": 2024,,}\n";
    try (SubmissionSource data = SubmissionSource.of(SubmissionSource.Kind.LINES, utf8(lines), "data.jsonl")) {
      data.next();
      assertIndonesian(data::next,
          "data.jsonl:2:15 /year: JSON tidak valid, menurut pengurai JSON: Unexpected character (',' (code "
              + "44)): was expecting double-quote to start field name",
          "json.malformed", "Unexpected character (',' (code 44)): was expecting double-quote to start field name");
    }
  }

  @Test
  void aModelErrorKeepsItsOwnKeyAtThePlaceTheDocumentGaveIt() {
    assertIndonesian(() -> SubmissionJson.read("{\"year\": 2024,\n " + REGION.replace("\"33\"}", "\"34\"}")
            + ",\n \"spd\": {}, \"innovations\": []}"),
        "<string>:2:12 /region: daerah 33.14 terletak di provinsi 33, bukan '34'",
        "submission.region.province", "33.14", "33", "34");
  }

  @Test
  void aFailingInputGivesTheSystemsWordsAndSaysSo() {
    try (SubmissionSource data = SubmissionSource.of(SubmissionSource.Kind.LINES,
        JsonFixtures.failing(new IOException("disk gone")), "data.jsonl")) {
      assertIndonesian(data::next, "data.jsonl:1: masukan tidak dapat dibaca: disk gone (pesan sistem)",
          "json.cannotRead", Message.of("json.reason.system", "disk gone"));
    }
    InputStream denied = JsonFixtures.failing(new AccessDeniedException("data.json"));
    assertIndonesian(() -> SubmissionJson.read(denied, "data.json"),
        "data.json:1:1 (akar dokumen): masukan tidak dapat dibaca: akses ditolak", "json.cannotRead",
        Message.of("json.reason.denied"));
  }

  @Test
  void aMissingFileIsNamed(@TempDir Path dir) {
    Path missing = dir.resolve("missing.json");
    assertIndonesian(() -> SubmissionJson.readLocated(missing), missing + ": berkas tidak ditemukan",
        "json.noSuchFile");
    assertIndonesian(() -> SubmissionSource.open(dir.resolve("data.csv")), dir.resolve("data.csv")
        + ": seharusnya berkas yang namanya berakhiran .json (satu data penilaian) atau .jsonl (JSON Lines)",
        "json.fileKind");
  }

  @Test
  void aSubmissionTheFormatCannotHoldIsRefusedBeforeWriting() {
    Submission s = JsonFixtures.submission();
    Submission bad = new Submission(s.year(), s.region(), s.spd(), List.of(
        new Innovation("inv-a", "Si Cantik \uD800", "Dinas Kesehatan", Affair.KESEHATAN, Stage.PENERAPAN, Map.of())));
    assertIndonesian(() -> SubmissionJson.toJson(bad),
        "/innovations/0/title: string dengan surrogate tunggal (karakter ke-11) tidak dapat ditulis; UTF-8 tidak "
            + "memiliki bentuk untuknya",
        "json.write.loneSurrogate", 11);
  }

  // --------------------------------------------------------------------------------------------------- rubrics

  private static final String RUBRIC = resource("fixture-rubric.json");

  private static String resource(String name) {
    try (InputStream in = JsonMessagesSpec.class.getResourceAsStream(name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Asserts the Indonesian error of the fixture rubric with one edit, placed at the first marker in the result. */
  private static IgaException assertRubric(String from, String to, String marker, String message, String key,
      Object... arguments) {
    String json = RUBRIC.replace(from, to);
    long[] p = JsonFixtures.place(json, marker);
    return assertIndonesian(() -> RubricJson.read(json), "<string>:" + p[0] + ":" + p[1] + " " + message, key,
        arguments);
  }

  @Test
  void aRubricOfAnotherFormatIsNamedWithBoth() {
    assertRubric("\"iga-rubric/1\"", "\"iga-rubric/2\"", "\"iga-rubric/2\"",
        "/format: seharusnya format 'iga-rubric/1', bukan 'iga-rubric/2'", "json.rubricFormat", "iga-rubric/1",
        "iga-rubric/2");
  }

  @Test
  void aConstantNotOfItsEnumListsTheConstants() {
    assertRubric("\"HALF_UP\"", "\"ROUND\"", "\"ROUND\"", "/parameters/rounding/value: seharusnya salah satu dari "
            + "UP, DOWN, CEILING, FLOOR, HALF_UP, HALF_DOWN, HALF_EVEN, UNNECESSARY, bukan 'ROUND'",
        "json.expectedOneOf", "UP, DOWN, CEILING, FLOOR, HALF_UP, HALF_DOWN, HALF_EVEN, UNNECESSARY", "ROUND");
  }

  @Test
  void aPredicateOfTwoFormsNamesTheFieldsFound() {
    assertRubric("{\"oneOf\": [\"PERKADA\"]}", "{\"oneOf\": [\"PERKADA\"], \"range\": {}}",
        "{\"oneOf\": [\"PERKADA\"], ", "/indicators/2/levels/1/when: seharusnya syarat tingkat: tepat satu dari "
            + "{range}, {oneOf}, {count}, {includes}, {basis, range} atau {anyOf}, bukan atribut oneOf, range",
        "json.predicateForm", Message.of("json.predicateForm.fields", "oneOf, range"));
  }

  @Test
  void theModelsProblemWithALevelIsSaidOfTheLevelInTheSameLanguage() {
    IgaException model = assertThrows(IgaException.class, () -> new Predicate.OneOf(Set.of()));
    Message level = Message.of("json.owner.level", "16", 2);
    assertEquals("indikator 16 tingkat 2", level.text(Message.INDONESIAN));
    assertRubric("{\"oneOf\": [\"PERKADA\"]}", "{\"oneOf\": []}", "{\"oneOf\": []}",
        "/indicators/2/levels/1/when: indikator 16 tingkat 2: " + model.problem(Message.INDONESIAN), "json.owned",
        level, model.problemMessage());
  }

  @Test
  void anAlternativeWithBothFormsIsAnError() {
    assertRubric("\"indicators\": [", "\"alternatives\": [{\"name\": \"x\", \"values\": [\"1\"], \"range\": "
            + "{\"from\": 1, \"to\": 2, \"step\": 1}, \"source\": \"s\"}],\n  \"indicators\": [", "{\"name\": \"x\"",
        "/alternatives/0: seharusnya salah satu dari 'values' (daftar) atau 'range' ({from, to, step}), bukan keduanya",
        "json.alternativeBoth");
  }
}

package id.iga.json;

import static id.iga.json.JsonFixtures.assertError;
import static id.iga.json.JsonFixtures.assertErrorAt;
import static org.junit.jupiter.api.Assertions.assertEquals;

import id.iga.IgaException;
import id.iga.Location;
import id.iga.rubric.Fact;
import id.iga.submission.Affair;
import id.iga.submission.Answer;
import id.iga.submission.Innovation;
import id.iga.submission.Region;
import id.iga.submission.RegionType;
import id.iga.submission.Stage;
import id.iga.submission.Submission;
import id.iga.submission.Verification;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SubmissionJsonTest {

  static final String EXAMPLE = """
      {
        "year": 2024,
        "region": {"code": "33.14", "name": "Kabupaten Sragen", "type": "KABUPATEN", "provinceCode": "33"},
        "spd": {
          "1": {"level": 3, "evidence": ["rpjmd-2021-2026.pdf"], "verified": true},
          "8": {"category": "WTP"},
          "11b": {"value": 74.2}
        },
        "innovations": [
          {"id": "sragen-0001", "title": "Si Cantik", "agency": "Dinas Kesehatan", "affair": "KESEHATAN",
           "stage": "PENERAPAN",
           "answers": {
              "16": {"category": "PERDA", "evidence": ["perda-7-2023.pdf"], "verified": false},
              "17": {"value": 35},
              "27": {"codes": ["WEB", "APP", "SOCIAL"]},
              "33": {"basis": "persons", "value": 350},
              "35": {"level": 2}
           }}
        ]
      }
      """;

  static Submission example() {
    Map<String, Answer> spd = new LinkedHashMap<>();
    spd.put("1", new Answer.Leveled(3, List.of("rpjmd-2021-2026.pdf"), Verification.ACCEPTED));
    spd.put("8", Answer.fact(Fact.category("WTP")));
    spd.put("11b", Answer.fact(Fact.quantity(new BigDecimal("74.2"))));
    Map<String, Answer> answers = new LinkedHashMap<>();
    answers.put("16", new Answer.Stated(Fact.category("PERDA"), List.of("perda-7-2023.pdf"), Verification.REJECTED));
    answers.put("17", Answer.fact(Fact.quantity(35)));
    answers.put("27", Answer.fact(Fact.codes("WEB", "APP", "SOCIAL")));
    answers.put("33", Answer.fact(Fact.measure("persons", new BigDecimal("350"))));
    answers.put("35", Answer.level(2));
    return new Submission(2024, new Region("33.14", "Kabupaten Sragen", RegionType.KABUPATEN, "33"), spd,
        List.of(new Innovation("sragen-0001", "Si Cantik", "Dinas Kesehatan", Affair.KESEHATAN, Stage.PENERAPAN,
            answers)));
  }

  @Test
  void readsTheFormatsExample() {
    assertEquals(example(), SubmissionJson.read(EXAMPLE));
  }

  @Test
  void writesFieldsInTheFormatsOrderLeavingOutEmptyEvidenceAndPendingVerification() {
    assertEquals("""
        {
          "year": 2024,
          "region": {"code": "33.14", "name": "Kabupaten Sragen", "type": "KABUPATEN", "provinceCode": "33"},
          "spd": {
            "1": {"level": 3, "evidence": ["rpjmd-2021-2026.pdf"], "verified": true},
            "8": {"category": "WTP"},
            "11b": {"value": 74.2}
          },
          "innovations": [
            {
              "id": "sragen-0001",
              "title": "Si Cantik",
              "agency": "Dinas Kesehatan",
              "affair": "KESEHATAN",
              "stage": "PENERAPAN",
              "answers": {
                "16": {"category": "PERDA", "evidence": ["perda-7-2023.pdf"], "verified": false},
                "17": {"value": 35},
                "27": {"codes": ["WEB", "APP", "SOCIAL"]},
                "33": {"basis": "persons", "value": 350},
                "35": {"level": 2}
              }
            }
          ]
        }
        """, SubmissionJson.toJson(example()));
  }

  @Test
  void writesEmptyAnswersAndInnovationsAsEmptyContainers() {
    Submission empty = new Submission(2025, new Region("33", "Provinsi Jawa Tengah", RegionType.PROVINSI, "33"),
        Map.of(), List.of());
    assertEquals("""
        {
          "year": 2025,
          "region": {"code": "33", "name": "Provinsi Jawa Tengah", "type": "PROVINSI", "provinceCode": "33"},
          "spd": {},
          "innovations": []
        }
        """, SubmissionJson.toJson(empty));
    assertEquals(empty, SubmissionJson.read(SubmissionJson.toJson(empty)));
  }

  @Test
  void writesAnEmptyAnswerListAndEscapedTextOnOneLine() {
    Map<String, Answer> answers = new LinkedHashMap<>();
    answers.put("27", new Answer.Stated(Fact.codes(), List.of("a \"quoted\" name.pdf"), Verification.PENDING));
    Submission s = new Submission(2024, JsonFixtures.SRAGEN, Map.of(), List.of(new Innovation("x/1", "Ibu & Anak",
        "Dinas", Affair.SOSIAL, Stage.INISIATIF, answers)));
    assertEquals("""
        {
          "year": 2024,
          "region": {"code": "33.14", "name": "Kabupaten Sragen", "type": "KABUPATEN", "provinceCode": "33"},
          "spd": {},
          "innovations": [
            {
              "id": "x/1",
              "title": "Ibu & Anak",
              "agency": "Dinas",
              "affair": "SOSIAL",
              "stage": "INISIATIF",
              "answers": {
                "27": {"codes": [], "evidence": ["a \\"quoted\\" name.pdf"]}
              }
            }
          ]
        }
        """, SubmissionJson.toJson(s));
    assertEquals(s, SubmissionJson.read(SubmissionJson.toJson(s)));
  }

  @Test
  void factValuesAreReadExactlyAndComparedByValue() {
    Submission s = SubmissionJson.read(EXAMPLE.replace("\"value\": 35}", "\"value\": 3.50e1}")
        .replace("\"value\": 74.2}", "\"value\": 74.20000000000000000001}"));
    Answer.Stated a17 = (Answer.Stated) s.innovations().get(0).answers().get("17");
    Answer.Stated a11b = (Answer.Stated) s.spd().get("11b");
    assertEquals(Fact.quantity(35), a17.fact());
    assertEquals("74.20000000000000000001", ((Fact.Quantity) a11b.fact()).value().toPlainString());
  }

  @Test
  void writeThenReadGivesTheSameSubmission() {
    Submission s = example();
    assertEquals(s, SubmissionJson.read(SubmissionJson.toJson(s)));
  }

  @Test
  void writesToAStreamAsUtf8() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    SubmissionJson.write(example(), out);
    assertEquals(SubmissionJson.toJson(example()), out.toString(StandardCharsets.UTF_8));
  }

  @Test
  void readsFromAPathAndNamesThePathInErrors(@TempDir Path dir) throws Exception {
    Path good = dir.resolve("sragen.json");
    Files.writeString(good, EXAMPLE);
    assertEquals(example(), SubmissionJson.read(good));
    Path bad = dir.resolve("bad.json");
    Files.writeString(bad, "{\n  \"year\": \"2024\"\n}\n");
    assertError(() -> SubmissionJson.read(bad), bad.toString(), 2, 11, "/year",
        "expected an integer, found a string");
  }

  @Test
  void aMissingFileIsAnErrorNamingIt(@TempDir Path dir) {
    Path missing = dir.resolve("missing.json");
    assertError(() -> SubmissionJson.read(missing), missing.toString(), 0, 0, null, "no such file");
  }

  @Test
  void readsFromAStreamUnderTheGivenSourceName() {
    ByteArrayInputStream in = new ByteArrayInputStream("{\"year\": 2024}".getBytes(StandardCharsets.UTF_8));
    assertError(() -> SubmissionJson.read(in, "<stdin>"), "<stdin>", 1, 1, "",
        "missing required field 'region'");
  }

  @Test
  void theMessageStartsWithThePlace() {
    IgaException e = assertErrorAt(() -> SubmissionJson.read("{\"year\": 2024, \"colour\": \"red\"}"),
        "{\"year\": 2024, \"colour\": \"red\"}", "\"colour\"", "/colour",
        "unknown field 'colour'; expected one of year, region, spd, innovations");
    assertEquals("<string>:1:16 /colour: unknown field 'colour'; expected one of year, region, spd, innovations",
        e.getMessage());
  }

  @Test
  void anUnknownFieldInAnAnswerListsTheExpectedOnes() {
    String json = EXAMPLE.replace("{\"level\": 2}", "{\"level\": 2, \"note\": \"x\"}");
    assertErrorAt(() -> SubmissionJson.read(json), json, "\"note\"", "/innovations/0/answers/35/note",
        "unknown field 'note'; expected one of level, value, category, codes, basis, evidence, verified");
  }

  @Test
  void aMissingRequiredFieldIsNamedAtItsObject() {
    String json = EXAMPLE.replace("\"title\": \"Si Cantik\", ", "");
    assertErrorAt(() -> SubmissionJson.read(json), json, "{\"id\"", "/innovations/0",
        "missing required field 'title'");
  }

  @Test
  void spdAndInnovationsAreRequired() {
    String json = "{\"year\": 2024, \"region\": {\"code\": \"33\", \"name\": \"Jawa Tengah\", \"type\": \"PROVINSI\", "
        + "\"provinceCode\": \"33\"}, \"spd\": {}}";
    assertError(() -> SubmissionJson.read(json), "<string>", 1, 1, "", "missing required field 'innovations'");
  }

  @Test
  void aWrongJsonTypeNamesWhatWasExpectedAndFound() {
    String json = EXAMPLE.replace("\"verified\": true", "\"verified\": \"yes\"");
    assertErrorAt(() -> SubmissionJson.read(json), json, "\"yes\"", "/spd/1/verified",
        "expected true or false, found a string");
    String json2 = EXAMPLE.replace("\"evidence\": [\"rpjmd-2021-2026.pdf\"]", "\"evidence\": \"rpjmd.pdf\"");
    assertErrorAt(() -> SubmissionJson.read(json2), json2, "\"rpjmd.pdf\"", "/spd/1/evidence",
        "expected an array, found a string");
    String json3 = EXAMPLE.replace("[\"WEB\", \"APP\", \"SOCIAL\"]", "[\"WEB\", 2]");
    assertErrorAt(() -> SubmissionJson.read(json3), json3, "2]", "/innovations/0/answers/27/codes/1",
        "expected a string, found a number");
    String json4 = EXAMPLE.replace("\"value\": 35}", "\"value\": null}");
    assertErrorAt(() -> SubmissionJson.read(json4), json4, "null}", "/innovations/0/answers/17/value",
        "expected a number, found null");
  }

  @Test
  void aLevelOutsideZeroToThreeIsAnError() {
    String json = EXAMPLE.replace("{\"level\": 2}", "{\"level\": 4}");
    assertErrorAt(() -> SubmissionJson.read(json), json, "4}", "/innovations/0/answers/35/level",
        "expected an integer 0..3, found 4");
    String json2 = EXAMPLE.replace("{\"level\": 2}", "{\"level\": -1}");
    assertErrorAt(() -> SubmissionJson.read(json2), json2, "-1}", "/innovations/0/answers/35/level",
        "expected an integer 0..3, found -1");
  }

  @Test
  void aLevelMustBeAJsonInteger() {
    String json = EXAMPLE.replace("{\"level\": 2}", "{\"level\": 2.0}");
    assertErrorAt(() -> SubmissionJson.read(json), json, "2.0}", "/innovations/0/answers/35/level",
        "expected an integer 0..3, found 2.0");
  }

  @Test
  void anUnknownConstantListsTheAllowedOnes() {
    String json = EXAMPLE.replace("\"KABUPATEN\"", "\"KOTAMADYA\"");
    assertErrorAt(() -> SubmissionJson.read(json), json, "\"KOTAMADYA\"", "/region/type",
        "expected one of PROVINSI, KABUPATEN, KOTA, found 'KOTAMADYA'");
    String json2 = EXAMPLE.replace("\"PENERAPAN\"", "\"DONE\"");
    assertErrorAt(() -> SubmissionJson.read(json2), json2, "\"DONE\"", "/innovations/0/stage",
        "expected one of INISIATIF, UJI_COBA, PENERAPAN, found 'DONE'");
  }

  @Test
  void anAnswerThatMixesFormsIsAnError() {
    String json = EXAMPLE.replace("{\"level\": 2}", "{\"level\": 2, \"value\": 3}");
    assertErrorAt(() -> SubmissionJson.read(json), json, "{\"level\": 2,", "/innovations/0/answers/35",
        "expected an answer of exactly one form: {level}, {value}, {category}, {codes} or {basis, value}; "
            + "found level and value");
    String json2 = EXAMPLE.replace("{\"category\": \"WTP\"}", "{\"category\": \"WTP\", \"codes\": [], \"basis\": \"x\"}");
    assertErrorAt(() -> SubmissionJson.read(json2), json2, "{\"category\": \"WTP\"", "/spd/8",
        "expected an answer of exactly one form: {level}, {value}, {category}, {codes} or {basis, value}; "
            + "found category and codes and basis");
  }

  @Test
  void anAnswerThatLacksAFormIsAnError() {
    String json = EXAMPLE.replace("{\"level\": 2}", "{\"evidence\": [\"a.pdf\"]}");
    assertErrorAt(() -> SubmissionJson.read(json), json, "{\"evidence\": [\"a.pdf\"]}", "/innovations/0/answers/35",
        "expected an answer of exactly one form: {level}, {value}, {category}, {codes} or {basis, value}; "
            + "found none of these fields");
    String json2 = EXAMPLE.replace("{\"basis\": \"persons\", \"value\": 350}", "{\"basis\": \"persons\"}");
    assertErrorAt(() -> SubmissionJson.read(json2), json2, "{\"basis\"", "/innovations/0/answers/33",
        "expected an answer of exactly one form: {level}, {value}, {category}, {codes} or {basis, value}; "
            + "found only basis");
  }

  @Test
  void aKeyThatIsNotAnIndicatorCodeIsAnError() {
    String json = EXAMPLE.replace("\"11b\":", "\"1B\":");
    assertErrorAt(() -> SubmissionJson.read(json), json, "\"1B\"", "/spd/1B",
        "expected an indicator code (a number 1..99 with an optional letter a-z, such as 2a), found '1B'");
  }

  @Test
  void aCodeGivenTwiceIsAnError() {
    String json = EXAMPLE.replace("[\"WEB\", \"APP\", \"SOCIAL\"]", "[\"WEB\", \"APP\", \"WEB\"]");
    assertErrorAt(() -> SubmissionJson.read(json), json, "\"WEB\"]", "/innovations/0/answers/27/codes/2",
        "expected each string once, found 'WEB' again");
  }

  @Test
  void aDuplicateInnovationIdIsAnErrorAtTheSecondId() {
    String second = "{\"id\": \"sragen-0001\", \"title\": \"Lagi\", \"agency\": \"Dinas\", \"affair\": \"SOSIAL\", "
        + "\"stage\": \"INISIATIF\", \"answers\": {}}";
    String json = EXAMPLE.replace("}}\n  ]", "}},\n    " + second + "\n  ]");
    assertErrorAt(() -> SubmissionJson.read(json), json, "\"sragen-0001\", \"title\": \"Lagi\"",
        "/innovations/1/id", "expected each innovation id once, found 'sragen-0001' again (first at /innovations/0)");
  }

  @Test
  void aDuplicateKeyIsAnErrorAtTheRepeatedKey() {
    String json = EXAMPLE.replace("\"8\": {\"category\": \"WTP\"},",
        "\"8\": {\"category\": \"WTP\"}, \"1\": {\"level\": 1},");
    assertErrorAt(() -> SubmissionJson.read(json), json, "\"1\": {\"level\": 1}", "/spd/1",
        "duplicate key '1'; a key may appear only once in an object");
    String json2 = EXAMPLE.replace("{\"level\": 2}", "{\"level\": 2, \"evidence\": [], \"evidence\": []}");
    assertErrorAt(() -> SubmissionJson.read(json2), json2, "\"evidence\": []}", "/innovations/0/answers/35/evidence",
        "duplicate key 'evidence'; a key may appear only once in an object");
    String json3 = EXAMPLE.replace("\"year\": 2024,", "\"year\": 2024, \"year\": 2025,");
    assertErrorAt(() -> SubmissionJson.read(json3), json3, "\"year\": 2025", "/year",
        "duplicate key 'year'; a key may appear only once in an object");
  }

  @Test
  void aRegionTheModelRejectsIsAnErrorAtTheRegion() {
    String json = EXAMPLE.replace("\"code\": \"33.14\"", "\"code\": \"34.14\"");
    assertErrorAt(() -> SubmissionJson.read(json), json, "{\"code\": \"34.14\"", "/region",
        "region 34.14 lies in province 34, not '33'");
  }

  @Test
  void theRootMustBeAnObject() {
    assertError(() -> SubmissionJson.read("\n  [1, 2]"), "<string>", 2, 3, "", "expected an object, found an array");
  }

  @Test
  void writeRefusesAnAnswerUnderAKeyThatIsNotAnIndicatorCode() {
    Submission s = new Submission(2024, JsonFixtures.SRAGEN, Map.of("x1", Answer.level(1)), List.of());
    assertError(() -> SubmissionJson.toJson(s), null, 0, 0, "/spd/x1",
        "cannot write an answer under 'x1': expected an indicator code (a number 1..99 with an optional letter a-z)");
  }

  @Test
  void writeRefusesANumberTheReaderWouldRefuse() {
    Submission s = new Submission(2024, JsonFixtures.SRAGEN,
        Map.of("1", Answer.fact(Fact.quantity(new BigDecimal("1E+70")))), List.of());
    assertError(() -> SubmissionJson.toJson(s), null, 0, 0, "/spd/1/value",
        "cannot write 1" + "0".repeat(70) + ": it takes 71 characters written out in full; the reading limit is 64");
  }

  @Test
  void writesALineOfADatasetCompactEndingWithALineBreak() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    SubmissionJson.writeLine(example(), out);
    assertEquals("{\"year\":2024,\"region\":{\"code\":\"33.14\",\"name\":\"Kabupaten Sragen\",\"type\":\"KABUPATEN\","
        + "\"provinceCode\":\"33\"},\"spd\":{\"1\":{\"level\":3,\"evidence\":[\"rpjmd-2021-2026.pdf\"],"
        + "\"verified\":true},"
        + "\"8\":{\"category\":\"WTP\"},\"11b\":{\"value\":74.2}},\"innovations\":[{\"id\":\"sragen-0001\","
        + "\"title\":\"Si Cantik\",\"agency\":\"Dinas Kesehatan\",\"affair\":\"KESEHATAN\",\"stage\":\"PENERAPAN\","
        + "\"answers\":{\"16\":{\"category\":\"PERDA\",\"evidence\":[\"perda-7-2023.pdf\"],\"verified\":false},"
        + "\"17\":{\"value\":35},\"27\":{\"codes\":[\"WEB\",\"APP\",\"SOCIAL\"]},\"33\":{\"basis\":\"persons\","
        + "\"value\":350},\"35\":{\"level\":2}}}]}\n", out.toString(StandardCharsets.UTF_8));
  }

  @Test
  void readsFromAStream() {
    InputStream in = new ByteArrayInputStream(EXAMPLE.getBytes(StandardCharsets.UTF_8));
    assertEquals(example(), SubmissionJson.read(in, "<stdin>"));
  }

  /** The example with one innovation whose strings and numbers are given, and an answer of each form. */
  private static Submission withInnovation(String id, String title, String agency, String evidence, String category,
      String basis, String code, BigDecimal value, BigDecimal measured) {
    Map<String, Answer> answers = new LinkedHashMap<>();
    answers.put("16", new Answer.Stated(Fact.category(category), List.of(evidence), Verification.PENDING));
    answers.put("17", Answer.fact(Fact.quantity(value)));
    answers.put("27", Answer.fact(Fact.codes("WEB", code)));
    answers.put("33", Answer.fact(Fact.measure(basis, measured)));
    return new Submission(2024, JsonFixtures.SRAGEN, Map.of(), List.of(new Innovation(id, title, agency,
        Affair.KESEHATAN, Stage.PENERAPAN, answers)));
  }

  private static final String LONE = "x\uD800";
  private static final BigDecimal LONG = new BigDecimal("1E+64");

  /** Asserts that every writer refuses the submission with this problem at this pointer, writing nothing. */
  private static void assertRefused(Submission s, String pointer, String problem) {
    assertError(() -> SubmissionJson.toJson(s), null, 0, 0, pointer, problem);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    assertError(() -> SubmissionJson.write(s, out), null, 0, 0, pointer, problem);
    assertError(() -> SubmissionJson.writeLine(s, out), null, 0, 0, pointer, problem);
    assertEquals(0, out.size());
  }

  @Test
  void everyStringOfAnInnovationIsCheckedBeforeWritingAndNamedByItsPointer() {
    String lone = "cannot write a string with a lone surrogate (character 2); UTF-8 has no form for it";
    BigDecimal one = BigDecimal.ONE;
    assertRefused(withInnovation(LONE, "t", "a", "e", "PERDA", "persons", "APP", one, one), "/innovations/0/id", lone);
    assertRefused(withInnovation("i", "t", LONE, "e", "PERDA", "persons", "APP", one, one), "/innovations/0/agency",
        lone);
    assertRefused(withInnovation("i", "t", "a", LONE, "PERDA", "persons", "APP", one, one),
        "/innovations/0/answers/16/evidence", lone);
    assertRefused(withInnovation("i", "t", "a", "e", LONE, "persons", "APP", one, one),
        "/innovations/0/answers/16/category", lone);
    assertRefused(withInnovation("i", "t", "a", "e", "PERDA", LONE, "APP", one, one),
        "/innovations/0/answers/33/basis", lone);
    assertRefused(withInnovation("i", "t", "a", "e", "PERDA", "persons", LONE, one, one),
        "/innovations/0/answers/27/codes", lone);
    String tooLong = "cannot write 1" + "0".repeat(64)
        + ": it takes 65 characters written out in full; the reading limit is 64";
    assertRefused(withInnovation("i", "t", "a", "e", "PERDA", "persons", "APP", LONG, one),
        "/innovations/0/answers/17/value", tooLong);
    assertRefused(withInnovation("i", "t", "a", "e", "PERDA", "persons", "APP", one, LONG),
        "/innovations/0/answers/33/value", tooLong);
  }

  @Test
  void aStringIsRefusedFromItsFirstCharacterAndANumberOrStringOnlyBeyondTheReadingLimit() {
    assertRefused(withInnovation("i", "\uDC00t", "a", "e", "PERDA", "persons", "APP", BigDecimal.ONE, BigDecimal.ONE),
        "/innovations/0/title", "cannot write a string with a lone surrogate (character 1); UTF-8 has no form for it");
    String limit = "t".repeat(1_000_000);
    Submission longest = withInnovation("i", limit, "a", "e", "PERDA", "persons", "APP", new BigDecimal("1E+63"),
        new BigDecimal("-1E+62"));
    assertEquals(longest, SubmissionJson.read(SubmissionJson.toJson(longest)));
    assertRefused(withInnovation("i", limit + "t", "a", "e", "PERDA", "persons", "APP", BigDecimal.ONE,
        BigDecimal.ONE), "/innovations/0/title", "cannot write a string of 1000001 characters; the reading limit is "
        + "1000000");
  }

  @Test
  void theLocationOfAnErrorCarriesItsPointerEscaped() {
    String json = "{\"year\": 2024, \"a/b~c\": 1}";
    IgaException e = assertErrorAt(() -> SubmissionJson.read(json), json, "\"a/b~c\"", "/a~1b~0c",
        "unknown field 'a/b~c'; expected one of year, region, spd, innovations");
    assertEquals(Location.pointerOf("a/b~c"), e.location().orElseThrow().pointer());
  }
}

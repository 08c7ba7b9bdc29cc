package id.iga.jackson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import id.iga.jackson.Examples.Example;
import id.iga.json.SubmissionJson;
import id.iga.submission.Submission;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A submission read by an application's mapper is read by the library's reader: as strictly, with the library's
 * words, at the place in the application's document.
 */
class SubmissionReadingTest {
  static final JsonMapper MAPPER = JsonMapper.builder().addModule(new IgaModule()).build();

  /** A valid submission; each case below spoils one thing in it. */
  static final String VALID = """
      {
        "year": 2024,
        "region": {"code": "13.75", "name": "Kota Bukittinggi", "type": "KOTA", "provinceCode": "13"},
        "spd": {"1": {"level": 3}},
        "innovations": [
          {"id": "bkt-001", "title": "SIGAP", "agency": "Dinas Kesehatan", "affair": "KESEHATAN", "stage": "PENERAPAN",
           "answers": {"17": {"value": 35}, "16": {"category": "PERDA", "evidence": ["perda-2-2023.pdf"]}}}
        ]
      }
      """;

  /** Reads the text with the mapper, expecting the library to reject it. */
  static SubmissionReadException rejected(String json) {
    return assertThrows(SubmissionReadException.class, () -> MAPPER.readValue(json, Submission.class));
  }

  static String spoil(String from, String to) {
    if (!VALID.contains(from)) {
      throw new IllegalArgumentException(from);
    }
    return VALID.replace(from, to);
  }

  static void assertRejected(String json, long line, long column, String pointer, String message) {
    SubmissionReadException e = rejected(json);
    assertEquals(pointer, e.pointer());
    assertEquals(line, e.getLocation().getLineNr());
    assertEquals(column, e.getLocation().getColumnNr());
    assertEquals(message, e.getOriginalMessage());
    assertEquals(message, e.error().getMessage());
    assertEquals(pointer, e.error().location().orElseThrow().pointer());
    assertEquals(line, e.error().location().orElseThrow().line());
    assertEquals(column, e.error().location().orElseThrow().column());
  }

  @Test
  void theValidSubmissionIsReadAsTheLibraryReadsIt() {
    assertEquals(SubmissionJson.read(VALID), MAPPER.readValue(VALID, Submission.class));
  }

  @Test
  void anUnknownField() {
    assertRejected(spoil("{\"value\": 35}", "{\"valeu\": 35}"), 7, 25, "/innovations/0/answers/17/valeu",
        "line 7:25 /innovations/0/answers/17/valeu: unknown field 'valeu'; expected one of level, value, category, "
            + "codes, basis, evidence, verified");
  }

  @Test
  void aDuplicateKey() {
    assertRejected(spoil("\"type\": \"KOTA\"", "\"type\": \"KOTA\", \"name\": \"Bukittinggi\""), 3, 75, "/region/name",
        "line 3:75 /region/name: duplicate key 'name'; a key may appear only once in an object");
  }

  @Test
  void aValueOfTheWrongType() {
    assertRejected(spoil("\"year\": 2024", "\"year\": \"2024\""), 2, 11, "/year",
        "line 2:11 /year: expected an integer, found a string");
  }

  @Test
  void aMissingField() {
    assertRejected(spoil(", \"provinceCode\": \"13\"", ""), 3, 13, "/region",
        "line 3:13 /region: missing required field 'provinceCode'");
  }

  @Test
  void anAnswerOfTwoForms() {
    assertRejected(spoil("{\"value\": 35}", "{\"level\": 2, \"value\": 35}"), 7, 24, "/innovations/0/answers/17",
        "line 7:24 /innovations/0/answers/17: expected an answer of exactly one form: {level}, {value}, {category}, "
            + "{codes} or {basis, value}; found level and value");
  }

  @Test
  void anUnknownConstant() {
    assertRejected(spoil("\"KOTA\"", "\"CITY\""), 3, 67, "/region/type",
        "line 3:67 /region/type: expected one of PROVINSI, KABUPATEN, KOTA, found 'CITY'");
  }

  @Test
  void aRepeatedInnovationId() {
    String twice = spoil("\n  ]", ",\n    {\"id\": \"bkt-001\", \"title\": \"SIGAP 2\", \"agency\": \"Dinas Kesehatan\", "
        + "\"affair\": \"KESEHATAN\", \"stage\": \"PENERAPAN\", \"answers\": {}}\n  ]");
    assertRejected(twice, 8, 12, "/innovations/1/id",
        "line 8:12 /innovations/1/id: expected each innovation id once, found 'bkt-001' again (first at "
            + "/innovations/0)");
  }

  @Test
  void aLoneSurrogate() {
    assertRejected(spoil("\"SIGAP\"", "\"SIGAP \\ud800\""), 6, 32, "/innovations/0/title",
        "line 6:32 /innovations/0/title: expected a string of well-formed UTF-16 (each high surrogate followed by a "
            + "low one), found a lone high surrogate \\uD800 at character 7 of it");
  }

  @Test
  void aNumberTooLongWrittenOutInFull() {
    assertRejected(spoil("{\"value\": 35}", "{\"value\": 35e100}"), 7, 34, "/innovations/0/answers/17/value",
        "line 7:34 /innovations/0/answers/17/value: expected a number of at most 64 characters written out in "
            + "full, found 3.5E+101 (102 characters)");
  }

  @Test
  void notAnObject() {
    assertRejected("  [2024]", 1, 3, "", "line 1:3 (document root): expected an object, found an array");
  }

  @Test
  void numbersAreReadAsWrittenSoEveryFormOfOneValueIsOneFact() {
    Submission s = MAPPER.readValue(spoil("{\"value\": 35}", "{\"value\": 3.50e1}"), Submission.class);
    assertEquals(SubmissionJson.read(VALID), s);
    assertEquals(SubmissionJson.read(spoil("{\"value\": 35}", "{\"value\": 3.50e1}")), s);
  }

  /** An application's request that carries a submission. */
  record ScoreRequest(String note, Submission submission) {}

  @Test
  void insideTheApplicationsRequestThePointerAndPlaceAreThoseOfTheWholeDocument() {
    String request = "{\"note\": \"first try\",\n \"submission\": " + spoil("{\"value\": 35}", "{\"valeu\": 35}")
        + "}";
    SubmissionReadException e = assertThrows(SubmissionReadException.class,
        () -> MAPPER.readValue(request, ScoreRequest.class));
    assertEquals("/submission/innovations/0/answers/17/valeu", e.pointer());
    assertEquals(8, e.getLocation().getLineNr());
    assertEquals(25, e.getLocation().getColumnNr());
    assertEquals("line 8:25 /submission/innovations/0/answers/17/valeu: unknown field 'valeu'; expected one of "
        + "level, value, category, codes, basis, evidence, verified", e.getOriginalMessage());
    assertEquals("unknown field 'valeu'; expected one of level, value, category, codes, basis, evidence, verified",
        e.problem());
    ScoreRequest ok = MAPPER.readValue("{\"note\": \"ok\", \"submission\": " + VALID + "}", ScoreRequest.class);
    assertEquals(SubmissionJson.read(VALID), ok.submission());
    assertNull(MAPPER.readValue("{\"note\": \"none\", \"submission\": null}", ScoreRequest.class).submission());
  }

  @Test
  void inAListThePointerHasTheIndex() {
    String list = "[" + VALID + ", " + spoil("\"year\": 2024", "\"year\": 2024.5") + "]";
    SubmissionReadException e = assertThrows(SubmissionReadException.class,
        () -> MAPPER.readValue(list, new TypeReference<List<Submission>>() {}));
    assertEquals("/1/year", e.pointer());
    assertEquals("line 11:11 /1/year: expected an integer, found 2024.5", e.getOriginalMessage());
  }

  @Test
  void theApplicationsParserStillJudgesTheSyntaxAndItsOwnFeatures() {
    StreamReadException syntax = assertThrows(StreamReadException.class,
        () -> MAPPER.readValue(spoil("\"year\": 2024,", "\"year\": 2024"), Submission.class));
    assertEquals(3, syntax.getLocation().getLineNr());
    JsonMapper strict = JsonMapper.builder().addModule(new IgaModule())
        .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();
    StreamReadException duplicate = assertThrows(StreamReadException.class,
        () -> strict.readValue(spoil("\"type\": \"KOTA\"", "\"type\": \"KOTA\", \"name\": \"B\""), Submission.class));
    assertEquals("Duplicate Object property \"name\"", duplicate.getOriginalMessage());
  }

  @Test
  void aTreeOfTheApplicationIsReadByTheSameReaderWithoutALineToName() {
    JsonNode tree = MAPPER.readTree(VALID);
    assertEquals(SubmissionJson.read(VALID), MAPPER.treeToValue(tree, Submission.class));
    JsonNode spoiled = MAPPER.readTree(spoil("{\"value\": 35}", "{\"valeu\": 35}"));
    SubmissionReadException e = assertThrows(SubmissionReadException.class,
        () -> MAPPER.treeToValue(spoiled, Submission.class));
    assertEquals("/innovations/0/answers/17/valeu", e.pointer());
    assertEquals("/innovations/0/answers/17/valeu: unknown field 'valeu'; expected one of level, value, category, "
        + "codes, basis, evidence, verified", e.getOriginalMessage());
  }

  static List<Example> examples() {
    return Examples.all();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("examples")
  void everyExampleIsReadAsTheLibraryReadsItAndWrittenBackTheSame(Example example) {
    Submission library = SubmissionJson.read(example.json());
    Submission mapper = MAPPER.readValue(example.json(), Submission.class);
    assertEquals(library, mapper);
    assertEquals(library, MAPPER.readValue(MAPPER.writeValueAsString(mapper), Submission.class));
  }
}

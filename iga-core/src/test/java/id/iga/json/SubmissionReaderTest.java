package id.iga.json;

import static id.iga.json.JsonFixtures.assertError;
import static id.iga.json.JsonFixtures.assertErrorAt;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import id.iga.Location;
import id.iga.rubric.Fact;
import id.iga.submission.Affair;
import id.iga.submission.Answer;
import id.iga.submission.Innovation;
import id.iga.submission.Stage;
import id.iga.submission.Submission;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** What the one submission reader does that the format's examples do not show. */
class SubmissionReaderTest {

  private static String document(String spd) {
    return "{\"year\": 2024, \"region\": {\"code\": \"33.14\", \"name\": \"Kabupaten Sragen\", \"type\": \"KABUPATEN\", "
        + "\"provinceCode\": \"33\"}, \"spd\": " + spd + ", \"innovations\": []}";
  }

  private static BigDecimal valueOf(String number) {
    Submission s = SubmissionJson.read(document("{\"1\": {\"value\": " + number + "}}"));
    return ((Fact.Quantity) ((Answer.Stated) s.spd().get("1")).fact()).value();
  }

  @Test
  void indicatorCodesAreANumber1To99WithAnOptionalLowercaseLetter() {
    assertEquals(List.of(true, true, true, true, true, true),
        Stream.of("1", "9", "2a", "16", "99", "11z").map(SubmissionReader::isIndicatorCode)
            .collect(Collectors.toList()));
    assertEquals(List.of(false, false, false, false, false, false, false, false, false),
        Stream.of("", "0", "01", "100", "a", "2A", "2ab", "1 ", "123").map(SubmissionReader::isIndicatorCode)
            .collect(Collectors.toList()));
  }

  @Test
  void numbersAreReadExactlyAndComparedByValue() {
    assertEquals(List.of(new BigDecimal("35"), new BigDecimal("35"), new BigDecimal("35"), new BigDecimal("0"),
            new BigDecimal("-7"), new BigDecimal("9223372036854775807"), new BigDecimal("92233720368547758070"),
            new BigDecimal("0.1")),
        Stream.of("35", "35.0", "3.5e1", "-0", "-7", "9223372036854775807", "92233720368547758070", "0.1")
            .map(SubmissionReaderTest::valueOf).collect(Collectors.toList()));
  }

  @Test
  void theEndsOfEachIntegerRangeAreRead() {
    assertEquals(List.of(0, 3), Stream.of(0, 3).map(level -> ((Answer.Leveled) SubmissionJson.read(
        document("{\"1\": {\"level\": " + level + "}}")).spd().get("1")).level()).collect(Collectors.toList()));
    assertEquals(List.of(Integer.MIN_VALUE, Integer.MAX_VALUE), Stream.of(Integer.MIN_VALUE, Integer.MAX_VALUE)
        .map(year -> SubmissionJson.read(document("{}").replace("2024", Integer.toString(year))).year())
        .collect(Collectors.toList()));
  }

  @Test
  void aYearBeyondAnIntIsAnErrorNamingTheRange() {
    assertError(() -> SubmissionJson.read("{\"year\": 9999999999}"), "<string>", 1, 10, "/year",
        "expected an integer -2147483648..2147483647, found 9999999999");
  }

  @Test
  void aNumberWhoseExponentNoDecimalHoldsIsAnErrorAtItsPlace() {
    assertError(() -> SubmissionJson.read("{\"year\": 10e2436000000}"), "<string>", 1, 10, "/year",
        "expected a number of at most 64 characters written out in full, found 10e2436000000 (its exponent is out "
            + "of range)");
  }

  @Test
  void aPairedSurrogateAndAQuestionMarkAreReadAsWritten() {
    List<String> names = List.of("Sragen\uD83D\uDE00", "Sr\u00E4gen", "Sragen?", "\\uD83D\\uDE00");
    assertEquals(List.of("Kabupaten Sragen\uD83D\uDE00", "Kabupaten Sr\u00E4gen", "Kabupaten Sragen?",
        "Kabupaten \uD83D\uDE00"), names.stream().map(name -> SubmissionJson.read(document("{}")
            .replace("Sragen", name)).region().name()).collect(Collectors.toList()));
  }

  @Test
  void aScoringErrorOnADatasetLineIsPlacedFromWhatWasRecordedWhileReading() {
    String line = document("{\"2a\": {\"level\": 1}}");
    try (SubmissionSource data = SubmissionSource.of(SubmissionSource.Kind.LINES,
        new ByteArrayInputStream(("\n\n" + line + "\n").getBytes(StandardCharsets.UTF_8)), "data.jsonl")) {
      LocatedSubmission read = data.next();
      assertEquals(new Location("data.jsonl", 3, 130, "/spd/2a/level"), read.locationOf("/spd/2a/level"));
      assertEquals(new Location("data.jsonl", 3, 1, ""), read.locationOf(""));
      assertEquals(new Location("data.jsonl", 3, 123, "/spd/99"), read.locationOf("/spd/99"));
    }
  }

  @Test
  void anInvalidDatasetLineIsPlacedInTheDataset() {
    String line = document("{\"2a\": {\"level\": 7}}");
    try (SubmissionSource data = SubmissionSource.of(SubmissionSource.Kind.LINES,
        new ByteArrayInputStream(("\n" + line + "\n").getBytes(StandardCharsets.UTF_8)), "data.jsonl")) {
      assertError(data::next, "data.jsonl", 2, 140, "/spd/2a/level", "expected an integer 0..3, found 7");
    }
  }

  @Test
  void deepNestingIsStoppedAtTheFirstValueOfTheWrongType() {
    String deep = "{\"year\": 2024, \"spd\": " + "[".repeat(70) + "]".repeat(70) + "}";
    assertError(() -> SubmissionJson.read(deep), "<string>", 1, 23, "/spd", "expected an object, found an array");
  }

  @Test
  void problemsAreReportedInDocumentOrder() {
    assertError(() -> SubmissionJson.read("{\"year\": \"2024\", \"colour\": 1"), "<string>", 1, 10, "/year",
        "expected an integer, found a string");
    assertError(() -> SubmissionJson.read("{\"colour\": 1, \"year\": \"2024\"}"), "<string>", 1, 2, "/colour",
        "unknown field 'colour'; expected one of year, region, spd, innovations");
  }

  @Test
  void aContainerOfTheWrongTypeIsAnErrorAtIt() {
    String innovations = document("{}").replace("\"innovations\": []", "\"innovations\": {}");
    assertErrorAt(() -> SubmissionJson.read(innovations), innovations, "{}}", "/innovations",
        "expected an array, found an object");
    String innovation = document("{}").replace("\"innovations\": []", "\"innovations\": [1]");
    assertErrorAt(() -> SubmissionJson.read(innovation), innovation, "1]", "/innovations/0",
        "expected an object, found a number");
    String answers = document("{}").replace("\"innovations\": []", "\"innovations\": [{\"id\": \"a\", "
        + "\"title\": \"t\", \"agency\": \"g\", \"affair\": \"KESEHATAN\", \"stage\": \"PENERAPAN\", "
        + "\"answers\": []}]");
    assertErrorAt(() -> SubmissionJson.read(answers), answers, "[]}]", "/innovations/0/answers",
        "expected an object, found an array");
    String answer = document("{\"1\": 5}");
    assertErrorAt(() -> SubmissionJson.read(answer), answer, "5}", "/spd/1", "expected an object, found a number");
  }

  @Test
  void aRegionMissingAFieldIsAnErrorAtTheRegion() {
    String json = document("{}").replace("\"name\": \"Kabupaten Sragen\", ", "");
    assertErrorAt(() -> SubmissionJson.read(json), json, "{\"code\"", "/region", "missing required field 'name'");
  }

  @Test
  void codesThatShareANumberOrALetterAreDistinctKeys() {
    List<String> codes = List.of("1", "1a", "1b", "1z", "2", "2a", "10", "10a", "99", "99z");
    String spd = codes.stream().map(c -> "\"" + c + "\": {\"level\": 1}").collect(Collectors.joining(", ", "{", "}"));
    assertEquals(codes, List.copyOf(SubmissionJson.read(document(spd)).spd().keySet()));
  }

  @Test
  void manyAnswersAndInnovationsAreReadAndPlacedBeyondTheFirstBuffers() {
    Map<String, Answer> spd = new LinkedHashMap<>();
    for (int i = 1; i <= 40; i++) {
      spd.put(Integer.toString(i), Answer.level(1));
    }
    Map<String, Answer> answers = new LinkedHashMap<>();
    for (int i = 1; i <= 16; i++) {
      answers.put(Integer.toString(i), Answer.level(2));
    }
    List<Innovation> innovations = new ArrayList<>();
    for (int i = 0; i < 17; i++) {
      innovations.add(new Innovation("inv-" + i, "t", "a", Affair.KESEHATAN, Stage.PENERAPAN, answers));
    }
    Submission s = new Submission(2024, JsonFixtures.SRAGEN, spd, innovations);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    SubmissionJson.writeLine(s, out);
    String line = out.toString(StandardCharsets.UTF_8).strip();
    LocatedSubmission read = SubmissionJson.readLocated(line);
    assertEquals(s, read.submission());
    int last = line.indexOf("{\"id\":\"inv-16\"");
    int lastAnswers = line.indexOf("\"answers\":{", last) + "\"answers\":".length();
    assertEquals(List.of(
            new Location("<string>", 1, line.indexOf("\"40\":{") + "\"40\":".length() + 1, "/spd/40"),
            new Location("<string>", 1, line.indexOf("{\"id\":\"inv-9\"") + 1, "/innovations/9"),
            new Location("<string>", 1, last + 1, "/innovations/16"),
            new Location("<string>", 1, lastAnswers + 1, "/innovations/16/answers"),
            new Location("<string>", 1, line.indexOf("\"16\":{", lastAnswers) + "\"16\":".length() + 1,
                "/innovations/16/answers/16")),
        Stream.of("/spd/40", "/innovations/9", "/innovations/16", "/innovations/16/answers",
            "/innovations/16/answers/16").map(read::locationOf).collect(Collectors.toList()));
  }

  @Test
  void anErrorAtAnObjectOfADatasetLineIsPlacedOnThatLine() {
    String region = document("{}").replace("\"provinceCode\": \"33\"", "\"provinceCode\": \"34\"");
    String answer = document("{\"2a\": {}}");
    try (SubmissionSource data = SubmissionSource.of(SubmissionSource.Kind.LINES,
        new ByteArrayInputStream(("\n" + region + "\n" + answer + "\n").getBytes(StandardCharsets.UTF_8)),
        "data.jsonl")) {
      assertError(data::next, "data.jsonl", 2, JsonFixtures.place(region, "{\"code\"")[1], "/region",
          "region 33.14 lies in province 33, not '34'");
      assertError(data::next, "data.jsonl", 3, JsonFixtures.place(answer, "{}}")[1], "/spd/2a",
          "expected an answer of exactly one form: {level}, {value}, {category}, {codes} or {basis, value}; "
              + "found none of these fields");
    }
  }

  @Test
  void theAnswersOfAnObjectAreAMapInTheirOrderUsedAgainAfterClearing() {
    SubmissionReader.Answers answers = new SubmissionReader.Answers();
    Map<String, Answer> expected = new LinkedHashMap<>();
    for (int i = 1; i <= 40; i++) {
      answers.add(Integer.toString(i), Answer.level(i % 4));
      expected.put(Integer.toString(i), Answer.level(i % 4));
    }
    assertEquals(List.copyOf(expected.entrySet()), List.copyOf(answers.entrySet()));
    assertEquals(40, answers.entrySet().size());
    Iterator<Map.Entry<String, Answer>> it = answers.entrySet().iterator();
    answers.forEach((code, a) -> it.next());
    assertThrows(NoSuchElementException.class, it::next);
    assertEquals(List.of(true, false), List.of(answers.first(5), answers.first(5)));
    answers.clear();
    assertEquals(List.of(0, true), List.of(answers.size(), answers.first(5)));
  }
}

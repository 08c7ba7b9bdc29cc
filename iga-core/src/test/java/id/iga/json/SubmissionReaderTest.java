package id.iga.json;

import static id.iga.json.JsonFixtures.assertError;
import static org.junit.jupiter.api.Assertions.assertEquals;

import id.iga.Location;
import id.iga.rubric.Fact;
import id.iga.submission.Answer;
import id.iga.submission.Submission;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
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
}

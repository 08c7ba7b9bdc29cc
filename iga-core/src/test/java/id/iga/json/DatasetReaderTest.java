package id.iga.json;

import static id.iga.json.JsonFixtures.assertError;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.iga.score.Mode;
import id.iga.score.Scorer;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatasetReaderTest {

  private static String line(String code, String name) {
    return "{\"year\": 2024, \"region\": {\"code\": \"" + code + "\", \"name\": \"" + name
        + "\", \"type\": \"KABUPATEN\", \"provinceCode\": \"33\"}, \"spd\": {}, \"innovations\": []}";
  }

  private static final String SRAGEN = line("33.14", "Kabupaten Sragen");
  private static final String KLATEN = line("33.10", "Kabupaten Klaten");
  private static final String BOYOLALI = line("33.09", "Kabupaten Boyolali");
  private static final String BAD = "{\"year\": 2024, \"regoin\": {}}";

  private static DatasetReader of(String text) {
    InputStream in = new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    return DatasetReader.of(in, "data.jsonl");
  }

  private static List<String> codes(DatasetReader r) {
    try (Stream<LocatedSubmission> s = r.stream()) {
      return s.map(l -> l.submission().region().code()).collect(Collectors.toList());
    }
  }

  @Test
  void readsOneSubmissionPerLine() {
    assertEquals(List.of("33.14", "33.10", "33.09"), codes(of(SRAGEN + "\n" + KLATEN + "\n" + BOYOLALI + "\n")));
  }

  @Test
  void theLastLineNeedsNoLineBreak() {
    assertEquals(List.of("33.14", "33.10"), codes(of(SRAGEN + "\n" + KLATEN)));
  }

  @Test
  void blankLinesAreSkipped() {
    assertEquals(List.of("33.14", "33.10"), codes(of("\n" + SRAGEN + "\n \t\r\n\n" + KLATEN + "\n\n")));
  }

  @Test
  void crLfLineEndsAreRead() {
    assertEquals(List.of("33.14", "33.10"), codes(of(SRAGEN + "\r\n" + KLATEN + "\r\n")));
  }

  @Test
  void anEmptyInputHasNoSubmissions() {
    DatasetReader r = of("");
    assertFalse(r.hasNext());
    assertThrows(NoSuchElementException.class, r::next);
  }

  @Test
  void anErrorOnLineThreeNamesLineThreeAndTheColumnInThatLine() {
    try (DatasetReader r = of(SRAGEN + "\n\n" + BAD + "\n" + KLATEN + "\n")) {
      assertEquals("33.14", r.next().submission().region().code());
      assertEquals(1, r.line());
      assertError(r::next, "data.jsonl", 3, 16, "/regoin",
          "unknown field 'regoin'; expected one of year, region, spd, innovations");
      assertEquals(3, r.line());
      assertTrue(r.hasNext());
      assertEquals("33.10", r.next().submission().region().code());
      assertEquals(4, r.line());
      assertFalse(r.hasNext());
    }
  }

  @Test
  void malformedJsonOnALineNamesThatLine() {
    try (DatasetReader r = of(SRAGEN + "\n" + "{\"year\": 2024,,}" + "\n")) {
      r.next();
      assertError(r::next, "data.jsonl", 2, 15, "/year",
          "malformed JSON: Unexpected character (',' (code 44)): was expecting double-quote to start field name");
    }
  }

  @Test
  void aLineHoldingTwoObjectsIsAnError() {
    try (DatasetReader r = of(SRAGEN + " " + KLATEN + "\n")) {
      assertError(r::next, "data.jsonl", 1, SRAGEN.length() + 2, "",
          "expected the end of the document after the first JSON value, found a second value");
    }
  }

  @Test
  void aLineHoldingAnythingButAnObjectIsAnError() {
    try (DatasetReader r = of(SRAGEN + "\n  [1]\n")) {
      r.next();
      assertError(r::next, "data.jsonl", 2, 3, "", "expected an object, found an array");
    }
  }

  @Test
  void anObjectSpreadOverTwoLinesIsAnErrorOnItsFirstLine() {
    try (DatasetReader r = of("{\"year\": 2024,\n\"spd\": {}}\n")) {
      assertError(r::next, "data.jsonl", 1, 15, "/year",
          "malformed JSON: Unexpected end-of-input within/between Object entries");
    }
  }

  @Test
  void scoringErrorsNameTheFilesLineAndTheAnswersColumn() {
    String withUnknown = SRAGEN.replace("\"spd\": {}", "\"spd\": {\"99\": {\"level\": 1}}");
    try (DatasetReader r = of(KLATEN + "\n" + withUnknown + "\n")) {
      Scorer scorer = Scorer.of(JsonFixtures.rubric());
      r.next().score(scorer, Mode.CLAIMED);
      LocatedSubmission second = r.next();
      assertError(() -> second.score(scorer, Mode.CLAIMED), "data.jsonl", 2,
          JsonFixtures.place(withUnknown, "{\"level\": 1}")[1], "/spd/99",
          "rubric 2024 has no region indicator '99'; expected one of 1, 2a");
    }
  }

  @Test
  void readsAFileByPath(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("data.jsonl");
    Files.writeString(file, SRAGEN + "\n" + BAD + "\n");
    try (DatasetReader r = DatasetReader.open(file)) {
      assertEquals("33.14", r.next().submission().region().code());
      assertError(r::next, file.toString(), 2, 16, "/regoin",
          "unknown field 'regoin'; expected one of year, region, spd, innovations");
    }
  }

  @Test
  void aMissingFileIsAnError(@TempDir Path dir) {
    Path missing = dir.resolve("missing.jsonl");
    assertError(() -> DatasetReader.open(missing), missing.toString(), 0, 0, null, "no such file");
  }

  @Test
  void aByteOrderMarkBeforeTheFirstLineIsSkipped() {
    assertEquals(List.of("33.14"), codes(of("\uFEFF" + SRAGEN + "\n")));
  }

  @Test
  void invalidUtf8EndsTheReaderWithAnErrorNamingTheLine() {
    byte[] good = (SRAGEN + "\n" + KLATEN + "\n").getBytes(StandardCharsets.UTF_8);
    byte[] bytes = new byte[good.length + 20000];
    System.arraycopy(good, 0, bytes, 0, good.length);
    java.util.Arrays.fill(bytes, good.length, bytes.length, (byte) ' ');
    bytes[bytes.length - 1] = (byte) 0xFF;
    try (DatasetReader r = DatasetReader.of(new ByteArrayInputStream(bytes), "data.jsonl")) {
      assertEquals("33.14", r.next().submission().region().code());
      assertEquals("33.10", r.next().submission().region().code());
      assertError(r::hasNext, "data.jsonl", 3, 20000, null, "the input is not valid UTF-8");
      assertFalse(r.hasNext());
    }
  }
}

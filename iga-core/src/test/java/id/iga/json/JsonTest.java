package id.iga.json;

import static id.iga.json.JsonFixtures.assertError;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import id.iga.IgaException;
import id.iga.Location;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * The reading limits and the errors every document reader shares, seen through {@link SubmissionJson} (and through
 * {@link RubricJson} for nesting, which the submission reader never reaches: it stops at the first value of the wrong
 * type).
 */
class JsonTest {

  private static InputStream utf8(String s) {
    return new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void malformedJsonNamesTheParsersProblemAndPlace() {
    assertError(() -> SubmissionJson.read("{\"year\": }"), "<string>", 1, 10, "/year",
        "malformed JSON: Unexpected character ('}' (code 125)): expected a value");
  }

  @Test
  void anUnclosedObjectNamesWhereItWasOpened() {
    assertError(() -> SubmissionJson.read("{\"region\":\n  {\"code\": \"33\""), "<string>", 2, 16, "/region/code",
        "malformed JSON: Unexpected end-of-input: expected close marker for Object (opened at line 2, column 3)");
  }

  @Test
  void aSecondValueAfterTheDocumentIsAnError() {
    String document = "{\"year\": 2024, \"region\": {\"code\": \"33\", \"name\": \"Jawa Tengah\", \"type\": "
        + "\"PROVINSI\", \"provinceCode\": \"33\"}, \"spd\": {}, \"innovations\": []}";
    assertError(() -> SubmissionJson.read(document + "\n {}"), "<string>", 2, 2, "",
        "expected the end of the document after the first JSON value, found a second value");
  }

  @Test
  void anEmptyInputIsAnError() {
    assertError(() -> SubmissionJson.read("  \n"), "<string>", 2, 1, "",
        "expected a JSON object, found no JSON value at all");
  }

  @Test
  void nestingDeeperThanTheLimitIsAnError() {
    // Through the rubric reader, which reads the whole tree first: the submission reader stops at the first '['.
    String deep = "{\"spd\": " + "[".repeat(64) + "]".repeat(64) + "}";
    assertError(() -> RubricJson.read(deep), "<string>", 1, 73, "/spd/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0"
        + "/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0",
        "expected objects and arrays nested at most 64 deep, found nesting 65 deep");
  }

  @Test
  void nestingUpToTheLimitIsRead() {
    String deep = "{\"notes\": " + "[".repeat(63) + "]".repeat(63) + "}";
    assertError(() -> RubricJson.read(deep), "<string>", 1, 1, "", "missing required field 'format'");
  }

  @Test
  void aNumberLongerThanTheLimitIsAnError() {
    String json = "{\"year\": 1" + "0".repeat(64) + "}";
    assertError(() -> SubmissionJson.read(json), "<string>", 1, 75, "/year",
        "expected a number of at most 64 characters, found one of 65");
  }

  @Test
  void aNumberOfExactlyTheLimitWrittenOutInFullIsRead() {
    // 1e63 is 64 characters written out in full; 1e64 one more. (A year must be an int: the error says so.)
    assertError(() -> SubmissionJson.read("{\"year\": 1e63}"), "<string>", 1, 10, "/year",
        "expected an integer, found " + "1" + "0".repeat(63));
    assertError(() -> SubmissionJson.read("{\"year\": 1e64}"), "<string>", 1, 10, "/year",
        "expected a number of at most 64 characters written out in full, found 1E+64 (65 characters)");
  }

  @Test
  void aNumberWhoseExponentMakesItTooLongIsAnError() {
    assertError(() -> SubmissionJson.read("{\"year\": 1e999999999}"), "<string>", 1, 10, "/year",
        "expected a number of at most 64 characters written out in full, found 1E+999999999 (1000000000 characters)");
  }

  @Test
  void plainLengthIsTheLengthOfThePlainString() {
    for (String s : new String[] {"0", "0E+5", "0.000", "-0.000", "-1", "350", "3.5E+2", "-3.5E-7", "0.12",
        "-0.12", "12345.678", "1E+3", "1E-3"}) {
      BigDecimal v = new BigDecimal(s);
      assertEquals(v.toPlainString().length(), Json.plainLength(v), s);
    }
  }

  @Test
  void aStringLongerThanTheLimitIsAnError() {
    String json = "{\"region\": {\"code\": \"" + "x".repeat(Json.MAX_STRING_LENGTH + 1) + "\"}}";
    assertError(() -> SubmissionJson.read(json), "<string>", 1, 1000024, "/region/code",
        "expected a string of at most 1000000 characters (a number of at most 64), found a longer value: reading "
            + "stopped after its first 1000001 characters");
  }

  @Test
  void aDocumentLongerThanTheLimitIsAnError() {
    InputStream endless = new InputStream() {
      private final byte[] head = "{\"year\": 2024".getBytes(StandardCharsets.US_ASCII);
      private long sent;

      @Override
      public int read() {
        return sent < head.length ? head[(int) sent++] : spaces();
      }

      private int spaces() {
        sent++;
        return ' ';
      }
    };
    IgaException e = assertThrows(IgaException.class, () -> SubmissionJson.read(endless, "endless.json"));
    assertEquals("expected a document of at most 67108864 characters, found a longer one", e.problem());
    // At the first character beyond the limit, inside the line: 64 MiB characters came before it.
    assertEquals(new Location("endless.json", 1, 64L * 1024 * 1024 + 1, "/year"), e.location().orElseThrow());
  }

  @Test
  void aByteOrderMarkIsSkipped() {
    assertError(() -> SubmissionJson.read(utf8("\uFEFF{\"year\": 2024}"), "bom.json"), "bom.json", 1, 1, "",
        "missing required field 'region'");
  }

  @Test
  void invalidUtf8IsAnError() {
    byte[] bytes = {'{', '"', 'y', (byte) 0xFF, '"', ':', ' ', '1', '}'};
    assertError(() -> SubmissionJson.read(new ByteArrayInputStream(bytes), "bad.json"), "bad.json", 1, 4, "",
        "the input is not valid UTF-8");
  }

  @Test
  void columnsCountCharactersNotBytes() {
    String json = "{\"year\": 2024, \"region\": {\"name\": \"Kabupaten Pidië\", \"x\": 1}}";
    assertEquals(54, JsonFixtures.place(json, "\"x\"")[1]);
    assertError(() -> SubmissionJson.read(utf8(json), "pidie.json"), "pidie.json", 1, 54, "/region/x",
        "unknown field 'x'; expected one of code, name, type, provinceCode");
  }
}

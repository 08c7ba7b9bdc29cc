package id.iga.json;

import static id.iga.json.JsonFixtures.assertError;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.iga.IgaException;
import id.iga.Location;
import id.iga.submission.Region;
import id.iga.submission.RegionType;
import id.iga.submission.Submission;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The text every reader takes alike: lone surrogates, lone carriage returns, a byte order mark before a Java string,
 * and the input's failures, each in the library's words with its place.
 */
class ReaderTextTest {
  private static final String LONE_HIGH = "expected a string of well-formed UTF-16 (each high surrogate followed by a "
      + "low one), found a lone high surrogate \\uD800 at character 2 of it";

  private static String document(String name) {
    return "{\"year\": 2024, \"region\": {\"code\": \"33.14\", \"name\": \"" + name
        + "\", \"type\": \"KABUPATEN\", \"provinceCode\": \"33\"}, \"spd\": {}, \"innovations\": []}";
  }

  private static final String GOOD = document("Kabupaten Sragen");

  private static InputStream bytes(String text) {
    return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
  }

  private static SubmissionSource source(SubmissionSource.Kind kind, String text, String name) {
    return SubmissionSource.of(kind, bytes(text), name);
  }

  @Test
  void aLoneSurrogateEscapeIsAnErrorAtItsStringInEveryReader(@TempDir Path dir) throws IOException {
    String json = document("X\\ud800");
    Path file = Files.writeString(dir.resolve("lone.json"), json);
    // The string starts at column 52.
    assertError(() -> SubmissionJson.read(json), "<string>", 1, 52, "/region/name", LONE_HIGH);
    assertError(() -> SubmissionJson.read(bytes(json), "lone.json"), "lone.json", 1, 52, "/region/name", LONE_HIGH);
    assertError(() -> SubmissionJson.read(file), file.toString(), 1, 52, "/region/name", LONE_HIGH);
    try (SubmissionSource in = source(SubmissionSource.Kind.LINES, GOOD + "\n" + json + "\n", "data.jsonl")) {
      in.next();
      assertError(in::next, "data.jsonl", 2, 52, "/region/name", LONE_HIGH);
    }
    try (SubmissionSource in = source(SubmissionSource.Kind.DOCUMENTS, GOOD + "\n" + json + "\n", "<stdin>")) {
      in.next();
      assertError(in::next, "<stdin>", 2, 52, "/region/name", LONE_HIGH);
    }
  }

  @Test
  void aLoneSurrogateCharacterOfAJavaStringIsAnError() {
    assertError(() -> SubmissionJson.read(document("X\uD800")), "<string>", 1, 52, "/region/name", LONE_HIGH);
    assertError(() -> SubmissionJson.read(document("\uDC00\uD83D\uDE00")), "<string>", 1, 52, "/region/name",
        "expected a string of well-formed UTF-16 (each high surrogate followed by a low one), found a lone low "
            + "surrogate \\uDC00 at character 1 of it");
    assertError(() -> SubmissionJson.read(document("\uD83D\uDE00\uD83D")), "<string>", 1, 52, "/region/name",
        "expected a string of well-formed UTF-16 (each high surrogate followed by a low one), found a lone high "
            + "surrogate \\uD83D at character 3 of it");
  }

  @Test
  void aKeyWithALoneSurrogateIsAnErrorAtTheKeyWithThePointerOfItsObject() {
    String problem = "expected a key of well-formed UTF-16 (each high surrogate followed by a low one), found a lone "
        + "low surrogate \\uDC00 at character 2 of it";
    assertError(() -> SubmissionJson.read("{\"region\": {\"x\\udc00\": 1}}"), "<string>", 1, 13, "/region",
        problem);
    assertError(() -> SubmissionJson.read("{\"spd\": {\"1\\udc00\": {}}}"), "<string>", 1, 10, "/spd", problem);
    assertError(() -> RubricJson.read("{\"\\udc00\": 1}"), "<string>", 1, 2, "", problem.replace("character 2",
        "character 1"));
  }

  @Test
  void aRubricStringWithALoneSurrogateIsAnError() {
    assertError(() -> RubricJson.read("{\"format\": \"X\\ud800\"}"), "<string>", 1, 12, "/format", LONE_HIGH);
  }

  @Test
  void aSubmissionWithALoneSurrogateIsRefusedWhenWritten() {
    Submission s = new Submission(2024, new Region("33.14", "Kabupaten \uD800", RegionType.KABUPATEN, "33"),
        java.util.Map.of(), List.of());
    assertError(() -> SubmissionJson.toJson(s), null, 0, 0, "/region/name",
        "cannot write a string with a lone surrogate (character 11); UTF-8 has no form for it");
  }

  @Test
  void aLoneCarriageReturnInADatasetLineStartsNoLine() {
    try (SubmissionSource in = source(SubmissionSource.Kind.LINES,
        GOOD + "\n{\"year\":2024,\r\"regoin\":{}}\n" + GOOD + "\n", "data.jsonl")) {
      in.next();
      assertError(in::next, "data.jsonl", 2, 15, "/regoin",
          "unknown field 'regoin'; expected one of year, region, spd, innovations");
      in.next();
      assertEquals(3, in.line());
      assertFalse(in.hasNext());
    }
  }

  @Test
  void aLoneCarriageReturnStartsNoLineInADocumentAndACarriageReturnBeforeALineFeedEndsOne() {
    String lone = "{\"year\": 2024,\r \"regoin\": {}}";
    String problem = "unknown field 'regoin'; expected one of year, region, spd, innovations";
    assertError(() -> SubmissionJson.read(lone), "<string>", 1, 17, "/regoin", problem);
    assertError(() -> SubmissionJson.read(bytes(lone), "a.json"), "a.json", 1, 17, "/regoin", problem);
    assertError(() -> SubmissionJson.read("{\r\r\n\"year\": 2024,\r\n\r\r \"regoin\": {}}"), "<string>", 3, 4,
        "/regoin", problem);
    try (SubmissionSource in = source(SubmissionSource.Kind.DOCUMENTS, GOOD + "\r" + lone, "<stdin>")) {
      in.next();
      assertError(in::next, "<stdin>", 1, GOOD.length() + 18, "/regoin", problem);
    }
  }

  @Test
  void aLoneCarriageReturnBeforeTheEndOfTheInputStartsNoLine() {
    String json = "{\"year\": 2024\r";
    String problem = "malformed JSON: Unexpected end-of-input: expected close marker for Object (opened at line %d, "
        + "column 1)";
    assertError(() -> SubmissionJson.read(json), "<string>", 1, 15, "/year", String.format(problem, 1));
    try (SubmissionSource in = source(SubmissionSource.Kind.LINES, GOOD + "\n" + json + "\n", "data.jsonl")) {
      in.next();
      assertError(in::next, "data.jsonl", 2, 15, "/year", String.format(problem, 2));
    }
  }

  @Test
  void aDocumentOfExactlyTheLimitIsRead() {
    InputStream limit = new InputStream() {
      private long sent;

      @Override
      public int read() {
        long i = sent++;
        return i == 0 ? '{' : i < Json.MAX_DOCUMENT_LENGTH - 1 ? ' ' : i == Json.MAX_DOCUMENT_LENGTH - 1 ? '}' : -1;
      }
    };
    // Read whole: what is wrong with it is the document, not its length.
    assertError(() -> SubmissionJson.read(limit, "limit.json"), "limit.json", 1, 1, "",
        "missing required field 'year'");
  }

  @Test
  void aParserMessageNamesTheOpeningBracketByTheSameCount() {
    assertError(() -> RubricJson.read("\r{\"format\": [\r}"), "<string>", 1, 15, "/format",
        "malformed JSON: Unexpected close marker '}': expected ']' (for Array opened at line 1, column 13)");
  }

  @Test
  void aPlaceRecordedAfterALoneCarriageReturnIsOnTheSourceLine() {
    String json = GOOD.replace("\"spd\": {}", "\r\r\"spd\": {\"2a\":\r{\"level\": 1}}");
    LocatedSubmission read = SubmissionJson.readLocated(json);
    int spd = json.indexOf("{\"2a\"");
    assertEquals(new Location("<string>", 1, spd + 1, "/spd"), read.locationOf("/spd"));
    assertEquals(new Location("<string>", 1, json.indexOf("{\"level\"") + 1, "/spd/2a"), read.locationOf("/spd/2a"));
    try (SubmissionSource in = source(SubmissionSource.Kind.LINES, "\n" + json + "\n", "data.jsonl")) {
      assertEquals(new Location("data.jsonl", 2, spd + 1, "/spd"), in.next().locationOf("/spd"));
    }
  }

  @Test
  void aByteOrderMarkBeforeAJavaStringIsSkippedByEveryStringReader() {
    assertEquals(SubmissionJson.read(GOOD), SubmissionJson.read("\uFEFF" + GOOD));
    assertEquals(new Location("<string>", 1, 26, "/region"), SubmissionJson.readLocated("\uFEFF" + GOOD)
        .locationOf("/region"));
    String rubric = RubricJson.toJson(JsonFixtures.rubric());
    assertEquals(rubric, RubricJson.toJson(RubricJson.read("\uFEFF" + rubric)));
  }

  /**
   * Asserts an error beyond the limit of a string or key, which is found as it is read: how many characters were read
   * when it stopped depends on the parser's buffers, which it reuses, so the law is stated: more than the limit, no
   * more than there are, and the error placed where reading stopped.
   */
  private static void assertStoppedInside(IgaException e, String expected, long start, long max, long length,
      String pointer) {
    Matcher m = Pattern.compile(Pattern.quote(expected) + "([0-9]+) characters").matcher(e.problem());
    assertTrue(m.matches(), e.problem());
    long read = Long.parseLong(m.group(1));
    assertTrue(read > max && read <= length, e.problem());
    Location where = e.location().orElseThrow();
    assertEquals(List.of("<string>", 1L, pointer), List.of(where.source(), where.line(), where.pointer()));
    // The parser stands on the character after the last one read, or has taken that one too.
    assertTrue(where.column() == start + read || where.column() == start + read + 1, where::toString);
  }

  @Test
  void aKeyLongerThanTheLimitIsAnErrorInTheLibrarysWordsWithThePointerOfItsObject() {
    String json = "{\"year\": 2024, \"" + "k".repeat(60_000) + "\": 1}";
    assertStoppedInside(assertThrows(IgaException.class, () -> SubmissionJson.read(json)),
        "expected a key of at most 50000 characters, found a longer one: reading stopped after its first ", 17,
        50_000, 60_000, "");
  }

  @Test
  void aNumberOfMillionsOfDigitsIsAnErrorThatSaysReadingStopped() {
    String json = "{\"year\": 1" + "0".repeat(3_000_000) + "}";
    assertStoppedInside(assertThrows(IgaException.class, () -> SubmissionJson.read(json)),
        "expected a string of at most 1000000 characters (a number of at most 64), found a longer value: reading "
            + "stopped after its first ", 10, 1_000_000, 3_000_001, "/year");
  }

  @Test
  void aFailureToReadIsSaidInItsOwnWordsNeverByItsClass() {
    List<IOException> failures = List.of(new IOException(), new IOException(" "),
        new java.nio.file.FileSystemException("data.json", null, "device gone"),
        new java.nio.file.FileSystemException("data.json"), new java.nio.file.AccessDeniedException("data.json"));
    List<String> problems = new java.util.ArrayList<>();
    for (IOException e : failures) {
      InputStream failing = JsonFixtures.failing(e);
      problems.add(assertThrows(IgaException.class, () -> SubmissionJson.read(failing, "data.json")).problem());
    }
    assertEquals(List.of("cannot read the input: the input or output failed",
        "cannot read the input: the input or output failed", "cannot read the input: device gone",
        "cannot read the input: the file system refused", "cannot read the input: permission denied"), problems);
  }

  @Test
  void aDatasetOfOnlyAByteOrderMarkHasNoSubmissionAndOneSentByteByByteIsSkippedToo() {
    try (SubmissionSource in = source(SubmissionSource.Kind.LINES, "\uFEFF", "data.jsonl")) {
      assertFalse(in.hasNext());
    }
    byte[] text = ("\uFEFF" + GOOD + "\n").getBytes(StandardCharsets.UTF_8);
    InputStream trickle = new InputStream() {
      private int next;

      @Override
      public int read() {
        return next < text.length ? text[next++] & 0xFF : -1;
      }

      @Override
      public int read(byte[] b, int off, int len) {
        int c = read();
        if (c < 0) {
          return -1;
        }
        b[off] = (byte) c;
        return 1;
      }
    };
    try (SubmissionSource in = SubmissionSource.of(SubmissionSource.Kind.LINES, trickle, "data.jsonl")) {
      assertEquals("33.14", in.next().submission().region().code());
    }
  }

  @Test
  void anInputThatCannotBeReadIsAnErrorThatSaysWhy() {
    InputStream closed = JsonFixtures.failing(new IOException("standard input is closed"));
    try (SubmissionSource in = SubmissionSource.of(SubmissionSource.Kind.DOCUMENTS, closed, "<stdin>")) {
      assertError(in::hasNext, "<stdin>", 1, 1, "", "cannot read the input: standard input is closed");
    }
  }
}

package id.iga.json;

import static id.iga.json.JsonFixtures.assertError;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.iga.IgaException;
import id.iga.Location;
import id.iga.score.Mode;
import id.iga.score.Scorer;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Opening inputs of submissions: JSON Lines files, one document, and standard input. */
class SubmissionSourceTest {

  private static String line(String code, String name) {
    return "{\"year\": 2024, \"region\": {\"code\": \"" + code + "\", \"name\": \"" + name
        + "\", \"type\": \"KABUPATEN\", \"provinceCode\": \"33\"}, \"spd\": {}, \"innovations\": []}";
  }

  private static final String SRAGEN = line("33.14", "Kabupaten Sragen");
  private static final String KLATEN = line("33.10", "Kabupaten Klaten");
  private static final String BOYOLALI = line("33.09", "Kabupaten Boyolali");
  private static final String BAD = "{\"year\": 2024, \"regoin\": {}}";

  private static SubmissionSource of(String text) {
    return of(SubmissionSource.Kind.LINES, text, "data.jsonl");
  }

  private static SubmissionSource of(SubmissionSource.Kind kind, String text, String source) {
    InputStream in = new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    return SubmissionSource.of(kind, in, source);
  }

  private static SubmissionSource stdin(String text) {
    return of(SubmissionSource.Kind.DOCUMENTS, text, "<stdin>");
  }

  private static List<String> codes(SubmissionSource r) {
    try (Stream<LocatedSubmission> s = r.stream()) {
      return s.map(l -> l.submission().region().code()).collect(Collectors.toList());
    }
  }

  /** Bytes: a head, then {@code spaces} spaces, then a tail, without holding the spaces. */
  private static InputStream padded(String head, long spaces, String tail) {
    byte[] h = head.getBytes(StandardCharsets.UTF_8);
    byte[] t = tail.getBytes(StandardCharsets.UTF_8);
    return new InputStream() {
      private long at;

      @Override
      public int read() {
        long i = at++;
        if (i < h.length) {
          return h[(int) i] & 0xFF;
        }
        i -= h.length;
        if (i < spaces) {
          return ' ';
        }
        i -= spaces;
        return i < t.length ? t[(int) i] & 0xFF : -1;
      }

      @Override
      public int read(byte[] b, int off, int len) {
        long inSpaces = at - h.length;
        if (inSpaces >= 0 && inSpaces < spaces && len > 0) {
          int n = (int) Math.min(len, spaces - inSpaces);
          java.util.Arrays.fill(b, off, off + n, (byte) ' ');
          at += n;
          return n;
        }
        int c = read();
        if (c < 0) {
          return -1;
        }
        b[off] = (byte) c;
        return 1;
      }
    };
  }

  // ------------------------------------------------------------------------------------------ JSON Lines (.jsonl)

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
    SubmissionSource r = of("");
    assertFalse(r.hasNext());
    assertThrows(NoSuchElementException.class, r::next);
  }

  @Test
  void anErrorOnLineThreeNamesLineThreeAndTheColumnInThatLine() {
    try (SubmissionSource r = of(SRAGEN + "\n\n" + BAD + "\n" + KLATEN + "\n")) {
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
    try (SubmissionSource r = of(SRAGEN + "\n" + "{\"year\": 2024,,}" + "\n")) {
      r.next();
      assertError(r::next, "data.jsonl", 2, 15, "/year",
          "malformed JSON: Unexpected character (',' (code 44)): was expecting double-quote to start field name");
    }
  }

  @Test
  void aLineHoldingTwoObjectsIsAnError() {
    try (SubmissionSource r = of(SRAGEN + " " + KLATEN + "\n")) {
      assertError(r::next, "data.jsonl", 1, SRAGEN.length() + 2, "",
          "expected the end of the document after the first JSON value, found a second value");
    }
  }

  @Test
  void aLineHoldingAnythingButAnObjectIsAnError() {
    try (SubmissionSource r = of(SRAGEN + "\n  [1]\n")) {
      r.next();
      assertError(r::next, "data.jsonl", 2, 3, "", "expected an object, found an array");
    }
  }

  @Test
  void anObjectSpreadOverTwoLinesIsAnErrorOnItsFirstLine() {
    try (SubmissionSource r = of("{\"year\": 2024,\n\"spd\": {}}\n")) {
      assertError(r::next, "data.jsonl", 1, 15, "/year",
          "malformed JSON: Unexpected end-of-input within/between Object entries");
    }
  }

  @Test
  void scoringErrorsNameTheFilesLineAndTheAnswersColumn() {
    String withUnknown = SRAGEN.replace("\"spd\": {}", "\"spd\": {\"99\": {\"level\": 1}}");
    try (SubmissionSource r = of(KLATEN + "\n" + withUnknown + "\n")) {
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
    try (SubmissionSource r = SubmissionSource.open(file)) {
      assertEquals("33.14", r.next().submission().region().code());
      assertError(r::next, file.toString(), 2, 16, "/regoin",
          "unknown field 'regoin'; expected one of year, region, spd, innovations");
    }
  }

  @Test
  void aMissingFileIsAnError(@TempDir Path dir) {
    Path missing = dir.resolve("missing.jsonl");
    assertError(() -> SubmissionSource.open(missing), missing.toString(), 0, 0, null, "no such file");
  }

  @Test
  void aByteOrderMarkBeforeTheFirstLineIsSkipped() {
    assertEquals(List.of("33.14"), codes(of("\uFEFF" + SRAGEN + "\n")));
  }

  @Test
  void invalidUtf8IsAnErrorOfItsLineAtTheDocumentRootWhenNoValueHasStarted() {
    byte[] good = (SRAGEN + "\n" + KLATEN + "\n").getBytes(StandardCharsets.UTF_8);
    byte[] bytes = new byte[good.length + 20000];
    System.arraycopy(good, 0, bytes, 0, good.length);
    java.util.Arrays.fill(bytes, good.length, bytes.length, (byte) ' ');
    bytes[bytes.length - 1] = (byte) 0xFF;
    try (SubmissionSource r = SubmissionSource.of(SubmissionSource.Kind.LINES, new ByteArrayInputStream(bytes),
        "data.jsonl")) {
      assertEquals("33.14", r.next().submission().region().code());
      assertEquals("33.10", r.next().submission().region().code());
      assertError(r::next, "data.jsonl", 3, 20000, "", "the input is not valid UTF-8");
      assertEquals(3, r.line());
      assertFalse(r.hasNext());
    }
  }

  @Test
  void columnsCountCharactersNotBytes() {
    String pidie = SRAGEN.replace("Kabupaten Sragen", "Kabupaten Pidi\u00EB").replace("\"spd\"", "\"x\": 1, \"spd\"");
    try (SubmissionSource r = of(SRAGEN + "\n" + pidie + "\n")) {
      r.next();
      assertError(r::next, "data.jsonl", 2, 115, "/x",
          "unknown field 'x'; expected one of year, region, spd, innovations");
    }
  }

  @Test
  void invalidUtf8InALineOfOtherLettersIsPlacedByCharactersAtTheValueBeingReadAndTheNextLineIsRead() {
    // The second \u00EB is character 68 of the line, after 67 characters of 68 bytes.
    byte[] bytes = (SRAGEN.replace("Kabupaten Sragen", "Kabupaten Pidi\u00EB\u00EB") + "\n" + KLATEN + "\n")
        .getBytes(StandardCharsets.UTF_8);
    bytes[68] = (byte) 0xFF;
    try (SubmissionSource r = SubmissionSource.of(SubmissionSource.Kind.LINES, new ByteArrayInputStream(bytes),
        "data.jsonl")) {
      assertError(r::next, "data.jsonl", 1, 68, "/region/name", "the input is not valid UTF-8");
      assertEquals("33.10", r.next().submission().region().code());
      assertFalse(r.hasNext());
    }
  }

  @Test
  void aLineLongerThan64MibCharactersIsAnErrorAndTheNextLineIsRead() {
    try (SubmissionSource r = SubmissionSource.of(SubmissionSource.Kind.LINES,
        padded("", 64L * 1024 * 1024 + 1, "\n" + KLATEN + "\n"), "data.jsonl")) {
      assertError(r::hasNext, "data.jsonl", 1, 67108865, null,
          "expected a line of at most 67108864 characters (one submission), found a longer one");
      assertEquals(1, r.line());
      assertEquals("33.10", r.next().submission().region().code());
      assertEquals(2, r.line());
    }
  }

  /** The head of a line whose region's name is 40,000 three-byte characters: 80,000 bytes more than characters. */
  private static final String WIDE_HEAD = "{\"year\": 2024, \"region\": {\"code\": \"33.14\", \"name\": \""
      + "\u4E2D".repeat(40_000) + "\", \"type\": \"KABUPATEN\", \"provinceCode\": \"33\"}, ";
  /** The rest of that line, 37 characters, with an unknown field at its first. */
  private static final String WIDE_TAIL = "\"x\": 1, \"spd\": {}, \"innovations\": []}";

  @Test
  void aLineOfMoreBytesThanTheBufferHoldsButNoMoreCharactersThanTheLimitIsReadAndPlacedByCharacters() {
    // 67,108,864 characters in 67,188,864 bytes, more than the 67,174,400 the buffer grows to.
    long spaces = 64L * 1024 * 1024 - WIDE_HEAD.length() - WIDE_TAIL.length();
    try (SubmissionSource r = SubmissionSource.of(SubmissionSource.Kind.LINES,
        padded(WIDE_HEAD, spaces, WIDE_TAIL + "\n" + KLATEN + "\n"), "data.jsonl")) {
      assertError(r::next, "data.jsonl", 1, 67_108_828, "/x",
          "unknown field 'x'; expected one of year, region, spd, innovations");
      assertEquals("33.10", r.next().submission().region().code());
      assertEquals(2, r.line());
    }
  }

  @Test
  void aLineOfMoreBytesThanTheBufferHoldsAndOneCharacterMoreThanTheLimitIsAnErrorAndTheNextLineIsRead() {
    long spaces = 64L * 1024 * 1024 + 1 - WIDE_HEAD.length() - WIDE_TAIL.length();
    try (SubmissionSource r = SubmissionSource.of(SubmissionSource.Kind.LINES,
        padded(WIDE_HEAD, spaces, WIDE_TAIL + "\n" + KLATEN + "\n"), "data.jsonl")) {
      assertError(r::hasNext, "data.jsonl", 1, 67108865, null,
          "expected a line of at most 67108864 characters (one submission), found a longer one");
      assertEquals("33.10", r.next().submission().region().code());
      assertEquals(2, r.line());
    }
  }

  @Test
  void countsTheBytesReadAgainstTheFilesLength(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("data.jsonl");
    Files.writeString(file, SRAGEN + "\n" + KLATEN + "\n");
    try (SubmissionSource r = SubmissionSource.open(file)) {
      assertEquals(0, r.bytesRead());
      assertEquals(java.util.OptionalLong.of(2L * SRAGEN.length() + 2), r.length());
      r.forEachRemaining(s -> { });
      assertEquals(2L * SRAGEN.length() + 2, r.bytesRead());
    }
    assertEquals(java.util.OptionalLong.empty(), of(SRAGEN).length());
  }

  @Test
  void anEmptyFileHasALengthOfZero(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("empty.jsonl");
    Files.writeString(file, "");
    try (SubmissionSource r = SubmissionSource.open(file)) {
      assertEquals(java.util.OptionalLong.of(0), r.length());
    }
  }

  @Test
  void aLineReadButNotParsedNamesItsSourceAndLine() {
    try (SubmissionSource r = of("\n\n" + SRAGEN + "\n")) {
      SubmissionSource.Document d = r.nextDocument();
      assertEquals(List.of("data.jsonl", 3L, "33.14"), List.of(d.source(), d.line(),
          d.parse().submission().region().code()));
    }
  }

  @Test
  void everyByteTakenIsCountedReadOneAtATimeOrInBlocks() throws Exception {
    SubmissionSource.Counting in = new SubmissionSource.Counting(new ByteArrayInputStream(new byte[] {0, 1, 2, 3, 4}));
    assertEquals(List.of(0, 1), List.of(in.read(), in.read()));
    assertEquals(2, in.count());
    assertEquals(3, in.read(new byte[8], 0, 8));
    assertEquals(5, in.count());
    assertEquals(List.of(-1, -1), List.of(in.read(), in.read(new byte[8], 0, 8)));
    assertEquals(5, in.count());
  }

  @Test
  void closingTheSourceClosesItsInputWhateverItsKind() {
    for (SubmissionSource.Kind kind : SubmissionSource.Kind.values()) {
      boolean[] closed = {false};
      InputStream in = new ByteArrayInputStream((SRAGEN + "\n" + KLATEN).getBytes(StandardCharsets.UTF_8)) {
        @Override
        public void close() {
          closed[0] = true;
        }
      };
      SubmissionSource r = SubmissionSource.of(kind, in, "data");
      assertTrue(r.hasNext());
      r.close();
      assertEquals(List.of(true, false), List.of(closed[0], r.hasNext()), kind.name());
    }
  }

  // --------------------------------------------------------------------------------------- one document (.json)

  @Test
  void aDocumentFileHoldsExactlyOneSubmissionLaidOutInAnyWay(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("sragen.json");
    Files.writeString(file, SubmissionJsonTest.EXAMPLE);
    try (SubmissionSource r = SubmissionSource.open(file)) {
      assertEquals(SubmissionSource.Kind.DOCUMENT, r.kind());
      assertEquals(SubmissionJsonTest.example(), r.next().submission());
      assertEquals(1, r.line());
      assertFalse(r.hasNext());
    }
    try (SubmissionSource r = of(SubmissionSource.Kind.DOCUMENT, SRAGEN + "\n" + KLATEN, "two.json")) {
      assertError(r::next, "two.json", 2, 1, "",
          "expected the end of the document after the first JSON value, found a second value");
      assertFalse(r.hasNext());
    }
    try (SubmissionSource r = of(SubmissionSource.Kind.DOCUMENT, " \n", "empty.json")) {
      assertError(r::next, "empty.json", 2, 1, "", "expected a JSON object, found no JSON value at all");
    }
  }

  @Test
  void anInvalidDocumentFileLeavesNothingUnreadSoDoesNotStopTheReading() {
    try (SubmissionSource r = of(SubmissionSource.Kind.DOCUMENT, BAD, "bad.json")) {
      assertThrows(IgaException.class, r::next);
      assertEquals(List.of(false, false), List.of(r.stopped(), r.hasNext()));
    }
  }

  @Test
  void aPathNamedLikeStandardInputIsNotAFileKind() {
    assertError(() -> SubmissionSource.open(Path.of("-")), "-", 0, 0, null,
        "expected a file whose name ends in .json (one submission) or .jsonl (JSON Lines)");
  }

  @Test
  void aFileIsOpenedByItsNamesEnding(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("one.json"), SRAGEN);
    Files.writeString(dir.resolve("lines.jsonl"), SRAGEN + "\n" + KLATEN + "\n");
    Files.writeString(dir.resolve("lines.txt"), SRAGEN);
    assertEquals(List.of("33.14"), codes(SubmissionSource.open(dir.resolve("one.json"))));
    assertEquals(List.of("33.14", "33.10"), codes(SubmissionSource.open(dir.resolve("lines.jsonl"))));
    assertError(() -> SubmissionSource.open(dir.resolve("lines.txt")), dir.resolve("lines.txt").toString(), 0, 0,
        null, "expected a file whose name ends in .json (one submission) or .jsonl (JSON Lines)");
  }

  @Test
  void aCommandLineNameIsAFileInADirectoryOrStandardInput(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("lines.jsonl"), SRAGEN + "\n" + KLATEN + "\n");
    InputStream stdin = new ByteArrayInputStream(BOYOLALI.getBytes(StandardCharsets.UTF_8));
    try (SubmissionSource r = SubmissionSource.open("lines.jsonl", dir, stdin)) {
      assertEquals(List.of(dir.resolve("lines.jsonl").toString(), "33.14"),
          List.of(r.source(), r.next().submission().region().code()));
    }
    try (SubmissionSource r = SubmissionSource.open("-", dir, stdin)) {
      assertEquals(List.of("<stdin>", "DOCUMENTS", "33.09"),
          List.of(r.source(), r.kind().name(), r.next().submission().region().code()));
    }
  }

  @Test
  void theKindOfAnInputFollowsItsName() {
    assertEquals(List.of(Optional.of(SubmissionSource.Kind.DOCUMENTS), Optional.of(SubmissionSource.Kind.LINES),
            Optional.of(SubmissionSource.Kind.DOCUMENT), Optional.empty(), Optional.empty()),
        Stream.of("-", "national.jsonl", "sragen.json", "sragen.txt", "--").map(SubmissionSource.Kind::of)
            .collect(Collectors.toList()));
  }

  // ------------------------------------------------------------------ standard input: documents one after another

  @Test
  void standardInputTakesOnePrettyPrintedDocument() {
    try (SubmissionSource r = stdin(SubmissionJsonTest.EXAMPLE)) {
      assertEquals(SubmissionJsonTest.example(), r.next().submission());
      assertEquals(1, r.line());
      assertFalse(r.hasNext());
    }
  }

  @Test
  void standardInputTakesJsonLinesAndDocumentsOneAfterAnother() {
    assertEquals(List.of("33.14", "33.10", "33.09"), codes(stdin(SRAGEN + "\n" + KLATEN + "\r\n\n" + BOYOLALI)));
    assertEquals(List.of("33.14", "33.14", "33.10", "33.09"),
        codes(stdin(SubmissionJsonTest.EXAMPLE + SubmissionJsonTest.EXAMPLE + KLATEN + " " + BOYOLALI)));
    assertEquals(List.of(), codes(stdin(" \n\t\n")));
    assertEquals(List.of("33.14"), codes(stdin("\uFEFF" + SRAGEN)));
  }

  @Test
  void anErrorInAPrettyPrintedDocumentOnStandardInputNamesItsRealLine() {
    String second = SubmissionJsonTest.EXAMPLE.replace("{\"level\": 2}", "{\"level\": 4}");
    try (SubmissionSource r = stdin(SubmissionJsonTest.EXAMPLE + second)) {
      r.next();
      assertError(r::next, "<stdin>", 37, 25, "/innovations/0/answers/35/level", "expected an integer 0..3, found 4");
      assertEquals(21, r.line());
    }
  }

  @Test
  void aScoringErrorOnStandardInputNamesTheRealLineOfTheAnswer() {
    String second = SubmissionJsonTest.EXAMPLE.replace("\"35\": {\"level\": 2}", "\"99\": {\"level\": 2}");
    try (SubmissionSource r = stdin(SubmissionJsonTest.EXAMPLE + second)) {
      r.next();
      LocatedSubmission read = r.next();
      assertEquals(new Location("<stdin>", 37, 15, "/innovations/0/answers/99"),
          read.locationOf("/innovations/0/answers/99"));
    }
  }

  @Test
  void afterAnInvalidDocumentStandardInputGoesOnWithTheNext() {
    String bad = "{\"year\": 2024,\n \"regoin\": {\"a\": [1, {\"b\": [2]}]},\n \"spd\": {}}";
    try (SubmissionSource r = stdin(SRAGEN + "\n" + bad + "\n[1, [2]]\n" + KLATEN)) {
      assertEquals("33.14", r.next().submission().region().code());
      assertError(r::next, "<stdin>", 3, 2, "/regoin",
          "unknown field 'regoin'; expected one of year, region, spd, innovations");
      assertEquals(2, r.line());
      assertError(r::next, "<stdin>", 5, 1, "", "expected an object, found an array");
      assertEquals("33.10", r.next().submission().region().code());
      assertEquals(6, r.line());
      assertFalse(r.hasNext());
    }
  }

  @Test
  void afterMalformedJsonStandardInputHasNoMoreDocuments() {
    try (SubmissionSource r = stdin(SRAGEN + "\n{\"year\": 2024,,}\n" + KLATEN)) {
      r.next();
      assertError(r::next, "<stdin>", 2, 15, "/year",
          "malformed JSON: Unexpected character (',' (code 44)): was expecting double-quote to start field name");
      assertFalse(r.hasNext());
    }
  }

  @Test
  void eachDocumentOnStandardInputMayHave64MibCharactersCountedFromTheEndOfTheOneBefore() {
    long mib64 = 64L * 1024 * 1024;
    String head = SRAGEN.substring(0, SRAGEN.length() - 1);
    try (SubmissionSource r = SubmissionSource.of(SubmissionSource.Kind.DOCUMENTS,
        padded(head, mib64 - SRAGEN.length(), "}" + SRAGEN), "<stdin>")) {
      assertEquals(List.of("33.14", "33.14"), codes(r));
    }
    try (SubmissionSource r = SubmissionSource.of(SubmissionSource.Kind.DOCUMENTS,
        padded(SRAGEN + head, mib64 - head.length() + 1, "}"), "<stdin>")) {
      r.next();
      assertError(r::next, "<stdin>", 1, SRAGEN.length() + mib64 + 1, "/innovations",
          "expected a document of at most 67108864 characters, found a longer one");
      assertFalse(r.hasNext());
    }
  }

  // ------------------------------------------------------------------------- whether an error ended the reading

  @Test
  void anInvalidLineOfJsonLinesLeavesTheReadingGoing() {
    try (SubmissionSource r = of(SRAGEN + "\n" + BAD + "\n{\"year\": 2024,\n" + KLATEN + "\n")) {
      r.next();
      assertThrows(IgaException.class, r::next);
      assertFalse(r.stopped());
      assertThrows(IgaException.class, r::next);
      assertFalse(r.stopped());
      assertEquals("33.10", r.next().submission().region().code());
      assertFalse(r.hasNext());
      assertFalse(r.stopped());
    }
  }

  @Test
  void bytesThatAreNotUtf8AreAnErrorOfTheirLineThatDoesNotStopTheReading() {
    byte[] bytes = (SRAGEN + "\n" + KLATEN + "\n" + BOYOLALI + "\n").getBytes(StandardCharsets.UTF_8);
    bytes[SRAGEN.length() + 10] = (byte) 0xFF;
    try (SubmissionSource r = SubmissionSource.of(SubmissionSource.Kind.LINES, new ByteArrayInputStream(bytes),
        "data.jsonl")) {
      r.next();
      assertFalse(r.stopped());
      // the byte falls in the year's value, 2024
      assertError(r::next, "data.jsonl", 2, 10, "/year", "the input is not valid UTF-8");
      assertFalse(r.stopped());
      assertEquals("33.09", r.next().submission().region().code());
      assertFalse(r.hasNext());
      assertFalse(r.stopped());
    }
  }

  @Test
  void aFailureToReadStopsTheReading() {
    InputStream failing = JsonFixtures.failing(new IOException("disk gone"));
    try (SubmissionSource r = SubmissionSource.of(SubmissionSource.Kind.LINES, failing, "data.jsonl")) {
      assertError(r::hasNext, "data.jsonl", 1, 0, null, "cannot read the input: disk gone");
      assertTrue(r.stopped());
      assertFalse(r.hasNext());
    }
  }

  @Test
  void aLineTooLongLeavesTheReadingGoing() {
    try (SubmissionSource r = SubmissionSource.of(SubmissionSource.Kind.LINES,
        padded("", 64L * 1024 * 1024 + 1, "\n" + KLATEN + "\n"), "data.jsonl")) {
      assertThrows(IgaException.class, r::hasNext);
      assertFalse(r.stopped());
      assertEquals("33.10", r.next().submission().region().code());
    }
  }

  @Test
  void onStandardInputAnInvalidDocumentLeavesTheReadingGoingAndMalformedJsonStopsIt() {
    try (SubmissionSource r = stdin(SRAGEN + "\n" + BAD + "\n" + KLATEN + "\n{\"year\": 2024,,}\n" + BOYOLALI)) {
      r.next();
      assertThrows(IgaException.class, r::next);
      assertFalse(r.stopped());
      assertEquals("33.10", r.next().submission().region().code());
      assertThrows(IgaException.class, r::next);
      assertTrue(r.stopped());
      assertFalse(r.hasNext());
    }
  }
}

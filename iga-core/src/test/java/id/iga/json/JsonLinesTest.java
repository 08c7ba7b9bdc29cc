package id.iga.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.iga.IgaException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;

/**
 * How {@link JsonLines} splits its input, checked with small sizes (the documented ones are 64 KiB reads and a limit
 * of 64 MiB): the line limit counted in characters, lines that outgrow the buffer, the buffer's growth and release
 * (seen in how many bytes it asks the input for), the byte order mark, and inputs that give few bytes at a time.
 */
class JsonLinesTest {
  /** Reads of 8 bytes, a buffer let go beyond 16, lines of at most 32 characters: the buffer grows to 40. */
  private static final JsonLines.Sizes SMALL = new JsonLines.Sizes(8, 16, 32);
  /** The same with lines of at most 64 characters: the buffer grows 8, 16, 32 and then straight to 72. */
  private static final JsonLines.Sizes WIDE = new JsonLines.Sizes(8, 16, 64);

  /**
   * Bytes given at most {@code chunk} at a time, none at all on every other read when {@code zeros} (as some inputs
   * do), after {@code blockAfter} bytes a failure (an input that would wait for more); it records the room each read
   * offered, and whether it was closed.
   */
  static final class Input extends InputStream {
    private final ByteArrayInputStream bytes;
    private final int chunk;
    private final boolean zeros;
    private final long blockAfter;
    private long given;
    private boolean zeroNext;
    final List<Integer> asked = new ArrayList<>();
    boolean closed;

    Input(byte[] bytes, int chunk, boolean zeros, long blockAfter) {
      this.bytes = new ByteArrayInputStream(bytes);
      this.chunk = chunk;
      this.zeros = zeros;
      this.blockAfter = blockAfter;
    }

    static Input of(String text) {
      return new Input(text.getBytes(StandardCharsets.UTF_8), Integer.MAX_VALUE, false, Long.MAX_VALUE);
    }

    @Override
    public int read() {
      throw new UnsupportedOperationException();
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      Objects.checkFromIndexSize(off, len, b.length);
      asked.add(len);
      if (given == blockAfter) {
        throw new IOException("would wait for more");
      }
      if (zeros && (zeroNext = !zeroNext)) {
        return 0;
      }
      int n = bytes.read(b, off, (int) Math.min(Math.min(len, chunk), blockAfter - given));
      given += Math.max(n, 0);
      return n;
    }

    @Override
    public void close() {
      closed = true;
    }
  }

  static String describe(IgaException e) {
    return e.key() + e.arguments() + " at " + e.location().map(Object::toString).orElse("-");
  }

  /**
   * Every line read first, then each parsed (a line stays as it was read when the next ones are read): what each
   * gave, its error or its region's code.
   */
  static List<String> outcomes(JsonLines in) {
    List<Object> read = new ArrayList<>();
    while (true) {
      try {
        JsonLines.Line line = in.next();
        if (line == null) {
          break;
        }
        read.add(line);
      } catch (IgaException e) {
        read.add(describe(e));
      }
    }
    List<String> out = new ArrayList<>();
    for (Object o : read) {
      if (o instanceof JsonLines.Line line) {
        try {
          out.add(line.number() + ": " + line.parse("data.jsonl").submission().region().code());
        } catch (IgaException e) {
          out.add(describe(e));
        }
      } else {
        out.add((String) o);
      }
    }
    return out;
  }

  private static List<String> outcomes(String text, JsonLines.Sizes sizes) {
    return outcomes(new JsonLines(Input.of(text), "data.jsonl", sizes));
  }

  private static String padded(String line, int length) {
    return line + " ".repeat(length - line.length());
  }

  private static final String UNKNOWN = "{\"year\":2024,\"x\":1}";

  private static String unknownAt(long line, int column, String pointer) {
    return "json.unknownField[x, year, region, spd, innovations] at data.jsonl:" + line + ":" + column + " " + pointer;
  }

  private static String tooLong(long line, int limit) {
    return "json.lineTooLong[" + limit + "] at data.jsonl:" + line + ":" + (limit + 1);
  }

  @Test
  void aLineOfTheLimitIsReadAndOneCharacterMoreIsAnErrorAfterWhichTheNextLineIsRead() {
    String text = padded(UNKNOWN, 32) + "\n" + padded(UNKNOWN, 33) + "\n" + UNKNOWN + "\n" + padded(UNKNOWN, 40)
        + "\n" + padded(UNKNOWN, 41) + "\n" + padded(UNKNOWN, 100) + "\n" + UNKNOWN;
    assertEquals(List.of(unknownAt(1, 14, "/x"), tooLong(2, 32), unknownAt(3, 14, "/x"), tooLong(4, 32),
        tooLong(5, 32), tooLong(6, 32), unknownAt(7, 14, "/x")), outcomes(text, SMALL));
  }

  @Test
  void aLineReadInABufferGrownForItIsPlacedByItsLoneCarriageReturns() {
    // The first line grows the buffer beyond the size kept, and is handed over in it rather than copied.
    String text = padded("{\"year\":2024,\r\"x\":1}", 30) + "\n" + UNKNOWN;
    assertEquals(List.of(unknownAt(1, 15, "/x"), unknownAt(2, 14, "/x")), outcomes(text, SMALL));
  }

  @Test
  void aLineThatStartsInsideTheLargestBufferIsReadFromItsStart() {
    // The buffer grows to 40 for the first line and is kept (40 is not above 100). Reads of 22 bytes: the third
    // line starts at byte 13 of it, and what was read of it ends at byte 27, before its end.
    String text = padded(UNKNOWN, 32) + "\n{\"x\":123456}\n" + UNKNOWN + "\n";
    JsonLines in = new JsonLines(new Input(text.getBytes(StandardCharsets.UTF_8), 22, false, Long.MAX_VALUE),
        "data.jsonl", new JsonLines.Sizes(8, 100, 32));
    assertEquals(List.of(unknownAt(1, 14, "/x"), unknownAt(2, 2, "/x"), unknownAt(3, 14, "/x")), outcomes(in));
  }

  @Test
  void theLimitCountsTheCharactersOfEachLineWhereverItStartsInTheBuffer() {
    // Reads of 64 bytes, more than a line may have: lines end inside the buffer, far from its start.
    JsonLines.Sizes sizes = new JsonLines.Sizes(64, 64, 32);
    String text = UNKNOWN + "\n" + padded(UNKNOWN, 32) + "\n" + padded(UNKNOWN, 33) + "\n" + padded(UNKNOWN, 32);
    assertEquals(List.of(unknownAt(1, 14, "/x"), unknownAt(2, 14, "/x"), tooLong(3, 32), unknownAt(4, 14, "/x")),
        outcomes(text, sizes));
  }

  @Test
  void aLineOfOtherLettersIsLimitedByItsCharactersNotItsBytes() {
    // Each é is two bytes, each 😀 four bytes and two characters (a surrogate pair).
    String e16 = "{\"year\":2024,\"x\":\"" + "é".repeat(12) + "\"}";
    String smile = "{\"year\":2024,\"x\":\"" + "😀".repeat(6) + "\"}";
    assertEquals(32, e16.length());
    assertEquals(32, smile.length());
    String text = e16 + "\n" + e16.replace("\"}", "é\"}") + "\n" + smile + "\n" + smile.replace("\"}", "é\"}")
        + "\n" + UNKNOWN;
    assertEquals(List.of(unknownAt(1, 14, "/x"), tooLong(2, 32), unknownAt(3, 14, "/x"), tooLong(4, 32),
        unknownAt(5, 14, "/x")), outcomes(text, SMALL));
  }

  /** A line whose region's name is {@code n} é: 22 + n characters in 22 + 2n bytes. */
  private static String wide(int n, String rest) {
    return "{\"region\":{\"name\":\"" + "é".repeat(n) + "\"" + rest + "}}";
  }

  @Test
  void aLineOfMoreBytesThanTheBufferGrowsToIsDecodedAsItIsReadAndPlacedByCharacters() {
    // 30 é between two lone \r: 62 characters in 92 bytes, beyond the 72 the buffer grows to.
    String line = wide(30, ",\r\"x\":1").replace("{\"name", "\r{\"name");
    assertEquals(List.of("json.unknownField[x, code, name, type, provinceCode] at data.jsonl:2:54 /region/x",
        unknownAt(3, 14, "/x")), outcomes("\n" + line + "\n" + UNKNOWN + "\n", WIDE));
    // Ending the input with nothing left to decode after what filled the buffer: 25 é, 72 bytes.
    assertEquals(72, wide(25, "").getBytes(StandardCharsets.UTF_8).length);
    assertEquals(List.of("json.missingField[code] at data.jsonl:1:11 /region"), outcomes(wide(25, ""), WIDE));
    // Exactly the limit, 64 characters in 106 bytes, and one character more.
    assertEquals(List.of("json.missingField[code] at data.jsonl:1:11 /region"), outcomes(wide(42, ""), WIDE));
    assertEquals(List.of(tooLong(1, 64), unknownAt(2, 14, "/x")), outcomes(wide(43, "") + "\n" + UNKNOWN, WIDE));
  }

  @Test
  void aByteThatIsNotUtf8InALineThatOutgrewTheBufferEndsTheInputAtItsCharacter() {
    byte[] bytes = (wide(40, "") + "\n" + UNKNOWN + "\n").getBytes(StandardCharsets.UTF_8);
    bytes[19 + 2 * 10] = (byte) 0xFF;
    JsonLines in = new JsonLines(new Input(bytes, Integer.MAX_VALUE, false, Long.MAX_VALUE), "data.jsonl", WIDE);
    assertEquals(List.of("json.badUtf8[] at data.jsonl:1:30"), outcomes(in));
    assertEquals(List.of(1L, true), List.of(in.lines(), in.broken()));
  }

  @Test
  void aByteThatIsNotUtf8IsAnErrorOfItsLineAndTheNextLineIsRead() {
    byte[] bytes = ("{\"year\":2024,\"x\":\"é\"}\n" + UNKNOWN + "\n").getBytes(StandardCharsets.UTF_8);
    bytes[19] = (byte) 0xFF;
    JsonLines in = new JsonLines(new Input(bytes, Integer.MAX_VALUE, false, Long.MAX_VALUE), "data.jsonl", SMALL);
    assertEquals(List.of("json.unknownField[x, year, region, spd, innovations] at data.jsonl:1:14 /x",
        unknownAt(2, 14, "/x")), outcomes(in));
  }

  @Test
  void aLineOfFourByteCharactersIsDecodedWhole() {
    String line = "{\"region\":{\"name\":\"" + "😀".repeat(3) + "\",\"x\":1}}";
    assertEquals(List.of("json.unknownField[x, code, name, type, provinceCode] at data.jsonl:1:28 /region/x"),
        outcomes(line + "\n", JsonLines.Sizes.DOCUMENTED));
  }

  @Test
  void theBufferDoublesFromTheReadSizeAndFromHalfTheLimitGrowsStraightToTheLimitAndOneReadMore() {
    // A line of 60 characters: the buffer is 8, then 16, 32 and 72 (not 64) bytes, each read offering what is free.
    Input in = Input.of(padded(UNKNOWN, 60) + "\n" + UNKNOWN + "\n");
    assertEquals(List.of(unknownAt(1, 14, "/x"), unknownAt(2, 14, "/x")), outcomes(new JsonLines(in, "data.jsonl",
        WIDE)));
    // After the long line the buffer is let go: the 20 bytes left, then reads of 8 again.
    assertEquals(List.of(8, 8, 16, 40, 11, 8), in.asked);
  }

  @Test
  void aBufferGrownToTheSizeKeptIsKeptAndALargerOneIsLetGo() {
    // A line of 12 bytes grows the buffer to 16, which is kept: the next reads offer up to 16 bytes. One of 19 grows
    // it to 40 (twice 16 is the limit), which is let go: the next reads offer at most 8.
    String twelve = "{\"x\":123456}";
    Input in = Input.of(twelve + "\n" + twelve + "\n" + twelve + "\n" + UNKNOWN + "\n" + twelve + "\n" + twelve);
    assertEquals(List.of(unknownAt(1, 2, "/x"), unknownAt(2, 2, "/x"), unknownAt(3, 2, "/x"), unknownAt(4, 14, "/x"),
        unknownAt(5, 2, "/x"), unknownAt(6, 2, "/x")), outcomes(new JsonLines(in, "data.jsonl", SMALL)));
    assertEquals(List.of(8, 8, 13, 13, 13, 24, 1, 8, 4), in.asked);
  }

  @Test
  void aLineTooLongIsSkippedInReadsOfTheReadSize() {
    Input in = Input.of(padded(UNKNOWN, 120) + "\n" + UNKNOWN + "\n");
    assertEquals(List.of(tooLong(1, 32), unknownAt(2, 14, "/x")), outcomes(new JsonLines(in, "data.jsonl", SMALL)));
    // 8, 16 and 40 bytes, then the rest of the line in reads of 8 (not in the grown buffer); then the next line.
    assertEquals(List.of(8, 8, 24, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 1, 8, 24, 8), in.asked);
  }

  @Test
  void aLineTooLongThatEndsInTheBufferLetsTheGrownBufferGo() {
    Input in = Input.of(padded(UNKNOWN, 34) + "\n" + UNKNOWN + "\n");
    assertEquals(List.of(tooLong(1, 32), unknownAt(2, 14, "/x")), outcomes(new JsonLines(in, "data.jsonl", SMALL)));
    // 8, 16 and 40 bytes; then the 5 bytes of the next line left move to a buffer of 8, not to the start of the 40.
    assertEquals(List.of(8, 8, 24, 3, 8, 24, 8), in.asked);
  }

  @Test
  void anInputThatGivesNoBytesOnSomeReadsIsReadWholeAndItsByteOrderMarkSkipped() {
    byte[] text = ("\uFEFF" + UNKNOWN + "\n\n" + padded(UNKNOWN, 30) + "\n" + UNKNOWN).getBytes(StandardCharsets.UTF_8);
    for (int chunk = 1; chunk <= 9; chunk++) {
      JsonLines in = new JsonLines(new Input(text, chunk, true, Long.MAX_VALUE), "data.jsonl", SMALL);
      assertEquals(List.of(unknownAt(1, 14, "/x"), unknownAt(3, 14, "/x"), unknownAt(4, 14, "/x")), outcomes(in),
          "chunk " + chunk);
    }
  }

  @Test
  void aByteOrderMarkIsSkippedWhenTheFirstReadFillsTheBuffer() {
    assertEquals(List.of(unknownAt(1, 14, "/x")), outcomes("\uFEFF" + UNKNOWN, SMALL));
    // Only the first is skipped.
    assertEquals(List.of("json.malformed[Unexpected character ('\uFEFF' (code 65279 / 0xfeff)): expected a valid value "
        + "(JSON String, Number, Array, Object or token 'null', 'true' or 'false')] at data.jsonl:1:1 (document root)"),
        outcomes("\uFEFF\uFEFF" + UNKNOWN, SMALL));
  }

  @Test
  void aCompleteLineIsGivenWithoutWaitingForMoreInput() {
    byte[] first = "{}\n".getBytes(StandardCharsets.UTF_8);
    JsonLines in = new JsonLines(new Input(first, Integer.MAX_VALUE, false, first.length), "data.jsonl", SMALL);
    assertEquals(List.of("json.missingField[year] at data.jsonl:1:1 (document root)",
        "json.cannotRead[would wait for more] at data.jsonl:2"), outcomes(in));
  }

  @Test
  void aLoneCarriageReturnAnywhereInTheLineStartsNoLine() {
    // Lines of few letters, so that no byte but the \r looks like one; the \r at every place of a word of eight bytes
    // and after it, in lines of bytes and of other letters.
    List<String> text = new ArrayList<>();
    List<String> expected = new ArrayList<>();
    for (int spaces = 0; spaces < 9; spaces++) {
      text.add("{" + "\t".repeat(spaces) + "\r1}");
      expected.add("json.malformed[Unexpected character ('1' (code 49)): was expecting double-quote to start field "
          + "name] at data.jsonl:" + text.size() + ":" + (spaces + 3) + " (document root)");
      text.add("{\"year\":" + "\t".repeat(spaces) + "\r\"é\"}");
      expected.add("json.expectedInteger[a string] at data.jsonl:" + text.size() + ":" + (spaces + 10)
          + " /year");
    }
    text.add("{\"year\":\r");
    expected.add("json.malformed[Unexpected end-of-input within/between Object entries] at data.jsonl:" + text.size()
        + ":10 /year");
    assertEquals(expected, outcomes(String.join("\n", text) + "\n", JsonLines.Sizes.DOCUMENTED));
  }

  @Test
  void closingTheLinesClosesTheInput() {
    Input in = Input.of(UNKNOWN);
    new JsonLines(in, "data.jsonl", SMALL).close();
    assertTrue(in.closed);
  }
}

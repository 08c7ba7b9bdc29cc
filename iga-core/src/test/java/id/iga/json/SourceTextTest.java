package id.iga.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The characters {@link SourceText} gives the parser, checked with a small limit (the documented one is 64 MiB): the
 * budget of each document, the byte order mark, and the lone carriage returns it records.
 */
class SourceTextTest {

  /** Everything the text gives, in reads of at most {@code size}. */
  private static String readAll(Reader in, int size) throws IOException {
    StringBuilder out = new StringBuilder();
    char[] buffer = new char[size + 2];
    int n;
    while ((n = in.read(buffer, 2, size)) != -1) {
      out.append(buffer, 2, n);
    }
    return out.toString();
  }

  @Test
  void aDocumentOfTheLimitIsGivenWholeAndTheInputMayEndThere() throws IOException {
    for (int size = 1; size <= 12; size++) {
      SourceText text = new SourceText(new StringReader("{\n \"a\": 1}"), 10);
      assertEquals("{\n \"a\": 1}", readAll(text, size));
      assertEquals(-1, text.read(new char[4], 0, 4));
    }
  }

  @Test
  void aCharacterBeyondTheLimitIsAnErrorAtItsLineAndColumn() throws IOException {
    for (int size = 1; size <= 12; size++) {
      SourceText text = new SourceText(new StringReader("{\n \"a\": 12}"), 10);
      char[] buffer = new char[size];
      Json.DocumentTooLongException e = assertThrows(Json.DocumentTooLongException.class, () -> {
        while (text.read(buffer, 0, buffer.length) != -1) {
          // read to the limit
        }
      });
      assertEquals(List.of(2L, 9L), List.of(e.line, e.column));
    }
  }

  @Test
  void eachDocumentsBudgetIsCountedFromWhereThePreviousOneEnded() throws IOException {
    SourceText text = new SourceText(new StringReader("{}   {\"a\":1}{}"), 8);
    char[] buffer = new char[20];
    assertEquals(8, text.read(buffer, 0, 20));
    text.next(2);
    // Up to character 2 + 8: the first two characters of the second object.
    assertEquals(2, text.read(buffer, 0, 20));
    Json.DocumentTooLongException e = assertThrows(Json.DocumentTooLongException.class,
        () -> text.read(buffer, 0, 20));
    assertEquals(List.of(1L, 11L), List.of(e.line, e.column));
  }

  @Test
  void aLeadingByteOrderMarkIsSkippedEvenWhenItComesAlone() throws IOException {
    Reader oneByOne = new Reader() {
      private final String text = "\uFEFF{}\uFEFF";
      private int next;

      @Override
      public int read(char[] cbuf, int off, int len) {
        if (next == text.length()) {
          return -1;
        }
        cbuf[off] = text.charAt(next++);
        return 1;
      }

      @Override
      public void close() {
        // nothing held
      }
    };
    assertEquals("{}\uFEFF", readAll(new SourceText(oneByOne), 4));
  }

  @Test
  void eachLoneCarriageReturnIsRecordedAsTheParserLineAfterItAndItsColumn() throws IOException {
    // Lines as the parser counts them: a, b, c, d, e, f and an empty one; as the source does: a, b\rc, d\re, f\r.
    SourceText text = new SourceText(new StringReader("a\r\nb\rc\nd\re\r\nf\r"));
    assertEquals("a\r\nb\rc\nd\re\r\nf\r", readAll(text, 3));
    LineMap lines = text.lines;
    assertEquals(List.of(1L, 2L, 2L, 3L, 3L, 4L), List.of(lines.line(1), lines.line(2), lines.line(3), lines.line(4),
        lines.line(5), lines.line(6)));
    assertEquals(List.of(1L, 1L, 3L, 1L, 3L, 1L, 4L, 3L), List.of(lines.column(1, 1), lines.column(2, 1),
        lines.column(3, 1), lines.column(4, 1), lines.column(5, 1), lines.column(6, 1), lines.line(7),
        lines.column(7, 1)));
  }

  @Test
  void aBadByteIsPlacedAtTheCharacterItStandsFor() {
    SourceText text = Json.utf8(new java.io.ByteArrayInputStream(new byte[] {'a', '\n', 'b', (byte) 0xC3, 'c'}));
    Json.BadUtf8Exception e = assertThrows(Json.BadUtf8Exception.class, () -> readAll(text, 8));
    assertEquals(List.of(2L, 2L), List.of(e.line, e.column));
  }

  @Test
  void closingTheTextClosesItsCharacters() throws IOException {
    boolean[] closed = {false};
    Reader in = new StringReader("{}") {
      @Override
      public void close() {
        closed[0] = true;
      }
    };
    new SourceText(in).close();
    assertTrue(closed[0]);
  }
}

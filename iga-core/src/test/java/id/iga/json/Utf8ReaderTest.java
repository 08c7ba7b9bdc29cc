package id.iga.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What each read of {@link Json.Utf8Reader} gives: characters at the offset asked, as soon as it has some. */
class Utf8ReaderTest {

  private static Json.Utf8Reader reader(String text) {
    return new Json.Utf8Reader(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
  }

  /** Each read's count and what it put at offset 2 of a buffer of {@code 2 + len}, until the end. */
  private static List<String> reads(Json.Utf8Reader in, int len) throws IOException {
    List<String> out = new ArrayList<>();
    char[] buffer = new char[2 + len];
    while (true) {
      int n = in.read(buffer, 2, len);
      if (n == -1) {
        out.add("end");
        out.add(String.valueOf(in.read(buffer, 2, len)));
        return out;
      }
      out.add(n + ":" + new String(buffer, 2, n));
    }
  }

  @Test
  void anEmptyInputEndsAtOnceAndStaysEnded() throws IOException {
    assertEquals(List.of("end", "-1"), reads(reader(""), 4));
  }

  @Test
  void eachReadFillsWhatItIsAskedForAtItsOffset() throws IOException {
    assertEquals(List.of("3:abé", "3:d😀", "1:f", "end", "-1"), reads(reader("abéd😀f"), 3));
    assertEquals(List.of("7:abéd😀f", "end", "-1"), reads(reader("abéd😀f"), 10));
  }

  @Test
  void theLastCharactersAreGivenWhenAnInputSaysMoreIsAvailableUpToItsEnd() throws IOException {
    InputStream hopeful = new ByteArrayInputStream("abé".getBytes(StandardCharsets.UTF_8)) {
      @Override
      public synchronized int available() {
        return 1;
      }
    };
    assertEquals(List.of("3:abé", "end", "-1"), reads(new Json.Utf8Reader(hopeful), 10));
  }

  @Test
  void aReadGivesTheCharactersItHasWithoutWaitingForMoreInput() throws IOException {
    InputStream typed = new InputStream() {
      private boolean sent;

      @Override
      public int read() {
        throw new UnsupportedOperationException();
      }

      @Override
      public int read(byte[] b, int off, int len) throws IOException {
        if (sent) {
          throw new IOException("would wait for more");
        }
        sent = true;
        b[off] = '{';
        return 1;
      }
    };
    char[] buffer = new char[8];
    assertEquals(1, new Json.Utf8Reader(typed).read(buffer, 1, 7));
    assertEquals('{', buffer[1]);
  }

  @Test
  void theCharactersBeforeABadByteAreGivenAndTheNextReadFails() throws IOException {
    Json.Utf8Reader in = new Json.Utf8Reader(new ByteArrayInputStream(new byte[] {'a', 'b', (byte) 0xFF, 'c'}));
    char[] buffer = new char[8];
    assertEquals(2, in.read(buffer, 0, 8));
    assertThrows(CharacterCodingException.class, () -> in.read(buffer, 0, 8));
    Json.Utf8Reader bad = new Json.Utf8Reader(new ByteArrayInputStream(new byte[] {(byte) 0xFF}));
    assertThrows(CharacterCodingException.class, () -> bad.read(buffer, 0, 8));
  }

  @Test
  void anInputThatGivesNoBytesOnSomeReadsIsReadWhole() throws IOException {
    byte[] text = "aé😀b".getBytes(StandardCharsets.UTF_8);
    InputStream halting = new InputStream() {
      private int next;
      private boolean zero;

      @Override
      public int read() {
        throw new UnsupportedOperationException();
      }

      @Override
      public int read(byte[] b, int off, int len) {
        zero = !zero;
        if (zero) {
          return 0;
        }
        if (next == text.length) {
          return -1;
        }
        b[off] = text[next++];
        return 1;
      }
    };
    StringBuilder read = new StringBuilder();
    char[] buffer = new char[8];
    Json.Utf8Reader in = new Json.Utf8Reader(halting);
    int n;
    while ((n = in.read(buffer, 0, 8)) != -1) {
      read.append(buffer, 0, n);
    }
    assertEquals("aé😀b", read.toString());
  }

  @Test
  void closingTheReaderClosesItsInput() throws IOException {
    boolean[] closed = {false};
    InputStream in = new ByteArrayInputStream(new byte[0]) {
      @Override
      public void close() {
        closed[0] = true;
      }
    };
    new Json.Utf8Reader(in).close();
    assertTrue(closed[0]);
  }
}

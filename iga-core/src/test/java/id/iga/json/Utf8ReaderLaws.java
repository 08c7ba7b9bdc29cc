package id.iga.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.strings;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class Utf8ReaderLaws {

  /** Line and column by the package's rule, one character at a time: only {@code \n} ends a line. */
  private static List<Long> place(String text) {
    long line = 1;
    long column = 1;
    for (char c : text.toCharArray()) {
      if (c == '\n') {
        line++;
        column = 1;
      } else {
        column++;
      }
    }
    return List.of(line, column);
  }

  @Test
  void aBadByteIsPlacedAtItsLineAndColumnWhateverTheReadsSizes() {
    qt().withExamples(1000)
        .forAll(strings().betweenCodePoints(0, 0x7F).ofLengthBetween(0, 40).map(s -> s.replace('\u0000', '\r')
            .replace('\u0001', '\n').replace('\u0002', 'é')), integers().between(1, 7))
        .checkAssert((text, chunk) -> {
          ByteArrayOutputStream bytes = new ByteArrayOutputStream();
          bytes.writeBytes(text.getBytes(StandardCharsets.UTF_8));
          bytes.write(0xFF);
          Reader in = Json.utf8(new ByteArrayInputStream(bytes.toByteArray()));
          char[] buffer = new char[chunk];
          Json.BadUtf8Exception e = assertThrows(Json.BadUtf8Exception.class, () -> {
            while (in.read(buffer, 0, chunk) >= 0) {
              // read until the bad byte
            }
          });
          assertEquals(place(text), List.of(e.line, e.column));
        });
  }
}

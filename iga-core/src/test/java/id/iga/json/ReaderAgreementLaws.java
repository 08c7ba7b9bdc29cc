package id.iga.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import id.iga.IgaException;
import id.iga.Location;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** One law over every submission reader: they count lines and columns alike, so they place a fault alike. */
class ReaderAgreementLaws {

  /** Characters that change what a document means, lone carriage returns and escapes of lone surrogates among them. */
  private static final String[] EDITS = {"{", "}", "[", "]", "\"", ":", ",", "1", ".", "e", " ", "z", "\\", "\r",
      "\r\n", "\n", "\\ud800", "\\udc00", "\uD800", "x\r\r", "\u00EB"};

  /** A written submission on one line with a few edits at random places. */
  private static final Gen<String> EDITED = RandomSubmissions.edited(EDITS);

  private static InputStream bytes(String text) {
    return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
  }

  /** What a reader made of a document: the error's message and place, or that it read a submission. */
  private static String outcome(Function<String, LocatedSubmission> reader, String json) {
    try {
      reader.apply(json);
      return "read";
    } catch (IgaException e) {
      return e.getMessage();
    }
  }

  private static LocatedSubmission first(SubmissionSource.Kind kind, String text) {
    try (SubmissionSource in = SubmissionSource.of(kind, bytes(text), "<string>")) {
      return in.next();
    }
  }

  @Test
  void everyReaderPlacesAFaultWithTheSameMessageAtTheSameLineAndColumnOfTheLinesThatOnlyLineFeedsEnd() {
    qt().withFixedSeed(20_261_129L).withExamples(600).forAll(EDITED).checkAssert(json -> {
      // A lone surrogate as a character cannot be sent as UTF-8; the string readers take it.
      boolean encodable = json.chars().noneMatch(c -> Character.isSurrogate((char) c));
      List<Function<String, LocatedSubmission>> readers = new ArrayList<>();
      readers.add(SubmissionJson::readLocated);
      if (encodable) {
        readers.add(text -> SubmissionJson.readLocated(bytes(text), "<string>"));
        readers.add(text -> first(SubmissionSource.Kind.DOCUMENT, text));
        readers.add(text -> first(SubmissionSource.Kind.DOCUMENTS, text));
        if (json.indexOf('\n') < 0) {
          readers.add(text -> first(SubmissionSource.Kind.LINES, text + "\n"));
        }
      }
      String expected = outcome(readers.get(0), json);
      for (Function<String, LocatedSubmission> reader : readers) {
        assertEquals(expected, outcome(reader, json), json);
      }
      try {
        SubmissionJson.readLocated(json);
      } catch (IgaException e) {
        // Where only \n divides the document into lines.
        Location where = e.location().orElseThrow();
        String[] lines = json.split("\n", -1);
        assertTrue(where.line() >= 1 && where.line() <= lines.length, e::getMessage);
        assertTrue(where.column() >= 1 && where.column() <= lines[(int) where.line() - 1].length() + 1,
            e::getMessage);
      }
    });
  }
}

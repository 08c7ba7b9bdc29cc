package id.iga.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import id.iga.IgaException;
import id.iga.Location;
import id.iga.submission.Innovation;
import id.iga.submission.Submission;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** The laws of the one submission reader, on arbitrary submissions and arbitrary edits of their documents. */
class SubmissionReaderLaws {

  /** Characters that change what a document means: structure, quotes, digits, letters, spaces. */
  private static final String EDITS = "{}[]\":,0123456789.-eE aztfnul\\";

  /** A written submission with one character deleted, inserted or replaced at a random place. */
  private static final Gen<String> EDITED = in -> {
    String json = SubmissionJson.toJson(RandomSubmissions.SUBMISSIONS.generate(in));
    int at = integers().between(0, json.length() - 1).generate(in);
    char c = EDITS.charAt(integers().between(0, EDITS.length() - 1).generate(in));
    switch (integers().between(0, 2).generate(in)) {
      case 0:
        return json.substring(0, at) + json.substring(at + 1);
      case 1:
        return json.substring(0, at) + c + json.substring(at);
      default:
        return json.substring(0, at) + c + json.substring(at + 1);
    }
  };

  @Test
  void readingWhatWasWrittenGivesAnEqualSubmission() {
    qt().withFixedSeed(20_261_201L).withExamples(500).forAll(RandomSubmissions.SUBMISSIONS)
        .checkAssert(s -> assertEquals(s, SubmissionJson.read(SubmissionJson.toJson(s))));
  }

  @Test
  void anEditedDocumentIsEitherASubmissionThatWritesBackOrAnErrorPlacedInsideIt() {
    qt().withFixedSeed(20_261_202L).withExamples(3000).forAll(EDITED).checkAssert(json -> {
      Submission read;
      try {
        read = SubmissionJson.read(json);
      } catch (IgaException e) {
        Location where = e.location().orElseThrow();
        String[] lines = json.split("\n", -1);
        assertEquals("<string>", where.source(), e::getMessage);
        assertTrue(where.line() >= 1 && where.line() <= lines.length, e::getMessage);
        assertTrue(where.column() >= 1 && where.column() <= lines[(int) where.line() - 1].length() + 1,
            e::getMessage);
        assertTrue(where.pointer() != null && (where.pointer().isEmpty() || where.pointer().startsWith("/")),
            e::getMessage);
        return;
      }
      assertEquals(read, SubmissionJson.read(SubmissionJson.toJson(read)));
    });
  }

  /** The pointer of every container a scorer can point at, in document order. */
  private static List<String> containers(Submission s) {
    List<String> out = new ArrayList<>();
    out.add("");
    out.add("/region");
    out.add("/spd");
    s.spd().keySet().forEach(code -> out.add(Location.pointerOf("spd", code)));
    out.add("/innovations");
    for (int i = 0; i < s.innovations().size(); i++) {
      Innovation inv = s.innovations().get(i);
      out.add(Location.pointerOf("innovations", i));
      out.add(Location.pointerOf("innovations", i, "answers"));
      for (String code : inv.answers().keySet()) {
        out.add(Location.pointerOf("innovations", i, "answers", code));
      }
    }
    return out;
  }

  /** The character at a place, and the key before it when the place is a member's value. */
  private static String atPlace(String[] lines, Location where) {
    String line = lines[(int) where.line() - 1];
    int column = (int) where.column();
    String before = line.substring(0, column - 1).stripLeading();
    return before + line.charAt(column - 1);
  }

  private static String expected(String pointer) {
    if (pointer.isEmpty()) {
      return "{";
    }
    String last = pointer.substring(pointer.lastIndexOf('/') + 1);
    boolean item = pointer.matches("/innovations/[0-9]+");
    return item ? "{" : "\"" + last + "\": " + (last.equals("innovations") ? "[" : "{");
  }

  @Test
  void everyContainerIsPlacedAtItsOpeningBracketAfterItsKeyWithoutReadingAgain() {
    qt().withFixedSeed(20_261_203L).withExamples(300).forAll(RandomSubmissions.SUBMISSIONS).checkAssert(s -> {
      String json = SubmissionJson.toJson(s);
      String[] lines = json.split("\n", -1);
      LocatedSubmission read = SubmissionJson.readLocated(json);
      for (String pointer : containers(s)) {
        Location where = read.locationOf(pointer);
        assertEquals(pointer, where.pointer());
        assertTrue(atPlace(lines, where).endsWith(expected(pointer)), pointer + " at " + where + ": "
            + atPlace(lines, where));
      }
    });
  }

  @Test
  void aDatasetOfWrittenLinesReadsBackLineByLineWithEachPlaceOnItsLine() {
    qt().withFixedSeed(20_261_204L).withExamples(50)
        .forAll(RandomSubmissions.SUBMISSIONS, RandomSubmissions.SUBMISSIONS, RandomSubmissions.SUBMISSIONS)
        .checkAssert((a, b, c) -> {
          ByteArrayOutputStream out = new ByteArrayOutputStream();
          for (Submission s : List.of(a, b, c)) {
            SubmissionJson.writeLine(s, out);
            out.write('\n');
          }
          List<Submission> read = new ArrayList<>();
          List<Long> lines = new ArrayList<>();
          try (SubmissionSource in = SubmissionSource.of(SubmissionSource.Kind.LINES,
              new ByteArrayInputStream(out.toByteArray()), "data.jsonl")) {
            while (in.hasNext()) {
              LocatedSubmission next = in.next();
              for (String pointer : containers(next.submission())) {
                assertEquals(in.line(), next.locationOf(pointer).line(), pointer);
              }
              read.add(next.submission());
              lines.add(in.line());
            }
          }
          assertEquals(List.of(a, b, c), read);
          assertEquals(List.of(1L, 3L, 5L), lines);
        });
  }
}

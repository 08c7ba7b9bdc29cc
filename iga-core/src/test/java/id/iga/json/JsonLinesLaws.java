package id.iga.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import id.iga.IgaException;
import id.iga.Location;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * One law of {@link JsonLines}: it reads each line as the string reader reads that line alone, whatever the sizes it
 * works with and however few bytes each read of the input gives.
 */
class JsonLinesLaws {

  /** What may be written into a line: letters of one to four bytes, lone carriage returns, and JSON's own. */
  private static final String[] EDITS = {"{", "}", "\"", ":", ",", "1", " ", "\t", "\r", "\r\r", "é", "中", "😀",
      "x\r", "é\r"};
  private static final String[] BLANKS = {"", " ", "\t\r", "\r", "  \r "};

  private static final Gen<String> EDITED = RandomSubmissions.edited(EDITS);

  /** A written submission on one line with a few edits at random places, or a blank line. */
  private static final Gen<String> LINE = in -> integers().between(0, 4).generate(in) == 0
      ? BLANKS[integers().between(0, BLANKS.length - 1).generate(in)] : EDITED.generate(in);

  private static final Gen<List<String>> LINES = in -> {
    List<String> lines = new ArrayList<>();
    int n = integers().between(1, 5).generate(in);
    for (int i = 0; i < n; i++) {
      lines.add(LINE.generate(in));
    }
    return lines;
  };

  private static boolean blank(String line) {
    return line.chars().allMatch(c -> c == ' ' || c == '\t' || c == '\r');
  }

  /** What the string reader makes of each non-blank line, placed on its line of the input. */
  private static List<String> expected(List<String> lines) {
    List<String> out = new ArrayList<>();
    for (int k = 1; k <= lines.size(); k++) {
      String line = lines.get(k - 1);
      if (blank(line)) {
        continue;
      }
      try {
        out.add(k + ": " + SubmissionJson.readLocated(line).submission().region().code());
      } catch (IgaException e) {
        Location at = e.location().orElseThrow();
        // Where the parser says a bracket was opened, it names the line of the input.
        String arguments = e.arguments().toString().replace("opened at line 1,", "opened at line " + k + ",");
        out.add(e.key() + arguments + " at " + new Location("data.jsonl", k, at.column(), at.pointer()));
      }
    }
    return out;
  }

  @Test
  void eachLineIsReadAsTheStringReaderReadsItWhateverTheSizesOfTheBufferAndOfTheReads() {
    qt().withFixedSeed(20_261_129L).withExamples(200)
        .forAll(LINES, integers().between(8, 40), integers().between(1, 60), integers().between(0, 3))
        .checkAssert((lines, read, chunk, shape) -> {
          String text = String.join("\n", lines) + (shape % 2 == 0 ? "\n" : "");
          byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
          int longest = lines.stream().mapToInt(String::length).max().orElse(0);
          JsonLines.Sizes sizes = new JsonLines.Sizes(read, 2 * read, Math.max(longest, 2 * read));
          JsonLines in = new JsonLines(new JsonLinesTest.Input(bytes, chunk, shape >= 2, Long.MAX_VALUE),
              "data.jsonl", sizes);
          assertEquals(expected(lines), JsonLinesTest.outcomes(in), text);
        });
  }
}

package id.iga.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code iga completion bash}, sourced in bash as a user does: the function it registers for {@code iga}, run with
 * the words typed so far ({@code COMP_WORDS}), completes commands, options, their values and file names.
 */
@EnabledOnOs(OS.LINUX)
class CompletionTest {
  @TempDir
  Path dir;

  /**
   * Sources the script and completes the last word of a command line.
   *
   * @param words the words typed, the last one being completed (possibly empty)
   * @return the candidates bash offers, one per line
   */
  private List<String> complete(String... words) throws IOException, InterruptedException {
    Iga.Run script = Iga.iga("completion", "bash");
    assertEquals(0, script.code(), script.err());
    Path file = Files.writeString(dir.resolve("iga.bash"), script.out());
    StringBuilder array = new StringBuilder();
    for (String w : words) {
      array.append(" '").append(w).append('\'');
    }
    // complete -p prints the registration; the function is then run as bash runs it on a tab.
    String program = "source '" + file + "' && complete -p iga && COMP_WORDS=(" + array + ") && COMP_CWORD="
        + (words.length - 1) + " && COMP_LINE=\"${COMP_WORDS[*]}\" && COMP_POINT=${#COMP_LINE} && _complete_iga"
        + " && printf '%s\\n' \"${COMPREPLY[@]}\"";
    Process p = new ProcessBuilder("bash", "-c", program).directory(Iga.ROOT.toFile())
        .redirectError(ProcessBuilder.Redirect.DISCARD).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertEquals(0, p.waitFor(), out);
    List<String> lines = out.lines().toList();
    assertEquals("complete -o default -F _complete_iga iga", lines.get(0));
    return lines.subList(1, lines.size());
  }

  @Test
  void aCommandIsCompletedFromItsFirstLetters() throws Exception {
    assertEquals(List.of("score"), complete("iga", "sc"));
    assertEquals(List.of("rubrics", "rubric", "rank", "report"), complete("iga", "r"));
  }

  @Test
  void theFormatsOfScoreAreOffered() throws Exception {
    assertEquals(List.of("table", "json", "csv"), complete("iga", "score", "--format", ""));
    assertEquals(List.of("md", "json"), complete("iga", "rubric", "--format", ""));
  }

  @Test
  void yearsModesAndLanguagesAreOffered() throws Exception {
    assertEquals(List.of(Iga.availableYears().split(", ")), complete("iga", "score", "--year", ""));
    assertEquals(List.of("claimed", "verified"), complete("iga", "plan", "--mode", ""));
    assertEquals(List.of("id", "en"), complete("iga", "rank", "--lang", ""));
    assertEquals(List.of("sangat_inovatif", "inovatif", "kurang_inovatif", "tidak_dapat_dinilai"),
        complete("iga", "plan", "--target-predikat", ""));
  }

  @Test
  void optionsAreCompletedFromTheirFirstLetters() throws Exception {
    assertEquals(List.of("--target-predikat", "--target-iid"), complete("iga", "plan", "--tar"));
  }

  @Test
  void filesAreCompletedWhereAFileIsExpected() throws Exception {
    assertEquals(List.of("examples/2024/kabupaten-wonosobo.json"),
        complete("iga", "score", "examples/2024/kabupaten-w"));
    assertTrue(complete("iga", "report", "-o", "examples/2024/da").contains("examples/2024/dataset.jsonl"));
  }
}

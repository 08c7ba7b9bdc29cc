package id.iga.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;

/**
 * The command line as a process, with its standard output on a full device or closed: it never exits 0 after losing
 * output; and with its standard input closed: it says so, and does not read what the JVM opened in its place. (The
 * in-process tests of iga-cli cover every command; these check the real file descriptors.)
 */
@EnabledOnOs(OS.LINUX)
class LostOutputProcessTest {
  private static final Path ROOT = Path.of("").toAbsolutePath().getParent();
  private static final String JAR = System.getProperty("iga.cli.jar");

  private record Exit(int code, String err) {}

  private static Exit run(String shellRedirect, String... args) throws IOException, InterruptedException {
    return run(Map.of(), shellRedirect, args);
  }

  /**
   * Runs the jar with no locale in its environment but {@code locale} (the messages asserted are then in the language
   * the test chose, whatever the machine's).
   */
  private static Exit run(Map<String, String> locale, String shellRedirect, String... args)
      throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-jar", JAR));
    command.addAll(List.of(args));
    String line = String.join(" ", command.stream().map(a -> "'" + a + "'").toList()) + " " + shellRedirect;
    ProcessBuilder builder = new ProcessBuilder("bash", "-c", line).directory(ROOT.toFile())
        .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
    builder.environment().keySet().removeAll(List.of("LC_ALL", "LC_MESSAGES", "LANG"));
    builder.environment().putAll(locale);
    Process p = builder.start();
    String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    return new Exit(p.waitFor(), err);
  }

  @Test
  void theJarIsBuilt() {
    assertTrue(JAR != null && Files.isRegularFile(Path.of(JAR)), "iga.cli.jar: " + JAR);
  }

  @Test
  void aFullDeviceEndsScoreWithExitCode3() throws Exception {
    Exit e = run("> /dev/full", "score", "--format", "csv", "examples/2024/dataset.jsonl");
    assertEquals(3, e.code(), e.err());
    assertEquals("iga score: could not write standard output: No space left on device\n", e.err());
  }

  @Test
  void anIndonesianLocaleSaysItInIndonesian() throws Exception {
    Exit e = run(Map.of("LANG", "id_ID.UTF-8"), "> /dev/full", "score", "--format", "csv",
        "examples/2024/dataset.jsonl");
    assertEquals(3, e.code(), e.err());
    // The reason is the system's own words.
    assertEquals("iga score: tidak dapat menulis keluaran standar: No space left on device\n", e.err());
  }

  @Test
  void aClosedStandardOutputEndsGenerateWithExitCode3() throws Exception {
    Exit e = run(">&-", "generate", "--year", "2024", "--regions", "kabupaten");
    assertEquals(3, e.code(), e.err());
    assertEquals("iga generate: could not write standard output: Bad file descriptor\n", e.err());
  }

  @Test
  void aClosedStandardInputIsReportedAsClosedWithExitCode1() throws Exception {
    Exit e = run("<&-", "score", "-");
    assertEquals(1, e.code(), e.err());
    assertEquals("iga score: <stdin>:1:1 (document root): cannot read the input: standard input is closed\n"
        + "iga score: 1 of 1 submission was not scored, and <stdin> could not be read past line 1; no results were "
        + "written\n", e.err());
  }
}

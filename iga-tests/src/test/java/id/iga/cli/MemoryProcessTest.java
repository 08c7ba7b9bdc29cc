package id.iga.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command line as a process under a small heap: more --jobs than the heap holds are lowered with a message that
 * names the heap and the need, and a heap too small for the input ends with exit code 4 and a message that says it is
 * memory, never invalid input.
 */
@EnabledOnOs(OS.LINUX)
class MemoryProcessTest {
  private static final Path ROOT = Path.of("").toAbsolutePath().getParent();
  private static final String JAR = System.getProperty("iga.cli.jar");

  private record Exit(int code, String out, String err) {}

  private static Exit run(String heap, String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-XX:+UseSerialGC", heap, "-jar", JAR));
    command.addAll(List.of(args));
    ProcessBuilder builder = new ProcessBuilder(command).directory(ROOT.toFile())
        .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
    // The messages asserted are English, whatever the machine's locale.
    builder.environment().keySet().removeAll(List.of("LC_ALL", "LC_MESSAGES", "LANG"));
    Process p = builder.start();
    byte[] out = p.getInputStream().readAllBytes();
    String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    return new Exit(p.waitFor(), new String(out, StandardCharsets.UTF_8), err);
  }

  @Test
  void moreJobsThanTheHeapHoldsAreLoweredWithAMessageNamingTheHeapAndTheNeed() throws Exception {
    Exit e = run("-Xmx64m", "score", "--format", "csv", "--jobs", "8", "examples/2024/dataset.jsonl");
    assertEquals(0, e.code(), e.err());
    assertTrue(e.err().matches("iga score: scoring with 1 job, not 8: 8 jobs need 992 MiB of heap \\(704 MiB for a "
        + "line of the 64 MiB limit, 32 MiB per job\\), this JVM has 6\\d MiB; give Java more heap "
        + "\\(JAVA_OPTS=-Xmx992m\\) to use more\n"), e.err());
    assertEquals(9, e.out().lines().count(), e.out());
  }

  @Test
  void jobsTheHeapHoldsAreKeptWithoutAMessage() throws Exception {
    Exit e = run("-Xmx1g", "score", "--format", "csv", "--jobs", "2", "examples/2024/dataset.jsonl");
    assertEquals(0, e.code(), e.err());
    assertEquals("", e.err());
    assertEquals(9, e.out().lines().count(), e.out());
  }

  @Test
  void aLineTheHeapCannotHoldEndsWithExitCode4AndSaysItIsMemory(@TempDir Path dir) throws Exception {
    // A valid submission padded to 48 MiB: the line's buffer alone is more than the 24 MiB heap.
    Path data = dir.resolve("long.jsonl");
    String submission = "{\"year\":2024,\"region\":{\"code\":\"33.07\",\"name\":\"Kabupaten Wonosobo\","
        + "\"type\":\"KABUPATEN\",\"provinceCode\":\"33\"},\"spd\":{},\"innovations\":[]}";
    try (OutputStream out = Files.newOutputStream(data)) {
      out.write(submission.getBytes(StandardCharsets.US_ASCII));
      byte[] spaces = new byte[1 << 20];
      java.util.Arrays.fill(spaces, (byte) ' ');
      for (int i = 0; i < 48; i++) {
        out.write(spaces);
      }
      out.write('\n');
    }
    Exit e = run("-Xmx24m", "score", "--format", "csv", "--jobs", "1", data.toString());
    assertEquals(4, e.code(), e.err());
    assertTrue(e.err().matches("iga score: out of memory: the input needs more than this JVM's \\d+ MiB of heap; "
        + "give Java more heap \\(JAVA_OPTS=-Xmx2g with the iga launcher, java -Xmx2g -jar otherwise\\) or score "
        + "with fewer --jobs\n"), e.err());
  }
}

package id.iga.json;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * A line of JSON Lines as long as the limit (64 MiB) is read in a 160 MiB heap, and a line one byte longer reaches its
 * limit error there, without the buffer growing past the limit: {@link LongLineRun} in a child JVM.
 */
class LongLineMemoryTest {
  @Test
  void aLineOfTheLimitIsReadAndOneByteMoreIsRefusedInA160MegabyteHeap() throws IOException, InterruptedException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    Process child = new ProcessBuilder(List.of(java, "-Xmx160m", "-XX:+UseSerialGC", "-cp", classPath,
        LongLineRun.class.getName())).redirectErrorStream(true).start();
    byte[] output = child.getInputStream().readAllBytes();
    if (!child.waitFor(5, TimeUnit.MINUTES)) {
      child.destroyForcibly();
    }
    assertEquals("1: Kabupaten Wonosobo\n"
        + "long.jsonl:2:67108865: expected a line of at most 67108864 characters (one submission), found a longer one\n"
        + "3: Kabupaten Wonosobo\n", new String(output, StandardCharsets.UTF_8));
    assertEquals(0, child.exitValue());
  }
}

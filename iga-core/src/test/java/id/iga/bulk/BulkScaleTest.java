package id.iga.bulk;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Bulk scoring runs in bounded memory: 546 regions x 250 innovations (136,500 innovations, 2.7 million answers,
 * about 100 MB of JSON Lines) generated, written, parsed and scored as a stream in a child JVM limited to a 256 MB
 * heap.
 */
class BulkScaleTest {
  @Test
  void theNationWith250InnovationsPerRegionIsScoredInA256MegabyteHeap() throws IOException, InterruptedException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    Process child = new ProcessBuilder(List.of(java, "-Xmx256m", "-XX:+UseSerialGC", "-cp", classPath,
        ScaleRun.class.getName())).redirectErrorStream(true).start();
    byte[] output = child.getInputStream().readAllBytes();
    if (!child.waitFor(5, TimeUnit.MINUTES)) {
      child.destroyForcibly();
    }
    assertEquals("546 regions, 136500 innovations, IID sum 38325.35\n", new String(output, StandardCharsets.UTF_8));
    assertEquals(0, child.exitValue());
  }
}

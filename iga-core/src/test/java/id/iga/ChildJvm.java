package id.iga;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs a test program in a child JVM with the tests' class path and a heap of its own, as memory tests need. */
public final class ChildJvm {
  private ChildJvm() {}

  /**
   * What a child JVM printed and how it ended.
   *
   * @param output its standard output and error
   * @param exit its exit code
   */
  public record Run(String output, int exit) {}

  /**
   * @param heap the child's maximum heap, as {@code -Xmx} takes it ({@code 160m})
   * @param main the program, with a {@code main} method
   * @return what it printed and its exit code, after at most five minutes
   * @throws IOException when the child cannot be started
   * @throws InterruptedException when interrupted while waiting
   */
  public static Run run(String heap, Class<?> main) throws IOException, InterruptedException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    Process child = new ProcessBuilder(List.of(java, "-Xmx" + heap, "-XX:+UseSerialGC", "-cp", classPath,
        main.getName())).redirectErrorStream(true).start();
    byte[] output = child.getInputStream().readAllBytes();
    if (!child.waitFor(5, TimeUnit.MINUTES)) {
      child.destroyForcibly();
    }
    return new Run(new String(output, StandardCharsets.UTF_8), child.waitFor());
  }
}

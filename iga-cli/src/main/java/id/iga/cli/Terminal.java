package id.iga.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Whether standard error is a terminal, where a progress line that rewrites itself can be shown. */
final class Terminal {
  private Terminal() {}

  /**
   * On Linux, standard error is a terminal when file descriptor 2 is a terminal device; elsewhere, when the JVM has a
   * console (standard input and output are terminals).
   *
   * @return whether standard error is a terminal
   */
  static boolean stderr() {
    Path fd = Path.of("/proc/self/fd/2");
    try {
      if (Files.isSymbolicLink(fd)) {
        String device = Files.readSymbolicLink(fd).toString();
        return device.startsWith("/dev/pts/") || device.startsWith("/dev/tty");
      }
    } catch (IOException | SecurityException | UnsupportedOperationException e) {
      // No answer from /proc: fall back on the console.
    }
    return System.console() != null;
  }
}

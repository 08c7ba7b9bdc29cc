package id.iga.cli;

import id.iga.Message;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes a file whole or not at all: into a temporary file beside the target, then moved into place in one step. After
 * a failure the target is untouched (the previous file, or none) and the temporary file is gone.
 */
final class AtomicFile {
  private AtomicFile() {}

  /** What writes the file's content. */
  @FunctionalInterface
  interface Content {
    /**
     * @param out where to write (closed by the caller)
     * @throws IOException when a write fails
     */
    void writeTo(OutputStream out) throws IOException;
  }

  /**
   * @param target the file to write
   * @param name the target as the user gave it, for the message
   * @param content what to write
   * @throws OutputFailure when any step fails; the target is then as it was
   */
  static void write(Path target, String name, Content content) throws OutputFailure {
    Path absolute = target.toAbsolutePath();
    Path dir = absolute.getParent();
    if (!Files.isDirectory(dir)) {
      throw new OutputFailure(name, Message.of("cli.output.noFolder", dir.toString()), null);
    }
    Path temp = null;
    try {
      temp = Files.createTempFile(dir, "." + absolute.getFileName() + ".", ".tmp");
      try (OutputStream out = Files.newOutputStream(temp)) {
        content.writeTo(out);
      }
      try {
        Files.move(temp, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING);
      }
      temp = null;
    } catch (IOException e) {
      throw new OutputFailure(name, e);
    } finally {
      if (temp != null) {
        try {
          Files.deleteIfExists(temp);
        } catch (IOException ignored) {
          // The failure reported is the write's; a temporary file that cannot be removed is left behind.
        }
      }
    }
  }
}

package id.iga.cli;

import java.io.IOException;

/**
 * Output was lost: a write to standard output or to a file failed (a full disk, a closed pipe). The command ends with
 * {@link Main#OUTPUT_FAILED}, never 0, and the message names the target.
 */
final class OutputFailure extends Exception {
  private static final long serialVersionUID = 1L;

  /**
   * @param target what could not be written: {@code standard output} or a file name as the user gave it
   * @param cause the failure, whose message says why (e.g. {@code No space left on device})
   */
  OutputFailure(String target, IOException cause) {
    super("could not write " + target + ": " + reason(cause), cause);
  }

  private static String reason(IOException e) {
    return e.getMessage() != null ? e.getMessage() : "the write failed";
  }
}

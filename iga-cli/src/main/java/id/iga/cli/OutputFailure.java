package id.iga.cli;

import id.iga.Message;
import java.io.IOException;

import javax.annotation.Nullable;

/**
 * Output was lost: a write to standard output or to a file failed (a full disk, a closed pipe). The command ends with
 * {@link Main#OUTPUT_FAILED}, never 0, and the message names the target. {@link #getMessage()} is English;
 * {@link #message()} gives it in any language.
 */
final class OutputFailure extends Exception {
  private static final long serialVersionUID = 1L;
  private final transient Message message;

  /**
   * @param target what could not be written: a file name as the user gave it, or a {@link Message} such as
   *     {@link #STANDARD_OUTPUT}
   * @param cause the failure, whose message says why (e.g. {@code No space left on device})
   */
  OutputFailure(Object target, IOException cause) {
    this(target, cause.getMessage() != null ? cause.getMessage() : Message.of("cli.output.writeFailed"), cause);
  }

  /**
   * @param target what could not be written
   * @param reason why: the system's words, or a {@link Message}
   * @param cause the failure, if there was one
   */
  OutputFailure(Object target, Object reason, @Nullable IOException cause) {
    this(Message.of("cli.output.failed", target, reason), cause);
  }

  private OutputFailure(Message message, @Nullable IOException cause) {
    super(message.toString(), cause);
    this.message = message;
  }

  /** Standard output, as a message names it. */
  static final Message STANDARD_OUTPUT = Message.of("cli.output.standardOutput");

  /** @return what could not be written, and why */
  Message message() {
    return message;
  }
}

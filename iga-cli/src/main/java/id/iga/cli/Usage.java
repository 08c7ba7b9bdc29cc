package id.iga.cli;

import id.iga.Message;
import picocli.CommandLine;

/**
 * A command line the command cannot run, found after its options were read (two options that do not go together, a
 * setting the rubric cannot take): a usage error like those picocli finds while reading them, reported the same way
 * ({@link UsageErrors}): exit code 2, the message in the chosen language, and a pointer to {@code --help}.
 */
final class Usage extends CommandLine.ParameterException {
  private static final long serialVersionUID = 1L;
  private final transient Message message;

  /**
   * @param commandLine the command whose command line it is
   * @param message what is wrong, and what was expected
   */
  Usage(CommandLine commandLine, Message message) {
    super(commandLine, message.toString());
    this.message = message;
  }

  /** @return what is wrong, and what was expected */
  Message message() {
    return message;
  }
}

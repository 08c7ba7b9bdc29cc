package id.iga.cli;

import java.io.IOException;
import java.util.Map;

/** One {@code iga} command. */
interface Command {
  /** @return the command's name, as typed */
  String name();

  /** @return one line for the command list */
  String summary();

  /** @return the full help: usage, options, an example */
  String help();

  /** @return option name to whether it takes a value */
  Map<String, Boolean> options();

  /**
   * @param args the parsed arguments
   * @param io where to read and write
   * @return the exit code
   * @throws UsageException for a command line it cannot run
   * @throws IOException when a file cannot be read
   * @throws OutputFailure when a file cannot be written
   */
  int run(Args args, Io io) throws UsageException, IOException, OutputFailure;
}

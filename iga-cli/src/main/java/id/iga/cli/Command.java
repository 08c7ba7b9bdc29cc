package id.iga.cli;

import java.io.IOException;

/**
 * One {@code iga} command. Its options and arguments are declared with picocli's annotations, once, and read into its
 * fields; {@link #run} does the work.
 */
interface Command {
  /**
   * @param io where to read and write, and in which language
   * @return the exit code
   * @throws Usage for a command line the command cannot run, found after its options were read
   * @throws IOException when a file cannot be read
   * @throws OutputFailure when a file cannot be written
   */
  int run(Io io) throws IOException, OutputFailure;
}

package id.iga.cli;

import id.iga.json.SubmissionSource;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Path;

/**
 * Where a command reads and writes, and in which language it writes for people, so tests can run commands in-process.
 *
 * @param in standard input
 * @param out standard output
 * @param err standard error
 * @param workingDirectory where relative paths are resolved
 * @param language the language of what is written for people (tables, reports, messages); JSON and CSV have none
 */
record Io(InputStream in, PrintStream out, PrintStream err, Path workingDirectory, Language language) {
  Path resolve(Path file) {
    return workingDirectory.resolve(file);
  }

  /**
   * @param input a submission ({@code .json}), a dataset ({@code .jsonl}) or {@code -} for standard input
   * @return its submissions; close when done
   */
  SubmissionSource open(Path input) {
    return SubmissionSource.open(input.toString(), workingDirectory, in);
  }

  /**
   * @param key a key of the command line's catalogue
   * @param arguments its arguments
   * @return the text in the chosen language
   */
  String text(String key, Object... arguments) {
    return language.text(key, arguments);
  }
}

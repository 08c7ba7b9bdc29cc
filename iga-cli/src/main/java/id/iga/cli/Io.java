package id.iga.cli;

import id.iga.json.SubmissionSource;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Path;

/**
 * Where a command reads and writes, so tests can run commands in-process.
 *
 * @param in standard input
 * @param out standard output
 * @param err standard error
 * @param workingDirectory where relative paths are resolved
 */
record Io(InputStream in, PrintStream out, PrintStream err, Path workingDirectory) {
  Path resolve(String file) {
    return workingDirectory.resolve(file);
  }

  /**
   * @param input a submission ({@code .json}), a dataset ({@code .jsonl}) or {@code -} for standard input
   * @return its submissions; close when done
   */
  SubmissionSource open(String input) {
    return SubmissionSource.open(input, workingDirectory, in);
  }
}

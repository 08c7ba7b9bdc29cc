package id.iga.cli;

import id.iga.bulk.BulkScorer;
import id.iga.score.Mode;
import picocli.CommandLine.Option;

/** Options that several commands take, each declared once and mixed into the commands that take it. */
final class Options {
  private Options() {}

  /** {@code -h}, {@code --help}: every command's help. */
  static final class Help {
    @Option(names = {"-h", "--help"}, usageHelp = true, descriptionKey = "cli.option.help")
    boolean help;
  }

  /** {@code --mode}: which answers count. */
  static final class Answers {
    @Option(names = "--mode", paramLabel = "M", completionCandidates = Values.Modes.class,
        descriptionKey = "cli.option.mode")
    Mode mode = Mode.CLAIMED;
  }

  /** {@code --fail-fast}: stop at the first submission that is not valid. */
  static final class FailFast {
    @Option(names = "--fail-fast", descriptionKey = "cli.option.failFast")
    boolean failFast;

    /** @return whether to go on after a submission not scored, or stop there */
    BulkScorer.OnRejection then() {
      return failFast ? BulkScorer.OnRejection.STOP : BulkScorer.OnRejection.GO_ON;
    }
  }
}

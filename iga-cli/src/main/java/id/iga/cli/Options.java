package id.iga.cli;

import id.iga.bulk.BulkScorer;
import id.iga.score.Mode;
import java.nio.file.Path;
import picocli.CommandLine;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import javax.annotation.Nullable;

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

  /** What {@code score}, {@code rank}, {@code plan} and {@code report} take alike: the rubric, the answers, when to stop. */
  static final class Scoring {
    @ArgGroup(exclusive = true, multiplicity = "0..1", validate = false)
    @Nullable RubricChoice.Options rubric;

    @Mixin
    Answers answers;

    @Mixin
    FailFast failFast;

    /**
     * @param commandLine the command whose options these are
     * @param io where to read a rubric document
     * @return the rubric chosen
     * @throws Usage when both {@code --year} and {@code --rubric} are given
     */
    RubricChoice choice(CommandLine commandLine, Io io) {
      return RubricChoice.of(rubric, commandLine, io);
    }

    /** @return which answers count */
    Mode mode() {
      return answers.mode;
    }

    /** @return whether to go on after a submission not scored, or stop there */
    BulkScorer.OnRejection then() {
      return failFast.then();
    }
  }

  /** The dataset that {@code rank} and {@code report} read: a {@code .jsonl} file, or {@code -}. */
  static final class Dataset {
    @Parameters(paramLabel = "${bundle:cli.label.dataset}", arity = "1", converter = Values.Dataset.class)
    Path file;
  }
}

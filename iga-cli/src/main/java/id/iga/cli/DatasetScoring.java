package id.iga.cli;

import id.iga.bulk.BulkScorer;
import id.iga.bulk.HeapBudget;
import id.iga.bulk.Progress;
import id.iga.score.Mode;
import id.iga.score.ScoreResult;
import id.iga.score.Scorer;
import id.iga.submission.Submission;
import java.nio.file.Path;
import java.util.function.Consumer;
import java.util.function.Function;

import javax.annotation.Nullable;

/**
 * How {@code iga score} scores one FILE (a submission, a {@code .jsonl} dataset or standard input): through the
 * {@link BulkScorer}, every submission's outcome in input order, with a progress line on standard error when it is a
 * terminal.
 */
final class DatasetScoring {
  /** Moves to the start of the line and erases it. */
  private static final String CLEAR_LINE = "\r\u001B[K";

  private final Io io;
  private final BulkScorer bulk;
  private final boolean progress;

  /**
   * @param io where to read and write
   * @param bulk how to score a dataset
   * @param progress whether to show a progress line on standard error
   */
  DatasetScoring(Io io, BulkScorer bulk, boolean progress) {
    this.io = io;
    this.bulk = bulk;
    this.progress = progress;
  }

  /**
   * The number of worker threads: {@code --jobs N}, or one per processor, either bounded by what the heap holds
   * ({@link HeapBudget}). When N is more than the heap holds, standard error says so and names the heap and the need.
   *
   * @param asked {@code --jobs N}, or null for one per processor
   * @param budget the heap
   * @param io where to say that N was lowered, and in which language
   * @return the number of worker threads
   */
  static int jobs(@Nullable Integer asked, HeapBudget budget, Io io) {
    if (asked == null) {
      return budget.jobs(Runtime.getRuntime().availableProcessors());
    }
    int jobs = asked;
    int held = budget.jobs(jobs);
    if (held < jobs) {
      io.err().println("iga score: " + io.text(held == 1 ? "cli.score.jobsLoweredToOne" : "cli.score.jobsLowered",
          held, jobs, mib(HeapBudget.need(jobs)), mib(HeapBudget.LARGEST_DOCUMENT), mib(HeapBudget.PER_JOB),
          mib(budget.heap()), (HeapBudget.need(jobs) + MIB - 1) / MIB));
    }
    return held;
  }

  private static final long MIB = 1024 * 1024;

  private static long mib(long bytes) {
    return bytes / MIB;
  }

  /**
   * Scores one input; each submission not scored is named by {@code rejections}, which counts it.
   *
   * @param file a {@code .json} submission, a {@code .jsonl} dataset, or {@code -}
   * @param scorers the scorer of each submission (thread-safe)
   * @param mode which answers count
   * @param rejections names the submissions not scored, and says whether to go on after one
   * @param results receives each result, in input order
   */
  void score(Path file, Function<? super Submission, Scorer> scorers, Mode mode, Rejections rejections,
      Consumer<? super ScoreResult> results) {
    @Nullable Progress meter = progress ? new Progress(System::nanoTime) : null;
    try {
      rejections.<ScoreResult>each(file, (in, then, outcomes) -> {
        long total = in.length().orElse(0);
        bulk.scoreEach(in, scorers, mode, then, outcome -> {
          outcomes.accept(outcome);
          if (meter != null) {
            meter.advance(in.bytesRead(), total).ifPresent(line -> {
              io.err().print(CLEAR_LINE + line);
              io.err().flush();
            });
          }
        });
      }, results);
    } finally {
      if (meter != null && meter.shown()) {
        io.err().print(CLEAR_LINE);
        io.err().flush();
      }
    }
  }
}

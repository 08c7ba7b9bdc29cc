package id.iga.cli;

import id.iga.IgaException;
import id.iga.bulk.BulkScorer;
import id.iga.bulk.HeapBudget;
import id.iga.bulk.Progress;
import id.iga.json.SubmissionSource;
import id.iga.score.Mode;
import id.iga.score.ScoreResult;
import id.iga.score.Scorer;
import id.iga.submission.Submission;
import java.io.PrintStream;
import java.util.function.Consumer;
import java.util.function.Function;

import javax.annotation.Nullable;

/**
 * How {@code iga score} scores one FILE (a submission, a {@code .jsonl} dataset or standard input): through the
 * {@link BulkScorer}, with a progress line on standard error when it is a terminal.
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
   * @param args the command line: {@code --jobs N}
   * @param budget the heap
   * @param err where to say that N was lowered
   * @return the number of worker threads
   * @throws UsageException when N is not a number 1 or more
   */
  static int jobs(Args args, HeapBudget budget, PrintStream err) throws UsageException {
    if (args.value("jobs").isEmpty()) {
      return budget.jobs(Runtime.getRuntime().availableProcessors());
    }
    int jobs = args.intValue("jobs", "a number of threads such as 2");
    if (jobs < 1) {
      throw new UsageException("--jobs must be 1 or more, not " + jobs);
    }
    int held = budget.jobs(jobs);
    if (held < jobs) {
      err.println("iga score: scoring with " + held + (held == 1 ? " job" : " jobs") + ", not " + jobs + ": " + jobs
          + " jobs need " + mib(HeapBudget.need(jobs)) + " of heap (" + mib(HeapBudget.LARGEST_DOCUMENT)
          + " for a line of the 64 MiB limit, " + mib(HeapBudget.PER_JOB) + " per job), this JVM has "
          + mib(budget.heap()) + "; give Java more heap (JAVA_OPTS=-Xmx" + (HeapBudget.need(jobs) + MIB - 1) / MIB
          + "m) to use more");
    }
    return held;
  }

  private static final long MIB = 1024 * 1024;

  private static String mib(long bytes) {
    return bytes / MIB + " MiB";
  }

  /**
   * @param file a {@code .json} submission, a {@code .jsonl} dataset, or {@code -}
   * @param scorers the scorer of each submission (thread-safe)
   * @param mode which answers count
   * @param results receives each result, in input order
   * @throws IgaException for a file that cannot be read or a submission that is not valid (results before it were
   *     delivered)
   */
  void score(String file, Function<? super Submission, Scorer> scorers, Mode mode,
      Consumer<? super ScoreResult> results) {
    @Nullable Progress meter = progress ? new Progress(System::nanoTime) : null;
    try (SubmissionSource in = io.open(file)) {
      long total = in.length().orElse(0);
      bulk.score(in, scorers, mode, r -> {
        results.accept(r);
        if (meter != null) {
          meter.advance(in.bytesRead(), total).ifPresent(line -> {
            io.err().print(CLEAR_LINE + line);
            io.err().flush();
          });
        }
      });
    } finally {
      if (meter != null && meter.shown()) {
        io.err().print(CLEAR_LINE);
        io.err().flush();
      }
    }
  }
}

package id.iga.bulk;

import id.iga.IgaException;
import id.iga.Message;
import id.iga.json.LocatedSubmission;
import id.iga.json.SubmissionSource;
import id.iga.score.Mode;
import id.iga.score.ScoreResult;
import id.iga.score.Scorer;
import id.iga.submission.Submission;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.ToLongFunction;

import javax.annotation.Nullable;

/**
 * Scores a stream of submissions of any length: in input order, optionally in parallel, with memory bounded by the
 * batches in flight. The input is read on the calling thread, a batch at a time; batches are scored on
 * {@link #parallelism()} worker threads; results are handed to the caller's consumer on the calling thread, in input
 * order, as soon as they and every result before them are ready.
 *
 * <pre>{@code
 * BulkScorer bulk = BulkScorer.parallel(2, BulkScorer.DEFAULT_BATCH_SIZE);
 * try (SubmissionSource data = SubmissionSource.open(Path.of("national.jsonl"));
 *      ResultJson.LineWriter out = ResultJson.lines(System.out, false)) {
 *   long scored = bulk.score(data, Scorer.of(Rubrics.forYear(2024)), Mode.CLAIMED, out::write);
 * }
 * }</pre>
 *
 * <h2>Memory</h2>
 * At most {@code 2 x parallelism} batches of {@link #batchSize()} inputs, with their results, are held at once, plus
 * the batch being read; a result is dropped as soon as the consumer has it. A dataset file is never loaded whole. The
 * documents of a {@link SubmissionSource} are also held by their size: no new batch is read while those in flight
 * came from {@code parallelism x} {@link #WINDOW} bytes of input or more, and a batch ends at half a window, so at
 * most that and one more document are in flight. How many workers a heap holds is {@link HeapBudget}'s to say.
 *
 * <h2>Errors</h2>
 * The {@code score} and {@code map} methods stop at the first input (in input order) that fails: every result before
 * it has been delivered, none after it is, and the failure is thrown to the caller, naming the input. For a dataset
 * the {@link IgaException} names the file, line, column and JSON pointer; for submissions given as objects, the
 * submission's number (1-based) and region, and the JSON pointer of the answer at fault. No partial result is ever
 * presented as a whole: a caller that catches the exception knows exactly which inputs were scored.
 *
 * <p>{@link #scoreEach} and {@link #mapEach} report every bad input of a dataset instead: they deliver one
 * {@link Outcome} per input, in input order, the result of a good one or the {@link IgaException} that rejected a bad
 * one, and go on with the next input ({@link OnRejection#GO_ON}) or stop there ({@link OnRejection#STOP}). Input that
 * cannot be read past (bytes that are not UTF-8, a failure to read, malformed JSON in a stream of documents) ends the
 * run whatever the choice, and its outcome says so ({@link Outcome.Rejected#stops()}): the run never stops silently.
 * Errors that are not {@link IgaException}s (a fault of the caller's work, say) are thrown, as by {@code map}.
 *
 * <p>Immutable and thread-safe; each run has its own worker threads, which end with the run. The work of one run may
 * be shared by its workers, so it must be thread-safe; a {@link Scorer} is.
 *
 * @since 1.0
 */
public final class BulkScorer {
  /** A batch size that keeps the workers busy without holding much: 8 submissions. */
  public static final int DEFAULT_BATCH_SIZE = 8;

  /**
   * The input a worker holds in flight, read but not yet delivered: 4 MiB (20 regions of 250 innovations). Its
   * documents parsed and scored, with their results waiting, take {@link HeapBudget#PER_JOB}.
   */
  public static final long WINDOW = 4L * 1024 * 1024;

  private static final AtomicInteger RUNS = new AtomicInteger();

  /**
   * What {@link #scoreEach} and {@link #mapEach} do after an input is rejected.
   *
   * @since 1.0
   */
  public enum OnRejection {
    /** Go on with the next input: every bad input is reported, every good one delivered. */
    GO_ON,
    /** Stop at the first rejection in input order: its outcome, marked as stopping the run, is the last one. */
    STOP
  }

  private final int parallelism;
  private final int batchSize;

  private BulkScorer(int parallelism, int batchSize) {
    if (parallelism < 1) {
      throw new IgaException(Message.of("bulk.parallelism", parallelism));
    }
    if (batchSize < 1) {
      throw new IgaException(Message.of("bulk.batchSize", batchSize));
    }
    this.parallelism = parallelism;
    this.batchSize = batchSize;
  }

  /** @return a bulk scorer that scores one input after another on the calling thread */
  public static BulkScorer sequential() {
    return new BulkScorer(1, 1);
  }

  /**
   * @param parallelism the number of worker threads; 1 scores on the calling thread
   * @param batchSize the number of inputs a worker takes at once
   * @return a bulk scorer
   * @throws IgaException when either is less than 1
   */
  public static BulkScorer parallel(int parallelism, int batchSize) {
    return new BulkScorer(parallelism, batchSize);
  }

  /** @return the number of worker threads (1: the calling thread alone) */
  public int parallelism() {
    return parallelism;
  }

  /** @return the number of inputs a worker takes at once */
  public int batchSize() {
    return batchSize;
  }

  /**
   * Scores submissions given as objects.
   *
   * @param submissions the submissions, read on the calling thread only
   * @param scorer the scorer
   * @param mode which answers count
   * @param results receives every result, in input order, on the calling thread
   * @return the number of results delivered
   * @throws IgaException for the first submission (in input order) that does not fit the rubric; its message starts
   *     with the submission's number (1-based) and region, as in {@code submission 17 (33.07 Kabupaten Wonosobo)},
   *     and its location names the answer's JSON pointer. Every result before it has been delivered.
   */
  public long score(Iterator<? extends Submission> submissions, Scorer scorer, Mode mode,
      Consumer<? super ScoreResult> results) {
    Objects.requireNonNull(scorer, "scorer");
    Objects.requireNonNull(mode, "mode");
    Iterator<Numbered> numbered = new Iterator<>() {
      private long n;

      @Override
      public boolean hasNext() {
        return submissions.hasNext();
      }

      @Override
      public Numbered next() {
        return new Numbered(++n, submissions.next());
      }
    };
    return map(numbered, item -> {
      try {
        return scorer.score(item.submission(), mode);
      } catch (IgaException e) {
        throw new IgaException(Message.of("bulk.submission", item.number(), item.submission().region().code(),
            item.submission().region().name(), e.problemMessage()), e.location().orElse(null), e);
      }
    }, results);
  }

  /** A submission and its place in the input, 1-based. */
  private record Numbered(long number, Submission submission) {}

  /**
   * Scores an input of submissions under one rubric. Documents are read on the calling thread; lines of JSON Lines
   * are parsed by the workers, which score every document.
   *
   * @param dataset the input; read to its end (not closed)
   * @param scorer the scorer
   * @param mode which answers count
   * @param results receives every result, in input order, on the calling thread
   * @return the number of results delivered
   * @throws IgaException for the first document (in input order) that cannot be read or parsed or does not fit the
   *     rubric: the location names the file, line, column and JSON pointer. Every result before it has been
   *     delivered.
   */
  public long score(SubmissionSource dataset, Scorer scorer, Mode mode, Consumer<? super ScoreResult> results) {
    Objects.requireNonNull(scorer, "scorer");
    return score(dataset, submission -> scorer, mode, results);
  }

  /**
   * Scores an input whose submissions may need different rubrics (a scorer per year, say). Documents are read on the
   * calling thread; lines of JSON Lines are parsed by the workers, which score every document.
   *
   * @param dataset the input; read to its end (not closed)
   * @param scorers chooses the scorer of each submission; called on the workers, so it must be thread-safe
   * @param mode which answers count
   * @param results receives every result, in input order, on the calling thread
   * @return the number of results delivered
   * @throws IgaException for the first document (in input order) that cannot be read or parsed, has no scorer, or
   *     does not fit its rubric: the location names the file, line, column and JSON pointer. Every result before it has
   *     been delivered.
   */
  public long score(SubmissionSource dataset, Function<? super Submission, Scorer> scorers, Mode mode,
      Consumer<? super ScoreResult> results) {
    Objects.requireNonNull(dataset, "dataset");
    Objects.requireNonNull(scorers, "scorers");
    Objects.requireNonNull(mode, "mode");
    Iterator<Sized> documents = new Iterator<>() {
      @Override
      public boolean hasNext() {
        return dataset.hasNext();
      }

      @Override
      public Sized next() {
        long before = dataset.bytesRead();
        SubmissionSource.Document document = dataset.nextDocument();
        return new Sized(document, dataset.bytesRead() - before);
      }
    };
    return map(documents, Sized::bytes, sized -> scored(sized.document().parse(), scorers, mode), results);
  }

  /** Scores one submission read from a dataset with the scorer chosen for it; errors name its place. */
  private static ScoreResult scored(LocatedSubmission located, Function<? super Submission, Scorer> scorers,
      Mode mode) {
    Scorer scorer;
    try {
      scorer = scorers.apply(located.submission());
    } catch (IgaException e) {
      // No scorer for this submission (a year no rubric serves, say): the fault is the document's as a whole.
      throw placed(located, e);
    }
    return located.score(scorer, mode);
  }

  /**
   * @return an error about a submission read from a dataset at its fullest place: one that names a JSON pointer at
   *     that place's line and column, one with no place at the document's root
   */
  private static IgaException placed(LocatedSubmission located, IgaException e) {
    return e.location().isPresent() ? located.locate(e) : e.at(located.locationOf(""));
  }

  /**
   * Scores an input of submissions under one rubric, delivering the outcome of every input: its result, or the error
   * that rejected it. As {@link #scoreEach(SubmissionSource, Function, Mode, OnRejection, Consumer)} with one
   * scorer for every submission.
   *
   * @param dataset the input; read to its end, or to the rejection that stops the run (not closed)
   * @param scorer the scorer
   * @param mode which answers count
   * @param then whether to go on after a rejection or stop there
   * @param outcomes receives one outcome per input, in input order, on the calling thread
   * @return the number of outcomes delivered
   */
  public long scoreEach(SubmissionSource dataset, Scorer scorer, Mode mode, OnRejection then,
      Consumer<? super Outcome<ScoreResult>> outcomes) {
    Objects.requireNonNull(scorer, "scorer");
    return scoreEach(dataset, submission -> scorer, mode, then, outcomes);
  }

  /**
   * Scores an input whose submissions may need different rubrics, delivering the outcome of every input: its result,
   * or the error that rejected it (it cannot be read or parsed, has no scorer, or does not fit its rubric; the
   * location names the file, line, column and JSON pointer). Documents are read on the calling thread; lines of JSON
   * Lines are parsed by the workers, which score every document.
   *
   * @param dataset the input; read to its end, or to the rejection that stops the run (not closed)
   * @param scorers chooses the scorer of each submission; called on the workers, so it must be thread-safe
   * @param mode which answers count
   * @param then whether to go on after a rejection or stop there
   * @param outcomes receives one outcome per input, in input order, on the calling thread; after an outcome that
   *     {@linkplain Outcome.Rejected#stops() stops} the run, none
   * @return the number of outcomes delivered
   */
  public long scoreEach(SubmissionSource dataset, Function<? super Submission, Scorer> scorers, Mode mode,
      OnRejection then, Consumer<? super Outcome<ScoreResult>> outcomes) {
    Objects.requireNonNull(scorers, "scorers");
    Objects.requireNonNull(mode, "mode");
    return mapEach(dataset, located -> scored(located, scorers, mode), then, outcomes);
  }

  /**
   * The general form of {@link #scoreEach}: applies {@code work} to every submission of an input and delivers the
   * outcome of every input in input order: the work's output, or the {@link IgaException} that rejected the input
   * (it cannot be read or parsed, or the work threw one: an error that names only a JSON pointer is given the
   * document's line and column, one without a place is placed at the document's root).
   *
   * @param dataset the input; read to its end, or to the rejection that stops the run (not closed)
   * @param work turns one submission into its output; called on the workers (or, with parallelism 1, on the calling
   *     thread), so it must be thread-safe
   * @param then whether to go on after a rejection or stop there
   * @param outcomes receives one outcome per input, in input order, on the calling thread; after an outcome that
   *     {@linkplain Outcome.Rejected#stops() stops} the run, none
   * @param <R> the output type
   * @return the number of outcomes delivered
   * @throws RuntimeException the first failure in input order that is not an {@link IgaException} (of reading or of
   *     the work), as thrown; every outcome before that input has been delivered, none after it
   * @throws CancellationException as {@link #map}
   */
  public <R> long mapEach(SubmissionSource dataset, Function<? super LocatedSubmission, ? extends R> work,
      OnRejection then, Consumer<? super Outcome<R>> outcomes) {
    Objects.requireNonNull(dataset, "dataset");
    Objects.requireNonNull(work, "work");
    Objects.requireNonNull(then, "then");
    Objects.requireNonNull(outcomes, "outcomes");
    boolean stop = then == OnRejection.STOP;
    long[] delivered = new long[1];
    Stopped stopped = new Stopped();
    try {
      map(new Reads(dataset, stop), Read::bytes, read -> read.outcome(work, stop), (Outcome<R> outcome) -> {
        delivered[0]++;
        outcomes.accept(outcome);
        if (outcome instanceof Outcome.Rejected<R> rejected && rejected.stops()) {
          // Inputs read ahead of it may be in flight; they are dropped with the run's workers.
          throw stopped;
        }
      });
    } catch (Stopped e) {
      if (e != stopped) {
        throw e;
      }
    }
    return delivered[0];
  }

  /** Ends a run at an outcome that stops it; thrown by the run's own consumer, caught by {@link #mapEach}. */
  private static final class Stopped extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Stopped() {
      super("the run stops at a rejected input", null, false, false);
    }
  }

  /**
   * One read of a dataset: a document, or the error that reading it gave.
   *
   * @param document the document read, or null
   * @param bytes the bytes of input read for it, as {@link Sized#bytes()}
   * @param failure the error of reading, or null
   * @param ends whether the error ended the reading
   */
  private record Read(@Nullable SubmissionSource.Document document, long bytes, @Nullable IgaException failure,
      boolean ends) {
    /** Applies the work to the document (on a worker), or gives the error of reading as a rejection. */
    <R> Outcome<R> outcome(Function<? super LocatedSubmission, ? extends R> work, boolean stop) {
      if (failure != null) {
        return new Outcome.Rejected<>(failure, stop || ends);
      }
      LocatedSubmission located = null;
      try {
        located = document.parse();
        return new Outcome.Done<>(work.apply(located));
      } catch (IgaException e) {
        return new Outcome.Rejected<>(located == null ? e : placed(located, e), stop);
      }
    }
  }

  /**
   * The reads of a dataset in order, an error of reading among them in its place; after one that ended the reading,
   * or after any when the run stops at the first rejection, there are no more.
   */
  private static final class Reads implements Iterator<Read> {
    private final SubmissionSource dataset;
    private final boolean stopAtFirst;
    private @Nullable Read pending;
    private boolean over;

    Reads(SubmissionSource dataset, boolean stopAtFirst) {
      this.dataset = dataset;
      this.stopAtFirst = stopAtFirst;
    }

    @Override
    public boolean hasNext() {
      if (pending == null && !over) {
        long before = dataset.bytesRead();
        try {
          if (dataset.hasNext()) {
            SubmissionSource.Document document = dataset.nextDocument();
            pending = new Read(document, dataset.bytesRead() - before, null, false);
          } else {
            over = true;
          }
        } catch (IgaException e) {
          boolean ends = dataset.stopped();
          over = ends || stopAtFirst;
          pending = new Read(null, dataset.bytesRead() - before, e, ends);
        }
      }
      return pending != null;
    }

    @Override
    public Read next() {
      if (!hasNext()) {
        throw new NoSuchElementException("no more reads");
      }
      Read read = pending;
      pending = null;
      return read;
    }
  }

  /** A document and the bytes of input read for it (about its length: the input is read ahead in blocks). */
  private record Sized(SubmissionSource.Document document, long bytes) {}

  /**
   * The general form: applies {@code work} to every input and delivers the outputs in input order. The scoring
   * methods are this with the work of parsing and scoring.
   *
   * @param input the inputs, read on the calling thread only
   * @param work turns one input into its output; called on the workers (or, with parallelism 1, on the calling
   *     thread), so it must be thread-safe
   * @param outputs receives every output, in input order, on the calling thread
   * @param <T> the input type
   * @param <R> the output type
   * @return the number of outputs delivered
   * @throws RuntimeException the first failure in input order, of reading the input or of the work, as thrown; every
   *     output before that input has been delivered, none after it
   * @throws CancellationException when the calling thread is interrupted while it waits for a batch (its interrupt
   *     flag is set again); every output delivered until then came in order
   */
  public <T, R> long map(Iterator<? extends T> input, Function<? super T, ? extends R> work,
      Consumer<? super R> outputs) {
    return map(input, item -> 0, work, outputs);
  }

  /** {@link #map(Iterator, Function, Consumer)}, holding inputs in flight by their size as well as their number. */
  private <T, R> long map(Iterator<? extends T> input, ToLongFunction<? super T> size,
      Function<? super T, ? extends R> work, Consumer<? super R> outputs) {
    Objects.requireNonNull(input, "input");
    Objects.requireNonNull(work, "work");
    Objects.requireNonNull(outputs, "outputs");
    if (parallelism == 1) {
      long n = 0;
      while (input.hasNext()) {
        outputs.accept(work.apply(input.next()));
        n++;
      }
      return n;
    }
    ExecutorService workers = Executors.newFixedThreadPool(parallelism, daemons());
    try {
      ArrayDeque<Future<Batch<R>>> inFlight = new ArrayDeque<>();
      ArrayDeque<Long> sizes = new ArrayDeque<>();
      long held = 0;
      RuntimeException readFailure = null;
      boolean more = true;
      long delivered = 0;
      while (true) {
        while (more && inFlight.size() < 2 * parallelism && held < parallelism * WINDOW) {
          List<T> items = new ArrayList<>(batchSize);
          long bytes = 0;
          try {
            while (items.size() < batchSize && bytes < WINDOW / 2 && input.hasNext()) {
              T item = input.next();
              items.add(item);
              bytes += size.applyAsLong(item);
            }
            more = items.size() == batchSize || bytes >= WINDOW / 2;
          } catch (RuntimeException e) {
            readFailure = e;
            more = false;
          }
          if (!items.isEmpty()) {
            inFlight.add(workers.submit(() -> Batch.of(items, work)));
            sizes.add(bytes);
            held += bytes;
          }
        }
        Future<Batch<R>> head = inFlight.poll();
        if (head == null) {
          break;
        }
        held -= sizes.poll();
        Batch<R> batch = await(head);
        for (R r : batch.outputs()) {
          outputs.accept(r);
          delivered++;
        }
        if (batch.failure() != null) {
          throw batch.failure();
        }
      }
      if (readFailure != null) {
        throw readFailure;
      }
      return delivered;
    } finally {
      workers.shutdownNow();
    }
  }

  private static ThreadFactory daemons() {
    int run = RUNS.incrementAndGet();
    AtomicInteger worker = new AtomicInteger();
    return task -> {
      Thread t = new Thread(task, "iga-bulk-" + run + "-" + worker.incrementAndGet());
      t.setDaemon(true);
      return t;
    };
  }

  private static <R> Batch<R> await(Future<Batch<R>> batch) {
    try {
      return batch.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      CancellationException stop = new CancellationException("interrupted while waiting for a batch to be scored");
      stop.initCause(e);
      throw stop;
    } catch (ExecutionException e) {
      // A batch catches every RuntimeException of its work; what is left is an Error (out of memory, say).
      Throwable cause = e.getCause();
      if (cause instanceof Error error) {
        throw error;
      }
      throw new IllegalStateException("a batch failed outside its work", cause);
    }
  }

  /**
   * The outputs of one batch, in order, up to its first failure.
   *
   * @param outputs the outputs of the inputs before the failure (all of them when none failed)
   * @param failure the failure of the first input that failed, or null
   * @param <R> the output type
   */
  private record Batch<R>(List<R> outputs, @Nullable RuntimeException failure) {
    static <T, R> Batch<R> of(List<T> items, Function<? super T, ? extends R> work) {
      List<R> out = new ArrayList<>(items.size());
      for (T item : items) {
        try {
          out.add(work.apply(item));
        } catch (RuntimeException e) {
          return new Batch<>(out, e);
        }
      }
      return new Batch<>(out, null);
    }
  }
}

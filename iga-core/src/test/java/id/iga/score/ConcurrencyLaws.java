package id.iga.score;

import static org.junit.jupiter.api.Assertions.assertEquals;

import id.iga.bulk.BulkScorer;
import id.iga.generate.NationalDataset;
import id.iga.generate.NationalFixtures;
import id.iga.generate.SubmissionGenerator;
import id.iga.rubric.Rubric;
import id.iga.submission.Submission;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BiFunction;
import org.junit.jupiter.api.Test;

/**
 * A {@link Scorer} is immutable and thread-safe: one scorer shared by 8 threads at once, and the {@link BulkScorer} on
 * 8 workers, give exactly the results ({@link ScoreResult#equals}) that scoring one submission after another gives.
 *
 * <p>The submissions are every fifth region of the national dataset of the 2024-shaped fixture rubric (110 of 546, of
 * every type) and 50 more from the {@link SubmissionGenerator} (facts on the edges of ranges, facts that meet no level,
 * rejected answers), all from fixed seeds, each scored in both modes. Every thread scores every submission, each
 * starting at its own place in the list, so that at any moment the threads hold different submissions. The last law
 * shows that the check can fail: a scorer that keeps the submission in a field between two steps, as a careless cache
 * would, is caught.
 */
class ConcurrencyLaws {
  private static final int THREADS = 8;
  private static final long SEED = 20_260_509L;
  private static final Rubric RUBRIC = NationalFixtures.rubric2024Shaped();
  private static final List<Submission> SUBMISSIONS = submissions();
  /** The results of one scorer used by one thread: per submission, CLAIMED then VERIFIED. */
  private static final List<ScoreResult> SEQUENTIAL = sequential(Scorer.of(RUBRIC));

  private static List<Submission> submissions() {
    List<Submission> out = new ArrayList<>();
    NationalDataset nation = NationalDataset.of(RUBRIC, NationalDataset.Coverage.ALL, SEED);
    for (int i = 0; i < nation.size(); i += 5) {
      out.add(nation.submission(i));
    }
    SplittableRandom random = new SplittableRandom(SEED);
    for (int i = 0; i < 50; i++) {
      out.add(SubmissionGenerator.submission(RUBRIC, random.split()));
    }
    return List.copyOf(out);
  }

  private static List<ScoreResult> sequential(Scorer scorer) {
    List<ScoreResult> out = new ArrayList<>();
    for (Submission s : SUBMISSIONS) {
      for (Mode mode : Mode.values()) {
        out.add(scorer.score(s, mode));
      }
    }
    return out;
  }

  /**
   * Every one of {@link #THREADS} threads, released together, scores every submission in both modes, thread t
   * starting at submission t x size / THREADS and wrapping around.
   *
   * @return per thread, its results in the order of {@link #SEQUENTIAL}
   */
  private static List<List<ScoreResult>> onEightThreads(BiFunction<Submission, Mode, ScoreResult> score)
      throws Exception {
    int n = SUBMISSIONS.size();
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    try {
      CountDownLatch start = new CountDownLatch(1);
      List<Future<List<ScoreResult>>> threads = new ArrayList<>();
      for (int t = 0; t < THREADS; t++) {
        int first = t * n / THREADS;
        threads.add(pool.submit(() -> {
          ScoreResult[] out = new ScoreResult[2 * n];
          start.await();
          for (int i = 0; i < n; i++) {
            int index = (first + i) % n;
            for (Mode mode : Mode.values()) {
              out[2 * index + mode.ordinal()] = score.apply(SUBMISSIONS.get(index), mode);
            }
          }
          return List.of(out);
        }));
      }
      start.countDown();
      List<List<ScoreResult>> results = new ArrayList<>();
      for (Future<List<ScoreResult>> f : threads) {
        results.add(f.get(2, TimeUnit.MINUTES));
      }
      return results;
    } finally {
      pool.shutdownNow();
    }
  }

  /** @return how many of the threads' results differ from the sequential result in the same place */
  private static int differing(List<List<ScoreResult>> perThread) {
    int differing = 0;
    for (List<ScoreResult> results : perThread) {
      for (int i = 0; i < SEQUENTIAL.size(); i++) {
        if (!results.get(i).equals(SEQUENTIAL.get(i))) {
          differing++;
        }
      }
    }
    return differing;
  }

  @Test
  void oneScorerSharedByEightThreadsGivesTheSequentialResults() throws Exception {
    Scorer shared = Scorer.of(RUBRIC);
    List<List<ScoreResult>> perThread = onEightThreads(shared::score);
    assertEquals(320, SEQUENTIAL.size());
    assertEquals(0, differing(perThread));
    for (List<ScoreResult> results : perThread) {
      assertEquals(SEQUENTIAL, results);
    }
  }

  @Test
  void bulkScoringOnEightWorkersGivesTheSequentialResultsInInputOrder() {
    Scorer shared = Scorer.of(RUBRIC);
    for (int batchSize : new int[] {1, BulkScorer.DEFAULT_BATCH_SIZE}) {
      for (Mode mode : Mode.values()) {
        List<ScoreResult> expected = new ArrayList<>();
        for (int i = mode.ordinal(); i < SEQUENTIAL.size(); i += 2) {
          expected.add(SEQUENTIAL.get(i));
        }
        List<ScoreResult> actual = new ArrayList<>();
        long delivered = BulkScorer.parallel(THREADS, batchSize).score(SUBMISSIONS.iterator(), shared, mode,
            actual::add);
        assertEquals(160, delivered);
        assertEquals(expected, actual, () -> mode + ", batches of " + batchSize);
      }
    }
  }

  @Test
  void theLawCatchesAScorerThatKeepsTheSubmissionInAFieldBetweenTwoSteps() throws Exception {
    // Each call writes the field, waits until all 8 threads have written theirs, reads it, and waits until all 8 have
    // read it before it scores what it read: the last writer's submission. So in every round exactly one thread of 8
    // scores its own submission, and the other 7 results differ from the sequential ones.
    Scorer scorer = Scorer.of(RUBRIC);
    CyclicBarrier written = new CyclicBarrier(THREADS);
    CyclicBarrier read = new CyclicBarrier(THREADS);
    AtomicReference<Submission> field = new AtomicReference<>();
    BiFunction<Submission, Mode, ScoreResult> careless = (s, mode) -> {
      try {
        field.set(s);
        written.await(1, TimeUnit.MINUTES);
        Submission held = field.get();
        read.await(1, TimeUnit.MINUTES);
        return scorer.score(held, mode);
      } catch (InterruptedException | BrokenBarrierException | TimeoutException e) {
        throw new IllegalStateException(e);
      }
    };
    assertEquals(7 * SEQUENTIAL.size(), differing(onEightThreads(careless)));
  }
}

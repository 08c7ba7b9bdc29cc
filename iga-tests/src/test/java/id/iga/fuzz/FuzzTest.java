package id.iga.fuzz;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Seeded fuzzing: documents made from the examples and the generators, each spoiled by one {@link Mutation}, read by
 * every public reader of submissions, alone, as a line of a dataset and on standard input; what is read is scored
 * under every year in both modes, planned under its own year, and its results written as JSON and CSV. Each case is
 * held to the laws of {@link Check}.
 *
 * <p>System properties: {@code iga.fuzz.cases} (default 20,000) the number of cases, {@code iga.fuzz.seed} the run's
 * seed, {@code iga.fuzz.first} the number of the first case (to rerun one case a failure names),
 * {@code iga.fuzz.threads} the cases checked at once (default 2), {@code iga.fuzz.guard} the seconds a case may take
 * before it counts as hung (default 120: a guard against hangs, not a measure of speed; a hung case ends the run).
 */
class FuzzTest {
  private static final long SEED = Long.getLong("iga.fuzz.seed", 20_261_129L);
  private static final int CASES = Integer.getInteger("iga.fuzz.cases", 20_000);
  private static final int FIRST = Integer.getInteger("iga.fuzz.first", 0);
  private static final int THREADS = Integer.getInteger("iga.fuzz.threads", 2);
  private static final long GUARD_SECONDS = Long.getLong("iga.fuzz.guard", 120);

  /** The generated documents drawn for a run: as many whatever the number of cases, so that one case reruns alone. */
  private static final int POOL = 1000;

  static final String NO_HANG = "no case hangs";

  @TempDir
  Path dir;

  /** A case submitted to the workers, and its check. */
  private record Running(Case c, Future<?> check) {}

  @Test
  void everyMutatedDocumentIsReadOrRefusedWithItsPlace() throws InterruptedException {
    long start = System.nanoTime();
    Corpus corpus = new Corpus(SEED, POOL);
    Findings findings = new Findings(SEED);
    Map<String, Integer> kinds = new TreeMap<>();
    AtomicInteger thread = new AtomicInteger();
    ExecutorService workers = Executors.newFixedThreadPool(THREADS, r -> {
      Thread t = new Thread(r, "fuzz-" + thread.incrementAndGet());
      t.setDaemon(true);
      return t;
    });
    Deque<Running> running = new ArrayDeque<>();
    int checked = 0;
    try {
      for (int i = FIRST; i < FIRST + CASES; i++) {
        Case c = Case.draw(corpus, SEED, i);
        kinds.merge(c.mutation().kind(), 1, Integer::sum);
        running.add(new Running(c, workers.submit(() -> {
          new Check(c, corpus, dir, findings).run();
          return null;
        })));
        while (running.size() > 2 * THREADS || (i == FIRST + CASES - 1 && !running.isEmpty())) {
          if (!await(running.poll(), findings)) {
            break;
          }
          checked++;
          if (checked % 10_000 == 0) {
            System.out.printf("fuzz: %,d cases checked, %d findings, %d s%n", checked, findings.count(),
                TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - start));
          }
        }
      }
    } finally {
      workers.shutdownNow();
    }
    System.out.printf("fuzz: %,d cases checked from case %d, seed %d, in %d s (%d s of CPU); cases per kind %s; "
        + "%d findings%n", checked, FIRST, SEED, TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - start),
        TimeUnit.NANOSECONDS.toSeconds(cpu()), kinds, findings.count());
    assertTrue(findings.none(), findings::report);
  }

  /** @return false when the case hung: the run ends there */
  private static boolean await(Running r, Findings findings) throws InterruptedException {
    try {
      r.check().get(GUARD_SECONDS, TimeUnit.SECONDS);
    } catch (TimeoutException e) {
      findings.add(r.c(), NO_HANG, "still running after " + GUARD_SECONDS + " s; the run ended here");
      return false;
    } catch (ExecutionException e) {
      findings.add(r.c(), Check.ONLY_IGA, "the check failed: " + Check.trace(e.getCause()));
    }
    return true;
  }

  /** @return the CPU time of this process so far, in nanoseconds */
  private static long cpu() {
    return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
        ? os.getProcessCpuTime() : 0;
  }
}

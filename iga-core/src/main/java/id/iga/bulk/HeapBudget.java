package id.iga.bulk;

import id.iga.IgaException;
import id.iga.Message;

/**
 * How many workers of a {@link BulkScorer} a heap holds while every input within the reading limits can still be
 * scored. The figures were measured with {@code -XX:+UseSerialGC} (what the {@code iga} launcher runs) by lowering
 * {@code -Xmx} until the run failed:
 *
 * <ul>
 *   <li>{@link #BASE}: the JVM, the rubric years and their scorers;
 *   <li>{@link #LARGEST_DOCUMENT}: reading, parsing and scoring one JSON Lines line of the limit, 64 MiB holding 93,394
 *       innovations whose titles are not all ASCII, so that the line is decoded to characters (576 MiB were too few,
 *       704 MiB enough; the same line in ASCII needs more than 448 MiB and at most 512 MiB);
 *   <li>{@link #PER_JOB}: one worker's {@link BulkScorer#WINDOW} of input parsed and scored, with its results waiting
 *       to be delivered in order.
 * </ul>
 *
 * With one worker the documents are scored one at a time, so the need is {@code BASE + LARGEST_DOCUMENT}; with more,
 * a document of the limit may be in flight beside the other workers' windows: {@code BASE + LARGEST_DOCUMENT +
 * workers x PER_JOB}.
 *
 * @param heap the heap in bytes, as {@link Runtime#maxMemory()} gives it
 * @since 1.0
 */
public record HeapBudget(long heap) {
  private static final long MIB = 1024 * 1024;
  /** What the JVM, the rubric years and their scorers hold besides the workers: 32 MiB. */
  public static final long BASE = 32 * MIB;
  /** What the largest document the reading limits allow takes while it is read, parsed and scored: 704 MiB. */
  public static final long LARGEST_DOCUMENT = 704 * MIB;
  /** What one more worker holds: its window of input, parsed and scored, and its results: 32 MiB. */
  public static final long PER_JOB = 32 * MIB;

  /**
   * @param heap the heap in bytes
   * @throws IgaException when it is not positive
   */
  public HeapBudget {
    if (heap <= 0) {
      throw new IgaException(Message.of("bulk.heap", heap));
    }
  }

  /** @return the budget of this JVM's heap ({@link Runtime#maxMemory()}) */
  public static HeapBudget ofThisJvm() {
    return new HeapBudget(Runtime.getRuntime().maxMemory());
  }

  /**
   * @param jobs a number of workers, 1 or more
   * @return the heap they need to score any input within the reading limits
   * @throws IgaException when {@code jobs} is less than 1
   */
  public static long need(int jobs) {
    if (jobs < 1) {
      throw new IgaException(Message.of("bulk.jobs", jobs));
    }
    return BASE + LARGEST_DOCUMENT + (jobs == 1 ? 0 : jobs * PER_JOB);
  }

  /**
   * @param requested the workers asked for, 1 or more
   * @return the most workers, up to {@code requested}, whose {@link #need(int)} the heap holds; 1 when even 2 do not
   *     fit (one worker is the least a run has: whether the heap holds the largest document is
   *     {@link #holdsLargestDocument()})
   * @throws IgaException when {@code requested} is less than 1
   */
  public int jobs(int requested) {
    need(requested);
    long spare = heap - BASE - LARGEST_DOCUMENT;
    return (int) Math.max(1, Math.min(requested, spare / PER_JOB));
  }

  /** @return whether the heap holds one worker scoring the largest document the reading limits allow */
  public boolean holdsLargestDocument() {
    return heap >= need(1);
  }
}

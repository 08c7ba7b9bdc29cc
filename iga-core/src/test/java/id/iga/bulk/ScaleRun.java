package id.iga.bulk;

import id.iga.generate.NationalDataset;
import id.iga.generate.NationalFixtures;
import id.iga.json.SubmissionSource;
import id.iga.rubric.Rubric;
import id.iga.score.Mode;
import id.iga.score.Scorer;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;

/**
 * The program {@link BulkScaleTest} runs in a child JVM with a small heap: it generates the national dataset of the
 * 2024-shaped fixture rubric with 250 innovations per region, writes it as JSON Lines into a pipe on one thread, and
 * reads, parses and scores it from the pipe with two workers, so that at no time is more than a few lines in memory.
 * It prints the number of regions and innovations scored and the sum of the reported IIDs.
 */
final class ScaleRun {
  private ScaleRun() {}

  /** The innovations every region sends. */
  static final int INNOVATIONS = 250;

  /**
   * @param args none
   * @throws Exception when the pipe fails
   */
  public static void main(String[] args) throws Exception {
    Rubric rubric = NationalFixtures.rubric2024Shaped();
    NationalDataset data = NationalDataset.of(rubric, NationalDataset.Coverage.ALL, 2024)
        .withInnovationsPerRegion(INNOVATIONS);
    PipedInputStream in = new PipedInputStream(1 << 20);
    PipedOutputStream pipe = new PipedOutputStream(in);
    Thread writer = new Thread(() -> {
      try (OutputStream out = new BufferedOutputStream(pipe, 1 << 16)) {
        data.writeJsonl(out);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }, "jsonl-writer");
    writer.start();
    long[] innovations = new long[1];
    BigDecimal[] iids = {BigDecimal.ZERO};
    long regions;
    try (SubmissionSource reader = SubmissionSource.of(SubmissionSource.Kind.LINES, in, "national.jsonl")) {
      regions = BulkScorer.parallel(2, 4).score(reader, Scorer.of(rubric), Mode.CLAIMED, r -> {
        innovations[0] += r.innovationCount();
        iids[0] = iids[0].add(r.iid().value());
      });
    }
    writer.join();
    System.out.println(regions + " regions, " + innovations[0] + " innovations, IID sum " + iids[0].toPlainString());
  }
}

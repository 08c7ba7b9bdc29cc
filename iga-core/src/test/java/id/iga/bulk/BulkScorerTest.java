package id.iga.bulk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import id.iga.IgaException;
import id.iga.Location;
import id.iga.generate.NationalDataset;
import id.iga.generate.NationalFixtures;
import id.iga.json.SubmissionSource;
import id.iga.json.SubmissionJson;
import id.iga.rubric.Rubric;
import id.iga.score.Mode;
import id.iga.score.ScoreResult;
import id.iga.score.Scorer;
import id.iga.submission.Answer;
import id.iga.submission.Submission;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Bulk scoring: order, errors, memory bound, over the 2024-shaped fixture rubric. */
class BulkScorerTest {
  private static final Rubric RUBRIC = NationalFixtures.rubric2024Shaped();
  private static final Scorer SCORER = Scorer.of(RUBRIC);
  private static final NationalDataset DATA = NationalDataset.of(RUBRIC, NationalDataset.Coverage.KABUPATEN, 42);

  /** The first n submissions of the fixture dataset. */
  private static List<Submission> first(int n) {
    List<Submission> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      out.add(DATA.submission(i));
    }
    return out;
  }

  /** The submission with an answer under region indicator code 99, which the rubric does not have. */
  private static Submission withUnknownCode(Submission s) {
    Map<String, Answer> spd = new LinkedHashMap<>(s.spd());
    spd.put("99", Answer.level(1));
    return new Submission(s.year(), s.region(), spd, s.innovations());
  }

  private static List<BigDecimal> iids(List<ScoreResult> results) {
    return results.stream().map(r -> r.iid().value()).toList();
  }

  private static List<BigDecimal> directIids(List<Submission> submissions) {
    return submissions.stream().map(s -> SCORER.score(s, Mode.CLAIMED).iid().value()).toList();
  }

  private static byte[] jsonl(List<Submission> submissions) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    submissions.forEach(s -> SubmissionJson.writeLine(s, out));
    return out.toByteArray();
  }

  @Test
  void sequentialScoringDeliversEveryResultInInputOrder() {
    List<Submission> input = first(25);
    List<ScoreResult> results = new ArrayList<>();
    long n = BulkScorer.sequential().score(input.iterator(), SCORER, Mode.CLAIMED, results::add);
    assertEquals(25, n);
    assertEquals(directIids(input), iids(results));
    assertEquals(input.stream().map(Submission::region).toList(),
        results.stream().map(ScoreResult::region).toList());
  }

  @Test
  void parallelScoringOfADatasetDeliversTheSameResultsInTheSameOrder() {
    List<Submission> input = first(40);
    List<ScoreResult> results = new ArrayList<>();
    try (SubmissionSource data = SubmissionSource.of(SubmissionSource.Kind.LINES,
        new ByteArrayInputStream(jsonl(input)), "national.jsonl")) {
      assertEquals(40, BulkScorer.parallel(3, 2).score(data, SCORER, Mode.CLAIMED, results::add));
    }
    assertEquals(directIids(input), iids(results));
  }

  @Test
  void outputsKeepInputOrderWhenALaterInputFinishesFirst() throws InterruptedException {
    CountDownLatch secondDone = new CountDownLatch(1);
    List<Integer> outputs = new ArrayList<>();
    List<Integer> finished = java.util.Collections.synchronizedList(new ArrayList<>());
    BulkScorer.parallel(2, 1).map(List.of(0, 1, 2, 3).iterator(), i -> {
      if (i == 0) {
        awaitQuietly(secondDone);
      }
      finished.add(i);
      if (i == 1) {
        secondDone.countDown();
      }
      return i * 10;
    }, outputs::add);
    assertEquals(List.of(0, 10, 20, 30), outputs);
    assertEquals(1, finished.get(0));
  }

  private static void awaitQuietly(CountDownLatch latch) {
    try {
      if (!latch.await(30, TimeUnit.SECONDS)) {
        throw new IllegalStateException("the second input never finished");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  @Test
  void theFirstBadSubmissionStopsTheRunAfterEveryResultBeforeIt() {
    List<Submission> input = first(20);
    input.set(6, withUnknownCode(input.get(6)));
    input.set(11, withUnknownCode(input.get(11)));
    List<ScoreResult> results = new ArrayList<>();
    IgaException e = assertThrows(IgaException.class,
        () -> BulkScorer.parallel(3, 2).score(input.iterator(), SCORER, Mode.CLAIMED, results::add));
    assertEquals(directIids(input.subList(0, 6)), iids(results));
    assertEquals("submission 7 (" + input.get(6).region().code() + " " + input.get(6).region().name()
        + "): rubric 2024 has no region indicator '99'; expected one of 1, 2a, 2b, 3, 4, 5a, 5b, 6, 7, 8, 9, 10a, "
        + "10b, 11a, 11b, 12, 13a, 13b, 14, 15", e.problem());
    assertEquals(Location.pointer("/spd/99"), e.location().orElseThrow());
  }

  @Test
  void aBadLineOfADatasetIsNamedByItsLineAndPointer() {
    List<Submission> input = first(12);
    input.set(4, withUnknownCode(input.get(4)));
    List<ScoreResult> results = new ArrayList<>();
    try (SubmissionSource data = SubmissionSource.of(SubmissionSource.Kind.LINES,
        new ByteArrayInputStream(jsonl(input)), "national.jsonl")) {
      IgaException e = assertThrows(IgaException.class,
          () -> BulkScorer.parallel(2, 3).score(data, SCORER, Mode.CLAIMED, results::add));
      assertEquals(4, results.size());
      Location where = e.location().orElseThrow();
      assertEquals("national.jsonl", where.source());
      assertEquals(5, where.line());
      assertEquals("/spd/99", where.pointer());
    }
  }

  @Test
  void malformedJsonOnALineStopsTheRunAtThatLine() {
    byte[] good = jsonl(first(6));
    String text = new String(good, StandardCharsets.UTF_8);
    int third = text.indexOf('\n', text.indexOf('\n') + 1) + 1;
    String broken = text.substring(0, third) + "{\"year\": 2024,\n" + text.substring(third);
    List<ScoreResult> results = new ArrayList<>();
    try (SubmissionSource data = SubmissionSource.of(SubmissionSource.Kind.LINES,
        new ByteArrayInputStream(broken.getBytes(StandardCharsets.UTF_8)), "national.jsonl")) {
      IgaException e = assertThrows(IgaException.class,
          () -> BulkScorer.parallel(2, 1).score(data, SCORER, Mode.CLAIMED, results::add));
      assertEquals(2, results.size());
      assertEquals(3, e.location().orElseThrow().line());
    }
  }

  @Test
  void anInputThatFailsToReadStopsTheRunAfterTheInputsBeforeIt() {
    Iterator<Integer> failsAtFive = new Iterator<>() {
      private int next;

      @Override
      public boolean hasNext() {
        return true;
      }

      @Override
      public Integer next() {
        if (next == 5) {
          throw new IgaException("input 6 cannot be read");
        }
        return next++;
      }
    };
    List<Integer> outputs = new ArrayList<>();
    IgaException e = assertThrows(IgaException.class,
        () -> BulkScorer.parallel(2, 2).map(failsAtFive, i -> i + 100, outputs::add));
    assertEquals("input 6 cannot be read", e.getMessage());
    assertEquals(List.of(100, 101, 102, 103, 104), outputs);
  }

  @Test
  void atMostTwoBatchesPerWorkerAreHeldAtOnce() {
    int[] read = new int[1];
    int[] delivered = new int[1];
    int[] mostHeld = new int[1];
    Iterator<Integer> counting = new Iterator<>() {
      @Override
      public boolean hasNext() {
        return read[0] < 200;
      }

      @Override
      public Integer next() {
        return read[0]++;
      }
    };
    long n = BulkScorer.parallel(3, 4).map(counting, i -> i, i -> {
      mostHeld[0] = Math.max(mostHeld[0], read[0] - delivered[0]);
      delivered[0]++;
    });
    assertEquals(200, n);
    assertEquals(2 * 3 * 4, mostHeld[0]);
  }

  @Test
  void aParallelismBelowOneIsRefused() {
    IgaException e = assertThrows(IgaException.class, () -> BulkScorer.parallel(0, 8));
    assertEquals("parallelism must be at least 1, not 0", e.getMessage());
  }

  @Test
  void aBatchSizeBelowOneIsRefused() {
    IgaException e = assertThrows(IgaException.class, () -> BulkScorer.parallel(2, 0));
    assertEquals("a batch holds at least 1 submission, not 0", e.getMessage());
  }

  @Test
  void sequentialMeansOneWorkerAndBatchesOfOne() {
    assertEquals(List.of(1, 1), List.of(BulkScorer.sequential().parallelism(), BulkScorer.sequential().batchSize()));
  }
}

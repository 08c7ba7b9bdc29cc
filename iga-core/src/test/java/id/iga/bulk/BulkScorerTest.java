package id.iga.bulk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import id.iga.IgaException;
import id.iga.Message;
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
          throw new IgaException(Message.of("fixture.text", "input 6 cannot be read"));
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

  // ------------------------------------------------------------------------------------- every input's outcome

  /** The outcomes of a dataset in words: a result's IID, or a rejection's line, pointer and whether it stops. */
  private static List<String> outcomes(byte[] dataset, SubmissionSource.Kind kind, BulkScorer bulk,
      BulkScorer.OnRejection then) {
    List<String> out = new ArrayList<>();
    try (SubmissionSource data = SubmissionSource.of(kind, new ByteArrayInputStream(dataset), "national.jsonl")) {
      long n = bulk.scoreEach(data, SCORER, Mode.CLAIMED, then, outcome -> {
        if (outcome instanceof Outcome.Done<ScoreResult> done) {
          out.add(done.value().iid().value().toPlainString());
        } else if (outcome instanceof Outcome.Rejected<ScoreResult> bad) {
          Location where = bad.problem().location().orElseThrow();
          out.add("line " + where.line() + " " + where.pointer() + (bad.stops() ? " stops" : ""));
        }
      });
      assertEquals(out.size(), n);
    }
    return out;
  }

  /** The IIDs of submissions scored directly, as text. */
  private static List<String> iidTexts(List<Submission> submissions) {
    return directIids(submissions).stream().map(BigDecimal::toPlainString).toList();
  }

  @Test
  void everyBadLineIsRejectedInItsPlaceAndEveryGoodLineScored() {
    List<Submission> input = first(12);
    List<String> expected = new ArrayList<>(iidTexts(input));
    input.set(4, withUnknownCode(input.get(4)));
    input.set(9, withUnknownCode(input.get(9)));
    expected.set(4, "line 5 /spd/99");
    expected.set(9, "line 10 /spd/99");
    for (BulkScorer bulk : List.of(BulkScorer.sequential(), BulkScorer.parallel(2, 1), BulkScorer.parallel(3, 4))) {
      assertEquals(expected, outcomes(jsonl(input), SubmissionSource.Kind.LINES, bulk, BulkScorer.OnRejection.GO_ON),
          bulk.parallelism() + " x " + bulk.batchSize());
    }
  }

  @Test
  void aRejectionNamesTheFileLineColumnPointerAndProblem() {
    List<Submission> input = first(3);
    input.set(1, withUnknownCode(input.get(1)));
    byte[] bytes = jsonl(input);
    String second = new String(bytes, StandardCharsets.UTF_8).split("\n")[1];
    List<Outcome<ScoreResult>> out = new ArrayList<>();
    try (SubmissionSource data = SubmissionSource.of(SubmissionSource.Kind.LINES, new ByteArrayInputStream(bytes),
        "national.jsonl")) {
      BulkScorer.parallel(2, 2).scoreEach(data, SCORER, Mode.CLAIMED, BulkScorer.OnRejection.GO_ON, out::add);
    }
    assertEquals(3, out.size());
    Outcome.Rejected<ScoreResult> bad = (Outcome.Rejected<ScoreResult>) out.get(1);
    int column = second.indexOf("\"99\":") + "\"99\":".length() + 1;
    assertEquals(new Location("national.jsonl", 2, column, "/spd/99"), bad.problem().location().orElseThrow());
    assertEquals("rubric 2024 has no region indicator '99'; expected one of 1, 2a, 2b, 3, 4, 5a, 5b, 6, 7, 8, 9, 10a, "
        + "10b, 11a, 11b, 12, 13a, 13b, 14, 15", bad.problem().problem());
    assertEquals(false, bad.stops());
  }

  @Test
  void stopEndsTheRunAtTheFirstRejectionMarkedAsStopping() {
    List<Submission> input = first(12);
    input.set(4, withUnknownCode(input.get(4)));
    input.set(9, withUnknownCode(input.get(9)));
    List<String> expected = new ArrayList<>(iidTexts(input.subList(0, 4)));
    expected.add("line 5 /spd/99 stops");
    for (BulkScorer bulk : List.of(BulkScorer.sequential(), BulkScorer.parallel(3, 2))) {
      assertEquals(expected, outcomes(jsonl(input), SubmissionSource.Kind.LINES, bulk, BulkScorer.OnRejection.STOP));
    }
  }

  /** The first 4 submissions of the fixture dataset as JSON Lines, with a line inserted before the third. */
  private static byte[] withThirdLine(String inserted) {
    String text = new String(jsonl(first(4)), StandardCharsets.UTF_8);
    int third = text.indexOf('\n', text.indexOf('\n') + 1) + 1;
    return (text.substring(0, third) + inserted + text.substring(third)).getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void malformedJsonOnALineIsRejectedAndTheNextLineScored() {
    List<String> expected = new ArrayList<>(iidTexts(first(4)));
    expected.add(2, "line 3 /year");
    assertEquals(expected, outcomes(withThirdLine("{\"year\": 2024,\n"), SubmissionSource.Kind.LINES,
        BulkScorer.parallel(2, 1), BulkScorer.OnRejection.GO_ON));
  }

  @Test
  void bytesThatAreNotUtf8RejectTheirLineAndTheRunGoesOn() {
    byte[] bytes = jsonl(first(6));
    String text = new String(bytes, StandardCharsets.UTF_8);
    bytes[text.indexOf('\n', text.indexOf('\n') + 1) + 5] = (byte) 0xFF;
    List<String> expected = new ArrayList<>(iidTexts(first(2)));
    // the byte falls in the key of the first member, before any value: the line's document root
    expected.add("line 3 ");
    expected.addAll(iidTexts(first(6)).subList(3, 6));
    for (BulkScorer bulk : List.of(BulkScorer.sequential(), BulkScorer.parallel(2, 2))) {
      assertEquals(expected, outcomes(bytes, SubmissionSource.Kind.LINES, bulk, BulkScorer.OnRejection.GO_ON));
    }
  }

  @Test
  void onStandardInputMalformedJsonEndsTheRunWithARejectionThatSaysSo() {
    List<String> expected = new ArrayList<>(iidTexts(first(2)));
    expected.add("line 3 /year stops");
    assertEquals(expected, outcomes(withThirdLine("{\"year\": 2024,,}\n"), SubmissionSource.Kind.DOCUMENTS,
        BulkScorer.parallel(2, 1), BulkScorer.OnRejection.GO_ON));
  }

  @Test
  void aSubmissionWithNoScorerIsRejectedAtItsDocumentRoot() {
    List<Outcome<ScoreResult>> out = new ArrayList<>();
    try (SubmissionSource data = SubmissionSource.of(SubmissionSource.Kind.LINES,
        new ByteArrayInputStream(jsonl(first(3))), "national.jsonl")) {
      BulkScorer.parallel(2, 1).scoreEach(data, s -> s.region().equals(DATA.submission(1).region())
          ? failing() : SCORER, Mode.CLAIMED, BulkScorer.OnRejection.GO_ON, out::add);
    }
    Outcome.Rejected<ScoreResult> bad = (Outcome.Rejected<ScoreResult>) out.get(1);
    assertEquals("national.jsonl:2:1 (document root): no rubric for this region", bad.problem().getMessage());
    assertEquals(List.of(true, false, true), out.stream().map(o -> o instanceof Outcome.Done).toList());
  }

  private static Scorer failing() {
    throw new IgaException(Message.of("fixture.text", "no rubric for this region"));
  }

  @Test
  void aFailureOfTheWorkThatIsNoIgaExceptionIsThrownAfterTheOutcomesBeforeIt() {
    List<Outcome<Integer>> out = new ArrayList<>();
    try (SubmissionSource data = SubmissionSource.of(SubmissionSource.Kind.LINES,
        new ByteArrayInputStream(jsonl(first(5))), "national.jsonl")) {
      IllegalStateException e = assertThrows(IllegalStateException.class, () -> BulkScorer.parallel(2, 1)
          .mapEach(data, located -> {
            if (located.submission().region().equals(DATA.submission(3).region())) {
              throw new IllegalStateException("a fault of the work");
            }
            return located.submission().innovations().size();
          }, BulkScorer.OnRejection.GO_ON, out::add));
      assertEquals("a fault of the work", e.getMessage());
    }
    assertEquals(3, out.size());
  }

  @Test
  void anErrorOfTheWorkThatNamesOnlyAPointerIsPlacedOnItsLine() {
    List<Outcome<Integer>> out = new ArrayList<>();
    try (SubmissionSource data = SubmissionSource.of(SubmissionSource.Kind.LINES,
        new ByteArrayInputStream(jsonl(first(2))), "national.jsonl")) {
      BulkScorer.sequential().<Integer>mapEach(data, located -> {
        throw new IgaException(Message.of("fixture.text", "not planned"), Location.pointer("/region"));
      }, BulkScorer.OnRejection.GO_ON, out::add);
    }
    assertEquals(List.of("national.jsonl:1:" + regionColumn(0) + " /region: not planned",
        "national.jsonl:2:" + regionColumn(1) + " /region: not planned"),
        out.stream().map(o -> ((Outcome.Rejected<Integer>) o).problem().getMessage()).toList());
  }

  @Test
  void anErrorOfTheWorkWithNoPlaceIsPlacedAtItsDocumentsRoot() {
    List<Outcome<Integer>> out = new ArrayList<>();
    try (SubmissionSource data = SubmissionSource.of(SubmissionSource.Kind.LINES,
        new ByteArrayInputStream(jsonl(first(2))), "national.jsonl")) {
      BulkScorer.parallel(2, 1).<Integer>mapEach(data, located -> {
        throw new IgaException(Message.of("fixture.text", "no planner for this region"));
      }, BulkScorer.OnRejection.STOP, out::add);
    }
    assertEquals(1, out.size());
    Outcome.Rejected<Integer> bad = (Outcome.Rejected<Integer>) out.get(0);
    assertEquals("national.jsonl:1:1 (document root): no planner for this region", bad.problem().getMessage());
    assertEquals(true, bad.stops());
  }

  /** The column of the region object on the n-th line of the fixture dataset. */
  private static int regionColumn(int n) {
    String line = new String(jsonl(List.of(DATA.submission(n))), StandardCharsets.UTF_8);
    return line.indexOf("\"region\":") + "\"region\":".length() + 1;
  }
}

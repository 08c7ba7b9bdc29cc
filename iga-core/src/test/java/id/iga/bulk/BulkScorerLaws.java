package id.iga.bulk;

import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import id.iga.generate.SeedGens;
import id.iga.generate.SubmissionGenerator;
import id.iga.json.SubmissionJson;
import id.iga.json.SubmissionSource;
import id.iga.rubric.Rubric;
import id.iga.score.Mode;
import id.iga.score.ScoreResult;
import id.iga.score.Scorer;
import id.iga.submission.Submission;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The bulk scorer's laws, over random rubrics, submissions, bad lines, parallelism and batch sizes. */
class BulkScorerLaws {
  @Test
  void anyParallelismAndBatchSizeGiveTheSequentialResultsInInputOrder() {
    qt().withExamples(40).forAll(SeedGens.rubrics(), integers().between(1, 4), integers().between(1, 5),
        integers().between(0, 30)).check((rubric, parallelism, batch, count) -> {
          List<Submission> input = submissions(rubric, count);
          Scorer scorer = Scorer.of(rubric);
          List<ScoreResult> expected = new ArrayList<>();
          for (Submission s : input) {
            expected.add(scorer.score(s, Mode.CLAIMED));
          }
          List<ScoreResult> actual = new ArrayList<>();
          long n = BulkScorer.parallel(parallelism, batch).score(input.iterator(), scorer, Mode.CLAIMED,
              actual::add);
          return n == count && actual.equals(expected);
        });
  }

  @Test
  void everyLineGetsItsOwnOutcomeInInputOrderWhateverTheParallelism() {
    qt().withExamples(30).forAll(SeedGens.rubrics(), integers().between(1, 4), integers().between(1, 5),
        integers().between(0, 20)).check((rubric, parallelism, batch, count) -> {
          List<Submission> input = submissions(rubric, count);
          Scorer scorer = Scorer.of(rubric);
          // Which lines are bad: about one in three, chosen differently for each example.
          SplittableRandom bad = new SplittableRandom(rubric.year() * 31L + count * 7L + batch);
          ByteArrayOutputStream lines = new ByteArrayOutputStream();
          List<Object> expected = new ArrayList<>();
          for (int i = 0; i < count; i++) {
            if (bad.nextInt(3) == 0) {
              lines.writeBytes(("[" + i + "]\n").getBytes(StandardCharsets.UTF_8));
              expected.add("rejected at line " + (i + 1));
            } else {
              SubmissionJson.writeLine(input.get(i), lines);
              expected.add(scorer.score(input.get(i), Mode.CLAIMED));
            }
          }
          List<Object> actual = new ArrayList<>();
          try (SubmissionSource data = SubmissionSource.of(SubmissionSource.Kind.LINES,
              new ByteArrayInputStream(lines.toByteArray()), "data.jsonl")) {
            BulkScorer.parallel(parallelism, batch).scoreEach(data, scorer, Mode.CLAIMED,
                BulkScorer.OnRejection.GO_ON, outcome -> actual.add(outcome instanceof Outcome.Done<ScoreResult> done
                    ? done.value() : "rejected at line " + ((Outcome.Rejected<ScoreResult>) outcome).problem()
                        .location().orElseThrow().line()));
          }
          return actual.equals(expected);
        });
  }

  private static List<Submission> submissions(Rubric rubric, int count) {
    SplittableRandom random = new SplittableRandom(count);
    List<Submission> out = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      out.add(SubmissionGenerator.submission(rubric, random.split()));
    }
    return out;
  }
}

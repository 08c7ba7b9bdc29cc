package id.iga.bulk;

import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import id.iga.generate.SeedGens;
import id.iga.generate.SubmissionGenerator;
import id.iga.rubric.Rubric;
import id.iga.score.Mode;
import id.iga.score.ScoreResult;
import id.iga.score.Scorer;
import id.iga.submission.Submission;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The bulk scorer's law, over random rubrics, submissions, parallelism and batch sizes. */
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

  private static List<Submission> submissions(Rubric rubric, int count) {
    SplittableRandom random = new SplittableRandom(count);
    List<Submission> out = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      out.add(SubmissionGenerator.submission(rubric, random.split()));
    }
    return out;
  }
}

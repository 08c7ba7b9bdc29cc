package id.iga.generate;

import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import id.iga.rubric.FactKind;
import id.iga.rubric.Indicator;
import id.iga.rubric.Rubric;
import id.iga.rubric.Scope;
import id.iga.score.Mode;
import id.iga.score.Scorer;
import id.iga.submission.Answer;
import id.iga.submission.Innovation;
import id.iga.submission.Submission;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The national dataset's laws, over random rubrics, seeds and regions. */
class NationalDatasetLaws {
  private static final int EXAMPLES = 60;

  private static Submission drawn(Rubric rubric, long seed, int region) {
    return NationalDataset.of(rubric, NationalDataset.Coverage.ALL, seed).submission(region);
  }

  @Test
  void everySubmissionScoresWithoutErrorUnderItsRubric() {
    qt().withExamples(EXAMPLES).forAll(SeedGens.rubrics(), longs().all(), integers().between(0, 545))
        .check((rubric, seed, region) -> {
          Scorer.of(rubric).score(drawn(rubric, seed, region), Mode.CLAIMED);
          return true;
        });
  }

  @Test
  void answersAreFactsExactlyWhereTheRubricDefinesAFact() {
    qt().withExamples(EXAMPLES).forAll(SeedGens.rubrics(), longs().all(), integers().between(0, 545))
        .check((rubric, seed, region) -> {
          Submission s = drawn(rubric, seed, region);
          boolean ok = factsWhereDefined(rubric, s.spd());
          for (Innovation inv : s.innovations()) {
            ok &= factsWhereDefined(rubric, inv.answers());
          }
          return ok;
        });
  }

  private static boolean factsWhereDefined(Rubric rubric, Map<String, Answer> answers) {
    for (Map.Entry<String, Answer> e : answers.entrySet()) {
      boolean levelOnly = rubric.indicator(e.getKey()).orElseThrow().fact().kind() == FactKind.NONE;
      if (levelOnly != (e.getValue() instanceof Answer.Leveled)) {
        return false;
      }
    }
    return true;
  }

  @Test
  void everyReportingRegionAnswersEveryMandatoryIndicator() {
    qt().withExamples(EXAMPLES).forAll(SeedGens.rubrics(), longs().all(), integers().between(0, 545))
        .check((rubric, seed, region) -> {
          Submission s = drawn(rubric, seed, region);
          if (s.innovations().isEmpty() && s.spd().isEmpty()) {
            return true;
          }
          boolean ok = answersMandatory(rubric.indicators(Scope.REGION), s.spd());
          for (Innovation inv : s.innovations()) {
            ok &= answersMandatory(rubric.indicators(Scope.INNOVATION), inv.answers());
          }
          return ok;
        });
  }

  private static boolean answersMandatory(List<Indicator> indicators, Map<String, Answer> answers) {
    return indicators.stream().filter(Indicator::mandatory).allMatch(i -> answers.containsKey(i.code()));
  }

  @Test
  void theSameSeedGivesEqualSubmissions() {
    qt().withExamples(EXAMPLES).forAll(SeedGens.rubrics(), longs().all(), integers().between(0, 545))
        .check((rubric, seed, region) -> drawn(rubric, seed, region).equals(drawn(rubric, seed, region)));
  }
}

package id.iga.score;

import static id.iga.rubric.RubricFixtures.KNOWN;
import static id.iga.rubric.RubricFixtures.bands2024;
import static id.iga.rubric.RubricFixtures.levelOnly;
import static id.iga.rubric.RubricFixtures.parameters;
import static org.junit.jupiter.api.Assertions.assertEquals;

import id.iga.rubric.Indicator;
import id.iga.rubric.Rubric;
import id.iga.rubric.Scope;
import id.iga.submission.Affair;
import id.iga.submission.Answer;
import id.iga.submission.Submission;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The largest rubrics the engine scores exactly: 64 innovation indicators, and a maximum total of 2^63 / 100 units. */
class CompiledRubricLimitsSpec {
  @Test
  void sixtyFourInnovationIndicatorsAreScoredTheLastOneIncluded() {
    List<Indicator> indicators = new ArrayList<>();
    for (int i = 1; i <= 64; i++) {
      indicators.add(levelOnly(String.valueOf(i), Scope.INNOVATION, "Indikator " + i, "1", i == 64));
    }
    Rubric rubric = Rubric.builder(2024).title("Wide").provenance(KNOWN).indicators(indicators).bands(bands2024())
        .parameters(parameters(1, "0", 0, 0, RoundingMode.HALF_UP)).build();
    Submission s = new Submission(2024, Submissions.SRAGEN, Map.of(), List.of(Submissions.innovation("A",
        Affair.SOSIAL, Map.of("64", Answer.level(3)))));
    ScoreResult r = Scorer.of(rubric).score(s, Mode.CLAIMED);
    assertEquals(3, r.innovations().get(0).level("64"));
    assertEquals(new BigDecimal("3.00"), r.total().value());
    assertEquals(List.of(), r.warnings());
  }

  @Test
  void aMaximumTotalOfExactlyTheLargestExactUnitsIsScored() {
    // Long.MAX_VALUE / 100 = 92233720368547758 units = 3 x 3074457345618.2586 points.
    Rubric rubric = Rubric.builder(2024).title("Heavy").provenance(KNOWN)
        .indicator(levelOnly("1", Scope.INNOVATION, "Satu", "3074457345618.2586", false)).bands(bands2024())
        .parameters(parameters(1, "0.38", 0, 0, RoundingMode.HALF_UP)).build();
    assertEquals(Long.MAX_VALUE / 100, CompiledRubric.of(rubric).maxTotal());
  }
}

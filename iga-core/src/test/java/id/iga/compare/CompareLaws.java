package id.iga.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;

import id.iga.generate.SeedGens;
import id.iga.rubric.Rubric;
import id.iga.score.Mode;
import id.iga.score.Scorer;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.QuickTheory;

/** Laws of the year comparison over random rubrics and submissions ({@link SeedGens}), in both modes. */
class CompareLaws {
  private static QuickTheory laws() {
    return qt().withFixedSeed(20_260_501L).withExamples(200);
  }

  /** The same rubric under the next year's number. */
  private static Rubric nextYear(Rubric r) {
    return Rubric.builder(r.year() + 1).title(r.title()).provenance(r.provenance()).notes(r.notes())
        .indicators(r.indicators()).bands(r.bands()).parameters(r.parameters()).build();
  }

  @Test
  void aYearsResultInAComparisonIsTheScorersResult() {
    laws().forAll(SeedGens.cases()).checkAssert(c -> {
      for (Mode mode : Mode.values()) {
        Comparison cmp = YearComparison.of(List.of(c.rubric())).compare(c.submission(), mode);
        assertEquals(Scorer.of(c.rubric()).score(c.submission(), mode), cmp.years().get(0).result());
      }
    });
  }

  @Test
  void identicalRubricsOfTwoYearsShowNoDifference() {
    laws().forAll(SeedGens.cases()).checkAssert(c -> {
      for (Mode mode : Mode.values()) {
        Comparison cmp = YearComparison.of(List.of(c.rubric(), nextYear(c.rubric()))).compare(c.submission(), mode);
        assertEquals(List.of(), cmp.differences());
        assertEquals(cmp.years().get(0).result().iid(), cmp.years().get(1).result().iid());
        assertEquals(cmp.years().get(0).result().total(), cmp.years().get(1).result().total());
      }
    });
  }

  @Test
  void everyAnswerOfTheSubmissionIsOneRow() {
    laws().forAll(SeedGens.cases()).checkAssert(c -> {
      int answers = c.submission().spd().size()
          + c.submission().innovations().stream().mapToInt(i -> i.answers().size()).sum();
      assertEquals(answers, YearComparison.of(List.of(c.rubric())).compare(c.submission(), Mode.CLAIMED).rows()
          .size());
    });
  }
}

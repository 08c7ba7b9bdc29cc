package id.iga.score;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;

import id.iga.generate.SeedGens;
import id.iga.rubric.Overrides;
import id.iga.rubric.Rubric;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Aggregating a result's summed facts again gives what scoring the facts again gives. */
class AggregateLaws {

  @Test
  void aggregatingAResultAgainGivesItsOwnStanding() {
    qt().withFixedSeed(20_261_129L).withExamples(300).forAll(SeedGens.cases()).checkAssert(c -> {
      for (Mode mode : Mode.values()) {
        ScoreResult r = Scorer.of(c.rubric()).score(c.submission(), mode);
        assertEquals(r.standing(), CompiledRubric.of(c.rubric()).standing(r.aggregate()), c::toString);
      }
    });
  }

  /** Divisor floor, count weight, cap, gate and rounding changed at random: the aggregate needs no second scoring. */
  @Test
  void aggregatingUnderChangedParametersGivesWhatScoringAgainGives() {
    qt().withFixedSeed(20_261_130L).withExamples(300).forAll(SeedGens.cases()).checkAssert(c -> {
      SplittableRandom random = new SplittableRandom(c.seed());
      String[] roundings = {"HALF_UP", "HALF_EVEN", "DOWN", "UP"};
      Rubric changed = Overrides.apply(c.rubric(), List.of(
          Overrides.parse("k=" + (1 + random.nextInt(20))),
          Overrides.parse("countScore=0." + (10 + random.nextInt(80))),
          Overrides.parse("cap=" + (1 + random.nextInt(300))),
          Overrides.parse("gate=" + random.nextInt(7)),
          Overrides.parse("rounding=" + roundings[random.nextInt(roundings.length)])));
      for (Mode mode : Mode.values()) {
        ScoreResult published = Scorer.of(c.rubric()).score(c.submission(), mode);
        assertEquals(Scorer.of(changed).score(c.submission(), mode).standing(),
            CompiledRubric.of(changed).standing(published.aggregate()), c::toString);
      }
    });
  }
}

package id.iga.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import id.iga.generate.SeedGens;
import id.iga.rubric.Indicator;
import id.iga.rubric.Rubric;
import id.iga.rubric.Scope;
import id.iga.score.Fraction;
import id.iga.score.Mode;
import id.iga.score.Scorer;
import id.iga.submission.Submission;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.quicktheories.QuickTheory;

/**
 * Laws of the planner. On small cases ({@link SmallCases}) the plan is checked against exhaustive search
 * ({@link BruteForce}); on the seeded generators' rubrics and submissions (every fact kind, up to 40 innovations) its
 * predictions are checked against the scorer. Seeds are fixed; a failure names the case's own seed.
 */
class PlanLaws {
  private static QuickTheory laws(int examples) {
    return qt().withFixedSeed(20_260_512L).withExamples(examples);
  }

  private static Plan plan(SmallCases.Case c) {
    Planner planner = Planner.of(c.rubric());
    Target target = Target.iid(c.target());
    return c.terms() == null ? planner.plan(c.submission(), c.mode(), target)
        : planner.plan(c.submission(), c.mode(), target, c.terms());
  }

  @Test
  void thePlanCostsTheLeastThatAnyPlanCosts() {
    laws(300).forAll(longs().all()).checkAssert(seed -> {
      SmallCases.Case c = SmallCases.of(seed);
      Plan p = plan(c);
      OptionalInt least = BruteForce.cheapest(Planner.of(c.rubric()), c.submission(), c.mode(), c.target(),
          c.terms());
      assertEquals(least.isPresent(), p.reached(), c::toString);
      if (least.isPresent()) {
        assertEquals(least.getAsInt(), p.units(), c::toString);
      }
    });
  }

  @Test
  void theCeilingIsTheHighestIidThatAnyPlanReaches() {
    laws(300).forAll(longs().all()).checkAssert(seed -> {
      SmallCases.Case c = SmallCases.of(seed);
      assertEquals(BruteForce.ceiling(Planner.of(c.rubric()), c.submission(), c.mode(), c.terms()), plan(c).ceiling().iid().value(),
          c::toString);
    });
  }

  @Test
  void theIidAfterEveryStepIsWhatTheScorerGivesTheSubmissionWithTheStepsApplied() {
    laws(300).forAll(longs().all()).checkAssert(seed -> {
      SmallCases.Case c = SmallCases.of(seed);
      assertPredictionsHold(c.rubric(), plan(c), c.toString());
    });
  }

  @Test
  void onGeneratedRubricsTheIidAfterEveryStepIsWhatTheScorerGives() {
    laws(60).forAll(SeedGens.cases()).checkAssert(c -> {
      SplittableRandom random = c.edits();
      Mode mode = random.nextBoolean() ? Mode.CLAIMED : Mode.VERIFIED;
      Planner planner = Planner.of(c.rubric());
      BigDecimal maturity = c.rubric().maxima().maturity().multiply(BigDecimal.valueOf(random.nextInt(101)))
          .divide(BigDecimal.valueOf(100), 2, RoundingMode.DOWN);
      NewInnovations terms = NewInnovations.ofMaturity(maturity).costing(1 + random.nextInt(30));
      BigDecimal now = Scorer.of(c.rubric()).score(c.submission(), mode).iid().value();
      BigDecimal target = now.add(BigDecimal.valueOf(random.nextInt(4001), 2)).min(BigDecimal.valueOf(100));
      Plan p = planner.plan(c.submission(), mode, Target.iid(target), terms);
      assertPredictionsHold(c.rubric(), p, c.toString());
    });
  }

  private static void assertPredictionsHold(Rubric rubric, Plan p, String name) {
    Scorer scorer = Scorer.of(rubric);
    assertTrue(scorer.score(p.submission(), p.mode()).iid().exact().equals(p.start().iid().exact()), name);
    for (int i = 1; i <= p.steps().size(); i++) {
      Fraction scored = scorer.score(p.after(i), p.mode()).iid().exact();
      Step step = p.steps().get(i - 1);
      assertTrue(scored.equals(step.after().iid().exact()), name + " step " + i + ": scorer " + scored + ", plan "
          + step.after().iid().exact());
      assertEquals(scored.round(2, rubric.parameters().rounding().value()), step.after().iid().value(), name);
    }
    if (p.reached()) {
      assertTrue(scorer.score(p.applied(), p.mode()).iid().value().compareTo(p.threshold().iid().value()) >= 0, name);
    }
  }

  @Test
  void aPlanCostsTheUnitsOfItsSteps() {
    laws(300).forAll(longs().all()).checkAssert(seed -> {
      SmallCases.Case c = SmallCases.of(seed);
      Plan p = plan(c);
      assertEquals(p.steps().stream().mapToInt(Step::units).sum(), p.units(), c::toString);
    });
  }

  @Test
  void allowingMoreNewInnovationsNeverRaisesTheCost() {
    laws(200).forAll(longs().all()).checkAssert(seed -> {
      SmallCases.Case c = SmallCases.of(seed);
      if (c.terms() == null) {
        return;
      }
      Planner planner = Planner.of(c.rubric());
      Target target = Target.iid(c.target());
      NewInnovations unlimited = new NewInnovations(c.terms().maturity(), c.terms().cost(), null);
      long previous = Long.MAX_VALUE;
      for (int limit = 0; limit <= 4; limit++) {
        Plan p = planner.plan(c.submission(), c.mode(), target, unlimited.limitedTo(limit));
        long cost = p.reached() ? p.units() : Long.MAX_VALUE;
        assertTrue(cost <= previous, c + " limit " + limit);
        previous = cost;
      }
      Plan p = planner.plan(c.submission(), c.mode(), target, unlimited);
      assertTrue((p.reached() ? p.units() : Long.MAX_VALUE) <= previous, c::toString);
    });
  }

  @Test
  void newInnovationLevelsAreTheFewestStepsThatReachTheMaturity() {
    laws(300).forAll(longs().all()).checkAssert(seed -> {
      SmallCases.Case c = SmallCases.of(seed);
      List<Indicator> rows = c.rubric().indicators(Scope.INNOVATION);
      BigDecimal max = c.rubric().maxima().maturity();
      BigDecimal maturity = max.multiply(BigDecimal.valueOf(new SplittableRandom(seed).nextInt(101)))
          .divide(BigDecimal.valueOf(100), 2, RoundingMode.DOWN);
      Map<String, Integer> levels = Planner.of(c.rubric()).newInnovationLevels(maturity);
      int fewest = Integer.MAX_VALUE;
      for (int code = 0; code < 1 << (2 * rows.size()); code++) {
        BigDecimal m = BigDecimal.ZERO;
        int steps = 0;
        for (int i = 0; i < rows.size(); i++) {
          int level = (code >> (2 * i)) & 3;
          m = m.add(rows.get(i).score(level));
          steps += level;
        }
        if (m.compareTo(maturity) >= 0) {
          fewest = Math.min(fewest, steps);
        }
      }
      BigDecimal got = BigDecimal.ZERO;
      for (Indicator ind : rows) {
        got = got.add(ind.score(levels.get(ind.code())));
      }
      assertTrue(got.compareTo(maturity) >= 0, c::toString);
      assertEquals(fewest, levels.values().stream().mapToInt(Integer::intValue).sum(), c::toString);
    });
  }

  @Test
  void readinessStepsAreTheFewestThatBringEachInnovationToTheTarget() {
    laws(300).forAll(longs().all()).checkAssert(seed -> {
      SmallCases.Case c = SmallCases.of(seed);
      List<Indicator> rows = c.rubric().indicators(Scope.INNOVATION);
      BigDecimal target = c.rubric().maxima().maturity().add(BigDecimal.ONE)
          .multiply(BigDecimal.valueOf(new SplittableRandom(seed).nextInt(101)))
          .divide(BigDecimal.valueOf(100), 2, RoundingMode.DOWN);
      Readiness r = Planner.of(c.rubric()).readiness(c.submission(), c.mode(), target);
      var scored = Scorer.of(c.rubric()).score(c.submission(), c.mode());
      int below = 0;
      for (var inv : scored.innovations()) {
        int fewest = Integer.MAX_VALUE;
        for (int code = 0; code < 1 << (2 * rows.size()); code++) {
          BigDecimal m = BigDecimal.ZERO;
          int steps = 0;
          boolean upward = true;
          for (int i = 0; i < rows.size(); i++) {
            int level = (code >> (2 * i)) & 3;
            int now = inv.level(rows.get(i).code());
            upward &= level >= now;
            m = m.add(rows.get(i).score(level));
            steps += level - now;
          }
          if (upward && m.compareTo(target) >= 0) {
            fewest = Math.min(fewest, steps);
          }
        }
        if (fewest == 0) {
          assertTrue(r.atOrAbove().contains(inv.id()), c::toString);
          continue;
        }
        Readiness.Entry e = r.below().get(below++);
        assertEquals(inv.id(), e.id(), c::toString);
        assertEquals(fewest != Integer.MAX_VALUE, e.reachable(), c::toString);
        if (e.reachable()) {
          assertEquals(fewest, e.units(), c::toString);
        }
      }
      assertEquals(below, r.below().size(), c::toString);
    });
  }

  @Test
  void readinessMaturityAfterIsWhatTheScorerGivesTheInnovationWithItsStepsApplied() {
    laws(100).forAll(SeedGens.cases()).checkAssert(c -> {
      SplittableRandom random = c.edits();
      Mode mode = random.nextBoolean() ? Mode.CLAIMED : Mode.VERIFIED;
      BigDecimal target = c.rubric().maxima().maturity().multiply(BigDecimal.valueOf(random.nextInt(101)))
          .divide(BigDecimal.valueOf(100), 2, RoundingMode.DOWN);
      Readiness r = Planner.of(c.rubric()).readiness(c.submission(), mode, target);
      Scorer scorer = Scorer.of(c.rubric());
      for (Readiness.Entry e : r.below()) {
        Submission after = r.after(e);
        var score = scorer.score(after, mode).innovations().stream().filter(i -> i.id().equals(e.id()))
            .findFirst().orElseThrow();
        assertTrue(score.maturity().exact().equals(e.maturityAfter().exact()), c::toString);
        if (e.reachable()) {
          assertTrue(e.maturityAfter().exact().compareTo(new Fraction(target.movePointRight(2).longValueExact(), 100))
              >= 0, c::toString);
        }
      }
    });
  }
}

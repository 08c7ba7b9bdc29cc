package id.iga.plan;

import static id.iga.plan.PlanFixtures.answers;
import static id.iga.plan.PlanFixtures.innovation;
import static id.iga.plan.PlanFixtures.submission;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.iga.IgaException;
import id.iga.rubric.Fact;
import id.iga.rubric.Predikat;
import id.iga.rubric.Rubric;
import id.iga.score.Fraction;
import id.iga.score.Mode;
import id.iga.score.Scorer;
import id.iga.submission.Affair;
import id.iga.submission.Answer;
import id.iga.submission.Submission;
import id.iga.submission.Verification;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** The planner on cases worked out by hand, each with its exact plan. */
class PlannerSpec {

  /** One step as text: what it raises or adds, its units, its gain and the IID after it. */
  private static String line(Step s) {
    if (s instanceof Step.Raise r) {
      return (r.innovation() == null ? "region" : r.innovation()) + " " + r.indicator().code() + " " + r.from() + "->"
          + r.to() + " [" + r.requires() + "] " + r.units() + "u +" + r.gain() + " = " + r.after().iid().value();
    }
    Step.NewInnovation n = (Step.NewInnovation) s;
    return "add " + n.id() + " (" + (n.affair() == null ? "any affair" : n.affair()) + ", maturity " + n.maturity()
        + ", levels " + n.levels() + ") " + n.units() + "u " + (n.gain().value().signum() >= 0 ? "+" : "") + n.gain() + " = "
        + n.after().iid().value();
  }

  private static List<String> lines(Plan p) {
    List<String> out = new ArrayList<>();
    p.steps().forEach(s -> out.add(line(s)));
    return out;
  }

  /** Every step's predicted IID is the scorer's IID of the submission with the steps up to it applied. */
  private static void assertRescored(Rubric rubric, Plan p) {
    Scorer scorer = Scorer.of(rubric);
    for (int i = 1; i <= p.steps().size(); i++) {
      Fraction scored = scorer.score(p.after(i), p.mode()).iid().exact();
      assertTrue(scored.equals(p.steps().get(i - 1).after().iid().exact()), "step " + i + ": scorer " + scored
          + ", plan " + p.steps().get(i - 1).after().iid().exact());
    }
  }

  @Test
  void belowTheFloorANewInnovationAddsWithoutDilutingAndBeatsTheBestStepFirst() {
    Rubric rubric = PlanFixtures.belowFloor();
    Submission s = submission(answers("1", 0), innovation("A", Affair.KOMINFO, answers("2", 3, "3", 3)));
    NewInnovations terms = NewInnovations.ofMaturity(new BigDecimal("45"));
    Plan p = Planner.of(rubric).plan(s, Mode.CLAIMED, Target.iid(new BigDecimal("50.00")), terms);

    assertEquals(new BigDecimal("18.75"), p.start().iid().value());
    assertEquals(List.of(
        "add new-1 (any affair, maturity 45.00, levels {2=3, 3=3}) 6u +18.75 = 37.50",
        "region 1 0->2 [option 2] 2u +16.67 = 54.17"), lines(p));
    assertEquals(8, p.units());
    assertEquals(2, p.levelSteps());
    assertEquals(1, p.newInnovations());
    assertEquals(Predikat.INOVATIF, p.end().predikat());
    assertRescored(rubric, p);
    // Without new innovations the target is out of reach: 43.75 at most.
    Plan without = Planner.of(rubric).plan(s, Mode.CLAIMED, Target.iid(new BigDecimal("50.00")));
    assertFalse(without.reached());
    assertEquals(new BigDecimal("43.75"), without.ceiling().iid().value());
    // The best step first takes the three region levels (5 points a unit), then the innovation (1.875 a unit): 9.
    assertEquals(OptionalInt.of(9), GreedyByRatio.cost(rubric, s, new BigDecimal("50.00"), terms));
  }

  @Test
  void aboveTheFloorANewInnovationThatLooksBestDilutesEveryLaterStep() {
    Rubric rubric = PlanFixtures.aboveFloor();
    Submission s = submission(Map.of(), innovation("A", Affair.KOMINFO, answers("1", 0)));
    NewInnovations terms = NewInnovations.ofMaturity(BigDecimal.ZERO).costing(1);
    Plan p = Planner.of(rubric).plan(s, Mode.CLAIMED, Target.iid(new BigDecimal("77.00")), terms);

    assertEquals(new BigDecimal("22.22"), p.start().iid().value());
    assertEquals(List.of("A 1 0->3 [option 3] 3u +55.56 = 77.78"), lines(p));
    assertEquals(3, p.units());
    assertRescored(rubric, p);
    // The best step first adds an innovation (12 points of count score for 1 unit, against 10 for a level); from
    // then on every level is worth 10 / 2, and it needs 4 of them: 5 units.
    assertEquals(OptionalInt.of(5), GreedyByRatio.cost(rubric, s, new BigDecimal("77.00"), terms));
  }

  @Test
  void theGateNeedsTwoNewInnovationsOfWhichTheFirstAloneAddsNothing() {
    Rubric rubric = PlanFixtures.gated();
    Submission s = submission(answers("1", 0), innovation("A", Affair.KOMINFO, answers("2", 0)));
    NewInnovations terms = NewInnovations.ofMaturity(BigDecimal.ZERO).costing(1);
    Plan p = Planner.of(rubric).plan(s, Mode.CLAIMED, Target.iid(new BigDecimal("66.67")), terms);

    assertEquals(List.of(
        "add new-1 (PENDIDIKAN, maturity 0.00, levels {2=0}) 1u +0.00 = 0.00",
        "add new-2 (KESEHATAN, maturity 0.00, levels {2=0}) 1u +33.33 = 33.33",
        "region 1 0->3 [option 3] 3u +33.33 = 66.67"), lines(p));
    assertEquals(5, p.units());
    assertEquals(Predikat.SANGAT_INOVATIF, p.end().predikat());
    assertRescored(rubric, p);
    // Step by step, no single new innovation ever gains anything: the greedy stops at 44.44 and calls it out of reach.
    assertEquals(OptionalInt.empty(), GreedyByRatio.cost(rubric, s, new BigDecimal("66.67"), terms));
  }

  @Test
  void aFactAnsweredRowSaysWhatTheNextLevelRequires() {
    Rubric rubric = PlanFixtures.facts();
    Submission s = submission(answers("1", Answer.fact(Fact.quantity(60))),
        innovation("A", Affair.PENDIDIKAN, answers("2", Answer.fact(Fact.category("PERKADA")), "3", 1)));
    Plan p = Planner.of(rubric).plan(s, Mode.CLAIMED, Target.predikat(Predikat.SANGAT_INOVATIF));

    assertEquals(new BigDecimal("42.50"), p.start().iid().value());
    assertEquals(new BigDecimal("60.01"), p.threshold().iid().value());
    assertEquals(Predikat.SANGAT_INOVATIF, p.threshold().predikat());
    // 60.00 after the second step is the top of INOVATIF: the third step is needed.
    assertEquals(List.of(
        "region 1 2->3 [>= 87 percent] 1u +10.00 = 52.50",
        "A 2 2->3 [one of PERDA] 1u +7.50 = 60.00",
        "A 3 1->2 [option 2] 1u +2.50 = 62.50"), lines(p));
    Step.Raise regulation = (Step.Raise) p.steps().get(1);
    assertEquals("one of PERDA", regulation.level().label());
    assertEquals(3, p.units());
    assertEquals(new BigDecimal("62.50"), p.end().iid().value());
    assertEquals(Predikat.SANGAT_INOVATIF, p.end().predikat());
    assertRescored(rubric, p);
  }

  @Test
  void inVerifiedModeThePlanStartsFromTheVerifiedLevelsAndItsStepsAreAccepted() {
    Rubric rubric = PlanFixtures.facts();
    Submission s = submission(answers("1", Answer.level(3).with(Verification.ACCEPTED)),
        innovation("A", Affair.PENDIDIKAN, answers(
            "2", Answer.fact(Fact.category("PERDA")).with(Verification.REJECTED),
            "3", Answer.level(3).with(Verification.ACCEPTED))));
    Planner planner = Planner.of(rubric);
    Plan verified = planner.plan(s, Mode.VERIFIED, Target.predikat(Predikat.SANGAT_INOVATIF));

    assertEquals(new BigDecimal("42.50"), verified.start().iid().value());
    assertEquals(List.of("A 2 0->3 [one of PERDA] 3u +22.50 = 65.00"), lines(verified));
    assertEquals(Answer.level(3).with(Verification.ACCEPTED),
        verified.applied().innovations().get(0).answers().get("2"));
    assertRescored(rubric, verified);

    Plan claimed = planner.plan(s, Mode.CLAIMED, Target.predikat(Predikat.SANGAT_INOVATIF));
    assertTrue(claimed.reached());
    assertEquals(List.of(), claimed.steps());
    assertEquals(0, claimed.units());
    assertEquals(new BigDecimal("65.00"), claimed.end().iid().value());
  }

  @Test
  void aTargetOutOfReachSaysSoWithTheHighestReachableIid() {
    Rubric rubric = PlanFixtures.facts();
    Submission s = submission(answers("1", Answer.fact(Fact.quantity(60))),
        innovation("A", Affair.PENDIDIKAN, answers("2", Answer.fact(Fact.category("PERKADA")), "3", 1)));
    Plan p = Planner.of(rubric).plan(s, Mode.CLAIMED, Target.iid(new BigDecimal("100.00")));

    assertFalse(p.reached());
    assertEquals(List.of(), p.steps());
    assertEquals(0, p.units());
    assertEquals(new BigDecimal("42.50"), p.end().iid().value());
    assertEquals(new BigDecimal("65.00"), p.ceiling().iid().value());
    assertEquals(Predikat.SANGAT_INOVATIF, p.ceiling().predikat());
    assertTrue(p.ceiling().iid().exact().equals(new Fraction(65, 1)), p.ceiling().iid().exact().toString());
  }

  @Test
  void aNewInnovationBringsTheOutOfReachTargetWithinReach() {
    Rubric rubric = PlanFixtures.facts();
    Submission s = submission(answers("1", Answer.fact(Fact.quantity(60))),
        innovation("new-1", Affair.PENDIDIKAN, answers("2", Answer.fact(Fact.category("PERKADA")), "3", 1)));
    Plan p = Planner.of(rubric).plan(s, Mode.CLAIMED, Target.iid(new BigDecimal("100.00")),
        NewInnovations.ofMaturity(new BigDecimal("12")));

    assertEquals(List.of(
        "add new-1-2 (any affair, maturity 12.00, levels {2=3, 3=3}) 6u +35.00 = 77.50",
        "region 1 2->3 [>= 87 percent] 1u +10.00 = 87.50",
        "new-1 2 2->3 [one of PERDA] 1u +7.50 = 95.00",
        "new-1 3 1->3 [option 3] 2u +5.00 = 100.00"), lines(p));
    assertEquals(10, p.units());
    assertEquals(4, p.levelSteps());
    assertEquals(new BigDecimal("100.00"), p.ceiling().iid().value());
    assertRescored(rubric, p);
  }

  @Test
  void aNewInnovationGetsTheCheapestLevelsThatReachItsMaturity() {
    Planner planner = Planner.of(PlanFixtures.readiness());
    assertEquals(Map.of("1", 3, "2", 2, "3", 0), planner.newInnovationLevels(new BigDecimal("12.5")));
    assertEquals(List.of("1", "2", "3"), List.copyOf(planner.newInnovationLevels(new BigDecimal("12.5")).keySet()));
    assertEquals(Map.of("1", 0, "2", 0, "3", 0), planner.newInnovationLevels(BigDecimal.ZERO));
    assertEquals(Map.of("1", 3, "2", 3, "3", 3), planner.newInnovationLevels(new BigDecimal("18")));
    IgaException e = assertThrows(IgaException.class, () -> planner.newInnovationLevels(new BigDecimal("18.01")));
    assertEquals("a new innovation's expected maturity must be 0..18 (rubric 2024's maximum), not 18.01",
        e.getMessage());
  }

  @Test
  void aTargetMustBeAnIidAtTheReportingScale() {
    Planner planner = Planner.of(PlanFixtures.facts());
    Submission s = submission(Map.of());
    IgaException fine = assertThrows(IgaException.class,
        () -> planner.plan(s, Mode.CLAIMED, Target.iid(new BigDecimal("65.011"))));
    assertEquals("target IID 65.011 is finer than rubric 2024's reporting scale of 2 decimals; reported IIDs look "
        + "like 65.01", fine.getMessage());
    IgaException high = assertThrows(IgaException.class,
        () -> planner.plan(s, Mode.CLAIMED, Target.iid(new BigDecimal("100.01"))));
    assertEquals("a target IID is 0..100.00, not 100.01", high.getMessage());
    assertEquals(new BigDecimal("65.00"), planner.plan(s, Mode.CLAIMED, Target.iid(new BigDecimal("65"))).threshold().iid().value());
  }

  @Test
  void aNewInnovationThatTakesNoStepsMustBeGivenACost() {
    Planner planner = Planner.of(PlanFixtures.facts());
    Submission s = submission(Map.of());
    IgaException e = assertThrows(IgaException.class, () -> planner.plan(s, Mode.CLAIMED,
        Target.predikat(Predikat.INOVATIF), NewInnovations.ofMaturity(BigDecimal.ZERO)));
    assertEquals("a new innovation of expected maturity 0 takes no level steps, so it would cost nothing; give its "
        + "cost in units of work (at least 1)", e.getMessage());
  }

  @Test
  void newInnovationTermsAreCheckedWhenMade() {
    assertEquals("a new innovation's expected maturity is at least 0, not -1", assertThrows(IgaException.class,
        () -> NewInnovations.ofMaturity(new BigDecimal("-1"))).getMessage());
    assertEquals("a new innovation costs at least 1 unit of work, not 0", assertThrows(IgaException.class,
        () -> NewInnovations.ofMaturity(BigDecimal.ONE).costing(0)).getMessage());
    assertEquals("the most new innovations a plan may add is at least 0, not -1", assertThrows(IgaException.class,
        () -> NewInnovations.ofMaturity(BigDecimal.ONE).limitedTo(-1)).getMessage());
    NewInnovations terms = NewInnovations.ofMaturity(BigDecimal.TEN).costing(4).limitedTo(2);
    assertEquals(new NewInnovations(BigDecimal.TEN, 4, 2), terms);
    assertEquals(4, terms.givenCost().getAsInt());
    assertEquals(2, terms.limit().orElseThrow());
    assertNull(NewInnovations.ofMaturity(BigDecimal.TEN).cost());
  }

  @Test
  void aTargetDescribesItself() {
    assertEquals("IID 65.01", Target.iid(new BigDecimal("65.01")).describe());
    assertEquals("SANGAT_INOVATIF", Target.predikat(Predikat.SANGAT_INOVATIF).describe());
  }
}

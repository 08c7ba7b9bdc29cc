package id.iga.plan;

import static id.iga.plan.PlanFixtures.answers;
import static id.iga.plan.PlanFixtures.innovation;
import static id.iga.plan.PlanFixtures.submission;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import id.iga.IgaException;
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
import org.junit.jupiter.api.Test;

/** Per-innovation readiness on cases worked out by hand. Rows 1, 2, 3 weigh 3, 2, 1: maximum maturity 18. */
class ReadinessSpec {
  private static final Planner PLANNER = Planner.of(PlanFixtures.readiness());

  private static Submission threeInnovations() {
    return submission(Map.of(),
        innovation("A", Affair.PENDIDIKAN, answers("1", 1, "2", 1, "3", 1)),
        innovation("B", Affair.KESEHATAN, answers("1", 3, "2", 3)),
        innovation("C", Affair.SOSIAL, Map.of()));
  }

  private static List<String> lines(Readiness.Entry e) {
    List<String> out = new ArrayList<>();
    for (Readiness.Raise r : e.steps()) {
      out.add(r.indicator().code() + " " + r.from() + "->" + r.to() + " [" + r.requires() + "] " + r.units() + "u +"
          + r.gain() + " = " + r.maturityAfter());
    }
    return out;
  }

  @Test
  void eachInnovationBelowTheTargetGetsItsCheapestStepsHeaviestRowsFirst() {
    Readiness r = PLANNER.readiness(threeInnovations(), Mode.CLAIMED, new BigDecimal("12"));

    assertEquals(List.of("B"), r.atOrAbove());
    assertEquals(2, r.below().size());
    Readiness.Entry a = r.below().get(0);
    assertEquals("A", a.id());
    assertEquals(new BigDecimal("6.00"), a.maturity().value());
    assertEquals(List.of("1 1->3 [option 3] 2u +6.00 = 12.00"), lines(a));
    assertEquals(2, a.units());
    assertEquals(new BigDecimal("12.00"), a.maturityAfter().value());
    Readiness.Entry c = r.below().get(1);
    assertEquals("C", c.id());
    assertEquals(List.of("1 0->3 [option 3] 3u +9.00 = 9.00", "2 0->2 [option 2] 2u +4.00 = 13.00"), lines(c));
    assertEquals(5, c.units());
    assertEquals(new BigDecimal("13.00"), c.maturityAfter().value());
    assertEquals(new BigDecimal("18.00"), r.maxMaturity());
  }

  @Test
  void theMaximumIsReachedWithEveryRowAtLevelThree() {
    Readiness r = PLANNER.readiness(threeInnovations(), Mode.CLAIMED, new BigDecimal("18"));
    assertEquals(List.of(), r.atOrAbove());
    assertEquals(List.of("1 1->3 [option 3] 2u +6.00 = 12.00", "2 1->3 [option 3] 2u +4.00 = 16.00",
        "3 1->3 [option 3] 2u +2.00 = 18.00"), lines(r.below().get(0)));
  }

  @Test
  void aTargetAboveTheMaximumCannotBeReachedByAnyInnovation() {
    Readiness r = PLANNER.readiness(threeInnovations(), Mode.CLAIMED, new BigDecimal("18.5"));
    assertEquals(List.of(), r.atOrAbove());
    assertEquals(List.of(false, false, false), r.below().stream().map(Readiness.Entry::reachable).toList());
    assertEquals(List.of(), r.below().get(1).steps());
    assertEquals(new BigDecimal("15.00"), r.below().get(1).maturityAfter().value());
  }

  @Test
  void inVerifiedModeReadinessStartsFromTheVerifiedLevels() {
    Submission s = submission(Map.of(), innovation("A", Affair.PENDIDIKAN, answers(
        "1", Answer.level(3).with(Verification.REJECTED), "2", Answer.level(3).with(Verification.ACCEPTED))));
    Readiness r = PLANNER.readiness(s, Mode.VERIFIED, new BigDecimal("15"));
    Readiness.Entry a = r.below().get(0);
    assertEquals(new BigDecimal("6.00"), a.maturity().value());
    assertEquals(List.of("1 0->3 [option 3] 3u +9.00 = 15.00"), lines(a));
    assertEquals(new BigDecimal("15.00"),
        Scorer.of(PLANNER.rubric()).score(r.after(a), Mode.VERIFIED).innovations().get(0).maturity().value());
  }

  @Test
  void aNegativeTargetIsAnError() {
    IgaException e = assertThrows(IgaException.class,
        () -> PLANNER.readiness(threeInnovations(), Mode.CLAIMED, new BigDecimal("-1")));
    assertEquals("a target maturity is at least 0, not -1", e.getMessage());
  }
}

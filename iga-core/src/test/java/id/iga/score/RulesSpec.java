package id.iga.score;

import static id.iga.rubric.RubricFixtures.KNOWN;
import static id.iga.rubric.RubricFixtures.bands2024;
import static id.iga.rubric.RubricFixtures.levels;
import static id.iga.rubric.RubricFixtures.parameters;
import static id.iga.score.Submissions.answers;
import static id.iga.score.Submissions.innovation;
import static id.iga.score.Submissions.submission;
import static org.junit.jupiter.api.Assertions.assertEquals;

import id.iga.rubric.Assumption;
import id.iga.rubric.Fact;
import id.iga.rubric.FactSpec;
import id.iga.rubric.Indicator;
import id.iga.rubric.Predicate.Range;
import id.iga.rubric.Provenance;
import id.iga.rubric.Rubric;
import id.iga.rubric.Rules;
import id.iga.rubric.Scope;
import id.iga.rubric.Sourced;
import id.iga.rubric.Status;
import id.iga.submission.Affair;
import id.iga.submission.Answer;
import id.iga.submission.Submission;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The rubric's rules decide the cases the published options leave open, and a result lists an ASSUMED rule among its
 * assumptions exactly when the rule decided something in it. Scored on {@link TestRubrics#mini} with region row 2
 * replaced by a percent whose levels overlap at 50 and leave a gap between 86 and 90: [0, 50], [50, 86], [90, +inf).
 */
class RulesSpec {
  private static final String READING = "the engine's rule; the rubric does not state it";
  private static final Indicator RESOLVED = new Indicator("2", 2, Scope.REGION, "Proses", "Penyelesaian pengaduan",
      new BigDecimal("1.5"), false, "", FactSpec.quantity("percent"),
      levels(Range.closed("0", "50"), Range.closed("50", "86"), Range.atLeast("90")), KNOWN);

  private static Rubric rubric(Rules rules) {
    return Rubric.builder(2024).title("Rules").provenance(KNOWN)
        .indicators(List.of(TestRubrics.PLAN, RESOLVED, TestRubrics.REGULATION, TestRubrics.MEDIA, TestRubrics.BENEFIT))
        .bands(bands2024()).parameters(parameters(4, "0.5", 20, 2, RoundingMode.HALF_UP)).rules(rules).build();
  }

  private static final Scorer ASSUMED_RULES = Scorer.of(rubric(Rules.assumed()));

  private static Rules known() {
    return new Rules(Sourced.of(Rules.Overlap.HIGHEST_LEVEL, KNOWN), Sourced.of(Rules.Gap.ZERO, KNOWN),
        Sourced.of(Rules.NotAcceptedAnswer.ZERO, KNOWN),
        Sourced.of(Rules.NotAcceptedInnovation.COUNTS_IN_N_AND_GATE, KNOWN),
        Sourced.of(Rules.CountScoreWithoutGate.ZERO, KNOWN));
  }

  /** Row 2 answered with the percent given; innovations in Pendidikan and Kesehatan, so the gate of 2 is met. */
  private static Submission resolved(String percent) {
    return submission(answers("2", Answer.fact(Fact.quantity(new BigDecimal(percent)))), List.of(
        innovation("A", Affair.PENDIDIKAN, answers("4", Answer.level(1))),
        innovation("B", Affair.KESEHATAN, answers("4", Answer.level(1)))));
  }

  private static Assumption rule(String name, String value) {
    return new Assumption("rule " + name, value, READING, Status.ASSUMED);
  }

  private static List<Warning> assumedWarnings(ScoreResult r) {
    return r.warnings().stream().filter(w -> w.kind() == Warning.Kind.ASSUMED_PARAMETER).toList();
  }

  private static int row2(ScoreResult r) {
    return r.spdRows().get(1).level();
  }

  @Test
  void aFactInAnOverlapEarnsTheHigherLevelAndTheResultListsTheOverlapRule() {
    ScoreResult r = ASSUMED_RULES.score(resolved("50"), Mode.CLAIMED);

    assertEquals(2, row2(r));
    assertEquals(List.of(rule("overlap", "HIGHEST_LEVEL, applied to 1 answer (indicator 2)")), r.assumptions());
    assertEquals(List.of(new EnglishWarning(Warning.Kind.ASSUMED_PARAMETER, null, null,
        "rubric 2024 rests on 1 ASSUMED fact(s): rule overlap")), EnglishWarning.of(assumedWarnings(r)));
  }

  @Test
  void aFactBetweenTwoLevelsRangesScoresZeroAndTheResultListsTheGapRule() {
    ScoreResult r = ASSUMED_RULES.score(resolved("88.5"), Mode.CLAIMED);

    assertEquals(0, row2(r));
    assertEquals(new BigDecimal("0.00"), r.spd().value());
    assertEquals(List.of(rule("gap", "ZERO, applied to 1 answer (indicator 2)")), r.assumptions());
  }

  @Test
  void underTheLowerLevelReadingAFactBetweenTwoLevelsRangesEarnsTheLowerOfThem() {
    Rules lower = new Rules(Sourced.of(Rules.Overlap.HIGHEST_LEVEL, KNOWN),
        Sourced.of(Rules.Gap.LOWER_LEVEL, Provenance.of(Status.ASSUMED, "test")),
        Sourced.of(Rules.NotAcceptedAnswer.ZERO, KNOWN),
        Sourced.of(Rules.NotAcceptedInnovation.COUNTS_IN_N_AND_GATE, KNOWN),
        Sourced.of(Rules.CountScoreWithoutGate.ZERO, KNOWN));
    ScoreResult r = Scorer.of(rubric(lower)).score(resolved("88.5"), Mode.CLAIMED);

    // 88.5 lies between [50, 86] (level 2) and [90, +inf) (level 3): level 2, 2 x 1.5 = 3.00
    assertEquals(2, row2(r));
    assertEquals(new BigDecimal("3.00"), r.spd().value());
    assertEquals(List.of(new Assumption("rule gap", "LOWER_LEVEL, applied to 1 answer (indicator 2)", "test")),
        r.assumptions());
    assertEquals(List.of(), r.warnings().stream().filter(w -> w.kind() == Warning.Kind.NO_LEVEL_MET).toList());
  }

  @Test
  void aFactInsideOneLevelsRangeOrBelowTheLowestListsNoRule() {
    // 70 lies in [50, 86] alone; -1 lies below every range and meets no level by the options themselves.
    ScoreResult inside = ASSUMED_RULES.score(resolved("70"), Mode.CLAIMED);
    ScoreResult below = ASSUMED_RULES.score(resolved("-1"), Mode.CLAIMED);

    assertEquals(List.of(2, 0), List.of(row2(inside), row2(below)));
    assertEquals(List.of(), List.of(inside, below).stream().flatMap(r -> r.assumptions().stream()).toList());
    assertEquals(List.of(), List.of(inside, below).stream().flatMap(r -> assumedWarnings(r).stream()).toList());
    assertEquals(List.of("2"), below.warnings().stream().filter(w -> w.kind() == Warning.Kind.NO_LEVEL_MET)
        .map(Warning::indicator).toList());
  }

  @Test
  void aMeasureBetweenTwoRangesOfItsBasisIsInTheGap() {
    // Indicator 5 on persons: 1..200, 201..500, 501+: 200.5 persons lies between levels 1 and 2.
    Submission s = submission(answers(), List.of(
        innovation("A", Affair.PENDIDIKAN, answers("5", Answer.fact(Fact.measure("persons", new BigDecimal("200.5"))))),
        innovation("B", Affair.KESEHATAN, answers("5", Answer.fact(Fact.measure("persons", new BigDecimal("200")))))));
    ScoreResult r = ASSUMED_RULES.score(s, Mode.CLAIMED);

    assertEquals(List.of(0, 1), r.innovations().stream().map(i -> i.level("5")).toList());
    assertEquals(List.of(rule("gap", "ZERO, applied to 1 answer (indicator 5)")), r.assumptions());
  }

  @Test
  void rulesAppliedSeveralTimesAreListedOnceEachInTheRulesOrder() {
    Submission s = submission(answers("2", Answer.fact(Fact.quantity(88))), List.of(
        innovation("A", Affair.PENDIDIKAN, answers("5", Answer.fact(Fact.measure("persons", new BigDecimal("200.5"))))),
        innovation("B", Affair.KESEHATAN, answers("5", Answer.fact(Fact.measure("percent", new BigDecimal("5.5")))))));
    ScoreResult r = Scorer.of(rubric(new Rules(Sourced.of(Rules.Overlap.HIGHEST_LEVEL, KNOWN),
        Rules.assumed().gap(), Rules.assumed().notAcceptedAnswer(), Rules.assumed().notAcceptedInnovation(),
        Rules.assumed().countScoreWithoutGate()))).score(s, Mode.CLAIMED);

    // 5.5 percent meets level 2 alone ((5, 10]); 88 and 200.5 persons lie in gaps.
    assertEquals(List.of(0, 2), r.innovations().stream().map(i -> i.level("5")).toList());
    assertEquals(List.of(rule("gap", "ZERO, applied to 2 answers (indicators 2, 5)")), r.assumptions());
  }

  @Test
  void aRuleKnownForTheYearDecidesWithoutBeingListed() {
    ScoreResult overlap = Scorer.of(rubric(known())).score(resolved("50"), Mode.CLAIMED);
    ScoreResult gap = Scorer.of(rubric(known())).score(resolved("88.5"), Mode.CLAIMED);

    assertEquals(List.of(2, 0), List.of(row2(overlap), row2(gap)));
    assertEquals(List.of(List.of(), List.of()), List.of(overlap.assumptions(), gap.assumptions()));
  }

  @Test
  void verifiedModeListsTheAnswersAndTheInnovationsTheVerifierDidNotAccept() {
    // Submissions.mixed: row 2, A's row 4 (pending) and B's rows 3, 4 and 5 not accepted; B accepted nothing, and its
    // affair (Kesehatan) is what meets the gate of 2 beside A's Pendidikan.
    ScoreResult r = ASSUMED_RULES.score(Submissions.mixed(), Mode.VERIFIED);

    assertEquals(List.of(rule("notAcceptedAnswer", "ZERO, applied to 5 answers (indicators 2, 3, 4, 5)"),
        rule("notAcceptedInnovation", "COUNTS_IN_N_AND_GATE, applied to 1 innovation (B)")), r.assumptions());
    assertEquals(3, r.innovationCount());
    assertEquals(true, r.gate().met());
    assertEquals(new BigDecimal("1.50"), r.countScore().value());
  }

  @Test
  void claimedModeListsNoVerificationRule() {
    assertEquals(List.of(), ASSUMED_RULES.score(Submissions.mixed(), Mode.CLAIMED).assumptions());
  }

  @Test
  void aGateNotMetListsTheZeroCountScoreRule() {
    Submission s = submission(answers(), List.of(innovation("A", Affair.PENDIDIKAN, answers("4", Answer.level(1))),
        innovation("C", Affair.KOMINFO, answers("4", Answer.level(1)))));
    ScoreResult r = ASSUMED_RULES.score(s, Mode.CLAIMED);

    assertEquals(new BigDecimal("0.00"), r.countScore().value());
    assertEquals(List.of(rule("countScoreWithoutGate",
        "ZERO, applied: 1 of 6 basic-service affairs covered, gate 2")), r.assumptions());
  }

  @Test
  void aGateNotMetWithNoInnovationDecidesNothing() {
    // No innovation: the count score is 0 whether or not the gate is met.
    assertEquals(List.of(), ASSUMED_RULES.score(submission(answers(), List.of()), Mode.CLAIMED).assumptions());
  }

  @Test
  void theRulesFollowTheRubricsOwnAssumptionsAndJoinItsWarning() {
    Rubric assumedRounding = Rubric.builder(2024).title("Rules").provenance(KNOWN)
        .indicators(List.of(TestRubrics.PLAN, RESOLVED, TestRubrics.REGULATION, TestRubrics.MEDIA, TestRubrics.BENEFIT))
        .bands(bands2024()).parameters(parameters(4, "0.5", 20, 2, RoundingMode.HALF_UP,
            Provenance.of(Status.ASSUMED, "carried"))).build();
    ScoreResult r = Scorer.of(assumedRounding).score(resolved("50"), Mode.CLAIMED);

    assertEquals(List.of("rounding", "rule overlap"), r.assumptions().stream().map(Assumption::subject).toList());
    assertEquals(List.of(new EnglishWarning(Warning.Kind.ASSUMED_PARAMETER, null, null,
        "rubric 2024 rests on 2 ASSUMED fact(s): rounding, rule overlap")), EnglishWarning.of(assumedWarnings(r)));
  }
}

package id.iga.score;

import static id.iga.rubric.RubricFixtures.KNOWN;
import static id.iga.rubric.RubricFixtures.bands2024;
import static id.iga.rubric.RubricFixtures.levels;
import static id.iga.rubric.RubricFixtures.parameters;
import static id.iga.score.Submissions.answers;
import static id.iga.score.Submissions.innovation;
import static id.iga.score.Submissions.submission;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import id.iga.rubric.Assumption;
import id.iga.rubric.Fact;
import id.iga.rubric.FactKind;
import id.iga.rubric.FactSpec;
import id.iga.rubric.Indicator;
import id.iga.rubric.Predicate;
import id.iga.rubric.Predicate.Range;
import id.iga.rubric.Provenance;
import id.iga.rubric.Rubric;
import id.iga.rubric.Rules;
import id.iga.rubric.Scope;
import id.iga.rubric.Sourced;
import id.iga.rubric.Status;
import id.iga.rubric.Term;
import id.iga.submission.Affair;
import id.iga.submission.Answer;
import id.iga.submission.Submission;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Where an indicator's levels overlap or leave a gap between two levels, and what the overlap and gap rules give a
 * fact there. Three indicators, each with zones of one kind only: region row 1, a percent with two gaps, [0, 10],
 * [20, 30], [40, +inf); region row 2, a percent whose levels meet at 50 and 100, [0, 50], [50, 100], [100, +inf);
 * innovation row 3, a category whose levels 1 and 2 both list B: {A, B}, {B, C}, {D}.
 */
class RuleZonesSpec {
  private static final String READING = "the engine's rule; the rubric does not state it";

  static final Indicator GAPS = new Indicator("1", 1, Scope.REGION, "Proses", "Dua celah", BigDecimal.ONE, false, "",
      FactSpec.quantity("percent"), levels(Range.closed("0", "10"), Range.closed("20", "30"), Range.atLeast("40")),
      KNOWN);

  static final Indicator OVERLAPS = new Indicator("2", 2, Scope.REGION, "Proses", "Dua irisan", BigDecimal.ONE, false,
      "", FactSpec.quantity("percent"),
      levels(Range.closed("0", "50"), Range.closed("50", "100"), Range.atLeast("100")), KNOWN);

  static final Indicator CATEGORIES = new Indicator("3", 3, Scope.INNOVATION, "Infrastruktur", "Kategori beririsan",
      new BigDecimal("2"), false, "", new FactSpec(FactKind.CATEGORY, null,
          List.of(Term.of("A", "Satu"), Term.of("B", "Dua"), Term.of("C", "Tiga"), Term.of("D", "Empat"))),
      levels(Predicate.OneOf.of("A", "B"), Predicate.OneOf.of("B", "C"), Predicate.OneOf.of("D")), KNOWN);

  private static Fact percent(String value) {
    return Fact.quantity(new BigDecimal(value));
  }

  @Test
  void indicatorsWhoseLevelsNeitherOverlapNorLeaveAGapBetweenTwoLevelsHaveNoZones() {
    // Level only; categories one level each (an agency head's SK meets none: no gap between two levels); counts of
    // codes 1, 2..3, 4+ (the gap between 1 and 2 holds no count, but it is a gap).
    assertNull(RuleZones.of(TestRubrics.PLAN));
    assertNull(RuleZones.of(TestRubrics.REGULATION));
    assertNull(RuleZones.of(new Indicator("2", 2, Scope.REGION, "Proses", "Tanpa celah", BigDecimal.ONE, false, "",
        FactSpec.quantity("percent"), levels(Range.closed("0", "50"), new Range(new BigDecimal("50"), false,
            new BigDecimal("86"), true), Range.greaterThan("86")), KNOWN)));
  }

  @Test
  void aFactBetweenTwoLevelsRangesLiesInTheGapAboveTheLowerOfThem() {
    RuleZones zones = RuleZones.of(GAPS);

    assertEquals(List.of(1, 1, 2, 2, 0, 0, 0), Stream.of("10.01", "19.99", "30.5", "39.99", "-1", "5", "45")
        .map(v -> zones.gapLowerLevel(percent(v))).toList());
    assertEquals(List.of(false, false, false), Stream.of("10", "15", "35")
        .map(v -> zones.inOverlap(percent(v))).toList());
  }

  @Test
  void aFactMeetingTwoLevelsRangesLiesInAnOverlap() {
    RuleZones zones = RuleZones.of(OVERLAPS);

    assertEquals(List.of(true, true, false, false, false), Stream.of("50", "100", "49.99", "50.01", "150")
        .map(v -> zones.inOverlap(percent(v))).toList());
    assertEquals(0, zones.gapLowerLevel(percent("-1")));
  }

  @Test
  void aCategoryTwoLevelsListLiesInAnOverlapAndOneLevelListsDoesNot() {
    RuleZones zones = RuleZones.of(CATEGORIES);

    assertEquals(List.of(false, true, false, false), Stream.of("A", "B", "C", "D")
        .map(c -> zones.inOverlap(Fact.category(c))).toList());
    assertEquals(0, zones.gapLowerLevel(Fact.category("A")));
  }

  @Test
  void aMeasureLiesInTheGapsOfItsOwnBasisOnly() {
    // Persons 1..200, 201..500, 501+; percent [0, 5], (5, 10], (10, +inf) leaves no gap.
    RuleZones zones = RuleZones.of(TestRubrics.BENEFIT);

    assertEquals(List.of(1, 2, 0, 0), List.of(zones.gapLowerLevel(Fact.measure("persons", new BigDecimal("200.5"))),
        zones.gapLowerLevel(Fact.measure("persons", new BigDecimal("500.5"))),
        zones.gapLowerLevel(Fact.measure("percent", new BigDecimal("200.5"))),
        zones.gapLowerLevel(Fact.measure("persons", new BigDecimal("0.5")))));
  }

  // ------------------------------------------------------------------------------------------- scored under rules

  private static Rules rules(Rules.Gap gap) {
    Provenance assumed = Provenance.of(Status.ASSUMED, READING);
    return new Rules(Sourced.of(Rules.Overlap.HIGHEST_LEVEL, assumed), Sourced.of(gap, assumed),
        Sourced.of(Rules.NotAcceptedAnswer.ZERO, KNOWN),
        Sourced.of(Rules.NotAcceptedInnovation.COUNTS_IN_N_AND_GATE, KNOWN),
        Sourced.of(Rules.CountScoreWithoutGate.ZERO, KNOWN));
  }

  /** Weights 1, 1 and 2: SPD at most 6, maturity at most 6, k = 4, count 0.5 x MIN(n, 20), gate 2. */
  private static Scorer scorer(Rules.Gap gap) {
    return Scorer.of(Rubric.builder(2024).title("Zones").provenance(KNOWN)
        .indicators(List.of(GAPS, OVERLAPS, CATEGORIES)).bands(bands2024())
        .parameters(parameters(4, "0.5", 20, 2, RoundingMode.HALF_UP)).rules(rules(gap)).build());
  }

  private static Submission answered(String row1, String row2, String... categories) {
    return submission(answers("1", Answer.fact(percent(row1)), "2", Answer.fact(percent(row2))),
        Stream.of(categories).map(c -> innovation(c, Affair.PENDIDIKAN, answers("3", Answer.fact(Fact.category(c)))))
            .toList());
  }

  private static Assumption rule(String name, String value) {
    return new Assumption("rule " + name, value, READING, Status.ASSUMED);
  }

  private static List<Integer> levelsOf(ScoreResult r) {
    return Stream.concat(r.spdRows().stream().map(RowScore::level),
        r.innovations().stream().map(i -> i.level("3"))).toList();
  }

  @Test
  void underTheLowerLevelRuleAFactInAGapEarnsTheLevelBelowIt() {
    ScoreResult upper = scorer(Rules.Gap.LOWER_LEVEL).score(answered("35", "70"), Mode.CLAIMED);
    ScoreResult lower = scorer(Rules.Gap.LOWER_LEVEL).score(answered("15", "70"), Mode.CLAIMED);

    // 35 lies between [20, 30] and [40, +inf): level 2, 2 x 1 + 2 x 1 = 4.00; 15: level 1, 3.00.
    assertEquals(List.of(List.of(2, 2), List.of(1, 2)), List.of(levelsOf(upper), levelsOf(lower)));
    assertEquals(List.of(new BigDecimal("4.00"), new BigDecimal("3.00")), List.of(upper.spd().value(),
        lower.spd().value()));
    assertEquals(List.of(rule("gap", "LOWER_LEVEL, applied to 1 answer (indicator 1)")), upper.assumptions());
  }

  @Test
  void underTheZeroRuleAFactInAGapEarnsNothing() {
    ScoreResult r = scorer(Rules.Gap.ZERO).score(answered("35", "70"), Mode.CLAIMED);

    assertEquals(List.of(0, 2), levelsOf(r));
    assertEquals(new BigDecimal("2.00"), r.spd().value());
    assertEquals(List.of(rule("gap", "ZERO, applied to 1 answer (indicator 1)")), r.assumptions());
  }

  @Test
  void aFactOrCategoryInAnOverlapEarnsTheHigherLevelAndListsTheOverlapRule() {
    ScoreResult r = scorer(Rules.Gap.ZERO).score(answered("45", "50", "A", "B", "D"), Mode.CLAIMED);

    // 50 meets levels 1 and 2, B levels 1 and 2; A and D one level each.
    assertEquals(List.of(3, 2, 1, 2, 3), levelsOf(r));
    assertEquals(List.of(rule("overlap", "HIGHEST_LEVEL, applied to 2 answers (indicators 2, 3)")),
        r.assumptions());
  }

  @Test
  void factsOutsideEveryZoneListNoRule() {
    ScoreResult r = scorer(Rules.Gap.LOWER_LEVEL).score(answered("-1", "150", "A", "C"), Mode.CLAIMED);

    assertEquals(List.of(0, 3, 1, 2), levelsOf(r));
    assertEquals(List.of(), r.assumptions());
  }
}

package id.iga.rubric;

import static id.iga.rubric.RubricFixtures.KNOWN;
import static id.iga.rubric.RubricFixtures.bands2024;
import static id.iga.rubric.RubricFixtures.levelOnly;
import static id.iga.rubric.RubricFixtures.levels;
import static id.iga.rubric.RubricFixtures.parameters;
import static org.junit.jupiter.api.Assertions.assertEquals;

import id.iga.rubric.Predicate.AnyOf;
import id.iga.rubric.Predicate.CountOf;
import id.iga.rubric.Predicate.Includes;
import id.iga.rubric.Predicate.OneOf;
import id.iga.rubric.Predicate.Range;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What {@link RubricLint} finds in the thresholds of one indicator: how ranges that meet at an edge, lie inside one
 * another or leave a single number out are read, how counts of codes and categories are checked, and what is not
 * compared at all.
 */
class RubricLintFindingsSpec {

  /** The findings of a rubric made of a level-only indicator and the given one. */
  private static List<RubricLint.Finding> findings(Indicator indicator) {
    List<Indicator> indicators = new ArrayList<>();
    indicators.add(levelOnly("16", Scope.INNOVATION, "Regulasi", "3", true));
    indicators.add(indicator);
    Rubric rubric = Rubric.builder(2026).title("lint").provenance(KNOWN).indicators(indicators).bands(bands2024())
        .parameters(parameters(10, "0.38", 200, 2, RoundingMode.HALF_UP)).build();
    return RubricLint.check(rubric);
  }

  private static List<String> messages(Indicator indicator) {
    return findings(indicator).stream().map(RubricLint.Finding::message).toList();
  }

  private static Indicator quantity(Predicate one, Predicate two, Predicate three) {
    return new Indicator("20", 20, Scope.INNOVATION, "Proses", "Bimtek inovasi", BigDecimal.ONE, false, "",
        FactSpec.quantity("times"), levels(one, two, three), KNOWN);
  }

  private static Indicator codes(Predicate one, Predicate two, Predicate three) {
    return new Indicator("27", 27, Scope.INNOVATION, "Proses", "Kemudahan informasi layanan", BigDecimal.ONE, false,
        "", new FactSpec(FactKind.CODES, null, List.of(Term.of("MANUAL", "manual"), Term.of("HOTLINE", "hotline"),
            Term.of("SOCIAL", "media sosial"), Term.of("ONLINE", "aplikasi"))), levels(one, two, three), KNOWN);
  }

  private static Indicator category(Predicate one, Predicate two, Predicate three) {
    return new Indicator("23", 23, Scope.INNOVATION, "Proses", "Pelaksana inovasi", BigDecimal.ONE, false, "",
        new FactSpec(FactKind.CATEGORY, null, List.of(Term.of("NONE", "tidak ada"), Term.of("LETTER", "surat"),
            Term.of("TEAM", "tim"), Term.of("DECREE", "SK"))), levels(one, two, three), KNOWN);
  }

  private static Range range(String min, boolean minInclusive, String max, boolean maxInclusive) {
    return new Range(min == null ? null : new BigDecimal(min), minInclusive, max == null ? null : new BigDecimal(max),
        maxInclusive);
  }

  @Test
  void aRowAnsweredByLevelOnlyHasNoThresholdsToFindFaultWith() {
    assertEquals(List.of(), findings(levelOnly("17", Scope.INNOVATION, "SDM", "2", false)));
  }

  @Test
  void rangesThatCoverEveryNumberHaveNoFindingsWhateverOrderTheLevelsComeIn() {
    // Level 3 is the lowest range, open below; the ranges are compared by their lower ends, not by level.
    assertEquals(List.of(), findings(quantity(Range.greaterThan("6"), Range.closed("3", "6"), Range.lessThan("3"))));
  }

  @Test
  void anInclusiveLowerEndComesBeforeAnExclusiveOneAtTheSameNumber() {
    // [0, 0] and (0, 10] meet at 0: the values below 0 are below level 2, the one that takes 0 itself.
    assertEquals(List.of("indicator 20: values (-inf, 0), below level 2, meet no level"),
        messages(quantity(range("0", false, "10", true), Range.closed("0", "0"), Range.greaterThan("10"))));
  }

  @Test
  void rangesThatMeetAtAnEdgeOneOfThemHoldsLeaveNoGap() {
    assertEquals(List.of("indicator 20: values (-inf, 0), below level 1, meet no level"),
        messages(quantity(range("0", true, "5", false), range("5", true, "10", false), Range.atLeast("10"))));
  }

  @Test
  void twoOpenEndsAtOneNumberLeaveThatNumberUncovered() {
    List<RubricLint.Finding> findings = findings(quantity(range("0", true, "5", false), range("5", false, "10", true),
        Range.greaterThan("10")));
    assertEquals(List.of("indicator 20: values (-inf, 0), below level 1, meet no level",
        "indicator 20: values [5, 5], between levels 1 and 2, meet no level"),
        findings.stream().map(RubricLint.Finding::message).toList());
    RubricLint.Finding gap = findings.get(1);
    assertEquals(Range.closed("5", "5"), gap.interval());
    assertEquals(List.of(1, 2), gap.levels());
    assertEquals(null, gap.basis());
  }

  @Test
  void aRangeInsideAWiderOneDoesNotMoveTheEndOfTheCoveredValues() {
    assertEquals(List.of("indicator 20: values [2, 3] meet levels 1 and 2; level 2 wins",
        "indicator 20: values (-inf, 0), below level 1, meet no level",
        "indicator 20: values (10, 12), between levels 1 and 3, meet no level"),
        messages(quantity(Range.closed("0", "10"), Range.closed("2", "3"), Range.atLeast("12"))));
  }

  @Test
  void aRangeEndingWhereTheCoveredValuesEndButHoldingItsEndCoversIt() {
    // [0, 10) then [2, 10]: 10 is covered by level 2, so (10, +inf) follows without a gap.
    assertEquals(List.of("indicator 20: values [2, 10) meet levels 1 and 2; level 2 wins",
        "indicator 20: values (-inf, 0), below level 1, meet no level"),
        messages(quantity(range("0", true, "10", false), Range.closed("2", "10"), Range.greaterThan("10"))));
  }

  @Test
  void aRangeEndingWhereTheCoveredValuesEndWithoutHoldingItLeavesThatEndCovered() {
    // [0, 10] then [2, 10): 10 stays covered by level 1, so (10, +inf) follows without a gap.
    assertEquals(List.of("indicator 20: values [2, 10) meet levels 1 and 2; level 2 wins",
        "indicator 20: values (-inf, 0), below level 1, meet no level"),
        messages(quantity(Range.closed("0", "10"), range("2", true, "10", false), Range.greaterThan("10"))));
  }

  @Test
  void valuesAboveTheHighestRangeAreAGap() {
    List<RubricLint.Finding> findings = findings(quantity(Range.closed("0", "5"), Range.closed("6", "10"),
        Range.closed("11", "20")));
    assertEquals(List.of("indicator 20: values (-inf, 0), below level 1, meet no level",
        "indicator 20: values (5, 6), between levels 1 and 2, meet no level (no whole number lies there)",
        "indicator 20: values (10, 11), between levels 2 and 3, meet no level (no whole number lies there)",
        "indicator 20: values (20, +inf), above level 3, meet no level"),
        findings.stream().map(RubricLint.Finding::message).toList());
    RubricLint.Finding above = findings.get(3);
    assertEquals(List.of(3), above.levels());
    assertEquals(Range.greaterThan("20"), above.interval());
  }

  @Test
  void optionsOfOneLevelMayOverlapEachOther() {
    assertEquals(List.of("indicator 20: values (-inf, 0), below level 1, meet no level"),
        messages(quantity(new AnyOf(List.of(Range.closed("0", "5"), Range.closed("3", "8"))),
            range("8", false, "20", true), Range.greaterThan("20"))));
  }

  @Test
  void countsOfCodesAreCheckedOnTheirOwnBasis() {
    List<RubricLint.Finding> findings = findings(codes(new CountOf(Range.closed("1", "1")),
        new CountOf(Range.closed("2", "3")), new CountOf(Range.atLeast("3"))));
    assertEquals(List.of("indicator 27: counts [3, 3] meet levels 2 and 3; level 3 wins",
        "indicator 27: counts (-inf, 1), below level 1, meet no level",
        "indicator 27: counts (1, 2), between levels 1 and 2, meet no level (no whole number lies there)"),
        findings.stream().map(RubricLint.Finding::message).toList());
    assertEquals(List.of("count", "count", "count"), findings.stream().map(RubricLint.Finding::basis).toList());
    assertEquals(List.of(RubricLint.Kind.OVERLAP, RubricLint.Kind.GAP, RubricLint.Kind.GAP),
        findings.stream().map(RubricLint.Finding::kind).toList());
  }

  @Test
  void codesAPredicateRequiresAreNotCompared() {
    // A larger set meeting a lower level's condition too is what includes-predicates are for.
    assertEquals(List.of(), findings(codes(Includes.of("MANUAL"),
        new AnyOf(List.of(Includes.of("HOTLINE"), Includes.of("SOCIAL"))), Includes.of("MANUAL", "ONLINE"))));
  }

  @Test
  void aCategoryListedTwiceInOneLevelIsNoOverlap() {
    assertEquals(List.of(), findings(category(new AnyOf(List.of(OneOf.of("NONE"), OneOf.of("NONE", "LETTER"))),
        OneOf.of("TEAM"), OneOf.of("DECREE"))));
  }

  @Test
  void anIntervalIsWrittenWithItsOpenAndClosedEnds() {
    assertEquals("(20, +inf)", RubricLint.interval(Range.greaterThan("20")));
    assertEquals("[1.5, +inf)", RubricLint.interval(Range.atLeast("1.50")));
    assertEquals("(-inf, 3]", RubricLint.interval(Range.atMost("3")));
    assertEquals("(2, 7)", RubricLint.interval(range("2", false, "7", false)));
  }
}

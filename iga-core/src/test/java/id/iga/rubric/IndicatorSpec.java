package id.iga.rubric;

import static id.iga.rubric.RubricFixtures.KNOWN;
import static id.iga.rubric.RubricFixtures.levels;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import id.iga.IgaException;
import id.iga.rubric.Predicate.Range;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** An indicator checks its code, weight and three levels, and maps a fact to the highest level it meets. */
class IndicatorSpec {
  private static final FactSpec REGULATION = new FactSpec(FactKind.CATEGORY, null,
      List.of(Term.of("SK_KEPALA_DAERAH", "SK Kepala Daerah"), Term.of("PERKADA", "Perkada"),
          Term.of("PERDA", "Perda")));

  /** 2026 #4: 2.05% to 5.23% is level 2 and 5.23% or more is level 3; the published ranges share 5.23. */
  private static final Indicator PAD_GROWTH = percent(Range.lessThan("2.05"), Range.closed("2.05", "5.23"),
      Range.atLeast("5.23"));

  private static Indicator percent(Predicate l1, Predicate l2, Predicate l3) {
    return new Indicator("4", 4, Scope.REGION, "Institusi", "Pertumbuhan PAD", BigDecimal.ONE, true, "",
        FactSpec.quantity("percent"), levels(l1, l2, l3), KNOWN);
  }

  private static String refused(String code, int number, String weight, FactSpec fact, List<Level> levels) {
    return assertThrows(IgaException.class, () -> new Indicator(code, number, Scope.INNOVATION, "Proses", "Nama",
        new BigDecimal(weight), false, "", fact, levels, KNOWN)).getMessage();
  }

  private static List<Level> none() {
    return levels(null, null, null);
  }

  @Test
  void theHighestLevelWhosePredicateTheFactMeetsWins() {
    assertEquals(3, PAD_GROWTH.levelOf(Fact.quantity(new BigDecimal("5.23"))));
    assertEquals(2, PAD_GROWTH.levelOf(Fact.quantity(new BigDecimal("5.22"))));
    assertEquals(2, PAD_GROWTH.levelOf(Fact.quantity(new BigDecimal("2.05"))));
    assertEquals(1, PAD_GROWTH.levelOf(Fact.quantity(new BigDecimal("2.04"))));
  }

  @Test
  void aFactThatMeetsNoLevelEarnsLevelZero() {
    Indicator gapped = percent(Range.closed("0", "1"), Range.closed("2", "3"), Range.greaterThan("3"));
    assertEquals(0, gapped.levelOf(Fact.quantity(new BigDecimal("1.5"))));
    assertEquals(0, gapped.levelOf(Fact.quantity(-1)));
    assertEquals(0, gapped.levelOf(Fact.category("PERDA")));
  }

  @Test
  void aRowScoresLevelTimesWeightAndAtMostThreeTimesTheWeight() {
    Indicator i = new Indicator("5a", 5, Scope.REGION, "Dampak", "TPT", new BigDecimal("0.75"), true, "",
        FactSpec.NONE, none(), KNOWN);
    assertEquals(new BigDecimal("1.50"), i.score(2));
    assertEquals(new BigDecimal("2.25"), i.maxScore());
    assertEquals(new BigDecimal("0.00"), i.score(0));
  }

  @Test
  void aCodeIsANumberOneToNinetyNineWithAnOptionalLetter() {
    assertEquals("indicator code '0' is not a number 1..99 with an optional letter a-z",
        refused("0", 0, "1", FactSpec.NONE, none()));
    assertEquals("indicator code '100' is not a number 1..99 with an optional letter a-z",
        refused("100", 100, "1", FactSpec.NONE, none()));
    assertEquals("indicator code '2A' is not a number 1..99 with an optional letter a-z",
        refused("2A", 2, "1", FactSpec.NONE, none()));
  }

  @Test
  void theNumberMustBeTheCodesNumber() {
    assertEquals("indicator 2a has number 3; its code says 2", refused("2a", 3, "1", FactSpec.NONE, none()));
  }

  @Test
  void aWeightIsPositive() {
    assertEquals("indicator 3 has weight 0; weights are positive", refused("3", 3, "0", FactSpec.NONE, none()));
    assertEquals("indicator 3 has weight -1.5; weights are positive", refused("3", 3, "-1.5", FactSpec.NONE, none()));
  }

  @Test
  void aWeightHasAtMostFourDecimals() {
    assertEquals("indicator 3 has weight 0.00005; weights have at most 4 decimals",
        refused("3", 3, "0.00005", FactSpec.NONE, none()));
  }

  @Test
  void anIndicatorHasExactlyThreeLevels() {
    assertEquals("indicator 3 has 2 levels; every indicator has 3",
        refused("3", 3, "1", FactSpec.NONE, levels(null, null)));
  }

  @Test
  void levelsAreListedInOrder() {
    List<Level> swapped = List.of(new Level(2, "two", null, KNOWN), new Level(1, "one", null, KNOWN),
        new Level(3, "three", null, KNOWN));
    assertEquals("indicator 3 lists level 2 in place 1; levels are listed 1, 2, 3",
        refused("3", 3, "1", FactSpec.NONE, swapped));
  }

  @Test
  void aLevelNumberIsOneToThree() {
    assertEquals("a level number is 1..3, not 4",
        assertThrows(IgaException.class, () -> new Level(4, "four", null, KNOWN)).getMessage());
  }

  @Test
  void aLevelOnlyIndicatorHasNoPredicates() {
    assertEquals("indicator 3 level 1 has a predicate, but the indicator is answered by level only",
        refused("3", 3, "1", FactSpec.NONE, levels(Range.atLeast("1"), null, null)));
  }

  @Test
  void everyLevelOfAFactIndicatorHasAPredicate() {
    assertEquals("indicator 3 level 2 has no predicate over its QUANTITY fact",
        refused("3", 3, "1", FactSpec.quantity("persons"), levels(Range.atLeast("1"), null, Range.atLeast("3"))));
  }

  @Test
  void aPredicateTestsTheIndicatorsKindOfFact() {
    assertEquals("indicator 3 level 1 tests a CATEGORY fact; the indicator's fact is QUANTITY",
        refused("3", 3, "1", FactSpec.quantity("persons"),
            levels(Predicate.OneOf.of("PERDA"), Range.atLeast("2"), Range.atLeast("3"))));
  }

  @Test
  void aPredicateNamesOnlyCodesOfTheVocabulary() {
    assertEquals("/levels/1/when/oneOf/1: indicator 3 level 2 names 'PERGUB', which is not in the indicator's "
        + "vocabulary; expected one of SK_KEPALA_DAERAH, PERKADA, PERDA",
        refused("3", 3, "1", REGULATION, levels(Predicate.OneOf.of("SK_KEPALA_DAERAH"),
            Predicate.OneOf.of("PERKADA", "PERGUB"), Predicate.OneOf.of("PERDA"))));
  }

  // ------------------------------------------------------------------------- a level some fact can meet

  private static final FactSpec METHODS = new FactSpec(FactKind.CODES, null, List.of(Term.of("MANUAL", "manual"),
      Term.of("HOTLINE", "hotline"), Term.of("SOCIAL_MEDIA", "media sosial"), Term.of("ONLINE", "layanan daring")));

  private static final FactSpec BENEFIT = new FactSpec(FactKind.MEASURE, null, List.of(
      new Term("persons", "orang", "persons"), new Term("products", "produk", "products")));

  private static Predicate persons(Range r) {
    return new Predicate.OnBasis("persons", r);
  }

  @Test
  void aRangeWhoseLowerEndIsAboveItsUpperEndIsALevelNoFactCanMeet() {
    assertEquals("/levels/1/when: indicator 3 level 2 can be met by no fact: no value lies in [50, 10]; expected a "
        + "lower end below the upper end, or equal to it with both ends inclusive",
        refused("3", 3, "1", FactSpec.quantity("percent"), levels(Range.lessThan("10"), Range.closed("50", "10"),
            Range.atLeast("50"))));
  }

  @Test
  void aRangeAboveAndBelowOneNumberIsALevelNoFactCanMeet() {
    assertEquals("/levels/2/when: indicator 3 level 3 can be met by no fact: no value lies in (30, 30); expected a "
        + "lower end below the upper end, or equal to it with both ends inclusive",
        refused("3", 3, "1", FactSpec.quantity("persons"), levels(Range.atMost("10"), Range.closed("11", "30"),
            new Range(new BigDecimal("30"), false, new BigDecimal("30"), false))));
  }

  @Test
  void aCountNoNumberOfVocabularyCodesHasIsALevelNoFactCanMeet() {
    assertEquals("/levels/2/when: indicator 3 level 3 can be met by no fact: a fact names 0 to 4 distinct codes of "
        + "the vocabulary, and no such count lies in [99, +inf); expected a count range that holds a whole number 0..4",
        refused("3", 3, "1", METHODS, levels(new Predicate.CountOf(Range.closed("1", "1")),
            new Predicate.CountOf(Range.closed("2", "2")), new Predicate.CountOf(Range.atLeast("99")))));
  }

  @Test
  void aCountBetweenTwoWholeNumbersOrBelowZeroIsALevelNoFactCanMeet() {
    assertEquals("/levels/1/when: indicator 3 level 2 can be met by no fact: a fact names 0 to 4 distinct codes of "
        + "the vocabulary, and no such count lies in (1, 2); expected a count range that holds a whole number 0..4",
        refused("3", 3, "1", METHODS, levels(new Predicate.CountOf(Range.closed("1", "1")),
            new Predicate.CountOf(new Range(BigDecimal.ONE, false, new BigDecimal("2"), false)),
            new Predicate.CountOf(Range.atLeast("2")))));
    assertEquals("/levels/0/when: indicator 3 level 1 can be met by no fact: a fact names 0 to 4 distinct codes of "
        + "the vocabulary, and no such count lies in (-inf, -1]; expected a count range that holds a whole number "
        + "0..4", refused("3", 3, "1", METHODS, levels(new Predicate.CountOf(Range.atMost("-1")),
            new Predicate.CountOf(Range.closed("2", "2")), new Predicate.CountOf(Range.atLeast("3")))));
  }

  @Test
  void anIncludesNamingACodeOutsideTheVocabularyIsRefusedAtThatCode() {
    assertEquals("/levels/2/when/includes/1: indicator 3 level 3 names 'TV', which is not in the indicator's "
        + "vocabulary; expected one of MANUAL, HOTLINE, SOCIAL_MEDIA, ONLINE",
        refused("3", 3, "1", METHODS, levels(Predicate.Includes.of("MANUAL"), Predicate.Includes.of("HOTLINE"),
            Predicate.Includes.of("ONLINE", "TV"))));
  }

  @Test
  void aBasisOutsideTheVocabularyIsRefusedAtTheBasis() {
    assertEquals("/levels/0/when/anyOf/1/basis: indicator 3 level 1 names 'percent', which is not in the indicator's "
        + "vocabulary; expected one of persons, products",
        refused("3", 3, "1", BENEFIT, levels(new Predicate.AnyOf(List.of(persons(Range.closed("1", "100")),
            new Predicate.OnBasis("percent", Range.closed("5", "20")))), persons(Range.closed("101", "200")),
            persons(Range.atLeast("201")))));
  }

  @Test
  void anAnyOfOptionNoFactCanMeetIsRefusedThoughTheOtherOptionsCanBeMet() {
    assertEquals("/levels/1/when/anyOf/1: indicator 3 level 2 can be met by no fact: no products value lies in "
        + "[200, 101]; expected a lower end below the upper end, or equal to it with both ends inclusive",
        refused("3", 3, "1", BENEFIT, levels(persons(Range.closed("1", "100")),
            new Predicate.AnyOf(List.of(persons(Range.closed("101", "200")),
                new Predicate.OnBasis("products", Range.closed("200", "101")))), persons(Range.atLeast("201")))));
  }

  @Test
  void aCountOfEveryCodeOrOfNoneCanBeMet() {
    Indicator i = new Indicator("3", 3, Scope.INNOVATION, "Proses", "Nama", BigDecimal.ONE, false, "", METHODS,
        levels(new Predicate.CountOf(Range.closed("0", "0")), new Predicate.CountOf(new Range(new BigDecimal("0.5"),
            true, new BigDecimal("3.5"), false)), new Predicate.CountOf(Range.closed("4", "4"))), KNOWN);
    assertEquals(List.of(1, 2, 3), List.of(i.levelOf(Fact.codes()), i.levelOf(Fact.codes("MANUAL")),
        i.levelOf(Fact.codes("MANUAL", "HOTLINE", "SOCIAL_MEDIA", "ONLINE"))));
  }
}

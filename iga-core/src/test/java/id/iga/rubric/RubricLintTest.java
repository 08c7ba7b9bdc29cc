package id.iga.rubric;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RubricLintTest {
  private static final Provenance SRC = Provenance.of(Status.CONFIRMED, "test");

  private static Level level(int n, Predicate p) {
    return new Level(n, "level " + n, p, SRC);
  }

  private static Rubric rubric(Indicator... indicators) {
    Parameters params = new Parameters(Sourced.of(10, SRC), Sourced.of(new BigDecimal("0.38"), SRC),
        Sourced.of(200, SRC), Sourced.of(2, SRC), Sourced.of(2, SRC), Sourced.of(RoundingMode.HALF_UP, SRC));
    return Rubric.builder(2026).title("lint").parameters(params).indicators(List.of(indicators))
        .bands(RubricFixtures.bands2024())
        .build();
  }

  private static final Indicator PAD_GROWTH = new Indicator("4", 4, Scope.REGION, "Institusi",
      "Jumlah pendapatan per kapita", BigDecimal.ONE, true, "", FactSpec.quantity("percent"),
      List.of(level(1, Predicate.Range.atMost("2.04")), level(2, Predicate.Range.closed("2.05", "5.23")),
          level(3, Predicate.Range.atLeast("5.23"))), SRC);

  private static final Indicator REGULATION = new Indicator("16", 16, Scope.INNOVATION, "Infrastruktur",
      "Regulasi", new BigDecimal("3"), true, "", new FactSpec(FactKind.CATEGORY, null,
          List.of(Term.of("SK_PD", "SK Kepala PD"), Term.of("SK_KDH", "SK Kepala Daerah"),
              Term.of("PERKADA", "Perkada"), Term.of("PERDA", "Perda"))),
      List.of(level(1, Predicate.OneOf.of("SK_KDH")), level(2, Predicate.OneOf.of("PERKADA", "SK_KDH")),
          level(3, Predicate.OneOf.of("PERDA"))), SRC);

  private static final Indicator BENEFIT = new Indicator("33", 33, Scope.INNOVATION, "Manfaat", "Kemanfaatan",
      new BigDecimal("3"), true, "", new FactSpec(FactKind.MEASURE, null,
          List.of(new Term("persons", "orang", "persons"), new Term("unit_coverage", "unit", "percent"))),
      List.of(
          level(1, new Predicate.AnyOf(List.of(new Predicate.OnBasis("persons", Predicate.Range.closed("1", "100")),
              new Predicate.OnBasis("unit_coverage", Predicate.Range.closed("5", "20"))))),
          level(2, new Predicate.AnyOf(List.of(new Predicate.OnBasis("persons", Predicate.Range.closed("101", "200")),
              new Predicate.OnBasis("unit_coverage", Predicate.Range.closed("20.01", "50"))))),
          level(3, new Predicate.AnyOf(List.of(new Predicate.OnBasis("persons", Predicate.Range.atLeast("201")),
              new Predicate.OnBasis("unit_coverage", Predicate.Range.greaterThan("50")))))), SRC);

  @Test
  void anEdgeSharedByTwoPublishedRangesIsAnOverlapWonByTheHigherLevel() {
    List<RubricLint.Finding> findings = RubricLint.check(rubric(PAD_GROWTH, REGULATION));
    RubricLint.Finding overlap = findings.get(0);
    assertEquals(RubricLint.Kind.OVERLAP, overlap.kind());
    assertEquals(List.of(2, 3), overlap.levels());
    assertEquals("indicator 4: values [5.23, 5.23] meet levels 2 and 3; level 3 wins", overlap.message());
  }

  @Test
  void theOverlapsAndGapsOfOneIndicatorAreThoseTheRubricsCheckListsForIt() {
    List<RubricLint.Finding> ofRubric = RubricLint.check(rubric(PAD_GROWTH, REGULATION)).stream()
        .filter(f -> f.indicator().equals("4") && f.kind() != RubricLint.Kind.THEORETICAL).toList();
    assertEquals(List.of("indicator 4: values [5.23, 5.23] meet levels 2 and 3; level 3 wins",
        "indicator 4: values (2.04, 2.05), between levels 1 and 2, meet no level (no whole number lies there)"),
        RubricLint.overlapsAndGaps(PAD_GROWTH).stream().map(RubricLint.Finding::message).toList());
    assertEquals(ofRubric, RubricLint.overlapsAndGaps(PAD_GROWTH));
  }

  @Test
  void theSpaceBetweenTwoPublishedRangesIsAGapWithItsExactEnds() {
    List<RubricLint.Finding> findings = RubricLint.check(rubric(PAD_GROWTH, REGULATION));
    RubricLint.Finding gap = findings.get(1);
    assertEquals(RubricLint.Kind.GAP, gap.kind());
    assertEquals(List.of(1, 2), gap.levels());
    assertEquals("indicator 4: values (2.04, 2.05), between levels 1 and 2, meet no level"
        + " (no whole number lies there)", gap.message());
    assertEquals(new Predicate.Range(new BigDecimal("2.04"), false, new BigDecimal("2.05"), false), gap.interval());
    assertEquals(2, findings.stream().filter(f -> f.indicator().equals("4")).count());
  }

  @Test
  void aCategoryInTwoLevelsAndACategoryInNoneAreReported() {
    List<RubricLint.Finding> findings = RubricLint.check(rubric(PAD_GROWTH, REGULATION));
    assertEquals(List.of(
        "indicator 16: category SK_KDH meets levels 1 and 2; level 2 wins",
        "indicator 16: category SK_PD (SK Kepala PD) meets no level",
        "indicator 16: level 1 is never earned: every fact that meets it meets level 2 too, and the highest level wins"),
        findings.stream().filter(f -> f.indicator().equals("16")).map(RubricLint.Finding::message).toList());
  }

  @Test
  void measureBasesAreCheckedEachOnItsOwn() {
    List<String> messages = RubricLint.check(rubric(BENEFIT)).stream().map(RubricLint.Finding::message).toList();
    assertEquals(List.of(
        "indicator 33: persons values (-inf, 1), below level 1, meet no level",
        "indicator 33: persons values (100, 101), between levels 1 and 2, meet no level (no whole number lies there)",
        "indicator 33: persons values (200, 201), between levels 2 and 3, meet no level (no whole number lies there)",
        "indicator 33: unit_coverage values (-inf, 5), below level 1, meet no level",
        "indicator 33: unit_coverage values (20, 20.01), between levels 1 and 2, meet no level"
            + " (no whole number lies there)"), messages);
  }

  @Test
  void aMeasureBasisNoLevelTestsIsAGap() {
    Indicator benefit = new Indicator("33", 33, Scope.INNOVATION, "Manfaat", "Kemanfaatan", new BigDecimal("3"), true,
        "", new FactSpec(FactKind.MEASURE, null, List.of(new Term("persons", "orang", "persons"),
            new Term("positive_trend", "tren positif: not an option", "periods"))),
        List.of(level(1, new Predicate.OnBasis("persons", Predicate.Range.closed("1", "100"))),
            level(2, new Predicate.OnBasis("persons", Predicate.Range.closed("101", "200"))),
            level(3, new Predicate.OnBasis("persons", Predicate.Range.atLeast("201")))), SRC);
    RubricLint.Finding last = RubricLint.check(rubric(benefit)).get(3);
    assertEquals(RubricLint.Kind.GAP, last.kind());
    assertEquals("positive_trend", last.basis());
    assertEquals(null, last.interval());
    assertEquals("indicator 33: basis positive_trend (tren positif: not an option) meets no level", last.message());
    assertEquals(4, RubricLint.check(rubric(benefit)).size());
  }

  @Test
  void aRangeBoundedAboveLeavesTheValuesAboveItUncovered() {
    Indicator months = new Indicator("32", 32, Scope.INNOVATION, "Kecepatan", "Kecepatan penciptaan", BigDecimal.ONE,
        true, "", FactSpec.quantity("months"), List.of(level(1, Predicate.Range.atLeast("9")),
            level(2, Predicate.Range.closed("5", "8")), level(3, Predicate.Range.closed("1", "4"))), SRC);
    assertEquals(List.of(
        "indicator 32: values (-inf, 1), below level 3, meet no level",
        "indicator 32: values (4, 5), between levels 2 and 3, meet no level (no whole number lies there)",
        "indicator 32: values (8, 9), between levels 1 and 2, meet no level (no whole number lies there)"),
        RubricLint.check(rubric(months)).stream().map(RubricLint.Finding::message).toList());
  }

  // ------------------------------------------------------------------------ levels reachable only in theory

  private static Indicator quantity(String code, String unit, Predicate l1, Predicate l2, Predicate l3) {
    return new Indicator(code, Integer.parseInt(code.replaceAll("[a-z]$", "")), Scope.INNOVATION, "Proses", "Nama",
        BigDecimal.ONE, false, "", FactSpec.quantity(unit), List.of(level(1, l1), level(2, l2), level(3, l3)), SRC);
  }

  private static List<String> theoretical(Indicator... indicators) {
    return RubricLint.check(rubric(indicators)).stream().filter(f -> f.kind() == RubricLint.Kind.THEORETICAL)
        .map(RubricLint.Finding::message).toList();
  }

  @Test
  void aRangeInsideAHigherLevelsRangeIsNeverEarned() {
    Indicator i = quantity("17", "persons", Predicate.Range.closed("5", "10"), Predicate.Range.closed("1", "20"),
        Predicate.Range.atLeast("21"));
    RubricLint.Finding f = RubricLint.check(rubric(i)).stream().filter(x -> x.kind() == RubricLint.Kind.THEORETICAL)
        .findFirst().orElseThrow();
    assertEquals(List.of(1, 2), f.levels());
    assertEquals(null, f.basis());
    assertEquals(null, f.interval());
    assertEquals("indicator 17: level 1 is never earned: every fact that meets it meets level 2 too, and the highest "
        + "level wins", f.message());
    assertEquals(1, theoretical(i).size());
  }

  @Test
  void aRangeTheTwoHigherLevelsCoverTogetherIsNeverEarned() {
    Indicator i = quantity("17", "persons", Predicate.Range.closed("1", "30"), Predicate.Range.closed("1", "10"),
        Predicate.Range.greaterThan("10"));
    assertEquals(List.of("indicator 17: level 1 is never earned: every fact that meets it meets level 2 or 3 too, and "
        + "the highest level wins"), theoretical(i));
  }

  @Test
  void aLevelEarnedOnlyByANegativeCountIsReachableOnlyInTheory() {
    Indicator i = quantity("17", "persons", Predicate.Range.closed("-5", "-1"), Predicate.Range.closed("1", "10"),
        Predicate.Range.atLeast("11"));
    assertEquals(List.of("indicator 17: level 1 is earned only by values [-5, -1], none of them plausible for persons "
        + "(whole numbers >= 0)"), theoretical(i));
  }

  @Test
  void aLevelEarnedOnlyBetweenTwoWholeNumbersOfPersonsIsReachableOnlyInTheory() {
    Indicator i = quantity("17", "persons", Predicate.Range.closed("1", "10"),
        new Predicate.Range(BigDecimal.TEN, false, new BigDecimal("11"), false), Predicate.Range.atLeast("11"));
    assertEquals(List.of("indicator 17: level 2 is earned only by values (10, 11), none of them plausible for persons "
        + "(whole numbers >= 0)"), theoretical(i));
  }

  @Test
  void aPercentBelowMinusHundredAndPercentagePointsAboveHundredAreImplausible() {
    Indicator decline = quantity("6", "percent", Predicate.Range.lessThan("-100"), Predicate.Range.closed("-100", "0"),
        Predicate.Range.greaterThan("0"));
    Indicator points = quantity("5a", "percentage points", Predicate.Range.atMost("0"),
        Predicate.Range.closed("0.01", "100"), Predicate.Range.greaterThan("100"));
    assertEquals(List.of(
        "indicator 6: level 1 is earned only by values (-inf, -100), none of them plausible for percent "
            + "(numbers >= -100)",
        "indicator 5a: level 3 is earned only by values (100, +inf), none of them plausible for percentage points "
            + "(numbers -100..100)"), theoretical(decline, points));
  }

  @Test
  void aPercentAboveHundredIsPlausibleForTheUnitDoesNotSayWhetherItIsAShareOrAGrowth() {
    Indicator growth = quantity("6", "percent", Predicate.Range.atMost("0"), Predicate.Range.closed("0.01", "100"),
        Predicate.Range.greaterThan("100"));
    assertEquals(List.of(), theoretical(growth));
  }

  @Test
  void aLevelWithSomePlausibleValuesLeftOrOfAnUnknownUnitIsNotReported() {
    Indicator persons = quantity("17", "persons", Predicate.Range.atMost("10"), Predicate.Range.closed("11", "30"),
        Predicate.Range.greaterThan("30"));
    Indicator index = quantity("11", "index points", Predicate.Range.atMost("-1000"),
        Predicate.Range.closed("-999", "0"), Predicate.Range.greaterThan("0"));
    assertEquals(List.of(), theoretical(persons, index, PAD_GROWTH, BENEFIT));
  }

  private static final FactSpec PLANS = new FactSpec(FactKind.CODES, null, List.of(Term.of("CERTIFICATE", "piagam"),
      Term.of("INCENTIVE", "insentif"), Term.of("CULTURE_CONTROL", "kontrol pembudayaan")));

  @Test
  void anIncludesThatACountOfAHigherLevelAlwaysMeetsIsNeverEarned() {
    Indicator awards = new Indicator("12", 12, Scope.INNOVATION, "Institusi", "Penghargaan", BigDecimal.ONE, false, "",
        PLANS, List.of(level(1, Predicate.Includes.of("CERTIFICATE")),
            level(2, new Predicate.CountOf(Predicate.Range.atLeast("1"))),
            level(3, Predicate.Includes.of("CERTIFICATE", "INCENTIVE", "CULTURE_CONTROL"))), SRC);
    assertEquals(List.of("indicator 12: level 1 is never earned: every fact that meets it meets level 2 or 3 too, and "
        + "the highest level wins"), theoretical(awards));
  }

  @Test
  void codeSetsThatEarnEveryLevelAreNotReported() {
    Indicator awards = new Indicator("12", 12, Scope.INNOVATION, "Institusi", "Penghargaan", BigDecimal.ONE, false, "",
        PLANS, List.of(level(1, Predicate.Includes.of("CERTIFICATE")),
            level(2, new Predicate.AnyOf(List.of(new Predicate.CountOf(Predicate.Range.closed("2", "2")),
                Predicate.Includes.of("INCENTIVE")))),
            level(3, new Predicate.CountOf(Predicate.Range.atLeast("3")))), SRC);
    assertEquals(List.of(), theoretical(awards));
  }

  @Test
  void aMeasureIsJudgedOnEachBasisOnItsOwn() {
    Indicator benefit = new Indicator("33", 33, Scope.INNOVATION, "Manfaat", "Kemanfaatan", new BigDecimal("3"), true,
        "", new FactSpec(FactKind.MEASURE, null, List.of(new Term("persons", "orang", "persons"),
            new Term("products", "produk", "products"))),
        List.of(
            level(1, new Predicate.AnyOf(List.of(new Predicate.OnBasis("persons", Predicate.Range.closed("1", "100")),
                new Predicate.OnBasis("products", Predicate.Range.closed("0.5", "0.9"))))),
            level(2, new Predicate.AnyOf(List.of(new Predicate.OnBasis("persons", Predicate.Range.closed("101", "200")),
                new Predicate.OnBasis("products", Predicate.Range.closed("6", "10"))))),
            level(3, new Predicate.AnyOf(List.of(new Predicate.OnBasis("persons", Predicate.Range.atLeast("201")),
                new Predicate.OnBasis("products", Predicate.Range.atLeast("6")))))), SRC);
    List<RubricLint.Finding> found = RubricLint.check(rubric(benefit)).stream()
        .filter(f -> f.kind() == RubricLint.Kind.THEORETICAL).toList();
    assertEquals(List.of(
        "indicator 33: level 1 on basis products is earned only by products values [0.5, 0.9], none of them "
            + "plausible for products (whole numbers >= 0)",
        "indicator 33: level 2 on basis products is never earned: every products value that meets it meets level 3 "
            + "too, and the highest level wins"), found.stream().map(RubricLint.Finding::message).toList());
    assertEquals(List.of("products", "products"), found.stream().map(RubricLint.Finding::basis).toList());
    assertEquals(List.of(List.of(1), List.of(2, 3)), found.stream().map(RubricLint.Finding::levels).toList());
  }

  @Test
  void codeSetsOverMoreNamedCodesThanTheLintTriesAreSaidNotToBeChecked() {
    List<Term> terms = new ArrayList<>();
    for (int k = 1; k <= TheoreticalLevels.MAX_NAMED_CODES + 1; k++) {
      terms.add(Term.of("C" + k, "code " + k));
    }
    String[] all = terms.stream().map(Term::code).toArray(String[]::new);
    Indicator many = new Indicator("15", 15, Scope.INNOVATION, "Institusi", "Banyak", BigDecimal.ONE, false, "",
        new FactSpec(FactKind.CODES, null, terms), List.of(level(1, Predicate.Includes.of("C1")),
            level(2, Predicate.Includes.of("C1", "C2")), level(3, Predicate.Includes.of(all))), SRC);
    assertEquals(List.of("indicator 15: not checked whether every level is earned: its includes predicates name 17 "
        + "codes, more than the 16 whose every combination this lint tries"), theoretical(many));
  }

  @Test
  void codeSetsOverAsManyNamedCodesAsTheLintTriesAreChecked() {
    List<Term> terms = new ArrayList<>();
    for (int k = 1; k <= TheoreticalLevels.MAX_NAMED_CODES; k++) {
      terms.add(Term.of("C" + k, "code " + k));
    }
    String[] all = terms.stream().map(Term::code).toArray(String[]::new);
    Indicator sixteen = new Indicator("15", 15, Scope.INNOVATION, "Institusi", "Banyak", BigDecimal.ONE, false, "",
        new FactSpec(FactKind.CODES, null, terms), List.of(level(1, Predicate.Includes.of(all)),
            level(2, Predicate.Includes.of("C2")), level(3, Predicate.Includes.of("C1"))), SRC);
    assertEquals(List.of("indicator 15: level 1 is never earned: every fact that meets it meets level 2 or 3 too, "
        + "and the highest level wins"), theoretical(sixteen));
  }
}

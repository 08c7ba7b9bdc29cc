package id.iga.rubric;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.math.RoundingMode;
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
        "indicator 16: category SK_PD (SK Kepala PD) meets no level"),
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
}

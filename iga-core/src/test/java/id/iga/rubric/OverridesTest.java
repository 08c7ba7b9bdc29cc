package id.iga.rubric;

import static id.iga.rubric.RubricFixtures.KNOWN;
import static id.iga.rubric.RubricFixtures.bands2024;
import static id.iga.rubric.RubricFixtures.levelOnly;
import static id.iga.rubric.RubricFixtures.parameters;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import id.iga.IgaException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import org.junit.jupiter.api.Test;

class OverridesTest {
  /** Region row 1 (weight 2) and innovation row 2 (weight 3); k = 10, 0.38 x MIN(n, 200), gate 2; bands as 2024. */
  static Rubric published() {
    return Rubric.builder(2024).title("Published").provenance(KNOWN)
        .indicators(List.of(levelOnly("1", Scope.REGION, "Satu", "2", true),
            levelOnly("2", Scope.INNOVATION, "Dua", "3", true)))
        .bands(bands2024()).parameters(parameters(10, "0.38", 200, 2, RoundingMode.HALF_UP)).build();
  }

  private static Rubric apply(String... settings) {
    return Overrides.apply(published(), java.util.Arrays.stream(settings).map(Overrides::parse).toList());
  }

  private static String bands(Rubric r) {
    return String.join(", ", r.bands().stream().map(b -> b.predikat() + " " + b.lower().toPlainString() + ".."
        + b.upper().toPlainString()).toList());
  }

  private static String error(String... settings) {
    return assertThrows(IgaException.class, () -> apply(settings)).getMessage();
  }

  @Test
  void aSettingIsNameEqualsValueAndAnAliasGivesTheRubricsOwnName() {
    assertEquals(new Overrides.Setting("divisorFloor", "12"), Overrides.parse("k=12"));
    assertEquals(new Overrides.Setting("basicServiceGate", "5"), Overrides.parse("gate=5"));
    assertEquals(new Overrides.Setting("countCap", "150"), Overrides.parse("cap=150"));
    assertEquals(new Overrides.Setting("countScorePerInnovation", "0.40"), Overrides.parse("countScore=0.40"));
    assertEquals(new Overrides.Setting("band.INOVATIF", "40.01"), Overrides.parse("band.INOVATIF=40.01"));
    assertEquals(new Overrides.Setting("rounding", "HALF_EVEN"), Overrides.parse(" rounding = HALF_EVEN "));
  }

  @Test
  void aRuleIsSetByNameAndListedAmongTheOverrides() {
    Rubric r = apply("rule.gap=LOWER_LEVEL");
    assertEquals(Rules.Gap.LOWER_LEVEL, r.rules().gap().value());
    assertEquals(Provenance.of(Status.ASSUMED, "set by the user: rule.gap=LOWER_LEVEL (published ZERO)"),
        r.rules().gap().provenance());
    assertEquals(List.of(new ParameterOverride("rule.gap", "ZERO", "LOWER_LEVEL")), r.overrides());
    assertEquals("LOWER_LEVEL", Overrides.valueIn(r, "rule.gap"));
    assertEquals(published().rules().overlap(), r.rules().overlap());
  }

  @Test
  void aRuleTakesOnlyAValueTheEngineHonours() {
    assertEquals("rule gap is one of [ZERO, LOWER_LEVEL], not 'HALF'", error("rule.gap=HALF"));
    assertEquals("unknown rule 'gaps'; expected one of [rule.overlap, rule.gap, rule.notAcceptedAnswer, "
        + "rule.notAcceptedInnovation, rule.countScoreWithoutGate]", error("rule.gaps=ZERO"));
  }

  @Test
  void anOverriddenParameterIsListedWithItsPublishedValueAndMarkedAssumed() {
    Rubric r = apply("divisorFloor=12", "countScore=0.4");
    assertEquals(12, r.parameters().divisorFloor().value());
    assertEquals(new BigDecimal("0.4"), r.parameters().countScorePerInnovation().value());
    assertEquals(List.of(new ParameterOverride("divisorFloor", "10", "12"),
        new ParameterOverride("countScorePerInnovation", "0.38", "0.4")), r.overrides());
    assertEquals(Provenance.of(Status.ASSUMED, "set by the user: divisorFloor=12 (published 10)"),
        r.parameters().divisorFloor().provenance());
    assertEquals(new BigDecimal("80.0"), r.maxima().countScore());
  }

  @Test
  void settingThePublishedValueChangesNothing() {
    assertEquals(List.of(), apply("k=10", "rounding=HALF_UP").overrides());
  }

  @Test
  void aBandsLowerEdgeMovesTheUpperEdgeOfTheBandBelowOneStepUnderIt() {
    Rubric r = apply("band.SANGAT_INOVATIF=70.01");
    assertEquals("SANGAT_INOVATIF 70.01..100.00, INOVATIF 35.00..70.00, KURANG_INOVATIF 0.01..34.99, "
        + "TIDAK_DAPAT_DINILAI 0.00..0.00", bands(r));
    assertEquals(List.of(new ParameterOverride("band.SANGAT_INOVATIF", "60.01..100.00", "70.01..100.00"),
        new ParameterOverride("band.INOVATIF", "35.00..60.00", "35.00..70.00")), r.overrides());
    assertEquals(Predikat.INOVATIF, r.predikatOf(new BigDecimal("70.00")));
    assertEquals(Predikat.SANGAT_INOVATIF, r.predikatOf(new BigDecimal("70.01")));
  }

  @Test
  void bandSettingsApplyInOrderEachToTheBandsTheLastLeft() {
    Rubric r = apply("band.SANGAT_INOVATIF=80.00", "band.INOVATIF=75.00", "band.KURANG_INOVATIF=0.50");
    assertEquals("SANGAT_INOVATIF 80.00..100.00, INOVATIF 75.00..79.99, KURANG_INOVATIF 0.50..74.99, "
        + "TIDAK_DAPAT_DINILAI 0.00..0.49", bands(r));
  }

  @Test
  void aBandEdgeMustLeaveRoomForTheBandBelowAndStayInItsBand() {
    assertEquals("band.INOVATIF must be 0.02..60.00 (above the lower edge 0.01 of KURANG_INOVATIF, at most the "
        + "band's own upper edge), not 65.00", error("band.INOVATIF=65.00"));
    assertEquals("band.INOVATIF must be 0.02..60.00 (above the lower edge 0.01 of KURANG_INOVATIF, at most the "
        + "band's own upper edge), not 0.01", error("band.INOVATIF=0.01"));
  }

  @Test
  void theLowestBandAlwaysStartsAtZero() {
    assertEquals("band.TIDAK_DAPAT_DINILAI: TIDAK_DAPAT_DINILAI is the lowest band and starts at 0.00; its lower "
        + "edge cannot move, set the edge of the band above it instead", error("band.TIDAK_DAPAT_DINILAI=0.01"));
  }

  @Test
  void aBandEdgeFinerThanTheReportingScaleIsRefused() {
    assertEquals("band.INOVATIF=40.005 is finer than the reporting scale of 2 decimals",
        error("band.INOVATIF=40.005"));
  }

  @Test
  void valuesOfTheWrongFormAreRefusedSayingWhatIsExpected() {
    assertEquals("divisorFloor must be a whole number, not '12.5'", error("k=12.5"));
    assertEquals("countScorePerInnovation must be a plain decimal number such as 0.40, not '4e-1'",
        error("countScore=4e-1"));
    assertEquals("rounding must be a rounding mode name ([UP, DOWN, CEILING, FLOOR, HALF_UP, HALF_DOWN, "
        + "HALF_EVEN]), not 'half_even'", error("rounding=half_even"));
  }

  @Test
  void valuesOutOfRangeAreRefusedByTheParametersOwnRule() {
    assertEquals("basicServiceGate must be 0..6, not 7", error("gate=7"));
    assertEquals("divisorFloor must be at least 1, not 0", error("k=0"));
    assertEquals("rounding must say how to round; UNNECESSARY cannot round a score", error("rounding=UNNECESSARY"));
  }

  @Test
  void aReportingScaleTheBandsDoNotFitIsRefusedByTheRubric() {
    assertEquals("band SANGAT_INOVATIF edge 60.01 is finer than the reporting scale of 1 decimals",
        error("reportingScale=1"));
  }

  @Test
  void aParameterSetTwiceUnderAnyNameIsRefused() {
    assertEquals("divisorFloor is set twice (12 and 14); set it once", error("k=12", "divisorFloor=14"));
  }

  @Test
  void anUnknownNameListsTheNames() {
    IgaException e = assertThrows(IgaException.class, () -> Overrides.parse("floor=12"));
    assertEquals("unknown parameter 'floor'; expected one of divisorFloor, countScorePerInnovation, countCap, "
        + "basicServiceGate, reportingScale, rounding, k, countScore, cap, gate, band.SANGAT_INOVATIF, "
        + "band.INOVATIF, band.KURANG_INOVATIF, band.TIDAK_DAPAT_DINILAI, rule.overlap, rule.gap, "
        + "rule.notAcceptedAnswer, rule.notAcceptedInnovation, rule.countScoreWithoutGate", e.getMessage());
    assertEquals("unknown band 'BAIK'; expected one of [band.SANGAT_INOVATIF, band.INOVATIF, "
        + "band.KURANG_INOVATIF, band.TIDAK_DAPAT_DINILAI]",
        assertThrows(IgaException.class, () -> Overrides.parse("band.BAIK=50")).getMessage());
  }

  @Test
  void aSettingWithoutNameOrValueIsRefused() {
    assertEquals("expected a setting name=value (divisorFloor=12, gate=5, band.SANGAT_INOVATIF=70.01), not 'k='",
        assertThrows(IgaException.class, () -> Overrides.parse("k=")).getMessage());
    assertEquals("expected a setting name=value (divisorFloor=12, gate=5, band.SANGAT_INOVATIF=70.01), not '12'",
        assertThrows(IgaException.class, () -> Overrides.parse("12")).getMessage());
  }
}

package id.iga.rubric.y2026;

import static org.junit.jupiter.api.Assertions.assertEquals;

import id.iga.years.Rubrics;
import id.iga.contract.PublishedRubricContract;
import id.iga.rubric.Assumption;
import id.iga.score.Mode;
import id.iga.score.ScoreResult;
import id.iga.submission.Affair;
import id.iga.submission.Answer;
import id.iga.submission.Innovation;
import id.iga.submission.Region;
import id.iga.submission.RegionType;
import id.iga.submission.Stage;
import id.iga.submission.Submission;
import id.iga.rubric.Band;
import id.iga.rubric.Fact;
import id.iga.rubric.FactKind;
import id.iga.rubric.Indicator;
import id.iga.rubric.Parameters;
import id.iga.rubric.Predikat;
import id.iga.rubric.Rubric;
import id.iga.rubric.RubricProvider;
import id.iga.rubric.Rules;
import id.iga.rubric.Sourced;
import id.iga.rubric.Status;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The 2026 rubric as the year module serves it. */
class Rubric2026Test extends PublishedRubricContract {
  private static final Rubric RUBRIC = Rubrics.forYear(2026);

  @Override
  protected Rubric rubric() {
    return RUBRIC;
  }

  @Override
  protected RubricProvider provider() {
    return new Rubric2026Provider();
  }

  private int level(String code, String value) {
    return indicator(code).levelOf(Fact.quantity(new BigDecimal(value)));
  }

  @Test
  void theProviderServesItsYearUnderItsTitle() {
    assertEquals(2026, new Rubric2026Provider().year());
    assertEquals("Indeks Inovasi Daerah 2026", RUBRIC.title());
  }

  @Test
  void theOfficialLetterIsSuratKepalaBskdn400_10_11_1887() {
    assertEquals(Optional.of("Surat Kepala BSKDN 400.10.11/1887/BSKDN (29 Apr 2026)"), RUBRIC.officialLetter());
  }

  @Test
  void everyRowIsDefinedOverAFact() {
    assertEquals(List.of(), codes(RUBRIC.indicators().stream().filter(i -> i.fact().kind() == FactKind.NONE)));
  }

  @Test
  void everyRowIsConfirmedSecondary() {
    assertEquals(List.of(), codes(RUBRIC.indicators().stream()
        .filter(i -> i.provenance().status() != Status.CONFIRMED_SECONDARY)));
  }

  @Test
  void bandEdgesAtTheReportingScale() {
    assertEquals(Predikat.SANGAT_INOVATIF, RUBRIC.predikatOf(new BigDecimal("100.00")));
    assertEquals(Predikat.SANGAT_INOVATIF, RUBRIC.predikatOf(new BigDecimal("65.01")));
    assertEquals(Predikat.INOVATIF, RUBRIC.predikatOf(new BigDecimal("65.00")));
    assertEquals(Predikat.INOVATIF, RUBRIC.predikatOf(new BigDecimal("40.01")));
    assertEquals(Predikat.KURANG_INOVATIF, RUBRIC.predikatOf(new BigDecimal("40.00")));
    assertEquals(Predikat.KURANG_INOVATIF, RUBRIC.predikatOf(new BigDecimal("0.01")));
    assertEquals(Predikat.TIDAK_DAPAT_DINILAI, RUBRIC.predikatOf(new BigDecimal("0.00")));
  }

  @Test
  void everyBandIsConfirmedSecondary() {
    assertEquals(List.of(Status.CONFIRMED_SECONDARY, Status.CONFIRMED_SECONDARY, Status.CONFIRMED_SECONDARY,
        Status.CONFIRMED_SECONDARY), RUBRIC.bands().stream().map(Band::provenance).map(p -> p.status()).toList());
  }

  @Test
  void parametersWithTheirStatus() {
    Parameters p = RUBRIC.parameters();
    assertEquals(12, p.divisorFloor().value());
    assertNumber("0.38", p.countScorePerInnovation().value());
    assertEquals(200, p.countCap().value());
    assertEquals(5, p.basicServiceGate().value());
    assertEquals(2, p.reportingScale().value());
    assertEquals(RoundingMode.HALF_UP, p.rounding().value());
    assertEquals(List.of(Status.CONFIRMED_SECONDARY, Status.CONFIRMED_SECONDARY, Status.CONFIRMED_SECONDARY,
        Status.CONFIRMED_SECONDARY, Status.INFERRED, Status.ASSUMED),
        p.named().values().stream().map(Sourced::provenance).map(s -> s.status()).toList());
  }

  @Test
  void theOnlyAssumptionIsTheRoundingMode() {
    assertEquals(List.of("rounding"), RUBRIC.assumptions().stream().map(Assumption::subject).toList());
  }

  @Test
  void regulationAnAgencyHeadsOwnDecreeIsAcceptedButMeetsNoLevel() {
    Indicator regulation = indicator("16");
    assertEquals(Optional.empty(), regulation.fact().problemWith(Fact.category("SK_KEPALA_PD")));
    assertEquals(0, regulation.levelOf(Fact.category("SK_KEPALA_PD")));
    assertEquals(1, regulation.levelOf(Fact.category("SK_KEPALA_PD_AN_KDH")));
    assertEquals(1, regulation.levelOf(Fact.category("SK_KEPALA_DAERAH")));
    assertEquals(2, regulation.levelOf(Fact.category("PERKADA")));
    assertEquals(3, regulation.levelOf(Fact.category("PERDA")));
  }

  @Test
  void executorsByLetterOrDecreeOfTheAgencyHeadAreLevel2AndOfTheRegionHeadLevel3() {
    Indicator executors = indicator("23");
    assertEquals(1, executors.levelOf(Fact.category("TANPA_PENETAPAN")));
    assertEquals(2, executors.levelOf(Fact.category("SURAT_TUGAS_KEPALA_PD")));
    assertEquals(2, executors.levelOf(Fact.category("SK_KEPALA_PD")));
    assertEquals(3, executors.levelOf(Fact.category("SURAT_TUGAS_KEPALA_DAERAH")));
    assertEquals(3, executors.levelOf(Fact.category("SK_KEPALA_DAERAH")));
    assertEquals(3, executors.levelOf(Fact.category("SK_KEPALA_PD_AN_KDH")));
  }

  @Test
  void socializationOnTheRegionsOwnMediaIsLevel2AndFaceToFaceWithoutABannerPhotoMeetsNoLevel() {
    Indicator socialization = indicator("25");
    assertEquals(0, socialization.levelOf(Fact.category("FACE_TO_FACE_OR_PRINT")));
    assertEquals(1, socialization.levelOf(Fact.category("BANNER_PHOTO")));
    assertEquals(2, socialization.levelOf(Fact.category("SOCIAL_MEDIA")));
    assertEquals(2, socialization.levelOf(Fact.category("OWN_NEWS")));
    assertEquals(3, socialization.levelOf(Fact.category("INDEPENDENT_NEWS")));
  }

  @Test
  void integratedServicesDigitalAndNonDigitalShareTheThreeOptions() {
    Indicator integration = indicator("30");
    assertEquals(1, integration.levelOf(Fact.category("DIGITAL_SEPARATE")));
    assertEquals(1, integration.levelOf(Fact.category("NON_DIGITAL_INDEPENDENT")));
    assertEquals(2, integration.levelOf(Fact.category("DIGITAL_ONE_PORTAL")));
    assertEquals(2, integration.levelOf(Fact.category("NON_DIGITAL_ONE_UNIT")));
    assertEquals(3, integration.levelOf(Fact.category("DIGITAL_CROSS_UNIT")));
    assertEquals(3, integration.levelOf(Fact.category("NON_DIGITAL_CROSS_UNIT")));
    assertEquals(0, integration.levelOf(Fact.category("NOT_MEASURABLE")));
  }

  @Test
  void threePeriodsOfPositiveTrendOrMoreAreLevel3() {
    Indicator benefit = indicator("33");
    assertEquals(1, benefit.levelOf(Fact.measure("positive_trend", new BigDecimal("1"))));
    assertEquals(2, benefit.levelOf(Fact.measure("positive_trend", new BigDecimal("2"))));
    assertEquals(3, benefit.levelOf(Fact.measure("positive_trend", new BigDecimal("3"))));
    assertEquals(3, benefit.levelOf(Fact.measure("positive_trend", new BigDecimal("4"))));
  }

  @Test
  void aResultTheSameDayIsReadAsWithinOneDayAndEarnsLevel3() {
    assertEquals(3, level("28", "0"));
    assertEquals(3, level("28", "1"));
    assertEquals(2, level("28", "5"));
    assertEquals(1, level("28", "6"));
  }

  @Test
  void budgetInTwoConsecutiveYearsIsLevel2AndInT2AndT0OnlyLevel1() {
    Indicator budget = indicator("18");
    assertEquals(1, budget.levelOf(Fact.codes("T2")));
    assertEquals(1, budget.levelOf(Fact.codes("T2", "T0")));
    assertEquals(2, budget.levelOf(Fact.codes("T2", "T1")));
    assertEquals(2, budget.levelOf(Fact.codes("T1", "T0")));
    assertEquals(3, budget.levelOf(Fact.codes("T0", "T1", "T2")));
  }

  @Test
  void bpkOpinionDisclaimerOrAdverseIsLevel1QualifiedLevel2UnqualifiedLevel3() {
    Indicator bpk = indicator("8");
    assertEquals(1, bpk.levelOf(Fact.category("TMP")));
    assertEquals(1, bpk.levelOf(Fact.category("TW")));
    assertEquals(2, bpk.levelOf(Fact.category("WDP")));
    assertEquals(3, bpk.levelOf(Fact.category("WTP")));
  }

  @Test
  void incomePerCapitaGrowthOf5Point23PercentMeetsLevels2And3AndEarnsLevel3() {
    assertEquals(1, level("4", "2.04"));
    assertEquals(0, level("4", "2.045"));
    assertEquals(2, level("4", "2.05"));
    assertEquals(3, level("4", "5.23"));
  }

  @Test
  void unemploymentRateEdgesOfTheOverlappingRangesEarnTheHigherLevel() {
    assertEquals(1, level("5b", "5.93"));
    assertEquals(2, level("5b", "5.92"));
    assertEquals(2, level("5b", "5.91"));
    assertEquals(2, level("5b", "2.36"));
    assertEquals(3, level("5b", "2.35"));
    assertEquals(3, level("5b", "2.34"));
  }

  @Test
  void visionAndMissionAreCountedByWhichIsPresent() {
    Indicator vision = indicator("1");
    assertEquals(1, vision.levelOf(Fact.codes("MISSION")));
    assertEquals(2, vision.levelOf(Fact.codes("VISION")));
    assertEquals(3, vision.levelOf(Fact.codes("VISION", "MISSION")));
  }

  @Test
  void theLevelsThatNeededAReadingOfTheOptionTextAreMarkedInferred() {
    assertEquals(List.of("18/1", "23/2", "28/3", "29/1", "30/2", "30/3", "31/3", "33/3"), RUBRIC.indicators().stream()
        .flatMap(i -> i.levels().stream().filter(l -> l.provenance().status() == Status.INFERRED)
            .map(l -> i.code() + "/" + l.number()))
        .toList());
  }

  // ------------------------------------------------------------------------------------------------------ rules

  private static final Region SRAGEN = new Region("33.14", "Kabupaten Sragen", RegionType.KABUPATEN, "33");

  /** Region rows as given, and one innovation in Pendidikan with the answers given (the gate of 5 is not met). */
  private static ScoreResult scored(Map<String, Answer> spd, Map<String, Answer> innovation) {
    return Rubrics.scorer(2026).score(new Submission(2026, SRAGEN, spd, List.of(new Innovation("sr-1", "Inovasi",
        "Dinas Pendidikan", Affair.PENDIDIKAN, Stage.PENERAPAN, innovation))), Mode.CLAIMED);
  }

  private static Map<String, Answer> fact(String code, String value) {
    return Map.of(code, Answer.fact(Fact.quantity(new BigDecimal(value))));
  }

  private static Assumption rule(String name, Sourced<? extends Rules.Choice> rule, String value) {
    return new Assumption("rule " + name, value, rule.provenance().source(), Status.ASSUMED);
  }

  @Test
  void theRulesWithTheirStatus() {
    assertEquals(List.of("overlap=HIGHEST_LEVEL ASSUMED", "gap=ZERO ASSUMED", "notAcceptedAnswer=ZERO ASSUMED",
        "notAcceptedInnovation=COUNTS_IN_N_AND_GATE ASSUMED", "countScoreWithoutGate=ZERO CONFIRMED_SECONDARY"),
        RUBRIC.rules().named().entrySet().stream().map(e -> e.getKey() + "=" + e.getValue().value().name() + " "
            + e.getValue().provenance().status()).toList());
  }

  @Test
  void complaintsResolvedAt90Point5PercentLieBetweenTheRangesScore0AndListTheGapRule() {
    ScoreResult r = scored(Map.of(), fact("29", "90.5"));

    assertEquals(0, r.innovations().get(0).level("29"));
    assertEquals(List.of(RUBRIC.assumptions().get(0),
        rule("gap", RUBRIC.rules().gap(), "ZERO, applied to 1 answer (indicator 29)")), r.assumptions());
  }

  @Test
  void anInnovationCreatedIn4Point5MonthsLiesBetweenTheRangesScores0AndListsTheGapRule() {
    ScoreResult r = scored(Map.of(), fact("32", "4.5"));

    assertEquals(0, r.innovations().get(0).level("32"));
    assertEquals(List.of("rounding", "rule gap"), r.assumptions().stream().map(Assumption::subject).toList());
  }

  @Test
  void halfAMonthIsBelowEveryRangeAndScores0WithoutTheGapRule() {
    ScoreResult r = scored(Map.of(), fact("32", "0.5"));

    assertEquals(0, r.innovations().get(0).level("32"));
    assertEquals(List.of("rounding"), r.assumptions().stream().map(Assumption::subject).toList());
  }

  @Test
  void licensingAtMinus50Point32PercentMeetsLevels1And2EarnsLevel2AndListsTheOverlapRule() {
    ScoreResult r = scored(fact("3", "-50.32"), Map.of());

    assertEquals(2, r.spdRows().stream().filter(row -> row.indicator().equals("3")).findFirst().orElseThrow().level());
    assertEquals(List.of(RUBRIC.assumptions().get(0),
        rule("overlap", RUBRIC.rules().overlap(), "HIGHEST_LEVEL, applied to 1 answer (indicator 3)")),
        r.assumptions());
  }

  @Test
  void theCountScoreWithheldForTheGateIsTheGuidelinesOwnRuleAndNotListed() {
    ScoreResult r = scored(Map.of(), fact("32", "3"));

    assertEquals(false, r.gate().met());
    assertEquals(new BigDecimal("0.00"), r.countScore().value());
    assertEquals(List.of("rounding"), r.assumptions().stream().map(Assumption::subject).toList());
  }
}

package id.iga.rubric.y2024;

import static org.junit.jupiter.api.Assertions.assertEquals;

import id.iga.years.Rubrics;
import id.iga.contract.PublishedRubricContract;
import id.iga.rubric.Assumption;
import id.iga.rubric.Band;
import id.iga.rubric.Fact;
import id.iga.rubric.FactKind;
import id.iga.rubric.Indicator;
import id.iga.rubric.Level;
import id.iga.rubric.Parameters;
import id.iga.rubric.Predikat;
import id.iga.rubric.Rubric;
import id.iga.rubric.RubricProvider;
import id.iga.rubric.Scope;
import id.iga.rubric.Sourced;
import id.iga.rubric.Status;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The 2024 rubric as the year module serves it. */
class Rubric2024Test extends PublishedRubricContract {
  private static final Rubric RUBRIC = Rubrics.forYear(2024);

  @Override
  protected Rubric rubric() {
    return RUBRIC;
  }

  @Override
  protected RubricProvider provider() {
    return new Rubric2024Provider();
  }

  @Test
  void theProviderServesItsYearUnderItsTitle() {
    assertEquals(2024, new Rubric2024Provider().year());
    assertEquals("Indeks Inovasi Daerah 2024", RUBRIC.title());
  }

  @Test
  void noOfficialLetterIsKnown() {
    assertEquals(Optional.empty(), RUBRIC.officialLetter());
  }

  @Test
  void theSpdRowsAreAnsweredByLevelOnlyWithThe2026OptionTextAsLabels() {
    for (Indicator i : RUBRIC.indicators(Scope.REGION)) {
      assertEquals(FactKind.NONE, i.fact().kind(), i.code());
      assertEquals(Status.ASSUMED, i.provenance().status(), i.code());
      for (Level l : i.levels()) {
        assertEquals("(2026 text) ", l.label().substring(0, 12), i.code() + " level " + l.number());
      }
    }
    assertEquals("(2026 text) KDH memiliki misi dan visi inovasi", indicator("1").level(3).label());
  }

  @Test
  void theWeightOfIndicator16IsInferredAs3() {
    assertNumber("3", indicator("16").weight());
    assertEquals(Status.INFERRED, indicator("16").provenance().status());
    assertEquals(Status.CONFIRMED_SECONDARY, indicator("16").level(1).provenance().status());
  }

  @Test
  void bandEdgesAtTheReportingScale() {
    assertEquals(Predikat.SANGAT_INOVATIF, RUBRIC.predikatOf(new BigDecimal("100.00")));
    assertEquals(Predikat.SANGAT_INOVATIF, RUBRIC.predikatOf(new BigDecimal("60.01")));
    assertEquals(Predikat.INOVATIF, RUBRIC.predikatOf(new BigDecimal("60.00")));
    assertEquals(Predikat.INOVATIF, RUBRIC.predikatOf(new BigDecimal("35.00")));
    assertEquals(Predikat.KURANG_INOVATIF, RUBRIC.predikatOf(new BigDecimal("34.99")));
    assertEquals(Predikat.KURANG_INOVATIF, RUBRIC.predikatOf(new BigDecimal("0.01")));
    assertEquals(Predikat.TIDAK_DAPAT_DINILAI, RUBRIC.predikatOf(new BigDecimal("0.00")));
  }

  @Test
  void everyBandIsConfirmed() {
    assertEquals(List.of(Status.CONFIRMED, Status.CONFIRMED, Status.CONFIRMED, Status.CONFIRMED),
        RUBRIC.bands().stream().map(Band::provenance).map(p -> p.status()).toList());
  }

  @Test
  void parametersWithTheirStatus() {
    Parameters p = RUBRIC.parameters();
    assertEquals(10, p.divisorFloor().value());
    assertNumber("0.38", p.countScorePerInnovation().value());
    assertEquals(200, p.countCap().value());
    assertEquals(2, p.basicServiceGate().value());
    assertEquals(2, p.reportingScale().value());
    assertEquals(RoundingMode.HALF_UP, p.rounding().value());
    assertEquals(List.of(Status.ASSUMED, Status.ASSUMED, Status.ASSUMED, Status.CONFIRMED, Status.INFERRED,
        Status.ASSUMED), p.named().values().stream().map(Sourced::provenance).map(s -> s.status()).toList());
  }

  @Test
  void assumptionsAreTheCarriedParametersAndTheSpdRows() {
    List<String> expected = Stream.concat(
        Stream.of("divisorFloor", "countScorePerInnovation", "countCap", "rounding"),
        SPD_ROWS.stream().map(c -> "indicator " + c)).toList();
    assertEquals(expected, RUBRIC.assumptions().stream().map(Assumption::subject).toList());
  }

  @Test
  void regulationAnAgencyHeadsDecreeIsLevel1AndAPerkadaOrPerdaLevel3() {
    Indicator regulation = indicator("16");
    assertEquals(1, regulation.levelOf(Fact.category("SK_KEPALA_PD")));
    assertEquals(2, regulation.levelOf(Fact.category("SK_KEPALA_DAERAH")));
    assertEquals(3, regulation.levelOf(Fact.category("PERKADA")));
    assertEquals(3, regulation.levelOf(Fact.category("PERDA")));
  }

  @Test
  void anAgencyHeadsDecreeSignedOnBehalfOfTheRegionHeadIsReadAsTheRegionHeadsDecree() {
    assertEquals(2, indicator("16").levelOf(Fact.category("SK_KEPALA_PD_AN_KDH")));
    assertEquals(3, indicator("23").levelOf(Fact.category("SK_KEPALA_PD_AN_KDH")));
    assertEquals(Status.INFERRED, indicator("16").level(2).provenance().status());
    assertEquals(Status.INFERRED, indicator("23").level(3).provenance().status());
  }

  @Test
  void executorsNamedInAnAssignmentLetterAreNotAppointedByDecreeAndSoLevel1() {
    Indicator executors = indicator("23");
    assertEquals(1, executors.levelOf(Fact.category("TANPA_PENETAPAN")));
    assertEquals(1, executors.levelOf(Fact.category("SURAT_TUGAS_KEPALA_PD")));
    assertEquals(1, executors.levelOf(Fact.category("SURAT_TUGAS_KEPALA_DAERAH")));
    assertEquals(2, executors.levelOf(Fact.category("SK_KEPALA_PD")));
    assertEquals(3, executors.levelOf(Fact.category("SK_KEPALA_DAERAH")));
  }

  @Test
  void socializationAnyNewsMediaIsLevel3AndABannerPhotoLevel1() {
    Indicator socialization = indicator("25");
    assertEquals(1, socialization.levelOf(Fact.category("FACE_TO_FACE_OR_PRINT")));
    assertEquals(1, socialization.levelOf(Fact.category("BANNER_PHOTO")));
    assertEquals(2, socialization.levelOf(Fact.category("SOCIAL_MEDIA")));
    assertEquals(3, socialization.levelOf(Fact.category("OWN_NEWS")));
    assertEquals(3, socialization.levelOf(Fact.category("INDEPENDENT_NEWS")));
  }

  @Test
  void aResultTheSameDayIsReadAsWithinOneDayAndEarnsLevel3() {
    Indicator days = indicator("28");
    assertEquals(3, days.levelOf(Fact.quantity(0)));
    assertEquals(3, days.levelOf(Fact.quantity(1)));
    assertEquals(0, days.levelOf(Fact.quantity(new BigDecimal("1.5"))));
    assertEquals(2, days.levelOf(Fact.quantity(2)));
    assertEquals(1, days.levelOf(Fact.quantity(6)));
  }

  @Test
  void theCodesThe2024OptionsDoNotNameAreAcceptedAndMeetNoLevel() {
    Indicator tools = indicator("19");
    assertEquals(Optional.empty(), tools.fact().problemWith(Fact.category("AI")));
    assertEquals(0, tools.levelOf(Fact.category("AI")));
    assertEquals("Kecerdasan artifisial / AI (artificial intelligence): not an option in 2024",
        tools.fact().term("AI").orElseThrow().label());
    Indicator benefit = indicator("33");
    Fact trend = Fact.measure("positive_trend", new BigDecimal("3"));
    assertEquals(Optional.empty(), benefit.fact().problemWith(trend));
    assertEquals(0, benefit.levelOf(trend));
    assertEquals("f) Jumlah periode tren positif (periods of positive trend): not an option in 2024",
        benefit.fact().term("positive_trend").orElseThrow().label());
  }

  @Test
  void complaintsResolvedUpTo50AreLevel1From51Level2AndFrom86Level3() {
    Indicator complaints = indicator("29");
    assertEquals(1, complaints.levelOf(Fact.quantity(0)));
    assertEquals(1, complaints.levelOf(Fact.quantity(50)));
    assertEquals(0, complaints.levelOf(Fact.quantity(new BigDecimal("50.5"))));
    assertEquals(2, complaints.levelOf(Fact.quantity(51)));
    assertEquals(2, complaints.levelOf(Fact.quantity(new BigDecimal("85.99"))));
    assertEquals(3, complaints.levelOf(Fact.quantity(86)));
  }

  @Test
  void benefitInPersonsIs1To100And101To200And201OrMore() {
    Indicator benefit = indicator("33");
    assertEquals(1, benefit.levelOf(Fact.measure("persons", new BigDecimal("100"))));
    assertEquals(2, benefit.levelOf(Fact.measure("persons", new BigDecimal("101"))));
    assertEquals(2, benefit.levelOf(Fact.measure("persons", new BigDecimal("200"))));
    assertEquals(3, benefit.levelOf(Fact.measure("persons", new BigDecimal("201"))));
  }

  @Test
  void budgetInT0IsLevel1InT1OrT2Level2AndInAllThreeLevel3() {
    Indicator budget = indicator("18");
    assertEquals(1, budget.levelOf(Fact.codes("T0")));
    assertEquals(2, budget.levelOf(Fact.codes("T1")));
    assertEquals(2, budget.levelOf(Fact.codes("T2")));
    assertEquals(2, budget.levelOf(Fact.codes("T0", "T2")));
    assertEquals(3, budget.levelOf(Fact.codes("T2", "T1", "T0")));
  }

  @Test
  void rkpdInT1OrT2IsLevel1InBothLevel2AndWithT0Level3() {
    Indicator rkpd = indicator("21");
    assertEquals(0, rkpd.levelOf(Fact.codes("RKPD_T0")));
    assertEquals(1, rkpd.levelOf(Fact.codes("RKPD_T2")));
    assertEquals(2, rkpd.levelOf(Fact.codes("RKPD_T1", "RKPD_T2")));
    assertEquals(3, rkpd.levelOf(Fact.codes("RKPD_T0", "RKPD_T1", "RKPD_T2")));
  }

  @Test
  void theLevelsThatNeededAReadingOfTheOptionTextAreMarkedInferred() {
    assertEquals(List.of("16/2", "18/3", "20/2", "20/3", "23/1", "23/3", "25/1", "25/3", "28/3", "29/1", "31/3"),
        RUBRIC.indicators().stream()
        .flatMap(i -> i.levels().stream().filter(l -> l.provenance().status() == Status.INFERRED)
            .map(l -> i.code() + "/" + l.number()))
        .toList());
  }
}

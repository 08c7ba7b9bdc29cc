package id.iga.rubric.y2023;

import static org.junit.jupiter.api.Assertions.assertEquals;

import id.iga.contract.PublishedRubricContract;
import id.iga.rubric.Assumption;
import id.iga.rubric.Band;
import id.iga.rubric.Fact;
import id.iga.rubric.FactKind;
import id.iga.rubric.Indicator;
import id.iga.rubric.Parameters;
import id.iga.rubric.Predikat;
import id.iga.rubric.Rubric;
import id.iga.rubric.RubricProvider;
import id.iga.rubric.Sourced;
import id.iga.rubric.Status;
import id.iga.years.Rubrics;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The 2023 rubric as the year module serves it: the divisor floor and the band edges the BSKDN 2023 slides confirm,
 * and the 2024 indicator table carried back.
 */
class Rubric2023Test extends PublishedRubricContract {
  private static final Rubric RUBRIC = Rubrics.forYear(2023);
  private static final String SLIDES = "PPT Sosialisasi IID Tahun 2023, "
      + "https://id.scribd.com/document/654130239/PPT-Sosialisasi-IID-Tahun-2023-1";

  @Override
  protected Rubric rubric() {
    return RUBRIC;
  }

  @Override
  protected RubricProvider provider() {
    return new Rubric2023Provider();
  }

  @Test
  void theProviderServesItsYearUnderItsTitle() {
    assertEquals(2023, new Rubric2023Provider().year());
    assertEquals("Indeks Inovasi Daerah 2023", RUBRIC.title());
  }

  @Test
  void noOfficialLetterIsKnown() {
    assertEquals(Optional.empty(), RUBRIC.officialLetter());
  }

  @Test
  void everyIndicatorIsCarriedFrom2024AndSoAssumed() {
    assertEquals(List.of(), RUBRIC.indicators().stream().filter(i -> i.provenance().status() != Status.ASSUMED)
        .map(Indicator::code).toList());
    assertEquals(Status.ASSUMED, RUBRIC.provenance().status());
    assertEquals(false, RUBRIC.projected());
  }

  @Test
  void theSpdRowsAreAnsweredByLevelOnly() {
    assertEquals(SPD_ROWS, codes(RUBRIC.indicators().stream().filter(i -> i.fact().kind() == FactKind.NONE)));
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
  void theTwoUpperBandsAreConfirmedByTheSlidesTheKurangInovatifBandInferredAndTheZeroBandAssumed() {
    assertEquals(List.of(Status.CONFIRMED, Status.CONFIRMED, Status.INFERRED, Status.ASSUMED),
        RUBRIC.bands().stream().map(Band::provenance).map(p -> p.status()).toList());
    assertEquals("BSKDN: Sangat Inovatif from 60.01 (" + SLIDES + ")", RUBRIC.bands().get(0).provenance().source());
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
    assertEquals(List.of(Status.CONFIRMED, Status.ASSUMED, Status.ASSUMED, Status.ASSUMED, Status.INFERRED,
        Status.ASSUMED), p.named().values().stream().map(Sourced::provenance).map(s -> s.status()).toList());
    assertEquals("BSKDN: SID = total maturity / MAX(10, n) (" + SLIDES + ")", p.divisorFloor().provenance().source());
  }

  @Test
  void assumptionsAreTheRubricItsCarriedParametersTheZeroBandAndEveryRow() {
    List<String> expected = Stream.of(
        Stream.of("rubric 2023", "countScorePerInnovation", "countCap", "basicServiceGate", "rounding",
            "band TIDAK_DAPAT_DINILAI"),
        SPD_ROWS.stream().map(c -> "indicator " + c),
        SID_ROWS.stream().map(c -> "indicator " + c)).flatMap(s -> s).toList();
    assertEquals(expected, RUBRIC.assumptions().stream().map(Assumption::subject).toList());
    assertEquals(46, RUBRIC.assumptions().size());
    assertEquals(List.of(Status.ASSUMED), RUBRIC.assumptions().stream().map(Assumption::status).distinct().toList());
  }

  @Test
  void theCarriedGateSaysWhereItWasCarriedFrom() {
    Assumption gate = RUBRIC.assumptions().get(3);
    assertEquals("basicServiceGate", gate.subject());
    assertEquals("2", gate.value());
    assertEquals("carried from 2024 (no 2023 source found); 2024: CONFIRMED, press: innovations must cover at least 2 "
        + "of the 6 basic-service affairs (https://kataberita.co/brida-makassar-tekankan-inovasi-opd-wajib-ada-"
        + "pengembangan/)", gate.source());
  }

  @Test
  void aCarriedIndicatorNamesWhatThe2023SlidesConfirmAndThe2024Source() {
    assertEquals("carried from the 2024 rubric (no 2023 annex found; the 2023 slides confirm the numbering 16-35 and "
        + "the 8 variables: " + SLIDES + "; the weights fit the maximum maturity of 111 published for 2022: "
        + "https://bappelitbang.ngawikab.go.id/2022/10/31/indeks-inovasi-daerah-kabuapten-ngawi/); 2024: "
        + "CONFIRMED_SECONDARY, options and scores from the app clone; weight read from the clone's scores (2/4/6); "
        + "variable as in the 2026 catalog (the 2024 source names none). IGA 2024 assessment app as cloned in "
        + "https://github.com/fnko19/Brida_Inovasi (app/Filament/Resources/Indikator{N}Resource.php and "
        + "Pages/EditIndikator{N}.php, commits 2024-11-25..2025-01-03)", indicator("17").provenance().source());
    assertEquals(Status.ASSUMED, indicator("16").level(2).provenance().status());
    assertEquals(true, indicator("16").level(2).provenance().source().startsWith("carried from 2024, where it is "
        + "INFERRED: "));
  }

  @Test
  void the2024PredicatesCarry() {
    assertEquals(1, indicator("16").levelOf(Fact.category("SK_KEPALA_PD")));
    assertEquals(2, indicator("16").levelOf(Fact.category("SK_KEPALA_PD_AN_KDH")));
    assertEquals(3, indicator("16").levelOf(Fact.category("PERDA")));
    assertEquals(3, indicator("17").levelOf(Fact.quantity(31)));
    assertEquals(3, indicator("29").levelOf(Fact.quantity(86)));
    assertEquals(3, indicator("33").levelOf(Fact.measure("persons", new BigDecimal("350"))));
    assertEquals(2, indicator("33").levelOf(Fact.measure("persons", new BigDecimal("101"))));
  }

  @Test
  void aCodeNotAnOptionSaysSoForTheCarriedYear() {
    assertEquals("Kecerdasan artifisial / AI (artificial intelligence): not an option in 2023 (nor in the 2024 table "
        + "it carries)", indicator("19").fact().term("AI").orElseThrow().label());
    assertEquals(0, indicator("19").levelOf(Fact.category("AI")));
  }

  @Test
  void theNotesSayWhatIsConfirmedAndWhatIsAssumed() {
    assertEquals(List.of("CONFIRMED by BSKDN (PPT Sosialisasi IID Tahun 2023): the formula (SPD indicators 1-15 in 3 "
        + "variables, 25.2% of the total; innovation indicators 16-35 in 8 variables; the count score added to SID "
        + "after averaging), the divisor floor k = 10 and the band edges 60.01 (Sangat Inovatif) and 35.00 "
        + "(Inovatif)."), RUBRIC.notes().stream().filter(n -> n.startsWith("CONFIRMED")).toList());
    assertEquals(5, RUBRIC.notes().stream().filter(n -> n.startsWith("ASSUMED:")).count());
  }
}

package id.iga.rubric.y2025;

import static org.junit.jupiter.api.Assertions.assertEquals;

import id.iga.years.Rubrics;
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
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The 2025 rubric as the year module serves it: the 2024 table carried forward, with the 2025 bands. */
class Rubric2025Test extends PublishedRubricContract {
  private static final Rubric RUBRIC = Rubrics.forYear(2025);

  @Override
  protected Rubric rubric() {
    return RUBRIC;
  }

  @Override
  protected RubricProvider provider() {
    return new Rubric2025Provider();
  }

  @Test
  void theProviderServesItsYearUnderItsTitle() {
    assertEquals(2025, new Rubric2025Provider().year());
    assertEquals("Indeks Inovasi Daerah 2025", RUBRIC.title());
  }

  @Test
  void theOfficialLetterIsSuratMendagri000_10_3146() {
    assertEquals(Optional.of("Surat Mendagri 000.10/3146/SJ (18 Jun 2025)"), RUBRIC.officialLetter());
  }

  @Test
  void everyIndicatorIsCarriedAndSoAssumed() {
    assertEquals(List.of(), RUBRIC.indicators().stream().filter(i -> i.provenance().status() != Status.ASSUMED)
        .map(Indicator::code).toList());
    assertEquals(Status.ASSUMED, RUBRIC.provenance().status());
  }

  @Test
  void theSpdRowsAreAnsweredByLevelOnly() {
    assertEquals(SPD_ROWS, codes(RUBRIC.indicators().stream().filter(i -> i.fact().kind() == FactKind.NONE)));
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
  void onlyTheSangatInovatifBandIsConfirmed() {
    assertEquals(List.of(Status.CONFIRMED, Status.ASSUMED, Status.ASSUMED, Status.ASSUMED),
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
    assertEquals(List.of(Status.ASSUMED, Status.ASSUMED, Status.ASSUMED, Status.ASSUMED, Status.INFERRED,
        Status.ASSUMED), p.named().values().stream().map(Sourced::provenance).map(s -> s.status()).toList());
  }

  @Test
  void assumptionsAreTheRubricItsCarriedParametersThreeBandsAndEveryRow() {
    List<String> expected = Stream.of(
        Stream.of("rubric 2025", "divisorFloor", "countScorePerInnovation", "countCap", "basicServiceGate",
            "rounding", "band INOVATIF", "band KURANG_INOVATIF", "band TIDAK_DAPAT_DINILAI"),
        SPD_ROWS.stream().map(c -> "indicator " + c),
        SID_ROWS.stream().map(c -> "indicator " + c)).flatMap(s -> s).toList();
    assertEquals(expected, RUBRIC.assumptions().stream().map(Assumption::subject).toList());
  }

  @Test
  void aCarriedParameterSaysWhereItWasCarriedFrom() {
    Assumption floor = RUBRIC.assumptions().get(1);
    assertEquals("10", floor.value());
    assertEquals("carried from 2024 (no 2025 source found); 2024: ASSUMED, carried from 2023, where BSKDN confirms "
        + "k = 10 (PPT Sosialisasi IID Tahun 2023, "
        + "https://id.scribd.com/document/654130239/PPT-Sosialisasi-IID-Tahun-2023-1)", floor.source());
  }

  @Test
  void theNotesListTheAssumptionsInWords() {
    assertEquals(List.of(
        "ASSUMED: the indicator table (indicators 1-35: names, weights, mandatory flags, options and predicates) is "
            + "the 2024 table; no 2025 annex was found.",
        "ASSUMED: the SPD rows (1-15) are answered by level only, as in 2024; their labels are the 2026 option text.",
        "ASSUMED: divisor floor k = 10, count score 0.38 per innovation for at most 200 innovations, and the "
            + "basic-service gate of 2 of 6 affairs, all carried from 2024.",
        "ASSUMED: the Inovatif (40.01-65.00), Kurang Inovatif (0.01-40.00) and Tidak Dapat Dinilai (0.00) bands are "
            + "the 2026 bands; only the Sangat Inovatif edge (65.01) is confirmed for 2025.",
        "ASSUMED: the reported IID is rounded half-up to 2 decimals (not published for any year)."),
        RUBRIC.notes().stream().filter(n -> n.startsWith("ASSUMED:")).toList());
  }

  @Test
  void the2024PredicatesCarry() {
    assertEquals(1, indicator("16").levelOf(Fact.category("SK_KEPALA_PD")));
    assertEquals(3, indicator("29").levelOf(Fact.quantity(88)));
    assertEquals(3, indicator("33").levelOf(Fact.measure("persons", new BigDecimal("350"))));
    assertEquals(3, indicator("28").levelOf(Fact.quantity(0)));
    assertEquals(2, indicator("16").levelOf(Fact.category("SK_KEPALA_PD_AN_KDH")));
  }

  @Test
  void aCodeNotAnOptionSaysSoForTheCarriedYear() {
    assertEquals("Kecerdasan artifisial / AI (artificial intelligence): not an option in 2025 (nor in the 2024 table "
        + "it carries)", indicator("19").fact().term("AI").orElseThrow().label());
    assertEquals(0, indicator("19").levelOf(Fact.category("AI")));
  }
}

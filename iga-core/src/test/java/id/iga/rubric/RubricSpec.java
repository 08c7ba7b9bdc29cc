package id.iga.rubric;

import static id.iga.rubric.RubricFixtures.KNOWN;
import static id.iga.rubric.RubricFixtures.band;
import static id.iga.rubric.RubricFixtures.bands2024;
import static id.iga.rubric.RubricFixtures.levelOnly;
import static id.iga.rubric.RubricFixtures.parameters;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import id.iga.IgaException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A rubric validates itself as a whole when built: unique codes, declared maxima, bands, and reads predikats. */
class RubricSpec {
  private static final Indicator REGION_1 = levelOnly("1", Scope.REGION, "Satu", "2", true);
  private static final Indicator REGION_2 = levelOnly("2", Scope.REGION, "Dua", "1.5", false);
  private static final Indicator INNOVATION_3 = levelOnly("3", Scope.INNOVATION, "Tiga", "3", true);
  private static final Indicator INNOVATION_4 = levelOnly("4", Scope.INNOVATION, "Empat", "2", false);

  private static Rubric.Builder builder() {
    return Rubric.builder(2024).title("Spec").provenance(KNOWN)
        .indicators(List.of(REGION_1, REGION_2, INNOVATION_3, INNOVATION_4))
        .parameters(parameters(4, "0.5", 20, 2, RoundingMode.HALF_UP));
  }

  private static String refused(Rubric.Builder b) {
    return assertThrows(IgaException.class, b::build).getMessage();
  }

  @Test
  void theMaximaFollowFromTheWeights() {
    Maxima m = builder().bands(bands2024()).build().maxima();
    // SPD 3 x (2 + 1.5) = 10.5; maturity 3 x (3 + 2) = 15; count 0.5 x 20 = 10; total 35.5.
    assertEquals("SPD 10.5, maturity 15, count score 10.0, total 35.5", m.toString());
  }

  @Test
  void aDuplicateIndicatorCodeIsRefused() {
    assertEquals("rubric 2024 lists indicator 3 twice", refused(builder().indicator(INNOVATION_3).bands(bands2024())));
  }

  @Test
  void aRubricWithoutInnovationIndicatorsIsRefused() {
    Rubric.Builder b = Rubric.builder(2024).title("Spec").indicator(REGION_1).bands(bands2024())
        .parameters(parameters(4, "0.5", 20, 2, RoundingMode.HALF_UP));
    assertEquals("rubric 2024 has no innovation indicator; maturity would be undefined", refused(b));
  }

  @Test
  void declaredMaximaThatDisagreeWithTheWeightsAreRefused() {
    Rubric.Builder b = builder().bands(bands2024()).maxima(new Maxima(new BigDecimal("63"), new BigDecimal("111"),
        new BigDecimal("76"), new BigDecimal("250")));
    assertEquals("rubric 2024 declares maxima (SPD 63, maturity 111, count score 76, total 250) but its weights give "
        + "(SPD 10.5, maturity 15, count score 10.0, total 35.5)", refused(b));
  }

  @Test
  void declaredMaximaEqualToTheWeightsAreKept() {
    Maxima declared = new Maxima(new BigDecimal("10.50"), new BigDecimal("15"), new BigDecimal("10"),
        new BigDecimal("35.50"));
    assertEquals(declared, builder().bands(bands2024()).maxima(declared).build().maxima());
  }

  /** The 2024 bands with one replaced, in the order SANGAT_INOVATIF, INOVATIF, KURANG_INOVATIF, TIDAK_DAPAT_DINILAI. */
  private static Rubric.Builder bandsWith(int index, Band band) {
    List<Band> bands = new ArrayList<>(bands2024());
    bands.set(index, band);
    return builder().bands(bands);
  }

  @Test
  void bandsWithAGapAreRefusedAtTheBandThatEndsShort() {
    assertEquals("/bands/1: bands must cover 0..100.00 at scale 2 with no gap or overlap: band INOVATIF ends at "
        + "59.99 where 60.00 was expected (gap)", refused(bandsWith(1, band(Predikat.INOVATIF, "35.00", "59.99"))));
  }

  @Test
  void bandsThatOverlapAreRefusedAtTheBandThatEndsTooHigh() {
    assertEquals("/bands/1: bands must cover 0..100.00 at scale 2 with no gap or overlap: band INOVATIF ends at "
        + "60.01 where 60.00 was expected (overlap)", refused(bandsWith(1, band(Predikat.INOVATIF, "35.00", "60.01"))));
  }

  @Test
  void bandsThatStopShortOfHundredAreRefused() {
    assertEquals("/bands/0: bands must cover 0..100.00 at scale 2 with no gap or overlap: band SANGAT_INOVATIF ends "
        + "at 99.99 where 100.00 was expected (gap)",
        refused(bandsWith(0, band(Predikat.SANGAT_INOVATIF, "60.01", "99.99"))));
  }

  @Test
  void bandsThatDoNotReachZeroAreRefused() {
    Rubric.Builder b = builder().bands(List.of(band(Predikat.SANGAT_INOVATIF, "60.01", "100.00"),
        band(Predikat.INOVATIF, "35.00", "60.00"), band(Predikat.KURANG_INOVATIF, "0.02", "34.99"),
        band(Predikat.TIDAK_DAPAT_DINILAI, "0.01", "0.01")));
    assertEquals("/bands/3: bands must cover 0..100.00: the lowest band, TIDAK_DAPAT_DINILAI, starts at 0.01, not 0",
        refused(b));
  }

  @Test
  void aBandEdgeFinerThanTheReportingScaleIsRefused() {
    assertEquals("/bands/0: band SANGAT_INOVATIF edge 60.005 is finer than the reporting scale of 2 decimals",
        refused(bandsWith(0, band(Predikat.SANGAT_INOVATIF, "60.005", "100.00"))));
  }

  @Test
  void twoBandsForOnePredikatAreRefusedAtTheSecond() {
    Rubric.Builder b = builder().bands(bands2024()).band(band(Predikat.INOVATIF, "0.00", "49.99"));
    assertEquals("/bands/4: rubric 2024 has two bands for INOVATIF (the first at /bands/1); expected one band for "
        + "each predikat", refused(b));
  }

  @Test
  void aRubricWithoutBandsIsRefused() {
    assertEquals("/bands: rubric 2024 has no predikat bands; expected one for each of SANGAT_INOVATIF, INOVATIF, "
        + "KURANG_INOVATIF, TIDAK_DAPAT_DINILAI", refused(builder()));
  }

  @Test
  void aMissingTidakDapatDinilaiBandIsRefusedThoughTheOthersCoverZeroToHundred() {
    Rubric.Builder b = builder().band(band(Predikat.SANGAT_INOVATIF, "60.01", "100.00"))
        .band(band(Predikat.INOVATIF, "35.00", "60.00")).band(band(Predikat.KURANG_INOVATIF, "0.00", "34.99"));
    assertEquals("/bands: rubric 2024 has no band for TIDAK_DAPAT_DINILAI; expected one for each of SANGAT_INOVATIF, "
        + "INOVATIF, KURANG_INOVATIF, TIDAK_DAPAT_DINILAI", refused(b));
  }

  @Test
  void everyMissingPredikatIsNamed() {
    Rubric.Builder b = builder().band(band(Predikat.INOVATIF, "0.01", "100.00"))
        .band(band(Predikat.TIDAK_DAPAT_DINILAI, "0.00", "0.00"));
    assertEquals("/bands: rubric 2024 has no band for SANGAT_INOVATIF, KURANG_INOVATIF; expected one for each of "
        + "SANGAT_INOVATIF, INOVATIF, KURANG_INOVATIF, TIDAK_DAPAT_DINILAI", refused(b));
  }

  @Test
  void bandsThatCoverZeroToHundredInTheWrongOrderAreRefused() {
    Rubric.Builder b = builder().band(band(Predikat.KURANG_INOVATIF, "60.01", "100.00"))
        .band(band(Predikat.INOVATIF, "35.00", "60.00")).band(band(Predikat.SANGAT_INOVATIF, "0.01", "34.99"))
        .band(band(Predikat.TIDAK_DAPAT_DINILAI, "0.00", "0.00"));
    assertEquals("/bands/1: band INOVATIF (35.00..60.00) lies above band SANGAT_INOVATIF (0.01..34.99); expected "
        + "the bands from 100.00 down to 0 in the order SANGAT_INOVATIF, INOVATIF, KURANG_INOVATIF, "
        + "TIDAK_DAPAT_DINILAI", refused(b));
  }

  @Test
  void aYearOutsideTheMillenniumIsRefused() {
    Rubric.Builder b = Rubric.builder(1999).title("Spec").indicator(INNOVATION_3).bands(bands2024())
        .parameters(parameters(4, "0.5", 20, 2, RoundingMode.HALF_UP));
    assertEquals("rubric year must be 2000..2999, not 1999", refused(b));
  }

  @Test
  void aRubricWithoutTitleOrParametersIsRefused() {
    assertEquals("rubric 2024 has no title", refused(Rubric.builder(2024).indicator(INNOVATION_3)));
    assertEquals("rubric 2024 has no parameters", refused(Rubric.builder(2024).title("Spec").indicator(INNOVATION_3)));
  }

  @Test
  void theBandsAreKeptHighestFirstWhateverTheOrderGiven() {
    List<Band> given = bands2024();
    Rubric r = builder().bands(List.of(given.get(3), given.get(1), given.get(0), given.get(2))).build();
    assertEquals(given, r.bands());
  }

  @Test
  void thePredikatIsReadFromTheReportedIidWithBothEdgesInclusive() {
    Rubric r = builder().bands(bands2024()).build();
    assertEquals(Predikat.SANGAT_INOVATIF, r.predikatOf(new BigDecimal("100.00")));
    assertEquals(Predikat.SANGAT_INOVATIF, r.predikatOf(new BigDecimal("60.01")));
    assertEquals(Predikat.INOVATIF, r.predikatOf(new BigDecimal("60.00")));
    assertEquals(Predikat.INOVATIF, r.predikatOf(new BigDecimal("60")));
    assertEquals(Predikat.INOVATIF, r.predikatOf(new BigDecimal("35.00")));
    assertEquals(Predikat.KURANG_INOVATIF, r.predikatOf(new BigDecimal("34.99")));
    assertEquals(Predikat.KURANG_INOVATIF, r.predikatOf(new BigDecimal("0.01")));
    assertEquals(Predikat.TIDAK_DAPAT_DINILAI, r.predikatOf(new BigDecimal("0.00")));
  }

  @Test
  void aPredikatOutsideZeroToHundredOrFinerThanTheScaleIsRefused() {
    Rubric r = builder().bands(bands2024()).build();
    assertEquals("IID 100.01 is not a value 0..100.00 at the reporting scale",
        assertThrows(IgaException.class, () -> r.predikatOf(new BigDecimal("100.01"))).getMessage());
    assertEquals("IID -0.01 is not a value 0..100.00 at the reporting scale",
        assertThrows(IgaException.class, () -> r.predikatOf(new BigDecimal("-0.01"))).getMessage());
    assertEquals("IID 50.005 is not a value 0..100.00 at the reporting scale",
        assertThrows(IgaException.class, () -> r.predikatOf(new BigDecimal("50.005"))).getMessage());
  }

  @Test
  void theIndicatorsAreFoundByCodeAndByScopeInRubricOrder() {
    Rubric r = builder().bands(bands2024()).build();
    assertEquals(List.of(REGION_1, REGION_2), r.indicators(Scope.REGION));
    assertEquals(List.of(INNOVATION_3, INNOVATION_4), r.indicators(Scope.INNOVATION));
    assertEquals(INNOVATION_4, r.indicator("4").orElseThrow());
    assertEquals(false, r.indicator("5").isPresent());
  }

  @Test
  void aRubricWhoseOnlyUnknownIsItsProvenanceListsThatAssumption() {
    Rubric r = Rubric.builder(2024).title("Spec").indicator(INNOVATION_3).bands(bands2024())
        .parameters(parameters(4, "0.5", 20, 2, RoundingMode.HALF_UP)).build();
    assertEquals(List.of(new Assumption("rubric 2024", "Spec", "not stated")), r.assumptions());
  }

  @Test
  void projectedFactsAreListedWithTheirStatusAndALevelOnlyWhereItsStatusDiffersFromItsIndicators() {
    Provenance projected = Provenance.of(Status.PROJECTED, "carried into 2025");
    Provenance assumed = Provenance.of(Status.ASSUMED, "as 2023");
    List<Level> levels = List.of(new Level(1, "one", null, projected), new Level(2, "two", null, assumed),
        new Level(3, "three", null, KNOWN));
    Indicator carried = new Indicator("3", 3, Scope.INNOVATION, "Infrastruktur", "Regulasi", BigDecimal.ONE, true, "",
        FactSpec.NONE, levels, projected);
    Rubric r = Rubric.builder(2025).title("Spec").provenance(KNOWN).indicator(carried).bands(bands2024())
        .parameters(parameters(4, "0.5", 20, 2, RoundingMode.HALF_UP)).build();
    assertEquals(List.of(new Assumption("indicator 3", "Regulasi, weight 1", "carried into 2025", Status.PROJECTED),
        new Assumption("indicator 3 level 2", "two", "as 2023", Status.ASSUMED)), r.assumptions());
    assertEquals(true, r.projected());
    assertEquals(false, builder().bands(bands2024()).build().projected());
  }

  @Test
  void anAssumptionIsAssumedOrProjectedOnly() {
    assertEquals(Status.ASSUMED, new Assumption("rounding", "HALF_UP", "as 2026").status());
    assertThrows(IllegalArgumentException.class, () -> new Assumption("k", "10", "slides", Status.CONFIRMED));
  }
}

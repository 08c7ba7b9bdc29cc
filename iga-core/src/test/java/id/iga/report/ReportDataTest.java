package id.iga.report;

import static id.iga.compare.CompareFixtures.sragen;
import static id.iga.compare.CompareFixtures.withRegion;
import static id.iga.compare.CompareFixtures.y2024;
import static id.iga.compare.CompareFixtures.y2025;
import static id.iga.compare.CompareFixtures.y2026;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import id.iga.IgaException;
import id.iga.rubric.Predikat;
import id.iga.score.Mode;
import id.iga.score.Scorer;
import id.iga.submission.Region;
import id.iga.submission.RegionType;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ReportDataTest {
  static final Region WONOSOBO = new Region("33.07", "Kabupaten Wonosobo", RegionType.KABUPATEN, "33");
  static final Region SALATIGA = new Region("33.73", "Kota Salatiga", RegionType.KOTA, "33");

  /**
   * Sragen 66.00 / 56.00, Wonosobo 82.00 / 78.00, Salatiga 68.00 / 62.00 under the 2024 / 2026 fixtures (see
   * DatasetComparisonTest).
   */
  static ReportData threeRegions(Mode mode, id.iga.rubric.Rubric... rubrics) {
    ReportData.Builder b = ReportData.builder(List.of(rubrics), mode);
    b.add(sragen()).add(withRegion(WONOSOBO, "40", "PERDA")).add(withRegion(SALATIGA, "5", "SK_KDH"));
    return b.build();
  }

  /**
   * @param regions how many
   * @param mode which answers count
   * @return regions 33.01, 33.02, ... each with as many persons (indicator 3) as its number and a Perda, under 2024
   */
  static ReportData numbered(int regions, Mode mode) {
    ReportData.Builder b = ReportData.builder(List.of(y2024()), mode);
    for (int i = 1; i <= regions; i++) {
      b.add(withRegion(new Region(String.format("33.%02d", i), "Kabupaten " + i, RegionType.KABUPATEN, "33"),
          String.valueOf(i), "PERDA"));
    }
    return b.build();
  }

  private static String entries(List<ReportData.Entry> entries) {
    return String.join(", ", entries.stream().map(e -> e.rank() + " " + e.region().code() + " " + e.iid()).toList());
  }

  @Test
  void eachYearCountsEveryPredikatOfItsBands() {
    ReportData d = threeRegions(Mode.CLAIMED, y2024(), y2026());
    assertEquals(3, d.regions());
    assertEquals(Map.of(Predikat.SANGAT_INOVATIF, 3, Predikat.INOVATIF, 0, Predikat.KURANG_INOVATIF, 0,
        Predikat.TIDAK_DAPAT_DINILAI, 0), d.years().get(0).counts());
    assertEquals(Map.of(Predikat.SANGAT_INOVATIF, 1, Predikat.INOVATIF, 2, Predikat.KURANG_INOVATIF, 0,
        Predikat.TIDAK_DAPAT_DINILAI, 0), d.years().get(1).counts());
  }

  @Test
  void theMeanIidIsTheMeanOfTheReportedIidsRoundedOnce() {
    ReportData d = threeRegions(Mode.CLAIMED, y2024(), y2026());
    assertEquals(new BigDecimal("72.00"), d.years().get(0).meanIid().orElseThrow());
    // (56 + 78 + 62) / 3 = 65.333...
    assertEquals(new BigDecimal("65.33"), d.years().get(1).meanIid().orElseThrow());
  }

  @Test
  void theHistogramCountsRegionsInBinsOfFivePoints() {
    List<ReportData.Bin> bins = threeRegions(Mode.CLAIMED, y2024()).years().get(0).histogram();
    assertEquals(21, bins.size());
    assertEquals(new ReportData.Bin(new BigDecimal("65"), new BigDecimal("70"), 2), bins.get(14));
    assertEquals(new ReportData.Bin(new BigDecimal("80"), new BigDecimal("85"), 1), bins.get(17));
    assertEquals(3, bins.stream().mapToInt(ReportData.Bin::regions).sum());
  }

  @Test
  void theHundredIsInTheLastBinAndZeroInTheFirst() {
    ReportData.Year y = new ReportData.Year(y2024(), List.of(
        new ReportData.Entry(WONOSOBO, new BigDecimal("100.00"), Predikat.SANGAT_INOVATIF, 1),
        new ReportData.Entry(SALATIGA, new BigDecimal("0.00"), Predikat.TIDAK_DAPAT_DINILAI, 2)), List.of());
    assertEquals(1, y.histogram().get(20).regions());
    assertEquals(new ReportData.Bin(BigDecimal.ZERO, new BigDecimal("0.01"), 1), y.histogram().get(0));
  }

  @Test
  void theBinsAreCutAtTheBandEdgesSoThatNoneHoldsTwoPredikat() {
    ReportData.Year y = new ReportData.Year(y2024(), List.of(
        new ReportData.Entry(WONOSOBO, new BigDecimal("60.01"), Predikat.SANGAT_INOVATIF, 1),
        new ReportData.Entry(SALATIGA, new BigDecimal("60.00"), Predikat.INOVATIF, 2)), List.of());
    List<ReportData.Bin> bins = y.histogram();
    assertEquals(new ReportData.Bin(new BigDecimal("55"), new BigDecimal("60.01"), 1), bins.get(12));
    assertEquals(new ReportData.Bin(new BigDecimal("60.01"), new BigDecimal("65"), 1), bins.get(13));
    for (var rubric : List.of(y2024(), y2025(), y2026())) {
      for (ReportData.Bin bin : new ReportData.Year(rubric, List.of(), List.of()).histogram()) {
        BigDecimal last = bin.to().compareTo(new BigDecimal("100")) == 0 ? bin.to()
            : bin.to().subtract(new BigDecimal("0.01"));
        assertEquals(rubric.predikatOf(bin.from()), rubric.predikatOf(last), () -> rubric.year() + " " + bin);
      }
    }
  }

  @Test
  void underTheYearRuleTheYearsAreInChronologicalOrder() {
    ReportData.Builder b = ReportData.builder(2025, List.of(2024, 2026),
        y -> y == 2024 ? y2024() : y == 2025 ? y2025() : y2026(), Mode.CLAIMED);
    b.add(withRegion(WONOSOBO, "40", "PERDA"));
    assertEquals(List.of(2024, 2025, 2026), b.build().years().stream().map(ReportData.Year::year).toList());
  }

  @Test
  void theBandEdgesAreTheLowerEdgesAboveZero() {
    ReportData d = threeRegions(Mode.CLAIMED, y2024(), y2026());
    assertEquals(List.of(new BigDecimal("60.01"), new BigDecimal("35.00"), new BigDecimal("0.01")),
        d.years().get(0).bandEdges());
    assertEquals(List.of(new BigDecimal("65.01"), new BigDecimal("40.01"), new BigDecimal("0.01")),
        d.years().get(1).bandEdges());
  }

  @Test
  void regionsAreRankedBestFirstAndTiesShareARank() {
    ReportData d = threeRegions(Mode.VERIFIED, y2024());
    // Nothing verified: every region scores only its count score, 1 of 50: IID 2.00 each.
    assertEquals("1 33.07 2.00, 1 33.14 2.00, 1 33.73 2.00", entries(d.years().get(0).entries()));
    ReportData c = threeRegions(Mode.CLAIMED, y2026());
    assertEquals("1 33.07 78.00, 2 33.73 62.00, 3 33.14 56.00", entries(c.years().get(0).top()));
    assertEquals("1 33.07 78.00, 2 33.73 62.00, 3 33.14 56.00", entries(c.years().get(0).bottom()));
  }

  @Test
  void theTopAndBottomShowTenRegionsEach() {
    ReportData.Year y = numbered(25, Mode.CLAIMED).years().get(0);
    assertEquals(10, y.top().size());
    assertEquals(10, y.bottom().size());
    assertEquals(25, y.entries().size());
    assertEquals(y.entries().get(15), y.bottom().get(0));
  }

  @Test
  void aRegionAYearCannotReadIsListedWithTheReason() {
    ReportData d = threeRegions(Mode.CLAIMED, y2024(), y2025());
    ReportData.Year y2025 = d.years().get(1);
    assertEquals(List.of(), y2025.entries());
    assertEquals(3, y2025.notScored().size());
    assertEquals(List.of("spd 2: rubric 2025 has no region indicator 2"),
        y2025.notScored().get(1).problems().stream().map(Object::toString).toList());
    assertEquals(java.util.Optional.empty(), y2025.meanIid());
  }

  @Test
  void anEmptyDatasetIsRefused() {
    IgaException e = assertThrows(IgaException.class,
        () -> ReportData.builder(List.of(y2024()), Mode.CLAIMED).build());
    assertEquals("the dataset holds no submission; a report needs at least one region", e.getMessage());
  }

  @Test
  void aYearScoredByAUserRubricsScorerSaysWhyItIsNotTheShippedRubric() {
    ReportData d = ReportData.scoredBy(2024, List.of(2026), y -> y == 2024
        ? Scorer.ofUserRubric(y2024(), "scored under rubric 2024 from mine.json; no rubric module ships year 2024")
        : Scorer.of(y2026()), Mode.CLAIMED).add(sragen()).build();
    assertEquals(java.util.Arrays.asList("scored under rubric 2024 from mine.json; no rubric module ships year 2024",
        null), d.years().stream().map(y -> y.userRubric() == null ? null : y.userRubric().toString()).toList());
    assertEquals("66.00", d.years().get(0).entries().get(0).iid().toPlainString());
  }
}

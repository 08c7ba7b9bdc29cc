package id.iga.compare;

import static id.iga.compare.CompareFixtures.sragen;
import static id.iga.compare.CompareFixtures.withRegion;
import static id.iga.compare.CompareFixtures.y2024;
import static id.iga.compare.CompareFixtures.y2025;
import static id.iga.compare.CompareFixtures.y2026;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import id.iga.IgaException;
import id.iga.compare.DatasetComparison.Flow;
import id.iga.rubric.Predikat;
import id.iga.score.Mode;
import id.iga.submission.Region;
import id.iga.submission.RegionType;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DatasetComparisonTest {
  private static final Region WONOSOBO = new Region("33.07", "Kabupaten Wonosobo", RegionType.KABUPATEN, "33");
  private static final Region SALATIGA = new Region("33.73", "Kota Salatiga", RegionType.KOTA, "33");

  /**
   * Sragen: 66.00 Sangat Inovatif in 2024, 56.00 Inovatif in 2026. Wonosobo (40 persons, a Perda on X): maturity X
   * 12 + 18 = 30 in 2024 (mean 30, total 41, IID 82.00) and 8 + 18 = 26 in 2026 (mean 28, total 39, IID 78.00), Sangat
   * Inovatif both years. Salatiga (5 persons, the region head's SK on X): 2024 X 4 + 12 = 16, mean 23, total 34,
   * IID 68.00; 2026 X 4 + 6 = 10, mean 20, total 31, IID 62.00: Sangat Inovatif, then Inovatif.
   */
  private static DatasetComparison dataset(YearComparison years) {
    DatasetComparison.Builder b = DatasetComparison.builder(years.years());
    b.add(years.compare(sragen(), Mode.CLAIMED));
    b.add(years.compare(withRegion(WONOSOBO, "40", "PERDA"), Mode.CLAIMED));
    b.add(years.compare(withRegion(SALATIGA, "5", "SK_KDH"), Mode.CLAIMED));
    return b.build();
  }

  @Test
  void eachYearCountsItsPredikatsEveryPredikatListed() {
    DatasetComparison d = dataset(YearComparison.of(List.of(y2024(), y2026())));
    assertEquals(Map.of(Predikat.SANGAT_INOVATIF, 3, Predikat.INOVATIF, 0, Predikat.KURANG_INOVATIF, 0,
        Predikat.TIDAK_DAPAT_DINILAI, 0), d.counts(2024));
    assertEquals(Map.of(Predikat.SANGAT_INOVATIF, 1, Predikat.INOVATIF, 2, Predikat.KURANG_INOVATIF, 0,
        Predikat.TIDAK_DAPAT_DINILAI, 0), d.counts(2026));
    assertEquals(0, d.notScored(2026));
  }

  @Test
  void theChangesAreTheRegionsWhosePredikatDiffersInDatasetOrder() {
    List<DatasetComparison.RegionYears> changes = dataset(YearComparison.of(List.of(y2024(), y2026()))).changes();
    assertEquals(List.of("33.14", "33.73"), changes.stream().map(r -> r.region().code()).toList());
    assertEquals(Map.of(2024, Predikat.SANGAT_INOVATIF, 2026, Predikat.INOVATIF), changes.get(1).predikat());
  }

  @Test
  void theFlowsCountRegionsFromEachPredikatToEachPredikat() {
    DatasetComparison d = dataset(YearComparison.of(List.of(y2024(), y2026())));
    assertEquals(List.of(new Flow(Predikat.SANGAT_INOVATIF, Predikat.SANGAT_INOVATIF, 1),
        new Flow(Predikat.SANGAT_INOVATIF, Predikat.INOVATIF, 2)), d.flows(2024, 2026));
    assertEquals(List.of(new Flow(Predikat.SANGAT_INOVATIF, Predikat.SANGAT_INOVATIF, 1),
        new Flow(Predikat.INOVATIF, Predikat.SANGAT_INOVATIF, 2)), d.flows(2026, 2024));
  }

  @Test
  void aRegionAYearCannotScoreIsCountedAsNotScoredAndLeftOutOfTheFlows() {
    // 2025 lacks region indicator 2, which every region answers: no region is scored under 2025.
    DatasetComparison d = dataset(YearComparison.of(List.of(y2024(), y2025())));
    assertEquals(3, d.notScored(2025));
    assertEquals(0, d.notScored(2024));
    assertEquals(List.of(), d.flows(2024, 2025));
    assertEquals(List.of(), d.changes());
  }

  @Test
  void aComparisonOfOtherYearsCannotJoin() {
    DatasetComparison.Builder b = DatasetComparison.builder(List.of(2024, 2026));
    Comparison other = YearComparison.of(List.of(y2026(), y2024())).compare(sragen(), Mode.CLAIMED);
    IgaException e = assertThrows(IgaException.class, () -> b.add(other));
    assertEquals("a comparison of years [2026, 2024] cannot join one of [2024, 2026]", e.getMessage());
  }

  @Test
  void aYearNotComparedIsRefused() {
    DatasetComparison d = dataset(YearComparison.of(List.of(y2024(), y2026())));
    IgaException e = assertThrows(IgaException.class, () -> d.counts(2025));
    assertEquals("year 2025 is not one of the compared years [2024, 2026]", e.getMessage());
  }
}

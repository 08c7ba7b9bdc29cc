package id.iga.rank;

import static id.iga.rank.RankFixtures.digits;
import static id.iga.rank.RankFixtures.kabupaten;
import static id.iga.rank.RankFixtures.kota;
import static id.iga.rank.RankFixtures.result;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import id.iga.IgaException;
import id.iga.Location;
import id.iga.score.Mode;
import id.iga.score.ScoreResult;
import id.iga.score.Scorer;
import id.iga.submission.Region;
import id.iga.submission.RegionType;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RankingTest {
  private static final Set<RegionType> KABUPATEN = EnumSet.of(RegionType.KABUPATEN);

  /** Jawa Tengah: Sragen 32.10, Wonosobo 21.00, Kota Salatiga 30.00; Jawa Timur: Blitar 21.00, Pacitan 13.33. */
  private static List<ScoreResult> dataset() {
    return List.of(result(kabupaten("33.07", "Wonosobo"), "2100"), result(kabupaten("35.01", "Pacitan"), "1333"),
        result(kabupaten("33.14", "Sragen"), "3210"), result(kota("33.73", "Salatiga"), "3000"),
        result(kabupaten("35.05", "Blitar"), "2100"));
  }

  private static String rows(Ranking r) {
    return String.join("\n", r.rows().stream().map(x -> (x.group().isEmpty() ? "national" : x.group()) + " " + x.rank() + "/" + x.of() + " " + x.code()
        + " " + x.result().iid() + " " + x.result().predikat()).toList());
  }

  @Test
  void kabupatenAreRankedNationallyAndTiesShareARankAndSkipTheNext() {
    assertEquals("""
        national 1/4 33.14 32.10 KURANG_INOVATIF
        national 2/4 33.07 21.00 KURANG_INOVATIF
        national 2/4 35.05 21.00 KURANG_INOVATIF
        national 4/4 35.01 13.33 KURANG_INOVATIF""", rows(Ranking.of(dataset(), RankScope.NATIONAL, KABUPATEN, null)));
  }

  @Test
  void kabupatenAndKotaCanBeRankedTogether() {
    Ranking r = Ranking.of(dataset(), RankScope.NATIONAL, EnumSet.of(RegionType.KABUPATEN, RegionType.KOTA), null);
    assertEquals(2, r.of("33.73").orElseThrow().rank());
    assertEquals(5, r.of("33.73").orElseThrow().of());
    assertEquals(5, r.of("35.01").orElseThrow().rank());
  }

  @Test
  void withinAProvinceEachProvinceIsItsOwnGroupInCodeOrder() {
    assertEquals("""
        33 1/2 33.14 32.10 KURANG_INOVATIF
        33 2/2 33.07 21.00 KURANG_INOVATIF
        35 1/2 35.05 21.00 KURANG_INOVATIF
        35 2/2 35.01 13.33 KURANG_INOVATIF""", rows(Ranking.of(dataset(), RankScope.PROVINCE, KABUPATEN, null)));
  }

  @Test
  void aCohortRanksOnlyTheRegionsItLists() {
    Cohort peers = Cohort.parse("# peers\n35.01\n33.07  # Wonosobo\n", "peers.txt");
    Ranking r = Ranking.of(dataset(), RankScope.NATIONAL, KABUPATEN, peers);
    assertEquals("""
        national 1/2 33.07 21.00 KURANG_INOVATIF
        national 2/2 35.01 13.33 KURANG_INOVATIF""", rows(r));
    assertEquals(peers, r.cohort().orElseThrow());
  }

  @Test
  void aCohortCodeNotInTheDatasetIsAnErrorNamingItsLine() {
    Cohort peers = Cohort.parse("33.07\n\n33.99\n", "peers.txt");
    IgaException e = assertThrows(IgaException.class,
        () -> Ranking.of(dataset(), RankScope.NATIONAL, KABUPATEN, peers));
    assertEquals("peers.txt:3: the cohort lists region 33.99, which is not in the dataset", e.getMessage());
    assertEquals(new Location("peers.txt", 3, 0, null), e.location().orElseThrow());
  }

  @Test
  void aCohortRegionOfATypeNotRankedIsAnErrorNamingItsLine() {
    Cohort peers = Cohort.parse("33.07\n33.73\n", "peers.txt");
    IgaException e = assertThrows(IgaException.class,
        () -> Ranking.of(dataset(), RankScope.NATIONAL, KABUPATEN, peers));
    assertEquals("peers.txt:2: the cohort lists region 33.73 (Kota Salatiga), a KOTA, but only [KABUPATEN] are "
        + "ranked", e.getMessage());
  }

  @Test
  void resultsOfTwoYearsAreNotRankedTogether() {
    ScoreResult y2026 = result(Scorer.of(digits(2026)), kabupaten("33.01", "Cilacap"), "1000");
    List<ScoreResult> mixed = List.of(dataset().get(0), y2026);
    IgaException e = assertThrows(IgaException.class, () -> Ranking.of(mixed, RankScope.NATIONAL, KABUPATEN, null));
    assertEquals("the results mix rubric years 2024 (33.07) and 2026 (33.01); rank one year at a time",
        e.getMessage());
  }

  @Test
  void aRegionTwiceIsRefused() {
    List<ScoreResult> twice = List.of(dataset().get(0), result(kabupaten("33.07", "Wonosobo"), "1000"));
    IgaException e = assertThrows(IgaException.class, () -> Ranking.of(twice, RankScope.NATIONAL, KABUPATEN, null));
    assertEquals("region 33.07 (Kabupaten Wonosobo) appears twice in the results; each region can be ranked once",
        e.getMessage());
  }

  @Test
  void noRegionOfTheChosenTypesIsAnErrorSayingWhatTheResultsHold() {
    Region jateng = new Region("33", "Provinsi Jawa Tengah", RegionType.PROVINSI, "33");
    List<ScoreResult> provinces = List.of(result(jateng, "1000"), dataset().get(3));
    IgaException e = assertThrows(IgaException.class,
        () -> Ranking.of(provinces, RankScope.NATIONAL, KABUPATEN, null));
    assertEquals("no region of the chosen types [KABUPATEN] is in the results; they hold 1 PROVINSI, 1 KOTA",
        e.getMessage());
  }

  @Test
  void theRankingKeepsTheYearModeScopeAndTypes() {
    Ranking r = Ranking.of(dataset(), RankScope.PROVINCE, KABUPATEN, null);
    assertEquals(2024, r.year());
    assertEquals(Mode.CLAIMED, r.mode());
    assertEquals(RankScope.PROVINCE, r.scope());
    assertEquals(KABUPATEN, r.types());
  }
}

package id.iga.generate;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import id.iga.IgaException;
import id.iga.json.SubmissionSource;
import id.iga.rubric.Predikat;
import id.iga.rubric.Rubric;
import id.iga.score.Mode;
import id.iga.score.ScoreResult;
import id.iga.score.Scorer;
import id.iga.submission.Region;
import id.iga.submission.RegionType;
import id.iga.submission.Regions;
import id.iga.submission.Submission;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What the national dataset generator produces, on the 2024-shaped fixture rubric. */
class NationalDatasetTest {
  private static final Rubric RUBRIC = NationalFixtures.rubric2024Shaped();

  private static byte[] jsonl(NationalDataset data) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    data.writeJsonl(out);
    return out.toByteArray();
  }

  private static String sha256(byte[] bytes) throws NoSuchAlgorithmException {
    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
  }

  @Test
  void kabupatenCoverageIsThe415KabupatenInCodeOrder() {
    List<Region> regions = NationalDataset.of(RUBRIC, NationalDataset.Coverage.KABUPATEN, 1).regions();
    assertEquals(415, regions.size());
    assertEquals(new Region("11.01", "Kabupaten Aceh Selatan", RegionType.KABUPATEN, "11"), regions.get(0));
    assertEquals(new Region("96.05", "Kabupaten Maybrat", RegionType.KABUPATEN, "96"), regions.get(414));
    assertEquals(List.of(RegionType.KABUPATEN), regions.stream().map(Region::type).distinct().toList());
  }

  @Test
  void allCoverageIsThe546AutonomousRegions() {
    NationalDataset data = NationalDataset.of(RUBRIC, NationalDataset.Coverage.ALL, 1);
    assertEquals(546, data.size());
    assertEquals(Regions.autonomous(), data.regions());
  }

  @Test
  void theSameSeedGivesTheSameBytes() throws NoSuchAlgorithmException {
    byte[] first = jsonl(NationalDataset.of(RUBRIC, NationalDataset.Coverage.KABUPATEN, 2024));
    byte[] second = jsonl(NationalDataset.of(NationalFixtures.rubric2024Shaped(), NationalDataset.Coverage.KABUPATEN,
        2024));
    assertArrayEquals(first, second);
    assertEquals(15_173_932, first.length);
    assertEquals("1dbf4b3ff5376707cbc62d0a1d37373926edaf7db93f22c7e9f7a9c03f7bb65c", sha256(first));
  }

  @Test
  void anotherSeedGivesOtherBytes() throws NoSuchAlgorithmException {
    byte[] bytes = jsonl(NationalDataset.of(RUBRIC, NationalDataset.Coverage.KABUPATEN, 1));
    assertEquals(15_841_632, bytes.length);
    assertEquals("526651d90db0960d0653d01d3035c460f4ac9f7ced15a17ee3baf8c0637624fd", sha256(bytes));
  }

  @Test
  void aKabupatensSubmissionIsTheSameInBothCoverages() {
    NationalDataset kabupaten = NationalDataset.of(RUBRIC, NationalDataset.Coverage.KABUPATEN, 7);
    NationalDataset all = NationalDataset.of(RUBRIC, NationalDataset.Coverage.ALL, 7);
    List<Submission> fromAll = new ArrayList<>();
    for (Submission s : all) {
      if (s.region().type() == RegionType.KABUPATEN) {
        fromAll.add(s);
      }
    }
    List<Submission> fromKabupaten = new ArrayList<>();
    kabupaten.forEach(fromKabupaten::add);
    assertEquals(415, fromAll.size());
    assertEquals(fromKabupaten, fromAll);
  }

  @Test
  void aSubmissionDrawnAloneEqualsTheOneIteratedTo() {
    NationalDataset data = NationalDataset.of(RUBRIC, NationalDataset.Coverage.ALL, 3);
    List<Submission> iterated = new ArrayList<>();
    data.forEach(iterated::add);
    for (int i : new int[] {545, 300, 0}) {
      assertEquals(iterated.get(i), data.submission(i), "region " + i);
    }
  }

  @Test
  void theJsonLinesReadBackAsTheSameSubmissions() {
    NationalDataset data = NationalDataset.of(RUBRIC, NationalDataset.Coverage.ALL, 11);
    List<Submission> read = new ArrayList<>();
    try (SubmissionSource reader = SubmissionSource.of(SubmissionSource.Kind.LINES,
        new ByteArrayInputStream(jsonl(data)), "national.jsonl")) {
      reader.forEachRemaining(s -> read.add(s.submission()));
    }
    List<Submission> drawn = new ArrayList<>();
    data.forEach(drawn::add);
    assertEquals(546, read.size());
    assertEquals(drawn, read);
  }

  @Test
  void writeJsonlCountsTheLinesItWrites() {
    assertEquals(415, NationalDataset.of(RUBRIC, NationalDataset.Coverage.KABUPATEN, 5)
        .writeJsonl(new ByteArrayOutputStream()));
  }

  /**
   * Seed 2024 over the 546 regions of the 2024-shaped rubric: 12 regions send nothing; 31,590 innovations (57.9 per
   * region), 69 reporting regions below k = 10, the most 219; 72 regions miss the gate of 2 basic-service affairs;
   * mean IID 45.28 against 2024's published 46.01, and predikat counts shaped like the published ones.
   */
  @Test
  void seed2024OverTheNationIsShapedLikeThePublished2024Figures() {
    Scorer scorer = Scorer.of(RUBRIC);
    NationalDataset data = NationalDataset.of(RUBRIC, NationalDataset.Coverage.ALL, 2024);
    long innovations = 0;
    int silent = 0;
    int belowK = 0;
    int most = 0;
    int missTheGate = 0;
    BigDecimal iids = BigDecimal.ZERO;
    Map<Predikat, Integer> predikat = new EnumMap<>(Predikat.class);
    for (Submission s : data) {
      ScoreResult r = scorer.score(s, Mode.CLAIMED);
      int n = s.innovations().size();
      innovations += n;
      silent += n == 0 ? 1 : 0;
      belowK += n > 0 && n < 10 ? 1 : 0;
      most = Math.max(most, n);
      missTheGate += n > 0 && r.countScore().value().signum() == 0 ? 1 : 0;
      iids = iids.add(r.iid().value());
      predikat.merge(r.predikat(), 1, Integer::sum);
    }
    assertEquals(31_590, innovations);
    assertEquals(12, silent);
    assertEquals(69, belowK);
    assertEquals(219, most);
    assertEquals(72, missTheGate);
    assertEquals(new BigDecimal("45.28"), iids.divide(BigDecimal.valueOf(546), 2, RoundingMode.HALF_UP));
    assertEquals(Map.of(Predikat.SANGAT_INOVATIF, 79, Predikat.INOVATIF, 354, Predikat.KURANG_INOVATIF, 101,
        Predikat.TIDAK_DAPAT_DINILAI, 12), predikat);
  }

  @Test
  void aFixedCountMakesEveryRegionSendThatMany() {
    NationalDataset data = NationalDataset.of(RUBRIC, NationalDataset.Coverage.KABUPATEN, 2024)
        .withInnovationsPerRegion(3);
    List<Integer> counts = new ArrayList<>();
    data.forEach(s -> counts.add(s.innovations().size()));
    assertEquals(List.of(3), counts.stream().distinct().toList());
    assertEquals(415, counts.size());
    assertEquals("11.01-003", data.submission(0).innovations().get(2).id());
  }

  @Test
  void aNegativeFixedCountIsRefused() {
    IgaException e = assertThrows(IgaException.class,
        () -> NationalDataset.of(RUBRIC, NationalDataset.Coverage.ALL, 1).withInnovationsPerRegion(-1));
    assertEquals("a region sends 0 or more innovations, not -1", e.getMessage());
  }

  @Test
  void innovationsAreNamedAfterTheirAffairAndRegion() {
    Submission first = NationalDataset.of(RUBRIC, NationalDataset.Coverage.KABUPATEN, 2024).submission(0);
    assertEquals(13, first.innovations().size());
    assertEquals("11.01-001", first.innovations().get(0).id());
    assertEquals("Klinik Sosial Keliling Aceh Selatan", first.innovations().get(0).title());
    assertEquals("Dinas Sosial", first.innovations().get(0).agency());
  }
}

package id.iga.json;

import static id.iga.compare.CompareFixtures.sragen;
import static id.iga.compare.CompareFixtures.withRegion;
import static id.iga.compare.CompareFixtures.y2024;
import static org.junit.jupiter.api.Assertions.assertEquals;

import id.iga.rank.Cohort;
import id.iga.rank.RankScope;
import id.iga.rank.Ranking;
import id.iga.score.Mode;
import id.iga.score.ScoreResult;
import id.iga.score.Scorer;
import id.iga.submission.Region;
import id.iga.submission.RegionType;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class RankJsonTest {
  /** Sragen 66.00, Wonosobo 82.00, Kota Salatiga 68.00 under the 2024 comparison fixture. */
  private static List<ScoreResult> results() {
    Scorer s = Scorer.of(y2024());
    return List.of(s.score(sragen(), Mode.CLAIMED),
        s.score(withRegion(new Region("33.07", "Kabupaten Wonosobo", RegionType.KABUPATEN, "33"), "40", "PERDA"),
            Mode.CLAIMED),
        s.score(withRegion(new Region("33.73", "Kota Salatiga", RegionType.KOTA, "33"), "5", "SK_KDH"),
            Mode.CLAIMED));
  }

  @Test
  void aRankingIsWrittenWithOneRowPerRegionCarryingCodeRankOfIidAndPredikat() {
    Ranking r = Ranking.of(results(), RankScope.NATIONAL, EnumSet.of(RegionType.KABUPATEN), null);
    assertEquals("""
        {
          "year": 2024,
          "mode": "CLAIMED",
          "scope": "NATIONAL",
          "types": ["KABUPATEN"],
          "cohort": null,
          "rows": [
            {"code": "33.07", "name": "Kabupaten Wonosobo", "provinceCode": "33", "rank": 1, "of": 2, "iid": 82.00, \
        "predikat": "SANGAT_INOVATIF"},
            {"code": "33.14", "name": "Kabupaten Sragen", "provinceCode": "33", "rank": 2, "of": 2, "iid": 66.00, \
        "predikat": "SANGAT_INOVATIF"}
          ]
        }
        """, RankJson.toJson(r));
  }

  @Test
  void theCohortIsNamedByItsFile() {
    Ranking r = Ranking.of(results(), RankScope.PROVINCE, EnumSet.of(RegionType.KABUPATEN, RegionType.KOTA),
        Cohort.parse("33.73\n33.14\n", "peers.txt"));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    RankJson.write(r, out);
    assertEquals("""
        {
          "year": 2024,
          "mode": "CLAIMED",
          "scope": "PROVINCE",
          "types": ["KABUPATEN", "KOTA"],
          "cohort": "peers.txt",
          "rows": [
            {"code": "33.73", "name": "Kota Salatiga", "provinceCode": "33", "rank": 1, "of": 2, "iid": 68.00, \
        "predikat": "SANGAT_INOVATIF"},
            {"code": "33.14", "name": "Kabupaten Sragen", "provinceCode": "33", "rank": 2, "of": 2, "iid": 66.00, \
        "predikat": "SANGAT_INOVATIF"}
          ]
        }
        """, out.toString(StandardCharsets.UTF_8));
  }

  @Test
  void aRankingOnOneLineIsTheSameObjectCompact() {
    Ranking r = Ranking.of(results(), RankScope.NATIONAL, EnumSet.of(RegionType.KOTA), null);
    assertEquals("{\"year\":2024,\"mode\":\"CLAIMED\",\"scope\":\"NATIONAL\",\"types\":[\"KOTA\"],\"cohort\":null,"
        + "\"rows\":[{\"code\":\"33.73\",\"name\":\"Kota Salatiga\",\"provinceCode\":\"33\",\"rank\":1,\"of\":1,"
        + "\"iid\":68.00,\"predikat\":\"SANGAT_INOVATIF\"}]}\n", RankJson.toJsonLine(r));
  }
}

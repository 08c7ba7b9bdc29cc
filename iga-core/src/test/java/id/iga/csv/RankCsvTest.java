package id.iga.csv;

import static id.iga.compare.CompareFixtures.sragen;
import static id.iga.compare.CompareFixtures.withRegion;
import static id.iga.compare.CompareFixtures.y2024;
import static id.iga.csv.CsvFixtures.csv;
import static org.junit.jupiter.api.Assertions.assertEquals;

import id.iga.rank.RankScope;
import id.iga.rank.Ranking;
import id.iga.score.Mode;
import id.iga.score.ScoreResult;
import id.iga.score.Scorer;
import id.iga.submission.Region;
import id.iga.submission.RegionType;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class RankCsvTest {
  @Test
  void aRankingIsOneRowPerRegionInRankOrderWithItsProvinceByName() {
    // Under the 2024 comparison fixture: Wonosobo 82.00, Kota Salatiga 68.00, Sragen 66.00; a province the region
    // list lacks (69) is named by its code.
    Scorer s = Scorer.of(y2024());
    List<ScoreResult> results = List.of(s.score(sragen(), Mode.CLAIMED),
        s.score(withRegion(new Region("33.07", "Kabupaten Wonosobo", RegionType.KABUPATEN, "33"), "40", "PERDA"),
            Mode.CLAIMED),
        s.score(withRegion(new Region("33.73", "Kota Salatiga", RegionType.KOTA, "33"), "5", "SK_KDH"), Mode.CLAIMED),
        s.score(withRegion(new Region("69.01", "-Kabupaten Uji", RegionType.KABUPATEN, "69"), "5", "SK_PD"),
            Mode.CLAIMED));
    Ranking ranking = Ranking.of(results, RankScope.NATIONAL, EnumSet.of(RegionType.KABUPATEN, RegionType.KOTA), null);
    assertEquals("""
        rank,of,code,name,type,provinceCode,province,iid,predikat
        1,4,33.07,Kabupaten Wonosobo,KABUPATEN,33,Jawa Tengah,82.00,SANGAT_INOVATIF
        2,4,33.73,Kota Salatiga,KOTA,33,Jawa Tengah,68.00,SANGAT_INOVATIF
        3,4,33.14,Kabupaten Sragen,KABUPATEN,33,Jawa Tengah,66.00,SANGAT_INOVATIF
        4,4,69.01,'-Kabupaten Uji,KABUPATEN,69,69,62.00,SANGAT_INOVATIF
        """, csv(RankCsv::writer, ranking.rows()));
  }
}

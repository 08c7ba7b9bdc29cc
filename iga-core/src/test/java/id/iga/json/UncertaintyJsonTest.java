package id.iga.json;

import static org.junit.jupiter.api.Assertions.assertEquals;

import id.iga.rubric.Alternative;
import id.iga.rubric.RubricFixtures;
import id.iga.score.Mode;
import id.iga.submission.Affair;
import id.iga.submission.Answer;
import id.iga.submission.Innovation;
import id.iga.submission.Region;
import id.iga.submission.RegionType;
import id.iga.submission.Stage;
import id.iga.submission.Submission;
import id.iga.uncertainty.RegionUncertainty;
import id.iga.uncertainty.Uncertainty;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * How sure results are under {@link RubricFixtures#coarse() the coarse rubric} (IID = total) when k may be 1 or 2 and
 * the Inovatif band may start at 35.00 or 30.00.
 */
class UncertaintyJsonTest {
  private static final Uncertainty ANALYSIS = Uncertainty.of(RubricFixtures.coarse(), List.of(
      new Alternative("divisorFloor", List.of("1", "2"), "k of 2023"),
      new Alternative("band.INOVATIF", List.of("35.00", "30.00"), "the 2023 edge")));

  /** A kabupaten of Central Java with SPD level {@code spd} and one health innovation at level {@code maturity}. */
  private static Submission region(String code, String name, int spd, int maturity) {
    return new Submission(2024, new Region(code, name, RegionType.KABUPATEN, "33"), Map.of("1", Answer.level(spd)),
        List.of(new Innovation("inv-1", "Inovasi", "Dinas Kesehatan", Affair.KESEHATAN, Stage.PENERAPAN,
            Map.of("2", Answer.level(maturity)))));
  }

  private static final Submission TEGAL = region("33.28", "Kabupaten Tegal", 2, 2);
  private static final Submission SRAGEN = region("33.14", "Kabupaten Sragen", 1, 1);
  private static final Submission KUDUS = region("33.19", "Kabupaten Kudus", 3, 3);

  @Test
  void eachRegionHasItsIntervalThePredikatsThatCanOccurWhatDecidesThemAndItsRankInterval() {
    assertEquals("""
        {
          "year": 2024,
          "combinations": 4,
          "alternatives": [
            {"name": "divisorFloor", "values": ["1", "2"], "source": "k of 2023"},
            {"name": "band.INOVATIF", "values": ["35.00", "30.00"], "source": "the 2023 edge"}
          ],
          "regions": [
            {"code": "33.28", "name": "Kabupaten Tegal", "iid": 61.00, "predikat": "SANGAT_INOVATIF", \
        "iidMin": 41.00, "iidMax": 61.00, "iidMinExact": "41/1", "iidMaxExact": "61/1", \
        "possible": ["SANGAT_INOVATIF", "INOVATIF"], "certain": false, "deciding": ["divisorFloor"], \
        "inCombination": false, "rank": {"best": 2, "worst": 2, "of": 3}},
            {"code": "33.14", "name": "Kabupaten Sragen", "iid": 31.00, "predikat": "KURANG_INOVATIF", \
        "iidMin": 21.00, "iidMax": 31.00, "iidMinExact": "21/1", "iidMaxExact": "31/1", \
        "possible": ["INOVATIF", "KURANG_INOVATIF"], "certain": false, "deciding": ["band.INOVATIF"], \
        "inCombination": false, "rank": {"best": 3, "worst": 3, "of": 3}},
            {"code": "33.19", "name": "Kabupaten Kudus", "iid": 91.00, "predikat": "SANGAT_INOVATIF", \
        "iidMin": 61.00, "iidMax": 91.00, "iidMinExact": "61/1", "iidMaxExact": "91/1", \
        "possible": ["SANGAT_INOVATIF"], "certain": true, "deciding": [], \
        "inCombination": false, "rank": {"best": 1, "worst": 1, "of": 3}}
          ]
        }
        """, UncertaintyJson.toJson(ANALYSIS, ANALYSIS.ofAll(List.of(TEGAL, SRAGEN, KUDUS), Mode.CLAIMED)));
  }

  @Test
  void aRegionAnalysedAloneHasNoRank() {
    String json = UncertaintyJson.toJson(ANALYSIS, List.of(ANALYSIS.of(SRAGEN, Mode.CLAIMED)));
    assertEquals("""
          "regions": [
            {"code": "33.14", "name": "Kabupaten Sragen", "iid": 31.00, "predikat": "KURANG_INOVATIF", \
        "iidMin": 21.00, "iidMax": 31.00, "iidMinExact": "21/1", "iidMaxExact": "31/1", \
        "possible": ["INOVATIF", "KURANG_INOVATIF"], "certain": false, "deciding": ["band.INOVATIF"], \
        "inCombination": false, "rank": null}
          ]
        }
        """, json.substring(json.indexOf("  \"regions\"")));
  }

  @Test
  void aStreamReceivesTheSameBytes() {
    List<RegionUncertainty> rows = ANALYSIS.ofAll(List.of(TEGAL, SRAGEN), Mode.CLAIMED);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    UncertaintyJson.write(ANALYSIS, rows, out);
    assertEquals(UncertaintyJson.toJson(ANALYSIS, rows), out.toString(StandardCharsets.UTF_8));
  }
}

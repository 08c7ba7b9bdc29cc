package id.iga.json;

import static id.iga.compare.CompareFixtures.sragen;
import static id.iga.compare.CompareFixtures.withRegion;
import static id.iga.compare.CompareFixtures.y2024;
import static id.iga.compare.CompareFixtures.y2025;
import static id.iga.compare.CompareFixtures.y2026;
import static org.junit.jupiter.api.Assertions.assertEquals;

import id.iga.compare.DatasetComparison;
import id.iga.compare.YearComparison;
import id.iga.score.Mode;
import id.iga.submission.Region;
import id.iga.submission.RegionType;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class ComparisonJsonTest {
  @Test
  void eachYearsScoresThenTheDifferencesThenTheCarriedAnswers() {
    String json = ComparisonJson.toJson(YearComparison.of(List.of(y2024(), y2026())).compare(sragen(), Mode.CLAIMED));
    assertEquals("""
        {
          "region": {"code": "33.14", "name": "Kabupaten Sragen", "type": "KABUPATEN", "provinceCode": "33"},
          "mode": "CLAIMED",
          "years": [
            {"year": 2024, "iid": 66.00, "predikat": "SANGAT_INOVATIF", "spd": 10.00, "maturityMean": 22.00, \
        "countScore": 1.00, "sid": 23.00, "total": 33.00, "divisor": 2, "innovationCount": 2, "assumptions": 0, \
        "overrides": 0},
            {"year": 2026, "iid": 56.00, "predikat": "INOVATIF", "spd": 10.00, "maturityMean": 17.00, \
        "countScore": 1.00, "sid": 18.00, "total": 28.00, "divisor": 2, "innovationCount": 2, "assumptions": 0, \
        "overrides": 0}
          ],
          "differences": [
            {"indicator": "3", "innovation": "X", "given": "15", "years": [{"year": 2024, "kind": "DECIDED", \
        "level": 2, "detail": "11..30"}, {"year": 2026, "kind": "DECIDED", "level": 1, "detail": "1..20"}]},
            {"indicator": "4", "innovation": "X", "given": "SK_PD", "years": [{"year": 2024, "kind": "DECIDED", \
        "level": 1, "detail": "one of SK_PD"}, {"year": 2026, "kind": "NO_LEVEL", "level": 0, \
        "detail": "meets no level"}]}
          ],
          "carried": [
            {"indicator": "1", "given": "level 2"},
            {"indicator": "3", "innovation": "Y", "given": "level 3"}
          ]
        }
        """, json);
  }

  @Test
  void aYearThatCannotScoreListsItsProblemsOnOneLine() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ComparisonJson.writeLine(YearComparison.of(List.of(y2025())).compare(sragen(), Mode.CLAIMED), out);
    assertEquals("{\"region\":{\"code\":\"33.14\",\"name\":\"Kabupaten Sragen\",\"type\":\"KABUPATEN\","
        + "\"provinceCode\":\"33\"},\"mode\":\"CLAIMED\",\"years\":[{\"year\":2025,\"notScored\":[\"spd 2: rubric "
        + "2025 has no region indicator 2\",\"innovation X indicator 4 (Regulasi inovasi): unknown category "
        + "'SK_PD'; expected one of [SK_KDH, PERKADA, PERDA]\"]}],\"differences\":[],\"carried\":[{\"indicator\":"
        + "\"1\",\"given\":\"level 2\"},{\"indicator\":\"3\",\"innovation\":\"Y\",\"given\":\"level 3\"}]}\n",
        out.toString(StandardCharsets.UTF_8));
  }

  /**
   * Sragen: 66.00 SANGAT_INOVATIF in 2024, not scored in 2025 (SK_PD is not in its vocabulary), 56.00 INOVATIF in
   * 2026. Wonosobo (40 persons, PERDA): SANGAT_INOVATIF in 2024 and 2026, not scored in 2025 either (its indicator 2).
   * Only Sragen changes.
   */
  private static DatasetComparison dataset() {
    YearComparison years = YearComparison.of(List.of(y2024(), y2025(), y2026()));
    return DatasetComparison.builder(List.of(2024, 2025, 2026))
        .add(years.compare(sragen(), Mode.CLAIMED))
        .add(years.compare(withRegion(new Region("33.07", "Kabupaten Wonosobo", RegionType.KABUPATEN, "33"), "40",
            "PERDA"), Mode.CLAIMED))
        .build();
  }

  @Test
  void aDatasetIsItsCountsPerYearThenTheRegionsWhosePredikatChanges() {
    assertEquals("""
        {
          "years": [2024, 2025, 2026],
          "regionCount": 2,
          "counts": [
            {"year": 2024, "predikat": {"SANGAT_INOVATIF": 2, "INOVATIF": 0, "KURANG_INOVATIF": 0, \
        "TIDAK_DAPAT_DINILAI": 0}, "notScored": 0},
            {"year": 2025, "predikat": {"SANGAT_INOVATIF": 0, "INOVATIF": 0, "KURANG_INOVATIF": 0, \
        "TIDAK_DAPAT_DINILAI": 0}, "notScored": 2},
            {"year": 2026, "predikat": {"SANGAT_INOVATIF": 1, "INOVATIF": 1, "KURANG_INOVATIF": 0, \
        "TIDAK_DAPAT_DINILAI": 0}, "notScored": 0}
          ],
          "changes": [
            {"region": {"code": "33.14", "name": "Kabupaten Sragen", "type": "KABUPATEN", "provinceCode": "33"}, \
        "predikat": {"2024": "SANGAT_INOVATIF", "2025": null, "2026": "INOVATIF"}}
          ]
        }
        """, ComparisonJson.toJson(dataset()));
  }

  @Test
  void aDatasetOnOneLineIsTheSameObjectCompact() {
    DatasetComparison none = DatasetComparison.builder(List.of(2024)).build();
    assertEquals("{\"years\":[2024],\"regionCount\":0,\"counts\":[{\"year\":2024,\"predikat\":{\"SANGAT_INOVATIF\":0,"
        + "\"INOVATIF\":0,\"KURANG_INOVATIF\":0,\"TIDAK_DAPAT_DINILAI\":0},\"notScored\":0}],\"changes\":[]}\n",
        ComparisonJson.toJsonLine(none));
  }
}

package id.iga.json;

import static id.iga.compare.CompareFixtures.sragen;
import static id.iga.compare.CompareFixtures.y2024;
import static id.iga.compare.CompareFixtures.y2025;
import static id.iga.compare.CompareFixtures.y2026;
import static org.junit.jupiter.api.Assertions.assertEquals;

import id.iga.compare.YearComparison;
import id.iga.score.Mode;
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
}

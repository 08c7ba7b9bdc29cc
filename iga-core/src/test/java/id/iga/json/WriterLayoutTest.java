package id.iga.json;

import static id.iga.plan.PlanFixtures.answers;
import static id.iga.plan.PlanFixtures.innovation;
import static id.iga.plan.PlanFixtures.submission;
import static org.junit.jupiter.api.Assertions.assertEquals;

import id.iga.plan.NewInnovations;
import id.iga.plan.Plan;
import id.iga.plan.PlanFixtures;
import id.iga.plan.Planner;
import id.iga.plan.Readiness;
import id.iga.plan.Target;
import id.iga.score.Mode;
import id.iga.score.ScoreResult;
import id.iga.score.Scorer;
import id.iga.submission.Affair;
import id.iga.submission.Submission;
import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The layouts the writers document beyond their field names: where an indented result puts each innovation, the
 * affair a new innovation of a plan must have, and readiness on one line.
 */
class WriterLayoutTest {
  private static ScoreResult result() {
    return Scorer.of(JsonFixtures.rubric()).score(JsonFixtures.submission(), Mode.CLAIMED);
  }

  /** The lines of an indented result from its "innovations" up to "pointsLost", that one excluded. */
  private static String innovationLines(String json) {
    return json.substring(json.indexOf("  \"innovations\""), json.indexOf("  \"pointsLost\""));
  }

  @Test
  void withoutTheBreakdownEachInnovationIsOneLine() {
    assertEquals("""
          "innovations": [
            {"id": "inv-a", "title": "Si Cantik", "agency": "Dinas Kesehatan", "affair": "KESEHATAN", \
        "maturity": 15.00},
            {"id": "inv-b", "title": "Desa Wisata", "agency": "Dinas Pariwisata", "affair": "PARIWISATA", \
        "maturity": 6.00}
          ],
        """, innovationLines(ResultJson.toJson(result(), false)));
  }

  @Test
  void withTheBreakdownAnInnovationSpreadsOverLinesAndEachRowIsOneLine() {
    assertEquals("""
          "innovations": [
            {
              "id": "inv-a",
              "title": "Si Cantik",
              "agency": "Dinas Kesehatan",
              "affair": "KESEHATAN",
              "maturity": 15.00,
              "rows": [
                {"indicator": "16", "level": 3, "score": 9.00, "max": 9.00, "counted": true},
                {"indicator": "17", "level": 2, "score": 2.00, "max": 3.00, "counted": true},
                {"indicator": "33", "level": 2, "score": 4.00, "max": 6.00, "counted": true}
              ]
            },
            {
              "id": "inv-b",
              "title": "Desa Wisata",
              "agency": "Dinas Pariwisata",
              "affair": "PARIWISATA",
              "maturity": 6.00,
              "rows": [
                {"indicator": "16", "level": 2, "score": 6.00, "max": 9.00, "counted": true},
                {"indicator": "17", "level": 0, "score": 0.00, "max": 3.00, "counted": false},
                {"indicator": "33", "level": 0, "score": 0.00, "max": 6.00, "counted": true}
              ]
            }
          ],
          "spdRows": [
            {"indicator": "1", "level": 3, "score": 6.00, "max": 6.00, "counted": true},
            {"indicator": "2a", "level": 1, "score": 1.50, "max": 4.50, "counted": true}
          ],
        """, innovationLines(ResultJson.toJson(result(), true)));
  }

  @Test
  void aNewInnovationThatMustServeABasicServiceNamesItsAffair() {
    Submission s = submission(answers("1", 0), innovation("A", Affair.KOMINFO, answers("2", 0)));
    Plan p = Planner.of(PlanFixtures.gated()).plan(s, Mode.CLAIMED, Target.iid(new BigDecimal("66.67")),
        NewInnovations.ofMaturity(BigDecimal.ZERO).costing(1));
    // PlannerSpec: the gate of two basic services is met by a Pendidikan and a Kesehatan innovation.
    assertEquals("{\"region\":{\"code\":\"33.14\",\"name\":\"Kabupaten Sragen\",\"type\":\"KABUPATEN\","
        + "\"provinceCode\":\"33\"},\"year\":2024,\"mode\":\"CLAIMED\",\"target\":{\"asked\":\"IID 66.67\","
        + "\"iid\":66.67,\"predikat\":\"SANGAT_INOVATIF\"},\"start\":{\"iid\":0.00,"
        + "\"predikat\":\"TIDAK_DAPAT_DINILAI\"},"
        + "\"reached\":true,\"units\":5,\"levelSteps\":3,\"newInnovations\":2,\"final\":{\"iid\":66.67,"
        + "\"predikat\":\"SANGAT_INOVATIF\"},\"ceiling\":{\"iid\":100.00,\"predikat\":\"SANGAT_INOVATIF\"},"
        + "\"steps\":[{\"step\":1,\"kind\":\"NEW_INNOVATION\",\"innovation\":\"new-1\",\"affair\":\"PENDIDIKAN\","
        + "\"maturity\":0.00,\"levels\":{\"2\":0},\"units\":1,\"gain\":0.00,\"iid\":0.00,"
        + "\"predikat\":\"TIDAK_DAPAT_DINILAI\"},{\"step\":2,\"kind\":\"NEW_INNOVATION\",\"innovation\":\"new-2\","
        + "\"affair\":\"KESEHATAN\",\"maturity\":0.00,\"levels\":{\"2\":0},\"units\":1,\"gain\":33.33,"
        + "\"iid\":33.33,\"predikat\":\"KURANG_INOVATIF\"},{\"step\":3,\"kind\":\"RAISE\",\"indicator\":\"1\","
        + "\"name\":\"Region row\","
        + "\"from\":0,\"to\":3,\"requires\":\"option 3\",\"label\":\"option 3\",\"units\":3,\"gain\":33.33,"
        + "\"iid\":66.67,\"predikat\":\"SANGAT_INOVATIF\"}]}\n", PlanJson.toJsonLine(p));
  }

  @Test
  void readinessIsWrittenOnOneLineForADataset() {
    Submission s = submission(Map.of(), innovation("A", Affair.PENDIDIKAN, answers("1", 1, "2", 1, "3", 1)),
        innovation("B", Affair.KESEHATAN, answers("1", 3, "2", 3)));
    Readiness r = Planner.of(PlanFixtures.readiness()).readiness(s, Mode.CLAIMED, new BigDecimal("12"));
    assertEquals("{\"region\":{\"code\":\"33.14\",\"name\":\"Kabupaten Sragen\",\"type\":\"KABUPATEN\","
        + "\"provinceCode\":\"33\"},\"year\":2024,\"mode\":\"CLAIMED\",\"targetMaturity\":12,\"maxMaturity\":18.00,"
        + "\"atOrAbove\":[\"B\"],\"below\":[{\"innovation\":\"A\",\"title\":\"Inovasi A\",\"maturity\":6.00,"
        + "\"reachable\":true,\"units\":2,\"maturityAfter\":12.00,\"steps\":[{\"indicator\":\"1\",\"name\":\"Three\","
        + "\"from\":1,\"to\":3,\"requires\":\"option 3\",\"label\":\"option 3\",\"units\":2,\"gain\":6.00,"
        + "\"maturity\":12.00}]}]}\n", PlanJson.toJsonLine(r));
  }
}

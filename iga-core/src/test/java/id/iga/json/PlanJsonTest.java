package id.iga.json;

import static id.iga.plan.PlanFixtures.answers;
import static id.iga.plan.PlanFixtures.factsSubmission;
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
import id.iga.submission.Affair;
import id.iga.submission.Submission;
import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PlanJsonTest {
  @Test
  void aPlanIsWrittenWithEveryStepOnOneLine() {
    Plan p = Planner.of(PlanFixtures.facts()).plan(factsSubmission(), Mode.CLAIMED, Target.iid(new BigDecimal("100.00")),
        NewInnovations.ofMaturity(new BigDecimal("12")));
    assertEquals("""
        {
          "region": {"code": "33.14", "name": "Kabupaten Sragen", "type": "KABUPATEN", "provinceCode": "33"},
          "year": 2024,
          "mode": "CLAIMED",
          "target": {"asked": "IID 100.00", "iid": 100.00, "predikat": "SANGAT_INOVATIF"},
          "start": {"iid": 42.50, "predikat": "INOVATIF"},
          "reached": true,
          "units": 10,
          "levelSteps": 4,
          "newInnovations": 1,
          "final": {"iid": 100.00, "predikat": "SANGAT_INOVATIF"},
          "ceiling": {"iid": 100.00, "predikat": "SANGAT_INOVATIF"},
          "steps": [
            {"step": 1, "kind": "NEW_INNOVATION", "innovation": "new-1", "maturity": 12.00, \
        "levels": {"2": 3, "3": 3}, "units": 6, "gain": 35.00, "iid": 77.50, "predikat": "SANGAT_INOVATIF"},
            {"step": 2, "kind": "RAISE", "indicator": "1", "name": "Penyelesaian pengaduan", "from": 2, "to": 3, \
        "requires": ">= 87 percent", "label": ">= 87", "units": 1, "gain": 10.00, "iid": 87.50, "predikat": "SANGAT_INOVATIF"},
            {"step": 3, "kind": "RAISE", "indicator": "2", "name": "Regulasi Inovasi Daerah", "innovation": "A", \
        "from": 2, "to": 3, "requires": "one of PERDA", "label": "one of PERDA", "units": 1, "gain": 7.50, \
        "iid": 95.00, "predikat": "SANGAT_INOVATIF"},
            {"step": 4, "kind": "RAISE", "indicator": "3", "name": "Video", "innovation": "A", "from": 1, "to": 3, \
        "requires": "option 3", "label": "option 3", "units": 2, "gain": 5.00, "iid": 100.00, "predikat": "SANGAT_INOVATIF"}
          ]
        }
        """, PlanJson.toJson(p));
  }

  @Test
  void aPlanOutOfReachHasNoStepsAndItsCeiling() {
    Plan p = Planner.of(PlanFixtures.facts()).plan(factsSubmission(), Mode.VERIFIED, Target.iid(new BigDecimal("90")));
    assertEquals("{\"region\":{\"code\":\"33.14\",\"name\":\"Kabupaten Sragen\",\"type\":\"KABUPATEN\","
        + "\"provinceCode\":\"33\"},\"year\":2024,\"mode\":\"VERIFIED\",\"target\":{\"asked\":\"IID 90\","
        + "\"iid\":90.00,\"predikat\":\"SANGAT_INOVATIF\"},\"start\":{\"iid\":5.00,\"predikat\":\"KURANG_INOVATIF\"},"
        + "\"reached\":false,\"units\":0,\"levelSteps\":0,\"newInnovations\":0,\"final\":{\"iid\":5.00,"
        + "\"predikat\":\"KURANG_INOVATIF\"},\"ceiling\":{\"iid\":65.00,\"predikat\":\"SANGAT_INOVATIF\"},\"steps\":[]}\n", PlanJson.toJsonLine(p));
  }

  @Test
  void readinessListsTheInnovationsBelowTheTargetWithTheirSteps() {
    Submission s = submission(Map.of(), innovation("A", Affair.PENDIDIKAN, answers("1", 1, "2", 1, "3", 1)),
        innovation("B", Affair.KESEHATAN, answers("1", 3, "2", 3)));
    Readiness r = Planner.of(PlanFixtures.readiness()).readiness(s, Mode.CLAIMED, new BigDecimal("12"));
    assertEquals("""
        {
          "region": {"code": "33.14", "name": "Kabupaten Sragen", "type": "KABUPATEN", "provinceCode": "33"},
          "year": 2024,
          "mode": "CLAIMED",
          "targetMaturity": 12,
          "maxMaturity": 18.00,
          "atOrAbove": ["B"],
          "below": [
            {
              "innovation": "A",
              "title": "Inovasi A",
              "maturity": 6.00,
              "reachable": true,
              "units": 2,
              "maturityAfter": 12.00,
              "steps": [
                {"indicator": "1", "name": "Three", "from": 1, "to": 3, "requires": "option 3", "label": "option 3", \
        "units": 2, "gain": 6.00, "maturity": 12.00}
              ]
            }
          ]
        }
        """, PlanJson.toJson(r));
  }
}

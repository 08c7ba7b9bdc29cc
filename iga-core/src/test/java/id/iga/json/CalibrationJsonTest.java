package id.iga.json;

import static org.junit.jupiter.api.Assertions.assertEquals;

import id.iga.calibrate.Calibration;
import id.iga.calibrate.Calibration.Check;
import id.iga.calibrate.PublishedResult;
import id.iga.calibrate.PublishedResult.Innovations;
import id.iga.calibrate.PublishedResult.Publication;
import id.iga.calibrate.PublishedResult.Scale;
import id.iga.rubric.Overrides;
import id.iga.rubric.Predikat;
import id.iga.rubric.Rubric;
import id.iga.rubric.RubricFixtures;
import id.iga.submission.Region;
import id.iga.submission.RegionType;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import javax.annotation.Nullable;
import org.junit.jupiter.api.Test;

/** The checks of published results against {@link RubricFixtures#coarse() the coarse rubric}, where IID = total. */
class CalibrationJsonTest {
  private static final Region TEGAL = new Region("33.28", "Kabupaten Tegal", RegionType.KABUPATEN, "33");

  private static PublishedResult row(@Nullable String score, @Nullable Predikat predikat, int sent) {
    return new PublishedResult(TEGAL, 2024, score == null ? null : new BigDecimal(score), Scale.INDEX, predikat, null,
        new Innovations(sent, null, null), null, Publication.FINAL, "https://example.org/iga-2024", "");
  }

  private static List<Check> checks(Rubric rubric) {
    Calibration c = Calibration.of(rubric);
    return List.of(c.check(row("41.00", Predikat.INOVATIF, 1)), c.check(row("95", null, 1)),
        c.check(row(null, Predikat.KURANG_INOVATIF, 1)));
  }

  @Test
  void eachRowHasItsVerdictTheReadingsThatExplainItAndTheNearestIidsOfThoseThatDoNot() {
    assertEquals("""
        {
          "year": 2024,
          "overrides": [],
          "rows": [
            {
              "code": "33.28",
              "name": "Kabupaten Tegal",
              "year": 2024,
              "published": 41.00,
              "verdict": "CONSISTENT",
              "reason": "",
              "explanations": [
                {"count": "SENT", "n": 1, "gateMet": true, "precision": "AS_PRINTED", "spd": [0.00, 20.00], \
        "maturityMean": [20.00, 40.00], "iid": [41.00]}
              ],
              "misses": [
                {"count": "SENT", "n": 1, "gateMet": false, "precision": "AS_PRINTED", "below": 40.00, "above": 50.00}
              ],
              "source": "https://example.org/iga-2024"
            },
            {
              "code": "33.28",
              "name": "Kabupaten Tegal",
              "year": 2024,
              "published": 95,
              "verdict": "INCONSISTENT",
              "reason": "",
              "explanations": [],
              "misses": [
                {"count": "SENT", "n": 1, "gateMet": true, "precision": "AS_PRINTED", "below": 91.00, "above": null},
                {"count": "SENT", "n": 1, "gateMet": false, "precision": "AS_PRINTED", "below": 90.00, "above": null}
              ],
              "source": "https://example.org/iga-2024"
            },
            {
              "code": "33.28",
              "name": "Kabupaten Tegal",
              "year": 2024,
              "published": null,
              "verdict": "NOT_CHECKED",
              "reason": "no IID published",
              "explanations": [],
              "misses": [],
              "source": "https://example.org/iga-2024"
            }
          ]
        }
        """, CalibrationJson.toJson(RubricFixtures.coarse(), checks(RubricFixtures.coarse())));
  }

  @Test
  void aDerivedRubricIsNamedByItsOverrides() {
    Rubric derived = Overrides.apply(RubricFixtures.coarse(), List.of(new Overrides.Setting("divisorFloor", "2")));
    String json = CalibrationJson.toJson(derived, List.of());
    assertEquals("""
        {
          "year": 2024,
          "overrides": [
            {"name": "divisorFloor", "value": "2"}
          ],
          "rows": []
        }
        """, json);
  }

  @Test
  void aStreamReceivesTheSameBytes() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    CalibrationJson.write(RubricFixtures.coarse(), checks(RubricFixtures.coarse()), out);
    assertEquals(CalibrationJson.toJson(RubricFixtures.coarse(), checks(RubricFixtures.coarse())),
        out.toString(StandardCharsets.UTF_8));
  }
}

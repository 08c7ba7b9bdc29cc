package id.iga.calibrate;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import id.iga.calibrate.Calibration.Check;
import id.iga.calibrate.Calibration.Precision;
import id.iga.calibrate.PublishedResult.Innovations;
import id.iga.calibrate.PublishedResult.Publication;
import id.iga.calibrate.PublishedResult.Scale;
import id.iga.generate.SeedGens;
import id.iga.score.Mode;
import id.iga.score.ScoreResult;
import id.iga.score.Scorer;
import org.junit.jupiter.api.Test;

/** Laws of calibration over random rubrics and submissions. */
class CalibrationLaws {

  /**
   * Whatever the scorer reports, calibration explains: published as scored (IID, n sent, mean maturity, predikat),
   * the result is consistent under the reading with its own gate outcome, and its SPD is among those implied.
   */
  @Test
  void everyScoredResultIsExplainedWithItsOwnSpdAndGate() {
    qt().withFixedSeed(20_261_129L).withExamples(150).forAll(SeedGens.cases()).checkAssert(c -> {
      ScoreResult r = Scorer.of(c.rubric()).score(c.submission(), Mode.CLAIMED);
      PublishedResult row = new PublishedResult(r.region(), r.year(), r.iid().value(), Scale.INDEX, r.predikat(),
          null, new Innovations(r.innovationCount(), null, null), r.maturityMean().value(), Publication.FINAL,
          "generated", "");
      Check check = Calibration.of(c.rubric()).check(row);
      assertTrue(check.explanations().stream().anyMatch(e -> e.reading().gateMet() == r.gate().met()
          && e.reading().precision() == Precision.AS_PRINTED && e.spd().contains(r.spd().value())
          && e.maturityMean().contains(r.maturityMean().value()) && e.iid().contains(r.iid().value())),
          () -> c + ": " + r.iid().value() + " not explained: " + check);
    });
  }
}

package id.iga.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import id.iga.years.Rubrics;
import id.iga.rubric.Predikat;
import id.iga.score.Mode;
import id.iga.score.ScoreResult;
import id.iga.score.Scorer;
import id.iga.submission.Submission;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The national dataset under the published rubric years (which iga-core's own tests cannot load): for fixed seeds,
 * the exact national figures. What was aimed at, loosely: a mean IID near the published 46.01 (2024) and 49.43
 * (2025), predikat counts shaped like the published ones (2022: 44 / 365 / 101), about 60 innovations per reporting
 * region, and more regions missing the basic-service gate under 2026's stricter gate of 5 affairs.
 */
class NationalDatasetCalibrationTest {

  /** The national figures of one dataset. */
  record Figures(int regions, long innovations, BigDecimal meanIid, Map<Predikat, Integer> predikat, int missTheGate) {}

  static Figures figures(int year, NationalDataset.Coverage coverage, long seed) {
    Scorer scorer = Scorer.of(Rubrics.forYear(year));
    NationalDataset data = NationalDataset.of(scorer.rubric(), coverage, seed);
    long innovations = 0;
    int missTheGate = 0;
    BigDecimal iids = BigDecimal.ZERO;
    Map<Predikat, Integer> predikat = new EnumMap<>(Predikat.class);
    for (Submission s : data) {
      ScoreResult r = scorer.score(s, Mode.CLAIMED);
      innovations += r.innovationCount();
      missTheGate += r.innovationCount() > 0 && !r.gate().met() ? 1 : 0;
      iids = iids.add(r.iid().value());
      predikat.merge(r.predikat(), 1, Integer::sum);
    }
    return new Figures(data.size(), innovations, iids.divide(BigDecimal.valueOf(data.size()), 2,
        RoundingMode.HALF_UP), predikat, missTheGate);
  }

  static Map<Predikat, Integer> counts(int sangatInovatif, int inovatif, int kurangInovatif, int tidakDapatDinilai) {
    return Map.of(Predikat.SANGAT_INOVATIF, sangatInovatif, Predikat.INOVATIF, inovatif, Predikat.KURANG_INOVATIF,
        kurangInovatif, Predikat.TIDAK_DAPAT_DINILAI, tidakDapatDinilai);
  }

  @Test
  void seed2024OverThe415KabupatenUnder2024() {
    assertEquals(new Figures(415, 24_610, new BigDecimal("45.63"), counts(60, 270, 79, 6), 53),
        figures(2024, NationalDataset.Coverage.KABUPATEN, 2024));
  }

  @Test
  void seed2024OverThe546RegionsUnder2024() {
    assertEquals(new Figures(546, 31_590, new BigDecimal("45.28"), counts(79, 354, 101, 12), 72),
        figures(2024, NationalDataset.Coverage.ALL, 2024));
  }

  @Test
  void seed2025OverThe546RegionsUnder2025() {
    assertEquals(new Figures(546, 34_477, new BigDecimal("50.59"), counts(70, 370, 93, 13), 54),
        figures(2025, NationalDataset.Coverage.ALL, 2025));
  }

  @Test
  void seed2026OverThe546RegionsUnder2026ManyMoreMissTheFiveAffairGate() {
    assertEquals(new Figures(546, 35_845, new BigDecimal("44.36"), counts(38, 304, 192, 12), 327),
        figures(2026, NationalDataset.Coverage.ALL, 2026));
  }
}

package id.iga.calibrate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import id.iga.calibrate.Calibration.Check;
import id.iga.calibrate.Calibration.Count;
import id.iga.calibrate.Calibration.Explanation;
import id.iga.calibrate.Calibration.Miss;
import id.iga.calibrate.Calibration.Precision;
import id.iga.calibrate.Calibration.Reading;
import id.iga.calibrate.Calibration.Verdict;
import id.iga.calibrate.PublishedResult.Innovations;
import id.iga.calibrate.PublishedResult.Publication;
import id.iga.calibrate.PublishedResult.Scale;
import id.iga.rubric.Predikat;
import id.iga.rubric.RubricFixtures;
import id.iga.submission.Region;
import id.iga.submission.RegionType;
import java.math.BigDecimal;
import java.util.List;
import javax.annotation.Nullable;
import org.junit.jupiter.api.Test;

/** Calibration on {@link RubricFixtures#coarse() the coarse rubric}, where IID = total. */
class CalibrationSpec {
  static final Calibration CALIBRATION = Calibration.of(RubricFixtures.coarse());
  static final Region REGION = new Region("33.28", "Kabupaten Tegal", RegionType.KABUPATEN, "33");

  private static PublishedResult row(@Nullable String score, @Nullable Predikat predikat, Innovations innovations,
      @Nullable String mean) {
    return new PublishedResult(REGION, 2024, score == null ? null : new BigDecimal(score), Scale.INDEX, predikat,
        null, innovations, mean == null ? null : new BigDecimal(mean), Publication.FINAL, "https://example.org", "");
  }

  private static Innovations sent(int n) {
    return new Innovations(n, null, null);
  }

  private static List<BigDecimal> decimals(String... values) {
    return java.util.Arrays.stream(values).map(BigDecimal::new).toList();
  }

  @Test
  void anIidTheGridReachesOnlyWithTheGateMetIsExplainedByEveryReachableSpd() {
    Check c = CALIBRATION.check(row("41.00", Predikat.INOVATIF, sent(1), null));
    assertEquals(Verdict.CONSISTENT, c.verdict());
    assertEquals(List.of(new Explanation(new Reading(Count.SENT, 1, true, Precision.AS_PRINTED),
        decimals("0.00", "20.00"), decimals("40.00", "20.00").stream().sorted().toList(), decimals("41.00"))),
        c.explanations());
    assertEquals(List.of(new Miss(new Reading(Count.SENT, 1, false, Precision.AS_PRINTED), new BigDecimal("40.00"),
        new BigDecimal("50.00"))), c.misses());
    assertEquals(List.of(true), c.gateOutcomes());
  }

  @Test
  void anIidBetweenTheGridsPointsIsInconsistentAndNamesTheNearestOnEachSide() {
    Check c = CALIBRATION.check(row("45", null, sent(1), null));
    assertEquals(Verdict.INCONSISTENT, c.verdict());
    assertEquals(List.of(
        new Miss(new Reading(Count.SENT, 1, true, Precision.AS_PRINTED), new BigDecimal("41.00"),
            new BigDecimal("51.00")),
        new Miss(new Reading(Count.SENT, 1, false, Precision.AS_PRINTED), new BigDecimal("40.00"),
            new BigDecimal("50.00"))), c.misses());
  }

  @Test
  void aPublishedMeanMaturityNarrowsTheSumsOfMaturities() {
    Check c = CALIBRATION.check(row("41.00", null, sent(1), "40.00"));
    assertEquals(decimals("0.00"), c.impliedSpd());
  }

  @Test
  void aPredikatTheBandsDoNotGiveTheIidRulesTheReadingOut() {
    Check c = CALIBRATION.check(row("41.00", Predikat.SANGAT_INOVATIF, sent(1), null));
    assertEquals(Verdict.INCONSISTENT, c.verdict());
  }

  @Test
  void aFigureWithFewerDecimalsMayBeTheReportedIidRoundedFurther() {
    Check c = CALIBRATION.check(row("41.0", null, sent(1), null));
    assertEquals(List.of(Precision.AS_PRINTED, Precision.ROUNDED_FURTHER), c.precisions());
    Check further = CALIBRATION.check(row("40.9", null, sent(1), null));
    assertEquals(Verdict.INCONSISTENT, further.verdict());
  }

  @Test
  void sentAndAcceptedAreBothTriedWhenTheyDiffer() {
    // two sent, one accepted: with n = 2 the count score is 2; 42 = 0 + 40 / 1 ... the sum of two maturities over
    // d = 2 is a multiple of 10, so 42 needs n = 2 (count 2) and 40 from SPD + sum / 2
    Check c = CALIBRATION.check(row("42", null, new Innovations(2, 1, null), null));
    assertEquals(List.of(Count.SENT), c.counts());
    Check accepted = CALIBRATION.check(row("41", null, new Innovations(2, 1, null), null));
    assertEquals(List.of(Count.ACCEPTED), accepted.counts());
  }

  @Test
  void rowsItCannotCheckSayWhy() {
    assertEquals("no IID published", CALIBRATION.check(row(null, Predikat.INOVATIF, sent(1), null)).reason());
    assertEquals("no number of innovations published; the predikat agrees with the rubric's bands",
        CALIBRATION.check(row("41", Predikat.INOVATIF, Innovations.NONE, null)).reason());
    assertEquals("the rubric reads 41 as INOVATIF, not SANGAT_INOVATIF",
        CALIBRATION.check(row("41", Predikat.SANGAT_INOVATIF, Innovations.NONE, null)).reason());
    assertEquals("the published IID 41.005 has more than the 2 decimals the rubric reports",
        CALIBRATION.check(row("41.005", null, sent(1), null)).reason());
    PublishedResult raw = new PublishedResult(REGION, 2024, new BigDecimal("74400"), Scale.RAW, null, null,
        Innovations.NONE, null, Publication.FINAL, "https://example.org", "");
    assertEquals(Verdict.NOT_CHECKED, CALIBRATION.check(raw).verdict());
  }

  @Test
  void aRowOfAnotherYearIsRefused() {
    PublishedResult other = new PublishedResult(REGION, 2023, new BigDecimal("41"), Scale.INDEX, null, null, sent(1),
        null, Publication.FINAL, "https://example.org", "");
    assertThrows(IllegalArgumentException.class, () -> CALIBRATION.check(other));
    assertEquals(List.of(), CALIBRATION.checkAll(List.of(other)));
  }
}

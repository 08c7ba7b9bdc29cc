package id.iga.compare;

import id.iga.Message;
import static id.iga.compare.CompareFixtures.SRAGEN;
import static id.iga.compare.CompareFixtures.sragen;
import static id.iga.compare.CompareFixtures.y2024;
import static id.iga.compare.CompareFixtures.y2025;
import static id.iga.compare.CompareFixtures.y2026;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.iga.IgaException;
import id.iga.compare.Cell.Kind;
import id.iga.rubric.Predikat;
import id.iga.score.Mode;
import id.iga.score.ScoreResult;
import id.iga.score.Scorer;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class YearComparisonTest {
  private static final YearComparison Y2024_2026 = YearComparison.of(List.of(y2024(), y2026()));

  private static String cells(RowComparison row) {
    return String.join(" | ", row.cells().stream().map(c -> c.year() + " " + c.kind() + " " + c.text()).toList());
  }

  @Test
  void eachYearScoresTheSameSubmissionWithItsOwnPredicatesAndParameters() {
    Comparison c = Y2024_2026.compare(sragen(), Mode.CLAIMED);
    assertEquals(List.of(2024, 2026), c.yearNumbers());
    ScoreResult a = c.years().get(0).scored().orElseThrow();
    ScoreResult b = c.years().get(1).scored().orElseThrow();
    assertEquals(new BigDecimal("66.00"), a.iid().value());
    assertEquals(Predikat.SANGAT_INOVATIF, a.predikat());
    assertEquals(new BigDecimal("22.00"), a.maturityMean().value());
    assertEquals(new BigDecimal("56.00"), b.iid().value());
    assertEquals(Predikat.INOVATIF, b.predikat());
    assertEquals(new BigDecimal("17.00"), b.maturityMean().value());
    assertEquals(new BigDecimal("1.00"), b.countScore().value());
    assertEquals(2, b.divisor());
    assertFalse(c.incomplete());
  }

  @Test
  void aYearsResultIsExactlyWhatItsScorerGives() {
    Comparison c = Y2024_2026.compare(sragen(), Mode.VERIFIED);
    assertEquals(Scorer.of(y2024()).score(sragen(), Mode.VERIFIED), c.years().get(0).result());
    assertEquals(Scorer.of(y2026()).score(sragen(), Mode.VERIFIED), c.years().get(1).result());
  }

  @Test
  void theDifferencesAreTheFactsTheYearsReadDifferentlyWithThePredicateThatDecided() {
    List<RowComparison> d = Y2024_2026.compare(sragen(), Mode.CLAIMED).differences();
    assertEquals(2, d.size());
    assertEquals("X", d.get(0).innovation());
    assertEquals("3", d.get(0).indicator());
    assertEquals("15", d.get(0).given());
    assertEquals("2024 DECIDED 2 (11..30) | 2026 DECIDED 1 (1..20)", cells(d.get(0)));
    assertEquals("4", d.get(1).indicator());
    assertEquals("SK_PD", d.get(1).given());
    assertEquals("2024 DECIDED 1 (one of SK_PD) | 2026 NO_LEVEL 0 (meets no level)", cells(d.get(1)));
  }

  @Test
  void answersGivenAsLevelsAreCarriedIntoEveryYearUnchanged() {
    Comparison c = Y2024_2026.compare(sragen(), Mode.CLAIMED);
    List<RowComparison> carried = c.carried();
    assertEquals(2, carried.size());
    assertNull(carried.get(0).innovation());
    assertEquals("1", carried.get(0).indicator());
    assertEquals("level 2", carried.get(0).given());
    assertEquals("2024 CARRIED 2 carried | 2026 CARRIED 2 carried", cells(carried.get(0)));
    assertEquals("Y", carried.get(1).innovation());
    assertEquals("2024 CARRIED 3 carried | 2026 CARRIED 3 carried", cells(carried.get(1)));
  }

  @Test
  void everyAnswerIsListedOnceInSubmissionOrder() {
    List<RowComparison> rows = Y2024_2026.compare(sragen(), Mode.CLAIMED).rows();
    assertEquals(List.of("spd 1", "spd 2", "X 3", "X 4", "Y 3", "Y 4"), rows.stream()
        .map(r -> (r.innovation() == null ? "spd" : r.innovation()) + " " + r.indicator()).toList());
    assertEquals("2024 DECIDED 3 (one of PERKADA, PERDA) | 2026 DECIDED 3 (one of PERDA)", cells(rows.get(5)));
    assertEquals("2024 DECIDED 2 (> 50 and <= 86) | 2026 DECIDED 2 (> 50 and <= 86)", cells(rows.get(1)));
  }

  @Test
  void inVerifiedModeAnswersNotAcceptedScoreNothingInAnyYearAndDoNotDiffer() {
    Comparison c = Y2024_2026.compare(sragen(), Mode.VERIFIED);
    assertEquals(List.of(), c.differences());
    assertEquals("2024 NOT_COUNTED 0 (not accepted) | 2026 NOT_COUNTED 0 (not accepted)", cells(c.rows().get(2)));
    assertEquals(new BigDecimal("2.00"), c.years().get(0).scored().orElseThrow().iid().value());
  }

  @Test
  void aYearThatCannotReadAnAnswerIsNotScoredAndSaysWhy() {
    Comparison c = YearComparison.of(List.of(y2024(), y2025())).compare(sragen(), Mode.CLAIMED);
    assertTrue(c.incomplete());
    YearScore y2025 = c.years().get(1);
    assertNull(y2025.result());
    assertEquals(List.of("spd 2: rubric 2025 has no region indicator 2",
        "innovation X indicator 4 (Regulasi inovasi): unknown category 'SK_PD'; expected one of [SK_KDH, PERKADA, "
            + "PERDA]"), y2025.problems());
    assertEquals(new BigDecimal("66.00"), c.years().get(0).scored().orElseThrow().iid().value());
    List<RowComparison> d = c.differences();
    assertEquals(2, d.size());
    assertEquals("2024 DECIDED 2 (> 50 and <= 86) | 2025 NOT_IN_RUBRIC not in this year's rubric", cells(d.get(0)));
    assertEquals("2024 DECIDED 1 (one of SK_PD) | 2025 NOT_IN_VOCABULARY not in this year's vocabulary",
        cells(d.get(1)));
  }

  @Test
  void aYearGivenTwiceIsRefused() {
    IgaException e = assertThrows(IgaException.class, () -> YearComparison.of(List.of(y2024(), y2026(), y2024())));
    assertEquals("year 2024 is given twice; compare each year once", e.getMessage());
  }

  @Test
  void noYearIsRefused() {
    IgaException e = assertThrows(IgaException.class, () -> YearComparison.of(List.of()));
    assertEquals("a comparison needs at least one rubric year", e.getMessage());
  }

  @Test
  void theComparisonNamesTheRegionAndMode() {
    Comparison c = Y2024_2026.compare(sragen(), Mode.VERIFIED);
    assertEquals(SRAGEN, c.region());
    assertEquals(Mode.VERIFIED, c.mode());
  }

  @Test
  void aCellThatCannotReadTheAnswerHasNoLevel() {
    Cell cell = new Cell(2025, Kind.NOT_IN_VOCABULARY, 0, Message.of("compare.cell.notInVocabulary"));
    assertFalse(cell.applies());
    Cell none = new Cell(2025, Kind.NO_LEVEL, 0, Message.of("compare.detail.noLevel"));
    assertTrue(none.applies());
    assertEquals("meets no level", none.detail());
    assertEquals("tidak memenuhi tingkat mana pun", none.detail(Message.INDONESIAN));
  }
}

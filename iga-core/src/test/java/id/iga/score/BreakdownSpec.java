package id.iga.score;

import static id.iga.score.Submissions.answers;
import static id.iga.score.Submissions.submission;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.iga.rubric.Assumption;
import id.iga.rubric.Band;
import id.iga.rubric.Fact;
import id.iga.rubric.Indicator;
import id.iga.rubric.ParameterOverride;
import id.iga.rubric.Predikat;
import id.iga.rubric.Provenance;
import id.iga.rubric.Rubric;
import id.iga.rubric.RubricFixtures;
import id.iga.rubric.Status;
import id.iga.submission.Answer;
import id.iga.submission.Submission;
import java.util.Locale;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What a result explains: its rows, the points lost per indicator (largest first, adding up exactly to the gap), its
 * warnings and the rubric's assumptions. Scored on {@link TestRubrics#mini} with {@link Submissions#mixed}.
 */
class BreakdownSpec {
  private static final Rubric MINI = TestRubrics.mini();
  private static final Submission MIXED = Submissions.mixed();

  private static void assertSameValue(Fraction expected, Fraction actual) {
    assertTrue(expected.equals(actual), () -> "expected " + expected + " but was " + actual);
  }

  @Test
  void pointsLostAreListedLargestFirst() {
    // Count 10 - 1.5 = 8.5; divisor (4 - 3) x 19.5 / 4 = 4.875; row 3 (0 + 3 + 9) / 4 = 3; row 5 (1.5 + 3 + 4.5) / 4
    // = 2.25; row 4 (2 + 0 + 0) / 4 = 0.5; rows 1 and 2 lost nothing and are left out.
    List<PointsLost> lost = Scorer.of(MINI).score(MIXED, Mode.CLAIMED).pointsLost();

    assertEquals(List.of("COUNT_SCORE", "DIVISOR", "3", "5", "4"), lost.stream().map(PointsLost::code).toList());
    assertEquals(List.of(new BigDecimal("8.50"), new BigDecimal("4.88"), new BigDecimal("3.00"),
        new BigDecimal("2.25"), new BigDecimal("0.50")), lost.stream().map(p -> p.points().value()).toList());
    assertSameValue(new Fraction(17, 2), lost.get(0).points().exact());
    assertSameValue(new Fraction(39, 8), lost.get(1).points().exact());
    assertSameValue(new Fraction(3, 1), lost.get(2).points().exact());
    assertSameValue(new Fraction(9, 4), lost.get(3).points().exact());
    assertSameValue(new Fraction(1, 2), lost.get(4).points().exact());
  }

  @Test
  void theExactPointsLostAddUpToTheMaximumLessTheTotal() {
    ScoreResult r = Scorer.of(MINI).score(MIXED, Mode.CLAIMED);
    BigInteger num = BigInteger.ZERO;
    BigInteger den = BigInteger.ONE;
    for (PointsLost p : r.pointsLost()) {
      BigInteger d = BigInteger.valueOf(p.points().exact().denominator());
      num = num.multiply(d).add(BigInteger.valueOf(p.points().exact().numerator()).multiply(den));
      den = den.multiply(d);
    }
    // 40 - 20.875 = 19.125 = 153/8. The rounded losses add up to 19.13 while 40 - 20.88 = 19.12: only the exact
    // values add up.
    assertSameValue(new Fraction(167, 8), r.total().exact());
    assertEquals(BigInteger.valueOf(153).multiply(den), num.multiply(BigInteger.valueOf(8)));
    assertEquals(new BigDecimal("19.13"),
        r.pointsLost().stream().map(p -> p.points().value()).reduce(BigDecimal.ZERO, BigDecimal::add));
  }

  @Test
  void theRegionRowsShowTheAnswerTheLevelAndTheExactScore() {
    ScoreResult r = Scorer.of(MINI).score(MIXED, Mode.VERIFIED);

    assertEquals(List.of(
        new RowScore("1", MIXED.spd().get("1"), true, 3, new BigDecimal("6"), new BigDecimal("6")),
        new RowScore("2", MIXED.spd().get("2"), false, 0, new BigDecimal("0.0"), new BigDecimal("4.5"))),
        r.spdRows());
  }

  @Test
  void anInnovationsRowsListEveryInnovationIndicatorInRubricOrderAnsweredOrNot() {
    ScoreResult r = Scorer.of(MINI).score(MIXED, Mode.CLAIMED);
    InnovationScore c = r.innovations().get(2);

    assertEquals("C", c.id());
    assertEquals(List.of(
        new RowScore("3", c.innovation().answers().get("3"), true, 0, new BigDecimal("0"), new BigDecimal("9")),
        new RowScore("4", c.innovation().answers().get("4"), true, 3, new BigDecimal("6"), new BigDecimal("6")),
        new RowScore("5", null, false, 0, new BigDecimal("0.0"), new BigDecimal("4.5"))), c.rows());
    assertSameValue(new Fraction(6, 1), c.maturity().exact());
  }

  @Test
  void warningsNameTheFactThatMetNoLevelAndTheMandatoryIndicatorLeftUnanswered() {
    ScoreResult r = Scorer.of(MINI).score(MIXED, Mode.CLAIMED);

    assertEquals(List.of(
        new EnglishWarning(Warning.Kind.NO_LEVEL_MET, "3", "C",
            "innovation C: the fact given for indicator 3 (Regulasi Inovasi Daerah) meets none of its levels and "
                + "scores 0"),
        new EnglishWarning(Warning.Kind.MANDATORY_UNANSWERED, "5", "C",
            "innovation C has no answer to mandatory indicator 5 (Manfaat inovasi)")), EnglishWarning.of(r.warnings()));
  }

  @Test
  void aRegionFactThatMeetsNoLevelAndAnUnansweredMandatoryRegionRowAreWarnedAbout() {
    // Row 2 (0..50 / >50..86 / >86 percent) answered -1; mandatory row 1 left out.
    Submission s = submission(answers("2", Answer.fact(Fact.quantity(-1))), List.of());
    ScoreResult r = Scorer.of(MINI).score(s, Mode.CLAIMED);

    assertEquals(List.of(
        new EnglishWarning(Warning.Kind.MANDATORY_UNANSWERED, "1", null,
            "mandatory region indicator 1 (Dokumen perencanaan) has no answer"),
        new EnglishWarning(Warning.Kind.NO_LEVEL_MET, "2", null,
            "the fact given for indicator 2 (Penyelesaian pengaduan) meets none of its levels and scores 0")),
        EnglishWarning.of(r.warnings()));
    assertEquals(new BigDecimal("0.00"), r.spd().value());
  }

  @Test
  void aRubricWithAssumedFactsListsThemAndWarnsFirst() {
    Provenance assumed = Provenance.of(Status.ASSUMED, "carried over from 2023");
    Rubric rubric = TestRubrics.mini(assumed);
    ScoreResult r = Scorer.of(rubric).score(MIXED, Mode.CLAIMED);

    assertEquals(List.of(new Assumption("rounding", "HALF_UP", "carried over from 2023")), r.assumptions());
    assertEquals(new EnglishWarning(Warning.Kind.ASSUMED_PARAMETER, null, null,
        "rubric 2024 rests on 1 ASSUMED fact(s): rounding"), EnglishWarning.of(r.warnings().get(0)));
    assertEquals(3, r.warnings().size());
  }

  @Test
  void assumedBandsAndIndicatorsAreListedAfterTheParameters() {
    Provenance assumed = Provenance.of(Status.ASSUMED, "as 2026");
    List<Band> bands = new ArrayList<>(RubricFixtures.bands2024());
    bands.set(1, new Band(Predikat.INOVATIF, new BigDecimal("35.00"), new BigDecimal("60.00"), assumed));
    Rubric base = TestRubrics.mini(assumed);
    Rubric rubric = Rubric.builder(2024).title("Mini").provenance(RubricFixtures.KNOWN)
        .indicators(base.indicators().subList(0, 3)).indicator(new Indicator("4", 4,
            TestRubrics.MEDIA.scope(), TestRubrics.MEDIA.variable(), TestRubrics.MEDIA.name(),
            TestRubrics.MEDIA.weight(), false, "", TestRubrics.MEDIA.fact(), TestRubrics.MEDIA.levels(), assumed))
        .indicator(TestRubrics.BENEFIT).bands(bands).parameters(base.parameters()).build();
    ScoreResult r = Scorer.of(rubric).score(MIXED, Mode.CLAIMED);

    assertEquals(List.of(new Assumption("rounding", "HALF_UP", "as 2026"),
        new Assumption("band INOVATIF", "35.00..60.00", "as 2026"),
        new Assumption("indicator 4", "Media sosialisasi, weight 2", "as 2026")), r.assumptions());
    assertEquals("rubric 2024 rests on 3 ASSUMED fact(s): rounding, band INOVATIF, indicator 4",
        r.warnings().get(0).text(Locale.ENGLISH));
  }

  @Test
  void aProjectedRubricWarnsOnceThatItIsProjectedBeforeItsAssumptions() {
    Provenance projected = Provenance.of(Status.PROJECTED, "announced for 2025");
    Rubric base = TestRubrics.mini(Provenance.of(Status.ASSUMED, "carried over from 2023"));
    Rubric rubric = Rubric.builder(2024).title("Mini").provenance(projected)
        .indicators(base.indicators().subList(0, 3)).indicator(new Indicator("4", 4,
            TestRubrics.MEDIA.scope(), TestRubrics.MEDIA.variable(), TestRubrics.MEDIA.name(),
            TestRubrics.MEDIA.weight(), false, "", TestRubrics.MEDIA.fact(), TestRubrics.MEDIA.levels(), projected))
        .indicator(TestRubrics.BENEFIT).bands(base.bands()).parameters(base.parameters()).build();
    Scorer scorer = Scorer.of(rubric);
    ScoreResult r = scorer.score(MIXED, Mode.CLAIMED);

    assertEquals(List.of(new Assumption("rubric 2024", "Mini", "announced for 2025", Status.PROJECTED),
        new Assumption("rounding", "HALF_UP", "carried over from 2023", Status.ASSUMED),
        new Assumption("indicator 4", "Media sosialisasi, weight 2", "announced for 2025", Status.PROJECTED)),
        r.assumptions());
    assertEquals(List.of(
        new EnglishWarning(Warning.Kind.PROJECTED_RUBRIC, null, null,
            "rubric 2024 is projected, not yet in force: it rests on 2 PROJECTED fact(s): rubric 2024, indicator 4"),
        new EnglishWarning(Warning.Kind.ASSUMED_PARAMETER, null, null,
            "rubric 2024 rests on 1 ASSUMED fact(s): rounding")),
        EnglishWarning.of(r.warnings().subList(0, 2)));
    assertEquals(1, r.warnings().stream().filter(w -> w.kind() == Warning.Kind.PROJECTED_RUBRIC).count());
    assertEquals(r.warnings(), scorer.score(MIXED, Mode.CLAIMED).warnings());
  }

  @Test
  void aDerivedRubricsOverridesAreListedAndWarnedAbout() {
    Rubric derived = MINI.derive(RubricFixtures.parameters(10, "0.5", 20, 2, RoundingMode.HALF_UP), MINI.bands());
    ScoreResult r = Scorer.of(derived).score(MIXED, Mode.CLAIMED);

    assertEquals(List.of(new ParameterOverride("divisorFloor", "4", "10")), r.overrides());
    assertEquals(new EnglishWarning(Warning.Kind.OVERRIDDEN_PARAMETER, null, null,
        "scored with parameters other than the published rubric 2024's: divisorFloor 4 -> 10"),
        EnglishWarning.of(r.warnings().get(0)));
    assertEquals(10, r.divisor());
  }
}

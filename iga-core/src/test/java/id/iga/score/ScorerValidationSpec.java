package id.iga.score;

import static id.iga.score.Submissions.answers;
import static id.iga.score.Submissions.innovation;
import static id.iga.score.Submissions.submission;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import id.iga.IgaException;
import id.iga.rubric.Fact;
import id.iga.rubric.Rubric;
import id.iga.rubric.RubricFixtures;
import id.iga.rubric.Scope;
import id.iga.submission.Affair;
import id.iga.submission.Answer;
import id.iga.submission.Innovation;
import id.iga.submission.Submission;
import id.iga.submission.Verification;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A submission that does not fit the rubric is refused with an {@link IgaException} whose message says what was found
 * and what was expected, and whose location is the JSON pointer of the answer. Scored on {@link TestRubrics#mini}:
 * region rows 1 (level only) and 2 (percent), innovation rows 3 (category), 4 (codes) and 5 (measure).
 */
class ScorerValidationSpec {
  private static final Scorer SCORER = Scorer.of(TestRubrics.mini());

  private static IgaException refused(Submission s) {
    return assertThrows(IgaException.class, () -> SCORER.score(s, Mode.CLAIMED));
  }

  private static Submission withInnovationAnswers(Map<String, Answer> second) {
    Innovation first = innovation("A", Affair.PENDIDIKAN, answers("3", Answer.level(2)));
    return submission(answers("1", Answer.level(1)), List.of(first, innovation("B", Affair.SOSIAL, second)));
  }

  private static void assertRefused(String pointer, String problem, Submission s) {
    IgaException e = refused(s);
    assertEquals(pointer, e.location().orElseThrow().pointer());
    assertEquals(problem, e.problem());
    assertEquals(pointer + ": " + problem, e.getMessage());
  }

  @Test
  void anUnknownRegionIndicatorCodeIsRefused() {
    assertRefused("/spd/99", "rubric 2024 has no region indicator '99'; expected one of 1, 2",
        submission(answers("1", Answer.level(1), "99", Answer.level(2)), List.of()));
  }

  @Test
  void anUnknownInnovationIndicatorCodeIsRefused() {
    assertRefused("/innovations/1/answers/17", "rubric 2024 has no innovation indicator '17'; expected one of 3, 4, 5",
        withInnovationAnswers(answers("17", Answer.level(1))));
  }

  @Test
  void aRegionIndicatorAnsweredPerInnovationIsRefused() {
    assertRefused("/innovations/1/answers/1", "indicator 1 is answered once per region (spd), not per innovation",
        withInnovationAnswers(answers("4", Answer.level(1), "1", Answer.level(3))));
  }

  @Test
  void anInnovationIndicatorAnsweredInTheRegionsAnswersIsRefused() {
    assertRefused("/spd/3", "indicator 3 is answered per innovation, not in the region's spd answers",
        submission(answers("3", Answer.level(3)), List.of()));
  }

  @Test
  void aFactOfTheWrongKindIsRefused() {
    assertRefused("/spd/2", "indicator 2 (Penyelesaian pengaduan): expected a QUANTITY fact ({\"value\": <percent>}), "
            + "not a CATEGORY fact",
        submission(answers("2", Answer.fact(Fact.category("PERDA"))), List.of()));
  }

  @Test
  void aFactForALevelOnlyIndicatorIsRefused() {
    assertRefused("/spd/1", "indicator 1 (Dokumen perencanaan): this indicator is answered by level only "
            + "({\"level\": 0..3}); no fact is defined for it",
        submission(answers("1", Answer.fact(Fact.quantity(3))), List.of()));
  }

  @Test
  void aCategoryOutsideTheVocabularyIsRefused() {
    assertRefused("/innovations/1/answers/3", "indicator 3 (Regulasi Inovasi Daerah): unknown category 'SK_BUPATI'; "
            + "expected one of [SK_KEPALA_PD, SK_KEPALA_DAERAH, PERKADA, PERDA]",
        withInnovationAnswers(answers("3", Answer.fact(Fact.category("SK_BUPATI")))));
  }

  @Test
  void aCodeOutsideTheVocabularyIsRefused() {
    assertRefused("/innovations/1/answers/4", "indicator 4 (Media sosialisasi): unknown code 'FAX'; expected codes "
            + "from [WEB, APP, SOCMED, PRINT, VIDEO]",
        withInnovationAnswers(answers("4", Answer.fact(Fact.codes("WEB", "FAX")))));
  }

  @Test
  void aBasisOutsideTheVocabularyIsRefused() {
    assertRefused("/innovations/1/answers/5", "indicator 5 (Manfaat inovasi): unknown basis 'hectares'; expected one "
            + "of [persons, percent]",
        withInnovationAnswers(answers("5", Answer.fact(Fact.measure("hectares", BigDecimal.TEN)))));
  }

  @Test
  void aRejectedAnswerIsValidatedAllTheSameInVerifiedMode() {
    Submission s = submission(answers("2", Answer.fact(Fact.codes("WEB")).with(Verification.REJECTED)), List.of());
    IgaException e = assertThrows(IgaException.class, () -> SCORER.score(s, Mode.VERIFIED));

    assertEquals("/spd/2: indicator 2 (Penyelesaian pengaduan): expected a QUANTITY fact ({\"value\": <percent>}), "
        + "not a CODES fact", e.getMessage());
  }

  @Test
  void aCodeWithASlashIsEscapedInThePointer() {
    assertRefused("/spd/2~1b", "rubric 2024 has no region indicator '2/b'; expected one of 1, 2",
        submission(answers("2/b", Answer.level(1)), List.of()));
  }

  @Test
  void askingAnInnovationScoreForAnIndicatorTheRubricLacksIsRefused() {
    InnovationScore a = SCORER.score(withInnovationAnswers(Map.of()), Mode.CLAIMED).innovations().get(0);
    IgaException e = assertThrows(IgaException.class, () -> a.level("1"));

    assertEquals("rubric 2024 has no innovation indicator 1", e.getMessage());
  }

  private static Rubric oneRow(String weight) {
    return Rubric.builder(2024).title("Large").provenance(RubricFixtures.KNOWN)
        .indicator(RubricFixtures.levelOnly("1", Scope.INNOVATION, "Satu", weight, false))
        .bands(RubricFixtures.bands2024()).parameters(RubricFixtures.parameters(10, "0.38", 200, 2,
            RoundingMode.HALF_UP)).build();
  }

  private static Submission innovationsAtLevelThree(int n) {
    List<Innovation> innovations = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      innovations.add(innovation("INV-" + i, Affair.KOMINFO, answers("1", Answer.level(3))));
    }
    return submission(Map.of(), innovations);
  }

  @Test
  void aRubricTooLargeToScoreExactlyInLongUnitsIsRefused() {
    // Weight 10^13: a maximum total of 3 x 10^13 + 76 points, 3 x 10^17 units; 100 x that overflows a long.
    IgaException e = assertThrows(IgaException.class, () -> Scorer.of(oneRow("10000000000000")));

    assertEquals("rubric 2024 has a maximum total of 30000000000076.00 points; the engine scores exactly up to "
        + "9223372036854.7758 points", e.getMessage());
  }

  @Test
  void aLargeRubricScoresExactlyUpToTheDivisorItsRangeAllows() {
    // Weight 3 x 10^11: maximum total 900000000076 points; 100 x 10 x 9.00000000076 x 10^15 units fits in a long.
    ScoreResult r = Scorer.of(oneRow("300000000000")).score(innovationsAtLevelThree(10), Mode.CLAIMED);

    assertEquals(new BigDecimal("900000000000.00"), r.total().value());
    assertEquals(new BigDecimal("100.00"), r.iid().value());
  }

  @Test
  void aSubmissionWhoseDivisorWouldOverflowTheExactRangeIsRefused() {
    IgaException e = assertThrows(IgaException.class,
        () -> Scorer.of(oneRow("300000000000")).score(innovationsAtLevelThree(11), Mode.CLAIMED));

    assertEquals("11 innovations under rubric 2024 exceed the engine's exact range: 100 x divisor 11 x maximum "
        + "total 900000000076.00 must stay within 9223372036854775807 units of 1/10000", e.getMessage());
  }
}

package id.iga.score;

import static org.junit.jupiter.api.Assertions.assertEquals;

import id.iga.rubric.Predikat;
import id.iga.submission.Submission;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * CLAIMED counts every answer; VERIFIED counts only answers the verifier accepted, and an innovation whose answers
 * were all rejected still counts in n. Scored on {@link TestRubrics#mini} (maximum 40, k = 4, gate 2, 0.5 per
 * innovation) with {@link Submissions#mixed}.
 */
class ModeSpec {
  private static final Scorer SCORER = Scorer.of(TestRubrics.mini());
  private static final Submission MIXED = Submissions.mixed();

  @Test
  void claimedCountsEveryAnswer() {
    // SPD 2x3 + 1.5x3 = 10.5. Maturity A 3x3 + 2x2 + 1.5x2 = 16, B 3x2 + 2x3 + 1.5x1 = 13.5, C 0 + 2x3 = 6: 35.5,
    // / MAX(4, 3) = 8.875. Count 3 x 0.5 = 1.5 (Pendidikan, Kesehatan). SID 10.375, total 20.875, IID 52.1875.
    ScoreResult r = SCORER.score(MIXED, Mode.CLAIMED);

    assertEquals(new BigDecimal("10.50"), r.spd().value());
    assertEquals(new BigDecimal("8.88"), r.maturityMean().value());
    assertEquals(new BigDecimal("1.50"), r.countScore().value());
    assertEquals(new BigDecimal("10.38"), r.sid().value());
    assertEquals(new BigDecimal("20.88"), r.total().value());
    assertEquals(new BigDecimal("52.19"), r.iid().value());
    assertEquals(Predikat.INOVATIF, r.predikat());
    assertEquals(List.of(new BigDecimal("16.00"), new BigDecimal("13.50"), new BigDecimal("6.00")),
        r.innovations().stream().map(i -> i.maturity().value()).toList());
  }

  @Test
  void verifiedCountsOnlyAcceptedAnswers() {
    // SPD 2x3 = 6 (row 2 rejected). Maturity A 9 + 0 (pending) + 3 = 12, B 0 (all rejected), C 6: 18, / 4 = 4.5.
    // Count 1.5. SID 6, total 12, IID 30.
    ScoreResult r = SCORER.score(MIXED, Mode.VERIFIED);

    assertEquals(new BigDecimal("6.00"), r.spd().value());
    assertEquals(new BigDecimal("4.50"), r.maturityMean().value());
    assertEquals(new BigDecimal("1.50"), r.countScore().value());
    assertEquals(new BigDecimal("6.00"), r.sid().value());
    assertEquals(new BigDecimal("12.00"), r.total().value());
    assertEquals(new BigDecimal("30.00"), r.iid().value());
    assertEquals(Predikat.KURANG_INOVATIF, r.predikat());
    assertEquals(List.of(new BigDecimal("12.00"), new BigDecimal("0.00"), new BigDecimal("6.00")),
        r.innovations().stream().map(i -> i.maturity().value()).toList());
  }

  @Test
  void aRejectedInnovationStillCountsInN() {
    ScoreResult r = SCORER.score(MIXED, Mode.VERIFIED);

    assertEquals(3, r.innovationCount());
    assertEquals(4, r.divisor());
    assertEquals(0, r.innovations().get(1).level("3"));
  }

  @Test
  void theRowsSayWhichAnswersCounted() {
    ScoreResult claimed = SCORER.score(MIXED, Mode.CLAIMED);
    ScoreResult verified = SCORER.score(MIXED, Mode.VERIFIED);

    assertEquals(List.of(true, true), claimed.spdRows().stream().map(RowScore::counted).toList());
    assertEquals(List.of(true, false), verified.spdRows().stream().map(RowScore::counted).toList());
    assertEquals(List.of(3, 0), verified.spdRows().stream().map(RowScore::level).toList());
    assertEquals(List.of(true, false, true),
        verified.innovations().get(0).rows().stream().map(RowScore::counted).toList());
  }

  @Test
  void verifiedModeWarnsHowManyAnswersWereNotAccepted() {
    // Row 2 rejected, A's row 4 pending, B's three rows rejected.
    List<Warning> warnings = SCORER.score(MIXED, Mode.VERIFIED).warnings();

    assertEquals(new EnglishWarning(Warning.Kind.NOT_ACCEPTED, null, null,
        "5 answer(s) not accepted by the verifier scored 0 in VERIFIED mode"),
        EnglishWarning.of(warnings.get(warnings.size() - 1)));
  }
}

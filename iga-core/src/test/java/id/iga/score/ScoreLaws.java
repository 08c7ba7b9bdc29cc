package id.iga.score;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import id.iga.IgaException;
import id.iga.generate.Corrupted;
import id.iga.generate.SeedGens;
import id.iga.generate.SeedGens.Case;
import id.iga.generate.SubmissionGenerator;
import id.iga.rubric.Predikat;
import id.iga.submission.Submission;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.quicktheories.QuickTheory;

/**
 * Laws of the engine over random rubrics and submissions ({@link SeedGens}); each law is checked in both modes. The
 * seed is fixed, so a run is reproducible, and a failure names the case's own seed.
 */
class ScoreLaws {
  private static final int EXAMPLES = 400;
  private static final Fraction ZERO = new Fraction(0, 1);
  private static final Fraction HUNDRED = new Fraction(100, 1);

  private static QuickTheory laws() {
    return qt().withFixedSeed(20_260_429L).withExamples(EXAMPLES);
  }

  private static ScoreResult score(Case c, Submission s, Mode mode) {
    return Scorer.of(c.rubric()).score(s, mode);
  }

  /** Everything a reordering of the input must leave alone: the numbers, the predikat, the exact values. */
  private record Numbers(Reported iid, Predikat predikat, Reported spd, Reported maturityMean,
      Reported countScore, Reported sid, Reported total, BigDecimal maxTotal, int divisor, int innovationCount,
      Gate gate, List<PointsLost> pointsLost, List<RowScore> spdRows, Map<String, Fraction> maturities) {

    static Numbers of(ScoreResult r) {
      Map<String, Fraction> maturities = new LinkedHashMap<>();
      r.innovations().forEach(i -> maturities.put(i.id(), i.maturity().exact()));
      return new Numbers(r.iid(), r.predikat(), r.spd(), r.maturityMean(), r.countScore(), r.sid(), r.total(),
          r.maxTotal(), r.divisor(), r.innovationCount(), r.gate(), r.pointsLost(),
          r.spdRows(), maturities);
    }
  }

  @Test
  void iidLiesBetweenZeroAndHundred() {
    laws().forAll(SeedGens.cases()).checkAssert(c -> {
      for (Mode mode : Mode.values()) {
        ScoreResult r = score(c, c.submission(), mode);
        assertTrue(r.iid().exact().compareTo(ZERO) >= 0 && r.iid().exact().compareTo(HUNDRED) <= 0,
            () -> "exact IID " + r.iid().exact());
        assertTrue(r.iid().value().signum() >= 0 && r.iid().value().compareTo(BigDecimal.valueOf(100)) <= 0, () -> "IID " + r.iid());
      }
    });
  }

  @Test
  void raisingOneAnswerNeverLowersTheIid() {
    laws().forAll(SeedGens.cases())
        .assuming(c -> SubmissionGenerator.raiseOneAnswer(c.rubric(), c.submission(), c.edits()).isPresent())
        .checkAssert(c -> {
          Submission raised = SubmissionGenerator.raiseOneAnswer(c.rubric(), c.submission(), c.edits()).orElseThrow();
          for (Mode mode : Mode.values()) {
            ScoreResult before = score(c, c.submission(), mode);
            ScoreResult after = score(c, raised, mode);
            assertTrue(after.iid().exact().compareTo(before.iid().exact()) >= 0,
                () -> mode + ": exact IID " + before.iid().exact() + " -> " + after.iid().exact());
            assertTrue(after.iid().compareTo(before.iid()) >= 0, () -> mode + ": IID " + before.iid() + " -> "
                + after.iid());
          }
        });
  }

  @Test
  void raisingOneClaimedAnswerRaisesTheExactTotal() {
    laws().forAll(SeedGens.cases())
        .assuming(c -> SubmissionGenerator.raiseOneAnswer(c.rubric(), c.submission(), c.edits()).isPresent())
        .checkAssert(c -> {
          Submission raised = SubmissionGenerator.raiseOneAnswer(c.rubric(), c.submission(), c.edits()).orElseThrow();
          Fraction before = score(c, c.submission(), Mode.CLAIMED).total().exact();
          Fraction after = score(c, raised, Mode.CLAIMED).total().exact();
          assertTrue(after.compareTo(before) > 0, () -> "exact total " + before + " -> " + after);
        });
  }

  @Test
  void shufflingInnovationsChangesNothing() {
    laws().forAll(SeedGens.cases()).checkAssert(c -> {
      Submission shuffled = SubmissionGenerator.shuffleInnovations(c.submission(), c.edits());
      for (Mode mode : Mode.values()) {
        assertEquals(Numbers.of(score(c, c.submission(), mode)), Numbers.of(score(c, shuffled, mode)));
      }
    });
  }

  @Test
  void shufflingAnswerOrderChangesNothing() {
    laws().forAll(SeedGens.cases()).checkAssert(c -> {
      Submission shuffled = SubmissionGenerator.shuffleAnswerOrder(c.submission(), c.edits());
      for (Mode mode : Mode.values()) {
        assertEquals(Numbers.of(score(c, c.submission(), mode)), Numbers.of(score(c, shuffled, mode)));
      }
    });
  }

  @Test
  void engineEqualsTheBigDecimalReference() {
    laws().forAll(SeedGens.cases()).checkAssert(c -> {
      for (Mode mode : Mode.values()) {
        assertEquals(ReferenceScorer.score(c.rubric(), c.submission(), mode),
            ReferenceScorer.Reported.of(score(c, c.submission(), mode)), mode::name);
      }
    });
  }

  @Test
  void pointsLostAddUpToTheGap() {
    laws().forAll(SeedGens.cases()).checkAssert(c -> {
      for (Mode mode : Mode.values()) {
        ScoreResult r = score(c, c.submission(), mode);
        // sum(lost) + total == maxTotal, as exact fractions; maxTotal = unscaled / 10^scale.
        BigInteger num = BigInteger.valueOf(r.total().exact().numerator());
        BigInteger den = BigInteger.valueOf(r.total().exact().denominator());
        for (PointsLost p : r.pointsLost()) {
          BigInteger d = BigInteger.valueOf(p.points().exact().denominator());
          num = num.multiply(d).add(BigInteger.valueOf(p.points().exact().numerator()).multiply(den));
          den = den.multiply(d);
        }
        BigDecimal max = c.rubric().maxima().total();
        BigInteger maxNum = max.unscaledValue();
        BigInteger maxDen = BigInteger.TEN.pow(Math.max(0, max.scale()));
        if (max.scale() < 0) {
          maxNum = maxNum.multiply(BigInteger.TEN.pow(-max.scale()));
        }
        assertEquals(maxNum.multiply(den), num.multiply(maxDen), mode::name);
      }
    });
  }

  @Test
  void verifiedNeverExceedsClaimed() {
    laws().forAll(SeedGens.cases()).checkAssert(c -> {
      ScoreResult claimed = score(c, c.submission(), Mode.CLAIMED);
      ScoreResult verified = score(c, c.submission(), Mode.VERIFIED);
      assertTrue(verified.total().exact().compareTo(claimed.total().exact()) <= 0,
          () -> "verified " + verified.total().exact() + " > claimed " + claimed.total().exact());
      assertTrue(verified.iid().compareTo(claimed.iid()) <= 0);
    });
  }

  @Test
  void malformedModelInputOnlyThrowsIgaException() {
    laws().forAll(SeedGens.cases()).checkAssert(c -> {
      Corrupted bad = SubmissionGenerator.corrupt(c.rubric(), c.submission(), c.edits());
      for (Mode mode : Mode.values()) {
        assertThrows(IgaException.class, () -> score(c, bad.submission(), mode), bad::description);
      }
    });
  }

  @Test
  void malformedInputIsReportedAtTheCorruptedAnswer() {
    laws().forAll(SeedGens.cases()).checkAssert(c -> {
      Corrupted bad = SubmissionGenerator.corrupt(c.rubric(), c.submission(), c.edits());
      IgaException e = assertThrows(IgaException.class, () -> score(c, bad.submission(), Mode.CLAIMED));
      assertEquals(Optional.of(bad.pointer()), e.location().map(l -> l.pointer()), bad::description);
    });
  }
}

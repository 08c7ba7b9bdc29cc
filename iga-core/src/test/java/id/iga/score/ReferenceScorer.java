package id.iga.score;

import id.iga.rubric.Band;
import id.iga.rubric.Indicator;
import id.iga.rubric.Parameters;
import id.iga.rubric.Predikat;
import id.iga.rubric.Rubric;
import id.iga.rubric.Scope;
import id.iga.submission.Affair;
import id.iga.submission.Answer;
import id.iga.submission.Innovation;
import id.iga.submission.Submission;
import id.iga.submission.Verification;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.EnumSet;
import java.util.Set;

import javax.annotation.Nullable;

/**
 * The IID formula written the plain way, with {@link BigDecimal} only and none of the engine's code: the reference
 * the engine's long-unit arithmetic is checked against. Valid submissions only.
 */
final class ReferenceScorer {
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
  private static final BigDecimal THREE = BigDecimal.valueOf(3);

  private ReferenceScorer() {}

  /** The reported numbers of a result. */
  record Reported(BigDecimal iid, BigDecimal spd, BigDecimal maturityMean, BigDecimal countScore, BigDecimal sid,
      BigDecimal total, int divisor, Predikat predikat) {

    static Reported of(ScoreResult r) {
      return new Reported(r.iid().value(), r.spd().value(), r.maturityMean().value(), r.countScore().value(),
          r.sid().value(), r.total().value(), r.divisor(),
          r.predikat());
    }
  }

  private static int level(Indicator indicator, Answer answer) {
    return answer instanceof Answer.Stated s ? indicator.levelOf(s.fact()) : ((Answer.Leveled) answer).level();
  }

  private static BigDecimal row(Indicator indicator, @Nullable Answer answer, Mode mode) {
    if (answer == null || (mode == Mode.VERIFIED && answer.verification() != Verification.ACCEPTED)) {
      return BigDecimal.ZERO;
    }
    return indicator.weight().multiply(BigDecimal.valueOf(level(indicator, answer)));
  }

  static Reported score(Rubric rubric, Submission submission, Mode mode) {
    Parameters p = rubric.parameters();
    int scale = p.reportingScale().value();
    RoundingMode rounding = p.rounding().value();

    BigDecimal spd = BigDecimal.ZERO;
    BigDecimal maxTotal = p.countScorePerInnovation().value().multiply(BigDecimal.valueOf(p.countCap().value()));
    for (Indicator i : rubric.indicators()) {
      maxTotal = maxTotal.add(i.weight().multiply(THREE));
    }
    for (Indicator i : rubric.indicators(Scope.REGION)) {
      spd = spd.add(row(i, submission.spd().get(i.code()), mode));
    }
    BigDecimal maturities = BigDecimal.ZERO;
    Set<Affair> basic = EnumSet.noneOf(Affair.class);
    for (Innovation inv : submission.innovations()) {
      if (inv.affair().basicService()) {
        basic.add(inv.affair());
      }
      for (Indicator i : rubric.indicators(Scope.INNOVATION)) {
        maturities = maturities.add(row(i, inv.answers().get(i.code()), mode));
      }
    }
    int n = submission.innovations().size();
    int divisor = Math.max(p.divisorFloor().value(), n);
    BigDecimal d = BigDecimal.valueOf(divisor);
    BigDecimal count = basic.size() >= p.basicServiceGate().value()
        ? p.countScorePerInnovation().value().multiply(BigDecimal.valueOf(Math.min(n, p.countCap().value())))
        : BigDecimal.ZERO;
    // Everything over the divisor is kept as a numerator over d, and divided (and rounded) once.
    BigDecimal sidTimesD = maturities.add(count.multiply(d));
    BigDecimal totalTimesD = spd.multiply(d).add(sidTimesD);
    BigDecimal iid = totalTimesD.multiply(HUNDRED).divide(d.multiply(maxTotal), scale, rounding);
    Predikat predikat = null;
    for (Band b : rubric.bands()) {
      if (iid.compareTo(b.lower()) >= 0 && iid.compareTo(b.upper()) <= 0) {
        predikat = b.predikat();
      }
    }
    return new Reported(iid, spd.setScale(scale, rounding), maturities.divide(d, scale, rounding),
        count.setScale(scale, rounding), sidTimesD.divide(d, scale, rounding), totalTimesD.divide(d, scale, rounding),
        divisor, predikat);
  }
}

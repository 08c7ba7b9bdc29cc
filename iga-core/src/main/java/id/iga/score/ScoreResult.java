package id.iga.score;

import id.iga.rubric.Assumption;
import id.iga.rubric.ParameterOverride;
import id.iga.rubric.Predikat;
import id.iga.submission.Affair;
import id.iga.submission.Region;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

/**
 * A region's scored result under one rubric and mode: every component of the IID, a per-indicator breakdown, the
 * points lost per indicator (largest first), warnings and the rubric's assumptions.
 *
 * <p>Every reported number (the {@link BigDecimal} components) is its exact value ({@link #exact()}) rounded once to
 * the rubric's reporting scale with its rounding mode. Reported components are rounded separately, so they need not
 * add up to the last digit (SPD + SID may differ from total by 0.01); the predikat is read from the reported IID.
 *
 * @param year the rubric year the region was scored under
 * @param region the region
 * @param mode which answers counted
 * @param iid the IID: total / maxTotal x 100
 * @param predikat the predikat of the reported IID
 * @param spd the SPD score: the sum of the region rows
 * @param maturityMean the sum of maturities divided by the divisor: SID's maturity part
 * @param countScore the count score (Skor Jumlah Inovasi)
 * @param sid maturityMean + countScore
 * @param total spd + sid
 * @param maxTotal the rubric's maximum total
 * @param divisor MAX(k, n), the divisor used
 * @param innovationCount n: the innovations sent (those rejected in verification included)
 * @param basicServicesCovered the basic-service affairs the innovations cover
 * @param spdRows one row per region indicator, in rubric order
 * @param innovations one entry per innovation, in submission order
 * @param pointsLost losses against the maximum, largest first, zero losses left out
 * @param warnings warnings, in the order found
 * @param assumptions the rubric's ASSUMED facts this result rests on
 * @param overrides the parameters changed against the published rubric
 * @param exact the exact values behind the reported ones
 */
public record ScoreResult(int year, Region region, Mode mode, BigDecimal iid, Predikat predikat, BigDecimal spd,
    BigDecimal maturityMean, BigDecimal countScore, BigDecimal sid, BigDecimal total, BigDecimal maxTotal,
    int divisor, int innovationCount, Set<Affair> basicServicesCovered, List<RowScore> spdRows,
    List<InnovationScore> innovations, List<PointsLost> pointsLost, List<Warning> warnings,
    List<Assumption> assumptions, List<ParameterOverride> overrides, Exact exact) {

  /**
   * The exact values behind the reported ones.
   *
   * @param iid total / maxTotal x 100
   * @param spd the SPD score
   * @param maturityMean sum of maturities / divisor
   * @param countScore the count score
   * @param sid maturityMean + countScore
   * @param total spd + sid
   */
  public record Exact(Fraction iid, Fraction spd, Fraction maturityMean, Fraction countScore, Fraction sid,
      Fraction total) {}
}

package id.iga.score;

import id.iga.rubric.Assumption;
import id.iga.rubric.ParameterOverride;
import id.iga.rubric.Predikat;
import id.iga.submission.Region;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * A region's scored result under one rubric and mode: every component of the IID, a per-indicator breakdown, the
 * points lost per reason (largest first), warnings and the rubric's assumptions. Immutable and thread-safe; every
 * list it returns is unmodifiable.
 *
 * <p>Only the {@link Scorer} makes results (there is no public constructor), so that a later 1.x release can add a
 * component without breaking callers. Two results are equal when every component is.
 *
 * <p>Every reported number is a {@link Reported}: its exact value rounded once to the rubric's reporting scale with
 * its rounding mode. Reported components are rounded separately, so they need not add up to the last digit (SPD + SID
 * may differ from total by 0.01); the predikat is read from the reported IID.
 *
 * @since 1.0
 */
public final class ScoreResult {
  private final int year;
  private final Region region;
  private final Mode mode;
  private final Reported iid;
  private final Predikat predikat;
  private final Reported spd;
  private final Reported maturityMean;
  private final Reported countScore;
  private final Reported sid;
  private final Reported total;
  private final BigDecimal maxTotal;
  private final int divisor;
  private final int innovationCount;
  private final Gate gate;
  private final List<RowScore> spdRows;
  private final List<InnovationScore> innovations;
  private final List<PointsLost> pointsLost;
  private final List<Warning> warnings;
  private final List<Assumption> assumptions;
  private final List<ParameterOverride> overrides;

  ScoreResult(Builder b) {
    this.year = b.year;
    this.region = Objects.requireNonNull(b.region, "region");
    this.mode = Objects.requireNonNull(b.mode, "mode");
    this.iid = Objects.requireNonNull(b.iid, "iid");
    this.predikat = Objects.requireNonNull(b.predikat, "predikat");
    this.spd = Objects.requireNonNull(b.spd, "spd");
    this.maturityMean = Objects.requireNonNull(b.maturityMean, "maturityMean");
    this.countScore = Objects.requireNonNull(b.countScore, "countScore");
    this.sid = Objects.requireNonNull(b.sid, "sid");
    this.total = Objects.requireNonNull(b.total, "total");
    this.maxTotal = Objects.requireNonNull(b.maxTotal, "maxTotal");
    this.divisor = b.divisor;
    this.innovationCount = b.innovationCount;
    this.gate = Objects.requireNonNull(b.gate, "gate");
    this.spdRows = List.copyOf(b.spdRows);
    this.innovations = List.copyOf(b.innovations);
    this.pointsLost = List.copyOf(b.pointsLost);
    this.warnings = List.copyOf(b.warnings);
    this.assumptions = List.copyOf(b.assumptions);
    this.overrides = List.copyOf(b.overrides);
  }

  /** The scorer's way of making a result; package-private, so results stay the scorer's. */
  static final class Builder {
    int year;
    Region region;
    Mode mode;
    Reported iid;
    Predikat predikat;
    Reported spd;
    Reported maturityMean;
    Reported countScore;
    Reported sid;
    Reported total;
    BigDecimal maxTotal;
    int divisor;
    int innovationCount;
    Gate gate;
    List<RowScore> spdRows = List.of();
    List<InnovationScore> innovations = List.of();
    List<PointsLost> pointsLost = List.of();
    List<Warning> warnings = List.of();
    List<Assumption> assumptions = List.of();
    List<ParameterOverride> overrides = List.of();

    ScoreResult build() {
      return new ScoreResult(this);
    }
  }

  /** @return the rubric year the region was scored under */
  public int year() {
    return year;
  }

  /** @return the region */
  public Region region() {
    return region;
  }

  /** @return which answers counted */
  public Mode mode() {
    return mode;
  }

  /** @return the IID: total / maxTotal x 100 */
  public Reported iid() {
    return iid;
  }

  /** @return the predikat of the reported IID */
  public Predikat predikat() {
    return predikat;
  }

  /** @return the IID with its predikat */
  public Standing standing() {
    return new Standing(iid, predikat);
  }

  /**
   * @return the region's facts summed as the aggregation needs them (SPD, sum of maturities, n, affairs covered), to
   *     aggregate again under a rubric that differs only in its parameters or bands
   */
  public Aggregate aggregate() {
    return new Aggregate(Aggregate.units(spd.exact(), 1), Aggregate.units(maturityMean.exact(), divisor),
        innovationCount, gate.covered().size());
  }

  /** @return the SPD score: the sum of the region rows */
  public Reported spd() {
    return spd;
  }

  /** @return the sum of maturities divided by the divisor: SID's maturity part */
  public Reported maturityMean() {
    return maturityMean;
  }

  /** @return the count score (Skor Jumlah Inovasi): MIN(n, cap) x per-innovation score, or 0 when the gate is not met */
  public Reported countScore() {
    return countScore;
  }

  /** @return the SID score: maturityMean + countScore */
  public Reported sid() {
    return sid;
  }

  /** @return the total: spd + sid */
  public Reported total() {
    return total;
  }

  /** @return the rubric's maximum total, at the reporting scale */
  public BigDecimal maxTotal() {
    return maxTotal;
  }

  /** @return MAX(k, n), the divisor of the maturities */
  public int divisor() {
    return divisor;
  }

  /** @return n: the innovations sent (those rejected in verification included) */
  public int innovationCount() {
    return innovationCount;
  }

  /** @return the basic-service gate: what the rubric requires, what the innovations cover, and whether it is met */
  public Gate gate() {
    return gate;
  }

  /** @return one row per region indicator, in rubric order */
  public List<RowScore> spdRows() {
    return spdRows;
  }

  /** @return one entry per innovation, in submission order */
  public List<InnovationScore> innovations() {
    return innovations;
  }

  /** @return losses against the maximum, largest first (ties in rubric order), zero losses left out */
  public List<PointsLost> pointsLost() {
    return pointsLost;
  }

  /** @return warnings, in the order found */
  public List<Warning> warnings() {
    return warnings;
  }

  /**
   * @return the ASSUMED and PROJECTED facts this result rests on: the rubric's, as {@code Rubric.assumptions()}, then
   *     each ASSUMED or PROJECTED rule of the rubric ({@link id.iga.rubric.Rules}) that decided something in this
   *     result, saying what it was applied to
   */
  public List<Assumption> assumptions() {
    return assumptions;
  }

  /** @return the parameters changed against the published rubric (empty for a published rubric) */
  public List<ParameterOverride> overrides() {
    return overrides;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ScoreResult r && r.year == year && r.region.equals(region) && r.mode == mode
        && r.iid.equals(iid) && r.predikat == predikat && r.spd.equals(spd) && r.maturityMean.equals(maturityMean)
        && r.countScore.equals(countScore) && r.sid.equals(sid) && r.total.equals(total)
        && r.maxTotal.equals(maxTotal) && r.divisor == divisor && r.innovationCount == innovationCount
        && r.gate.equals(gate) && r.spdRows.equals(spdRows) && r.innovations.equals(innovations)
        && r.pointsLost.equals(pointsLost) && r.warnings.equals(warnings) && r.assumptions.equals(assumptions)
        && r.overrides.equals(overrides);
  }

  @Override
  public int hashCode() {
    return Objects.hash(year, region, mode, iid, predikat, total, divisor, innovationCount, gate, innovations);
  }

  @Override
  public String toString() {
    return "ScoreResult[" + region.code() + " " + region.name() + ", " + year + " " + mode + ": IID " + iid + " "
        + predikat + "]";
  }
}

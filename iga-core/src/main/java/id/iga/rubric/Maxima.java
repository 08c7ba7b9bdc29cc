package id.iga.rubric;

import id.iga.Message;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * The maxima a rubric declares; construction checks them against the maxima its weights imply (63 / 111 / 76 / 250 for
 * the published years).
 *
 * @param spd the most SPD can be: every region row at level 3
 * @param maturity the most one innovation's maturity can be: every innovation row at level 3
 * @param countScore the most the count score can be
 * @param total {@code spd + maturity + countScore}: the IID's denominator
 *
 * @since 1.0
 */
public record Maxima(BigDecimal spd, BigDecimal maturity, BigDecimal countScore, BigDecimal total) {
  /**
   * Checks the components, as the type's documentation describes them.
   *
   * @param spd the most SPD can be: every region row at level 3
   * @param maturity the most one innovation's maturity can be: every innovation row at level 3
   * @param countScore the most the count score can be
   * @param total {@code spd + maturity + countScore}: the IID's denominator
   */
  public Maxima {
    Objects.requireNonNull(spd, "spd");
    Objects.requireNonNull(maturity, "maturity");
    Objects.requireNonNull(countScore, "countScore");
    Objects.requireNonNull(total, "total");
  }

  boolean sameAs(Maxima o) {
    return spd.compareTo(o.spd) == 0 && maturity.compareTo(o.maturity) == 0
        && countScore.compareTo(o.countScore) == 0 && total.compareTo(o.total) == 0;
  }

  /** @return the maxima in words, as a message */
  Message message() {
    return Message.of("rubric.maxima", spd, maturity, countScore, total);
  }

  /** @return the maxima in English words: {@code SPD 63, maturity 111, count score 76, total 250} */
  @Override
  public String toString() {
    return message().toString();
  }
}

package id.iga.rubric;

import id.iga.IgaException;
import id.iga.Message;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * The IID values, at the reporting scale, that earn one predikat. Both ends are inclusive: 2024's Inovatif band is
 * {@code 35.00..60.00}.
 *
 * @param predikat the predikat
 * @param lower the lowest reported IID in the band
 * @param upper the highest reported IID in the band
 * @param provenance where the edges come from
 *
 * @since 1.0
 */
public record Band(Predikat predikat, BigDecimal lower, BigDecimal upper, Provenance provenance) {
  /**
   * Checks the components, as the type's documentation describes them.
   *
   * @param predikat the predikat
   * @param lower the lowest reported IID in the band
   * @param upper the highest reported IID in the band
   * @param provenance where the edges come from
   */
  public Band {
    Objects.requireNonNull(predikat, "predikat");
    Objects.requireNonNull(lower, "lower");
    Objects.requireNonNull(upper, "upper");
    Objects.requireNonNull(provenance, "provenance");
    if (lower.compareTo(upper) > 0) {
      throw new IgaException(Message.of("rubric.band.inverted", predikat.name(), lower, upper));
    }
  }

  /**
   * @param reportedIid an IID at the reporting scale
   * @return whether it falls in this band
   */
  public boolean contains(BigDecimal reportedIid) {
    return reportedIid.compareTo(lower) >= 0 && reportedIid.compareTo(upper) <= 0;
  }
}

package id.iga.compare;

import id.iga.Message;
import id.iga.score.ScoreResult;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.Objects;

/**
 * One submission under a published rubric and under a rubric derived from it (a what-if).
 *
 * @param published the result under the published rubric
 * @param derived the result under the derived rubric; its {@code overrides} list the changed parameters
 *
 * @since 1.0
 */
public record Difference(ScoreResult published, ScoreResult derived) {
  /**
   * Checks the components, as the type's documentation describes them.
   *
   * @param published the result under the published rubric
   * @param derived the result under the derived rubric; its {@code overrides} list the changed parameters
   */
  public Difference {
    Objects.requireNonNull(published, "published");
    Objects.requireNonNull(derived, "derived");
  }

  /** @return derived IID minus published IID, both as reported: exact, no rounding */
  public BigDecimal iidChange() {
    return derived.iid().value().subtract(published.iid().value());
  }

  /** @return whether the predikat differs */
  public boolean predikatChanged() {
    return derived.predikat() != published.predikat();
  }

  /** @return the IID change with its sign: {@code +1.25}, {@code -0.40}, {@code 0.00} */
  public String iidChangeText() {
    return iidChangeText(Locale.ENGLISH);
  }

  /**
   * @param locale the language: Indonesian for an {@code id} locale, English otherwise
   * @return the IID change with its sign and the language's decimal separator: {@code +1.25} in English,
   *     {@code +1,25} in Indonesian
   */
  public String iidChangeText(Locale locale) {
    BigDecimal c = iidChange();
    return (c.signum() > 0 ? "+" : "") + Message.plain(c, locale);
  }
}

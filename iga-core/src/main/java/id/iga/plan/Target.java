package id.iga.plan;

import id.iga.Message;
import id.iga.rubric.Predikat;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.Objects;

/**
 * What a plan must reach: a reported IID, or a predikat (the lowest reported IID of its band in the rubric the plan
 * is made under). A reported IID meets the target when it is at least the target's IID.
 *
 * @since 1.0
 */
public sealed interface Target permits Target.Iid, Target.OfPredikat {

  /**
   * @param value a reported IID, 0..100 at the rubric's reporting scale ({@code 65.01})
   * @return that target
   */
  static Target iid(BigDecimal value) {
    return new Iid(value);
  }

  /**
   * @param predikat a predikat
   * @return the target of reaching that predikat's band (or a higher one)
   */
  static Target predikat(Predikat predikat) {
    return new OfPredikat(predikat);
  }

  /** @return the target in words, in English: {@code IID 65.01} or {@code SANGAT_INOVATIF} */
  default String describe() {
    return description().toString();
  }

  /**
   * @param locale the language: Indonesian for an {@code id} locale, English otherwise
   * @return the target in words, in that language: {@code IID 65,01} in Indonesian, or {@code SANGAT_INOVATIF}
   */
  default String describe(Locale locale) {
    return description().text(locale);
  }

  /** @return the target in words, as a message to show in either language */
  Message description();

  /**
   * A reported IID to reach.
   *
   * @param value the IID; checked against the rubric's reporting scale when a plan is made
   */
  record Iid(BigDecimal value) implements Target {
    /**
     * Checks the components, as the type's documentation describes them.
     *
     * @param value the IID; checked against the rubric's reporting scale when a plan is made
     */
    public Iid {
      Objects.requireNonNull(value, "value");
    }

    @Override
    public Message description() {
      return Message.of("plan.target.iid", value);
    }
  }

  /**
   * A predikat to reach: the lowest reported IID of its band.
   *
   * @param predikat the predikat
   */
  record OfPredikat(Predikat predikat) implements Target {
    /**
     * Checks the components, as the type's documentation describes them.
     *
     * @param predikat the predikat
     */
    public OfPredikat {
      Objects.requireNonNull(predikat, "predikat");
    }

    @Override
    public Message description() {
      return Message.of("plan.target.predikat", predikat.name());
    }
  }
}

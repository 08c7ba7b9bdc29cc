package id.iga.rubric;

import id.iga.Message;
import java.util.Locale;
import java.util.Objects;

import javax.annotation.Nullable;

/**
 * A fact a rubric assumes: a parameter, band or indicator that is not known to be in force for the rubric's year.
 * Its status is {@link Status#ASSUMED} (not published for the year; carried from the nearest year) or
 * {@link Status#PROJECTED} (announced for, or carried into, a year not yet in force). Every result scored with the
 * rubric lists them.
 *
 * <p>The subject, value and source are {@link Message}s, so that they read in Bahasa Indonesia or English;
 * {@link #subject()}, {@link #value()} and {@link #source()} give them in English, as the JSON of a result writes them.
 * Two assumptions are equal when their status and their English words are.
 *
 * @param subjectMessage what is assumed ({@code divisorFloor}, {@code band INOVATIF}, {@code indicator 16})
 * @param valueMessage the assumed value, in words
 * @param sourceMessage where it was carried from
 * @param status {@link Status#ASSUMED} or {@link Status#PROJECTED}
 *
 * @since 1.0
 */
public record Assumption(Message subjectMessage, Message valueMessage, Message sourceMessage, Status status) {
  /**
   * Checks the components, as the type's documentation describes them.
   *
   * @param subjectMessage what is assumed ({@code divisorFloor}, {@code band INOVATIF}, {@code indicator 16})
   * @param valueMessage the assumed value, in words
   * @param sourceMessage where it was carried from
   * @param status {@link Status#ASSUMED} or {@link Status#PROJECTED}
   */
  public Assumption {
    Objects.requireNonNull(subjectMessage, "subject");
    Objects.requireNonNull(valueMessage, "value");
    Objects.requireNonNull(sourceMessage, "source");
    if (status != Status.ASSUMED && status != Status.PROJECTED) {
      throw new IllegalArgumentException("an assumption is ASSUMED or PROJECTED, not " + status);
    }
  }

  /**
   * An assumed fact in words kept as written, the same in every language.
   *
   * @param subject what is assumed ({@code divisorFloor}, {@code band INOVATIF}, {@code indicator 16})
   * @param value the assumed value, in words
   * @param source where it was carried from
   * @param status {@link Status#ASSUMED} or {@link Status#PROJECTED}
   */
  public Assumption(String subject, String value, String source, Status status) {
    this(asWritten(subject), asWritten(value), asWritten(source), status);
  }

  /**
   * An {@link Status#ASSUMED} fact in words kept as written.
   *
   * @param subject what is assumed
   * @param value the assumed value, in words
   * @param source where it was carried from
   */
  public Assumption(String subject, String value, String source) {
    this(subject, value, source, Status.ASSUMED);
  }

  /**
   * An assumed fact whose source is a fact's provenance.
   *
   * @param subject what is assumed
   * @param value the assumed value, in words
   * @param provenance the fact's provenance: its source and its status ({@link Status#ASSUMED} or
   *     {@link Status#PROJECTED})
   */
  public Assumption(Message subject, Message value, Provenance provenance) {
    this(subject, value, provenance.sourceMessage(), provenance.status());
  }

  private static Message asWritten(String text) {
    return Message.of("rubric.asWritten", Objects.requireNonNull(text));
  }

  /** @return what is assumed, in English */
  public String subject() {
    return subjectMessage.toString();
  }

  /** @return the assumed value, in English */
  public String value() {
    return valueMessage.toString();
  }

  /** @return where it was carried from, in English */
  public String source() {
    return sourceMessage.toString();
  }

  /**
   * @param locale the language: Indonesian for an {@code id} locale, English otherwise
   * @return what is assumed, in that language
   */
  public String subject(Locale locale) {
    return subjectMessage.text(locale);
  }

  /**
   * @param locale the language: Indonesian for an {@code id} locale, English otherwise
   * @return the assumed value, in that language
   */
  public String value(Locale locale) {
    return valueMessage.text(locale);
  }

  /**
   * @param locale the language: Indonesian for an {@code id} locale, English otherwise
   * @return where it was carried from, in that language (a source a rubric document states is the same in both)
   */
  public String source(Locale locale) {
    return sourceMessage.text(locale);
  }

  /** @return whether the fact is {@link Status#PROJECTED} rather than {@link Status#ASSUMED} */
  public boolean projected() {
    return status == Status.PROJECTED;
  }

  /**
   * @param o another object
   * @return whether it is an assumption with the same status and the same English subject, value and source
   */
  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof Assumption a && a.status == status && a.subject().equals(subject())
        && a.value().equals(value()) && a.source().equals(source());
  }

  @Override
  public int hashCode() {
    return Objects.hash(subject(), value(), source(), status);
  }

  @Override
  public String toString() {
    return "Assumption[subject=" + subject() + ", value=" + value() + ", source=" + source() + ", status=" + status
        + "]";
  }
}

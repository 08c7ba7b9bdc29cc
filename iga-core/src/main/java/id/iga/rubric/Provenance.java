package id.iga.rubric;

import id.iga.IgaException;
import id.iga.Message;
import java.util.Locale;
import java.util.Objects;

import javax.annotation.Nullable;

/**
 * Where a rubric fact comes from and how sure we are of it.
 *
 * <p>A source a rubric document states is kept as written, in every language; a source the library writes (a what-if
 * setting, a rule the rubric does not state) is a {@link Message} and reads in the language asked for. Two provenances
 * are equal when they have the same status and the same English source, so that a derived rubric written as JSON reads
 * back equal to itself.
 *
 * @param status how well the fact is known
 * @param sourceMessage the source, in words a reviewer can follow (document, letter, page); never empty or blank
 *
 * @since 1.0
 */
public record Provenance(Status status, Message sourceMessage) {
  /**
   * Checks the components, as the type's documentation describes them.
   *
   * @param status how well the fact is known
   * @param sourceMessage the source, in words a reviewer can follow (document, letter, page); never empty or blank
   */
  public Provenance {
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(sourceMessage, "sourceMessage");
    String source = sourceMessage.toString();
    if (source.isBlank()) {
      throw new IgaException(Message.of(source.isEmpty() ? "rubric.provenance.emptySource"
          : "rubric.provenance.blankSource"));
    }
  }

  /**
   * A provenance whose source is kept as written, as a rubric document states it.
   *
   * @param status how well the fact is known
   * @param source the source, in words a reviewer can follow (document, letter, page); never empty or blank
   */
  public Provenance(Status status, String source) {
    this(status, Message.of("rubric.asWritten", Objects.requireNonNull(source, "source")));
  }

  /**
   * @param status how well the fact is known
   * @param source the source, kept as written
   * @return the provenance
   */
  public static Provenance of(Status status, String source) {
    return new Provenance(status, source);
  }

  /** @return the source in English: as written, or the library's words in English */
  public String source() {
    return sourceMessage.toString();
  }

  /**
   * @param locale the language: Indonesian for an {@code id} locale, English otherwise
   * @return the source in that language (a source a rubric document states is the same in every language)
   */
  public String source(Locale locale) {
    return sourceMessage.text(locale);
  }

  /** @return whether the fact is {@link Status#ASSUMED} */
  public boolean assumed() {
    return status == Status.ASSUMED;
  }

  /**
   * @return whether the fact is not known to be in force for its year: {@link Status#ASSUMED} or
   *     {@link Status#PROJECTED}; results list such facts as assumptions
   */
  public boolean unsure() {
    return status == Status.ASSUMED || status == Status.PROJECTED;
  }

  /**
   * @param o another object
   * @return whether it is a provenance with the same status and the same English source
   */
  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof Provenance p && p.status == status && p.source().equals(source());
  }

  @Override
  public int hashCode() {
    return Objects.hash(status, source());
  }

  @Override
  public String toString() {
    return "Provenance[status=" + status + ", source=" + source() + "]";
  }
}

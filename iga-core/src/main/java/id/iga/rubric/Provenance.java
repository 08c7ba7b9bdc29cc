package id.iga.rubric;

import id.iga.IgaException;
import java.util.Objects;

/**
 * Where a rubric fact comes from and how sure we are of it.
 *
 * @param status how well the fact is known
 * @param source the source, in words a reviewer can follow (document, letter, page); never empty or blank
 *
 * @since 1.0
 */
public record Provenance(Status status, String source) {
  /**
   * Checks the components, as the type's documentation describes them.
   *
   * @param status how well the fact is known
   * @param source the source, in words a reviewer can follow (document, letter, page); never empty or blank
   */
  public Provenance {
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(source, "source");
    if (source.isBlank()) {
      throw new IgaException("expected a source a reviewer can follow (a document, letter or page), found "
          + (source.isEmpty() ? "an empty one" : "a blank one"));
    }
  }

  /**
   * @param status how well the fact is known
   * @param source the source
   * @return the provenance
   */
  public static Provenance of(Status status, String source) {
    return new Provenance(status, source);
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
}

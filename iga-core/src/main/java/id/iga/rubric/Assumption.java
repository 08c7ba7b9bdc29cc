package id.iga.rubric;

import java.util.Objects;

/**
 * A fact a rubric assumes: a parameter, band or indicator that is not known to be in force for the rubric's year.
 * Its status is {@link Status#ASSUMED} (not published for the year; carried from the nearest year) or
 * {@link Status#PROJECTED} (announced for, or carried into, a year not yet in force). Every result scored with the
 * rubric lists them.
 *
 * @param subject what is assumed ({@code divisorFloor}, {@code band INOVATIF}, {@code indicator 16})
 * @param value the assumed value, in words
 * @param source where it was carried from
 * @param status {@link Status#ASSUMED} or {@link Status#PROJECTED}
 *
 * @since 1.0
 */
public record Assumption(String subject, String value, String source, Status status) {
  /**
   * Checks the components, as the type's documentation describes them.
   *
   * @param subject what is assumed ({@code divisorFloor}, {@code band INOVATIF}, {@code indicator 16})
   * @param value the assumed value, in words
   * @param source where it was carried from
   * @param status {@link Status#ASSUMED} or {@link Status#PROJECTED}
   */
  public Assumption {
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(source, "source");
    if (status != Status.ASSUMED && status != Status.PROJECTED) {
      throw new IllegalArgumentException("an assumption is ASSUMED or PROJECTED, not " + status);
    }
  }

  /**
   * An {@link Status#ASSUMED} fact.
   *
   * @param subject what is assumed
   * @param value the assumed value, in words
   * @param source where it was carried from
   */
  public Assumption(String subject, String value, String source) {
    this(subject, value, source, Status.ASSUMED);
  }

  /** @return whether the fact is {@link Status#PROJECTED} rather than {@link Status#ASSUMED} */
  public boolean projected() {
    return status == Status.PROJECTED;
  }
}

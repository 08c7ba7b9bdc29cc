package id.iga.rubric;

import java.util.Objects;

/**
 * A rubric parameter's value with its provenance.
 *
 * @param value the value
 * @param provenance where it comes from
 * @param <T> the value's type
 *
 * @since 1.0
 */
public record Sourced<T>(T value, Provenance provenance) {
  /**
   * Checks the components, as the type's documentation describes them.
   *
   * @param value the value
   * @param provenance where it comes from
   */
  public Sourced {
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(provenance, "provenance");
  }

  /**
   * @param value the value
   * @param provenance where it comes from
   * @param <T> the value's type
   * @return the sourced value
   */
  public static <T> Sourced<T> of(T value, Provenance provenance) {
    return new Sourced<>(value, provenance);
  }
}

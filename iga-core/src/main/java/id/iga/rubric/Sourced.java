package id.iga.rubric;

import java.util.Objects;

/**
 * A rubric parameter's value with its provenance.
 *
 * @param value the value
 * @param provenance where it comes from
 * @param <T> the value's type
 */
public record Sourced<T>(T value, Provenance provenance) {
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

package id.iga.rubric;

import java.util.Objects;

import javax.annotation.Nullable;

/**
 * One word of an indicator's fact vocabulary: a category, a countable code, or a measurement basis.
 *
 * @param code the code a submission uses ({@code PERDA}, {@code WEB}, {@code persons})
 * @param label what it means, in the rubric's words
 * @param unit for a measurement basis, the unit of its value ({@code persons}, {@code percent}); otherwise null
 *
 * @since 1.0
 */
public record Term(String code, String label, @Nullable String unit) {
  /**
   * Checks the components, as the type's documentation describes them.
   *
   * @param code the code a submission uses ({@code PERDA}, {@code WEB}, {@code persons})
   * @param label what it means, in the rubric's words
   * @param unit for a measurement basis, the unit of its value ({@code persons}, {@code percent}); otherwise null
   */
  public Term {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(label, "label");
  }

  /**
   * @param code the code
   * @param label its meaning
   * @return a term without a unit
   */
  public static Term of(String code, String label) {
    return new Term(code, label, null);
  }
}

package id.iga.rubric;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;

/**
 * A measurable fact about a region or an innovation, stated in a submission and mapped to a level by the rubric's
 * predicates. The same fact can earn different levels under different rubric years.
 *
 * @since 1.0
 */
public sealed interface Fact permits Fact.Quantity, Fact.Category, Fact.Codes, Fact.Measure {

  /** @return the kind of this fact */
  FactKind kind();

  /**
   * @param value the number
   * @return a quantity fact
   */
  static Quantity quantity(BigDecimal value) {
    return new Quantity(value);
  }

  /**
   * @param value the number
   * @return a quantity fact
   */
  static Quantity quantity(long value) {
    return new Quantity(BigDecimal.valueOf(value));
  }

  /**
   * @param code a code of the indicator's vocabulary
   * @return a category fact
   */
  static Category category(String code) {
    return new Category(code);
  }

  /**
   * @param codes codes of the indicator's vocabulary
   * @return a code-set fact
   */
  static Codes codes(String... codes) {
    return new Codes(new LinkedHashSet<>(java.util.Arrays.asList(codes)));
  }

  /**
   * @param basis a basis of the indicator's vocabulary
   * @param value the number measured on that basis
   * @return a measure fact
   */
  static Measure measure(String basis, BigDecimal value) {
    return new Measure(basis, value);
  }

  /**
   * Normalizes a number so that facts compare by value: {@code 350}, {@code 350.0} and {@code 3.5E+2} are one fact.
   *
   * @param value a number
   * @return the same number without trailing zeros and with a non-negative scale
   */
  static BigDecimal normalize(BigDecimal value) {
    BigDecimal v = value.stripTrailingZeros();
    return v.scale() < 0 ? v.setScale(0) : v;
  }

  /**
   * A number in the indicator's unit.
   *
   * @param value the number (normalized, see {@link Fact#normalize})
   */
  record Quantity(BigDecimal value) implements Fact {
    /**
     * Checks the components, as the type's documentation describes them.
     *
     * @param value the number (normalized, see {@link Fact#normalize})
     */
    public Quantity {
      value = normalize(Objects.requireNonNull(value, "value"));
    }

    @Override
    public FactKind kind() {
      return FactKind.QUANTITY;
    }
  }

  /**
   * One code of the indicator's vocabulary.
   *
   * @param code the code
   */
  record Category(String code) implements Fact {
    /**
     * Checks the components, as the type's documentation describes them.
     *
     * @param code the code
     */
    public Category {
      Objects.requireNonNull(code, "code");
    }

    @Override
    public FactKind kind() {
      return FactKind.CATEGORY;
    }
  }

  /**
   * A set of codes of the indicator's vocabulary, counted by the predicates.
   *
   * @param codes the codes, in the order given, without repeats
   */
  record Codes(Set<String> codes) implements Fact {
    /**
     * Checks the components, as the type's documentation describes them.
     *
     * @param codes the codes, in the order given, without repeats
     */
    public Codes {
      codes = Collections.unmodifiableSet(new LinkedHashSet<>(codes));
      for (String c : codes) {
        Objects.requireNonNull(c, "code");
      }
    }

    @Override
    public FactKind kind() {
      return FactKind.CODES;
    }
  }

  /**
   * A number measured on one basis.
   *
   * @param basis the basis, a code of the indicator's vocabulary
   * @param value the number (normalized, see {@link Fact#normalize})
   */
  record Measure(String basis, BigDecimal value) implements Fact {
    /**
     * Checks the components, as the type's documentation describes them.
     *
     * @param basis the basis, a code of the indicator's vocabulary
     * @param value the number (normalized, see {@link Fact#normalize})
     */
    public Measure {
      Objects.requireNonNull(basis, "basis");
      value = normalize(Objects.requireNonNull(value, "value"));
    }

    @Override
    public FactKind kind() {
      return FactKind.MEASURE;
    }
  }
}

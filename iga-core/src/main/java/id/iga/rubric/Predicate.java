package id.iga.rubric;

import id.iga.IgaException;
import id.iga.Message;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import javax.annotation.Nullable;

/**
 * The condition a fact must meet to earn a level: the attribute predicate of a scorecard characteristic. A predicate
 * tests one {@link Fact} and answers false for a fact of another kind.
 *
 * <p>Published ranges sometimes overlap at their edges; the rubric's {@link Rules#overlap() overlap} rule then gives
 * the fact the <em>highest</em> level whose predicate it meets (see {@link Indicator#levelOf(Fact)}).
 *
 * @since 1.0
 */
public sealed interface Predicate permits Predicate.Range, Predicate.OneOf, Predicate.CountOf, Predicate.Includes,
    Predicate.OnBasis, Predicate.AnyOf {

  /**
   * @param fact a fact
   * @return whether the fact meets this predicate
   */
  boolean test(Fact fact);

  /** @return the fact kind this predicate tests */
  FactKind kind();

  /**
   * @return the predicate in words a reviewer can check against the published option, e.g. {@code 101..200}, as a
   *     message (its numbers take the language's decimal separator)
   */
  Message description();

  /** @return the predicate in English words a reviewer can check against the published option, e.g. {@code 101..200} */
  default String describe() {
    return description().toString();
  }

  /**
   * @param locale the language: Indonesian for an {@code id} locale, English otherwise
   * @return the predicate in words of that language, e.g. {@code 2,05..5,23} in Indonesian
   */
  default String describe(Locale locale) {
    return description().text(locale);
  }

  /**
   * An interval of numbers; either end may be open (null) or exclusive. Tests a {@link Fact.Quantity}.
   *
   * @param min lower end, or null for no lower end
   * @param minInclusive whether {@code min} itself is inside
   * @param max upper end, or null for no upper end
   * @param maxInclusive whether {@code max} itself is inside
   */
  record Range(@Nullable BigDecimal min, boolean minInclusive, @Nullable BigDecimal max, boolean maxInclusive)
      implements Predicate {
    /**
     * Checks the components, as the type's documentation describes them.
     *
     * @param min lower end, or null for no lower end
     * @param minInclusive whether {@code min} itself is inside
     * @param max upper end, or null for no upper end
     * @param maxInclusive whether {@code max} itself is inside
     */
    public Range {
      if (min != null) {
        min = Fact.normalize(min);
      }
      if (max != null) {
        max = Fact.normalize(max);
      }
      if (min == null) {
        minInclusive = false;
      }
      if (max == null) {
        maxInclusive = false;
      }
    }

    /**
     * @param min lower end, inclusive
     * @param max upper end, inclusive
     * @return {@code [min, max]}
     */
    public static Range closed(String min, String max) {
      return new Range(new BigDecimal(min), true, new BigDecimal(max), true);
    }

    /**
     * @param min lower end, inclusive
     * @return {@code [min, +inf)}
     */
    public static Range atLeast(String min) {
      return new Range(new BigDecimal(min), true, null, false);
    }

    /**
     * @param min lower end, exclusive
     * @return {@code (min, +inf)}
     */
    public static Range greaterThan(String min) {
      return new Range(new BigDecimal(min), false, null, false);
    }

    /**
     * @param max upper end, inclusive
     * @return {@code (-inf, max]}
     */
    public static Range atMost(String max) {
      return new Range(null, false, new BigDecimal(max), true);
    }

    /**
     * @param max upper end, exclusive
     * @return {@code (-inf, max)}
     */
    public static Range lessThan(String max) {
      return new Range(null, false, new BigDecimal(max), false);
    }

    /**
     * @param value a number
     * @return whether the number lies in this interval
     */
    public boolean contains(BigDecimal value) {
      if (min != null) {
        int c = value.compareTo(min);
        if (c < 0 || (c == 0 && !minInclusive)) {
          return false;
        }
      }
      if (max != null) {
        int c = value.compareTo(max);
        return c < 0 || (c == 0 && maxInclusive);
      }
      return true;
    }

    /** @return whether no number lies in this interval */
    public boolean isEmpty() {
      if (min == null || max == null) {
        return false;
      }
      int c = min.compareTo(max);
      return c > 0 || (c == 0 && !(minInclusive && maxInclusive));
    }

    /**
     * @param other another interval
     * @return the numbers in both, if any
     */
    public Optional<Range> intersection(Range other) {
      BigDecimal lo = min;
      boolean loIn = minInclusive;
      if (other.min != null && (lo == null || other.min.compareTo(lo) > 0
          || (other.min.compareTo(lo) == 0 && !other.minInclusive))) {
        lo = other.min;
        loIn = other.minInclusive;
      }
      BigDecimal hi = max;
      boolean hiIn = maxInclusive;
      if (other.max != null && (hi == null || other.max.compareTo(hi) < 0
          || (other.max.compareTo(hi) == 0 && !other.maxInclusive))) {
        hi = other.max;
        hiIn = other.maxInclusive;
      }
      Range r = new Range(lo, loIn, hi, hiIn);
      return r.isEmpty() ? Optional.empty() : Optional.of(r);
    }

    @Override
    public boolean test(Fact fact) {
      return fact instanceof Fact.Quantity q && contains(q.value());
    }

    @Override
    public FactKind kind() {
      return FactKind.QUANTITY;
    }

    @Override
    public Message description() {
      if (min != null && max != null && min.compareTo(max) == 0 && minInclusive && maxInclusive) {
        return Message.of("rubric.value", min);
      }
      if (min != null && max != null && minInclusive && maxInclusive) {
        return Message.of("rubric.range", min, max);
      }
      Message lower = min == null ? null
          : Message.of(minInclusive ? "rubric.predicate.atLeast" : "rubric.predicate.greaterThan", min);
      Message upper = max == null ? null
          : Message.of(maxInclusive ? "rubric.predicate.atMost" : "rubric.predicate.lessThan", max);
      if (lower != null && upper != null) {
        return Message.of("rubric.predicate.and", lower, upper);
      }
      return lower != null ? lower : upper != null ? upper : Message.of("rubric.predicate.anyNumber");
    }
  }

  /**
   * Membership of a category. Tests a {@link Fact.Category}.
   *
   * @param categories the codes that meet it
   */
  record OneOf(Set<String> categories) implements Predicate {
    /**
     * Checks the components, as the type's documentation describes them.
     *
     * @param categories the codes that meet it
     */
    public OneOf {
      if (categories.isEmpty()) {
        throw new IgaException(Message.of("rubric.predicate.emptyOneOf"));
      }
      categories = Collections.unmodifiableSet(new LinkedHashSet<>(categories));
    }

    /**
     * @param categories the codes that meet it
     * @return the predicate
     */
    public static OneOf of(String... categories) {
      return new OneOf(new LinkedHashSet<>(List.of(categories)));
    }

    @Override
    public boolean test(Fact fact) {
      return fact instanceof Fact.Category c && categories.contains(c.code());
    }

    @Override
    public FactKind kind() {
      return FactKind.CATEGORY;
    }

    @Override
    public Message description() {
      return Message.of("rubric.predicate.oneOf", String.join(", ", categories));
    }
  }

  /**
   * The number of distinct codes stated. Tests a {@link Fact.Codes}.
   *
   * @param count the interval the count must lie in
   */
  record CountOf(Range count) implements Predicate {
    /**
     * Checks the components, as the type's documentation describes them.
     *
     * @param count the interval the count must lie in
     */
    public CountOf {
      Objects.requireNonNull(count, "count");
    }

    @Override
    public boolean test(Fact fact) {
      return fact instanceof Fact.Codes c && count.contains(BigDecimal.valueOf(c.codes().size()));
    }

    @Override
    public FactKind kind() {
      return FactKind.CODES;
    }

    @Override
    public Message description() {
      return Message.of("rubric.predicate.count", count.description());
    }
  }

  /**
   * A set of codes that includes every one of the given codes ("in RKPD T-1 and T-2"). Tests a {@link Fact.Codes}.
   *
   * @param codes the codes that must all be present
   */
  record Includes(Set<String> codes) implements Predicate {
    /**
     * Checks the components, as the type's documentation describes them.
     *
     * @param codes the codes that must all be present
     */
    public Includes {
      if (codes.isEmpty()) {
        throw new IgaException(Message.of("rubric.predicate.emptyIncludes"));
      }
      codes = Collections.unmodifiableSet(new LinkedHashSet<>(codes));
    }

    /**
     * @param codes the codes that must all be present
     * @return the predicate
     */
    public static Includes of(String... codes) {
      return new Includes(new LinkedHashSet<>(List.of(codes)));
    }

    @Override
    public boolean test(Fact fact) {
      return fact instanceof Fact.Codes c && c.codes().containsAll(codes);
    }

    @Override
    public FactKind kind() {
      return FactKind.CODES;
    }

    @Override
    public Message description() {
      return Message.of("rubric.predicate.includes", Texts.joined("rubric.predicate.and", List.copyOf(codes)));
    }
  }

  /**
   * A number measured on one basis. Tests a {@link Fact.Measure}.
   *
   * @param basis the basis code
   * @param range the interval the value must lie in
   */
  record OnBasis(String basis, Range range) implements Predicate {
    /**
     * Checks the components, as the type's documentation describes them.
     *
     * @param basis the basis code
     * @param range the interval the value must lie in
     */
    public OnBasis {
      Objects.requireNonNull(basis, "basis");
      Objects.requireNonNull(range, "range");
    }

    @Override
    public boolean test(Fact fact) {
      return fact instanceof Fact.Measure m && m.basis().equals(basis) && range.contains(m.value());
    }

    @Override
    public FactKind kind() {
      return FactKind.MEASURE;
    }

    @Override
    public Message description() {
      return Message.of("rubric.predicate.onBasis", basis, range.description());
    }
  }

  /**
   * Any one of several predicates of the same kind (for example one range per measurement basis).
   *
   * @param options the alternatives
   */
  record AnyOf(List<Predicate> options) implements Predicate {
    /**
     * Checks the components, as the type's documentation describes them.
     *
     * @param options the alternatives
     */
    public AnyOf {
      options = List.copyOf(options);
      if (options.isEmpty()) {
        throw new IgaException(Message.of("rubric.predicate.emptyAnyOf"));
      }
      FactKind k = options.get(0).kind();
      for (Predicate p : options) {
        if (p.kind() != k) {
          throw new IgaException(Message.of("rubric.predicate.mixedAnyOf", k.name(), p.kind().name()));
        }
      }
    }

    @Override
    public boolean test(Fact fact) {
      for (Predicate p : options) {
        if (p.test(fact)) {
          return true;
        }
      }
      return false;
    }

    @Override
    public FactKind kind() {
      return options.get(0).kind();
    }

    @Override
    public Message description() {
      return (Message) Texts.joined("rubric.predicate.or", options.stream().map(Predicate::description).toList());
    }
  }
}

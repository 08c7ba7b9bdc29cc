package id.iga.rubric;

import id.iga.IgaException;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import javax.annotation.Nullable;

/**
 * What fact an indicator is answered with: its kind, the unit of a quantity, and the vocabulary of categories, codes
 * or measurement bases a submission may use.
 *
 * @param kind the fact kind
 * @param unit for {@link FactKind#QUANTITY}, the unit of the value ({@code persons}, {@code percent}, {@code months},
 *     {@code days}, {@code count}); otherwise null
 * @param terms for {@link FactKind#CATEGORY} and {@link FactKind#CODES} the codes, for {@link FactKind#MEASURE} the
 *     bases (each with its unit); otherwise empty
 *
 * @since 1.0
 */
public record FactSpec(FactKind kind, @Nullable String unit, List<Term> terms) {
  /**
   * Checks the components, as the type's documentation describes them.
   *
   * @param kind the fact kind
   * @param unit for {@link FactKind#QUANTITY}, the unit of the value ({@code persons}, {@code percent}, {@code months}, {@code days}, {@code count}); otherwise null
   * @param terms for {@link FactKind#CATEGORY} and {@link FactKind#CODES} the codes, for {@link FactKind#MEASURE} the bases (each with its unit); otherwise empty
   */
  public FactSpec {
    Objects.requireNonNull(kind, "kind");
    terms = List.copyOf(terms);
    boolean needsTerms = kind == FactKind.CATEGORY || kind == FactKind.CODES || kind == FactKind.MEASURE;
    if (needsTerms == terms.isEmpty()) {
      throw new IgaException(needsTerms ? "a " + kind + " fact needs a vocabulary of terms"
          : "a " + kind + " fact takes no vocabulary");
    }
    if ((kind == FactKind.QUANTITY) != (unit != null)) {
      throw new IgaException(kind == FactKind.QUANTITY ? "a QUANTITY fact needs a unit"
          : "only a QUANTITY fact has a unit (measure bases carry their own)");
    }
    if (terms.stream().map(Term::code).distinct().count() != terms.size()) {
      throw new IgaException("the vocabulary repeats a code: " + terms.stream().map(Term::code).toList());
    }
    for (Term t : terms) {
      if ((kind == FactKind.MEASURE) != (t.unit() != null)) {
        throw new IgaException(kind == FactKind.MEASURE ? "measure basis " + t.code() + " needs a unit"
            : "term " + t.code() + " of a " + kind + " fact takes no unit");
      }
    }
  }

  /** The spec of an indicator answered by level only. */
  public static final FactSpec NONE = new FactSpec(FactKind.NONE, null, List.of());

  /**
   * @param unit the unit
   * @return a quantity spec
   */
  public static FactSpec quantity(String unit) {
    return new FactSpec(FactKind.QUANTITY, unit, List.of());
  }

  /**
   * @param code a code
   * @return the term with that code
   */
  public Optional<Term> term(String code) {
    for (Term t : terms) {
      if (t.code().equals(code)) {
        return Optional.of(t);
      }
    }
    return Optional.empty();
  }

  /**
   * Checks that a fact fits this spec: its kind, and that every code or basis it names is in the vocabulary.
   *
   * @param fact a fact
   * @return what is wrong with it, or empty when it fits
   */
  public Optional<String> problemWith(Fact fact) {
    if (kind == FactKind.NONE) {
      return Optional.of("this indicator is answered by level only ({\"level\": 0..3}); no fact is defined for it");
    }
    if (fact.kind() != kind) {
      return Optional.of("expected a " + kind + " fact (" + example() + "), not a " + fact.kind() + " fact");
    }
    if (fact instanceof Fact.Category c && term(c.code()).isEmpty()) {
      return Optional.of("unknown category '" + c.code() + "'; expected one of " + codes());
    }
    if (fact instanceof Fact.Codes cs) {
      for (String c : cs.codes()) {
        if (term(c).isEmpty()) {
          return Optional.of("unknown code '" + c + "'; expected codes from " + codes());
        }
      }
    }
    if (fact instanceof Fact.Measure m && term(m.basis()).isEmpty()) {
      return Optional.of("unknown basis '" + m.basis() + "'; expected one of " + codes());
    }
    return Optional.empty();
  }

  private List<String> codes() {
    return terms.stream().map(Term::code).toList();
  }

  /** @return an example of the JSON answer this spec expects */
  public String example() {
    return switch (kind) {
      case QUANTITY -> "{\"value\": <" + unit + ">}";
      case CATEGORY -> "{\"category\": \"" + terms.get(0).code() + "\"}";
      case CODES -> "{\"codes\": [\"" + terms.get(0).code() + "\", ...]}";
      case MEASURE -> "{\"basis\": \"" + terms.get(0).code() + "\", \"value\": <" + terms.get(0).unit() + ">}";
      case NONE -> "{\"level\": 0..3}";
    };
  }
}

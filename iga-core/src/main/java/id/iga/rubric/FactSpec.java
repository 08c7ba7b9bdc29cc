package id.iga.rubric;

import id.iga.IgaException;
import id.iga.Message;
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
      throw new IgaException(Message.of(needsTerms ? "rubric.fact.needsTerms" : "rubric.fact.takesNoTerms",
          kind.name()));
    }
    if ((kind == FactKind.QUANTITY) != (unit != null)) {
      throw new IgaException(Message.of(kind == FactKind.QUANTITY ? "rubric.fact.needsUnit"
          : "rubric.fact.takesNoUnit"));
    }
    if (terms.stream().map(Term::code).distinct().count() != terms.size()) {
      throw new IgaException(Message.of("rubric.fact.repeatedCode", terms.stream().map(Term::code).toList()
          .toString()));
    }
    for (Term t : terms) {
      if ((kind == FactKind.MEASURE) != (t.unit() != null)) {
        throw new IgaException(kind == FactKind.MEASURE ? Message.of("rubric.fact.basisNeedsUnit", t.code())
            : Message.of("rubric.fact.termTakesNoUnit", t.code(), kind.name()));
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
   * @return what is wrong with it, in English, or empty when it fits
   */
  public Optional<String> problemWith(Fact fact) {
    return problemMessage(fact).map(Message::toString);
  }

  /**
   * Checks that a fact fits this spec, as {@link #problemWith(Fact)} does.
   *
   * @param fact a fact
   * @return what is wrong with it, as a message, or empty when it fits
   */
  public Optional<Message> problemMessage(Fact fact) {
    if (kind == FactKind.NONE) {
      return Optional.of(Message.of("rubric.fact.levelOnly", example()));
    }
    if (fact.kind() != kind) {
      return Optional.of(Message.of("rubric.fact.wrongKind", kind.name(), example(), fact.kind().name()));
    }
    if (fact instanceof Fact.Category c && term(c.code()).isEmpty()) {
      return Optional.of(Message.of("rubric.fact.unknownCategory", c.code(), codes()));
    }
    if (fact instanceof Fact.Codes cs) {
      for (String c : cs.codes()) {
        if (term(c).isEmpty()) {
          return Optional.of(Message.of("rubric.fact.unknownCode", c, codes()));
        }
      }
    }
    if (fact instanceof Fact.Measure m && term(m.basis()).isEmpty()) {
      return Optional.of(Message.of("rubric.fact.unknownBasis", m.basis(), codes()));
    }
    return Optional.empty();
  }

  /** @return the vocabulary's codes, {@code [APP, WEB]} */
  private String codes() {
    return terms.stream().map(Term::code).toList().toString();
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

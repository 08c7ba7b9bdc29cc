package id.iga.rubric;

import id.iga.IgaException;
import id.iga.Location;
import id.iga.Message;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * One row of the rubric (a scorecard characteristic): an SPD indicator answered once per region, or an SID indicator
 * answered for every innovation. Its row score is {@code level x weight}.
 *
 * @param code the row code: the number, with a letter for a split SPD indicator ({@code "1"}, {@code "2a"}, {@code "16"})
 * @param number the indicator number (the code without its letter)
 * @param scope whether it is answered per region or per innovation
 * @param variable the rubric variable it belongs to (Institusi, Infrastruktur, ...)
 * @param name the indicator's name
 * @param weight the weight (bobot); a positive decimal with at most {@value #MAX_WEIGHT_DECIMALS} decimals
 * @param mandatory whether the rubric marks it as mandatory (wajib)
 * @param evidence the evidence the rubric asks for, in its words (may be empty)
 * @param fact the fact its levels are defined over
 * @param levels levels 1, 2 and 3, in order
 * @param provenance where the indicator and its weight come from
 *
 * @since 1.0
 */
public record Indicator(String code, int number, Scope scope, String variable, String name, BigDecimal weight,
    boolean mandatory, String evidence, FactSpec fact, List<Level> levels, Provenance provenance) {

  /** Every indicator has this many levels. */
  public static final int LEVELS = 3;
  /** Weights are exact decimals with at most this many decimals. */
  public static final int MAX_WEIGHT_DECIMALS = 4;

  private static final Pattern CODE = Pattern.compile("([1-9][0-9]?)([a-z]?)");

  /**
   * Checks the components, as the type's documentation describes them.
   *
   * @param code the row code: the number, with a letter for a split SPD indicator ({@code "1"}, {@code "2a"}, {@code "16"})
   * @param number the indicator number (the code without its letter)
   * @param scope whether it is answered per region or per innovation
   * @param variable the rubric variable it belongs to (Institusi, Infrastruktur, ...)
   * @param name the indicator's name
   * @param weight the weight (bobot); a positive decimal with at most {@value #MAX_WEIGHT_DECIMALS} decimals
   * @param mandatory whether the rubric marks it as mandatory (wajib)
   * @param evidence the evidence the rubric asks for, in its words (may be empty)
   * @param fact the fact its levels are defined over
   * @param levels levels 1, 2 and 3, in order
   * @param provenance where the indicator and its weight come from
   */
  public Indicator {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(scope, "scope");
    Objects.requireNonNull(variable, "variable");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(weight, "weight");
    Objects.requireNonNull(evidence, "evidence");
    Objects.requireNonNull(fact, "fact");
    Objects.requireNonNull(provenance, "provenance");
    levels = List.copyOf(levels);
    var m = CODE.matcher(code);
    if (!m.matches()) {
      throw new IgaException(Message.of("rubric.indicator.code", code));
    }
    if (Integer.parseInt(m.group(1)) != number) {
      throw new IgaException(Message.of("rubric.indicator.number", code, number, m.group(1)));
    }
    if (weight.signum() <= 0) {
      throw new IgaException(Message.of("rubric.indicator.weightNotPositive", code, weight));
    }
    if (weight.stripTrailingZeros().scale() > MAX_WEIGHT_DECIMALS) {
      throw new IgaException(Message.of("rubric.indicator.weightTooFine", code, weight, MAX_WEIGHT_DECIMALS));
    }
    if (levels.size() != LEVELS) {
      throw new IgaException(Message.of("rubric.indicator.levelCount", code, levels.size(), LEVELS));
    }
    for (int i = 0; i < LEVELS; i++) {
      Level l = levels.get(i);
      if (l.number() != i + 1) {
        throw new IgaException(Message.of("rubric.indicator.levelOrder", code, l.number(), i + 1));
      }
      if ((fact.kind() == FactKind.NONE) != (l.predicate() == null)) {
        throw new IgaException(fact.kind() == FactKind.NONE
            ? Message.of("rubric.level.predicateWithoutFact", code, l.number())
            : Message.of("rubric.level.noPredicate", code, l.number(), fact.kind().name()));
      }
      if (l.predicate() != null) {
        if (l.predicate().kind() != fact.kind()) {
          throw new IgaException(Message.of("rubric.level.wrongKind", code, l.number(), l.predicate().kind().name(),
              fact.kind().name()));
        }
        checkCondition(code, fact, l.predicate(), l.number(), Location.pointerOf("levels", i, "when"));
      }
    }
  }

  /**
   * Checks that a level's predicate, and each option of an {@code anyOf}, names only codes and bases of the
   * indicator's vocabulary and can be met by some fact the vocabulary allows: a range that holds a number, a count
   * that some number of distinct vocabulary codes (0 to all of them) has. Static: called from the compact
   * constructor, before the record's fields are assigned.
   *
   * @param at the JSON pointer of the predicate in the indicator, {@code /levels/1/when/anyOf/0}
   */
  private static void checkCondition(String indicator, FactSpec fact, Predicate p, int level, String at) {
    if (p instanceof Predicate.AnyOf a) {
      for (int k = 0; k < a.options().size(); k++) {
        checkCondition(indicator, fact, a.options().get(k), level, at + "/anyOf/" + k);
      }
    } else if (p instanceof Predicate.OneOf o) {
      requireTerms(indicator, fact, o.categories(), level, at + "/oneOf");
    } else if (p instanceof Predicate.Includes in) {
      requireTerms(indicator, fact, in.codes(), level, at + "/includes");
    } else if (p instanceof Predicate.OnBasis b) {
      requireTerm(indicator, fact, b.basis(), level, at + "/basis");
      if (b.range().isEmpty()) {
        throw new IgaException(Message.of("rubric.level.emptyBasisRange", indicator, level, b.basis(),
            RubricLint.intervalMessage(b.range())), Location.pointer(at));
      }
    } else if (p instanceof Predicate.Range r) {
      if (r.isEmpty()) {
        throw new IgaException(Message.of("rubric.level.emptyRange", indicator, level,
            RubricLint.intervalMessage(r)), Location.pointer(at));
      }
    } else if (p instanceof Predicate.CountOf c) {
      int codes = fact.terms().size();
      Predicate.Range possible = new Predicate.Range(BigDecimal.ZERO, true, BigDecimal.valueOf(codes), true);
      if (!c.count().intersection(possible).map(RubricLint::holdsWholeNumber).orElse(false)) {
        throw new IgaException(Message.of("rubric.level.impossibleCount", indicator, level, codes,
            RubricLint.intervalMessage(c.count())), Location.pointer(at));
      }
    }
  }

  /** @param list the JSON pointer of the list the codes are in */
  private static void requireTerms(String indicator, FactSpec fact, Set<String> codes, int level, String list) {
    int j = 0;
    for (String code : codes) {
      requireTerm(indicator, fact, code, level, list + "/" + j++);
    }
  }

  private static void requireTerm(String indicator, FactSpec fact, String code, int level, String at) {
    if (fact.term(code).isEmpty()) {
      throw new IgaException(Message.of("rubric.level.unknownTerm", indicator, level, code,
          String.join(", ", fact.terms().stream().map(Term::code).toList())), Location.pointer(at));
    }
  }

  /**
   * The level a fact earns: the highest level whose predicate the fact meets, or 0 when it meets none. Taking the
   * highest is the rubric's {@link Rules#overlap() overlap} rule ({@link Rules.Overlap#HIGHEST_LEVEL}, the one value
   * the engine honours), and 0 between two levels' ranges its {@link Rules#gap() gap} rule.
   *
   * @param fact a fact of this indicator's kind
   * @return 0..3
   */
  public int levelOf(Fact fact) {
    for (int i = LEVELS - 1; i >= 0; i--) {
      Predicate p = levels.get(i).predicate();
      if (p != null && p.test(fact)) {
        return i + 1;
      }
    }
    return 0;
  }

  /**
   * @param number 1..3
   * @return that level
   */
  public Level level(int number) {
    return levels.get(number - 1);
  }

  /** @return the most this row can score: {@code 3 x weight} */
  public BigDecimal maxScore() {
    return weight.multiply(BigDecimal.valueOf(LEVELS));
  }

  /**
   * @param level 0..3
   * @return {@code level x weight}, exact
   */
  public BigDecimal score(int level) {
    return weight.multiply(BigDecimal.valueOf(level));
  }
}

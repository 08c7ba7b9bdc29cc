package id.iga.generate;

import id.iga.rubric.Fact;
import id.iga.rubric.Indicator;
import id.iga.rubric.Level;
import id.iga.rubric.Predicate;
import id.iga.rubric.Term;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import javax.annotation.Nullable;

/**
 * The facts worth stating for one indicator: for every range end, the end itself and the numbers one step either side
 * of it, numbers far outside every range, every category, code sets of every size and every set an {@code includes}
 * predicate names, and every basis. Between them they meet each level the indicator can reach, meet no level, and sit
 * on the edges where inclusive and exclusive ends differ. The list depends only on the indicator.
 */
final class FactCandidates {
  private static final BigDecimal FAR = BigDecimal.valueOf(1000);

  private FactCandidates() {}

  /**
   * @param indicator an indicator
   * @return distinct facts of its kind that fit its vocabulary, in a fixed order; empty for a level-only indicator
   */
  static List<Fact> of(Indicator indicator) {
    Set<Fact> out = new LinkedHashSet<>();
    List<Predicate> predicates = new ArrayList<>();
    for (Level l : indicator.levels()) {
      l.condition().ifPresent(p -> flatten(p, predicates));
    }
    List<Term> terms = indicator.fact().terms();
    switch (indicator.fact().kind()) {
      case QUANTITY:
        for (BigDecimal v : numbers(predicates, null)) {
          out.add(Fact.quantity(v));
        }
        break;
      case CATEGORY:
        for (Term t : terms) {
          out.add(Fact.category(t.code()));
        }
        break;
      case CODES:
        codeSets(terms, predicates, out);
        break;
      case MEASURE:
        for (Term t : terms) {
          for (BigDecimal v : numbers(predicates, t.code())) {
            out.add(Fact.measure(t.code(), v));
          }
        }
        break;
      case NONE:
        break;
      default:
        throw new AssertionError(indicator.fact().kind());
    }
    return List.copyOf(out);
  }

  private static void flatten(Predicate p, List<Predicate> out) {
    if (p instanceof Predicate.AnyOf any) {
      any.options().forEach(o -> flatten(o, out));
    } else {
      out.add(p);
    }
  }

  /** Edges of the ranges (of one basis, when basis is not null), one step either side, and two far numbers. */
  private static List<BigDecimal> numbers(List<Predicate> predicates, @Nullable String basis) {
    Set<BigDecimal> ends = new LinkedHashSet<>();
    for (Predicate p : predicates) {
      Predicate.Range r = null;
      if (basis == null && p instanceof Predicate.Range range) {
        r = range;
      } else if (basis != null && p instanceof Predicate.OnBasis on && on.basis().equals(basis)) {
        r = on.range();
      }
      if (r != null) {
        if (r.min() != null) {
          ends.add(r.min());
        }
        if (r.max() != null) {
          ends.add(r.max());
        }
      }
    }
    Set<BigDecimal> out = new LinkedHashSet<>();
    if (ends.isEmpty()) {
      out.add(BigDecimal.ZERO);
      out.add(BigDecimal.ONE);
      return List.copyOf(out);
    }
    BigDecimal lowest = null;
    BigDecimal highest = null;
    for (BigDecimal e : ends) {
      BigDecimal step = BigDecimal.ONE.movePointLeft(Math.max(0, e.scale()));
      out.add(Fact.normalize(e.subtract(step)));
      out.add(e);
      out.add(Fact.normalize(e.add(step)));
      lowest = lowest == null || e.compareTo(lowest) < 0 ? e : lowest;
      highest = highest == null || e.compareTo(highest) > 0 ? e : highest;
    }
    out.add(Fact.normalize(lowest.subtract(FAR)));
    out.add(Fact.normalize(highest.add(FAR)));
    return List.copyOf(out);
  }

  /** The empty set, every prefix and suffix of the vocabulary, and every includes-set alone and with one more code. */
  private static void codeSets(List<Term> terms, List<Predicate> predicates, Set<Fact> out) {
    List<String> codes = terms.stream().map(Term::code).toList();
    out.add(new Fact.Codes(Set.of()));
    for (int size = 1; size <= codes.size(); size++) {
      out.add(new Fact.Codes(new LinkedHashSet<>(codes.subList(0, size))));
      out.add(new Fact.Codes(new LinkedHashSet<>(codes.subList(codes.size() - size, codes.size()))));
    }
    for (Predicate p : predicates) {
      if (p instanceof Predicate.Includes in) {
        out.add(new Fact.Codes(in.codes()));
        for (String c : codes) {
          if (!in.codes().contains(c)) {
            Set<String> more = new LinkedHashSet<>(in.codes());
            more.add(c);
            out.add(new Fact.Codes(more));
            break;
          }
        }
      }
    }
  }
}

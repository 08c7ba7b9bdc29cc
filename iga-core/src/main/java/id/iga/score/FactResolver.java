package id.iga.score;

import id.iga.rubric.Fact;
import id.iga.rubric.FactKind;
import id.iga.rubric.FactSpec;
import id.iga.rubric.Indicator;
import id.iga.rubric.Level;
import id.iga.rubric.Predicate;
import id.iga.rubric.Term;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.annotation.Nullable;

/**
 * One indicator's levels compiled for scoring: the vocabulary check of {@link FactSpec#problemWith(Fact)} and the level
 * of {@link Indicator#levelOf(Fact)} in one step, without allocating. Categories map straight to their level, code
 * sets become bit masks over the vocabulary, and each level keeps its ranges per measurement basis.
 *
 * <p>{@link #levelOf(Fact)} answers {@link #NO_FIT} exactly when {@code problemWith} finds a problem, and otherwise the
 * level {@code levelOf} gives: the highest level whose predicate the fact meets, or 0.
 */
abstract class FactResolver {
  /** What {@link #levelOf(Fact)} answers for a fact that does not fit the indicator's fact spec. */
  static final int NO_FIT = -1;

  /** Vocabularies of code sets up to this size are compiled to bit masks over a {@code long}. */
  static final int MAX_MASK_TERMS = Long.SIZE;

  /**
   * @param fact a fact
   * @return the level the fact earns, 0..3, or {@link #NO_FIT} when it is of the wrong kind or names a code or basis
   *     outside the vocabulary
   */
  abstract int levelOf(Fact fact);

  /**
   * {@link #levelOf(Fact)} called on the resolver's own final class, so that the call is direct (and can be inlined)
   * where one call site serves resolvers of every kind.
   *
   * @param resolver a resolver
   * @param fact a fact
   * @return what {@code resolver.levelOf(fact)} returns
   */
  static int levelOf(FactResolver resolver, Fact fact) {
    if (resolver instanceof Quantities q) {
      return q.levelOf(fact);
    }
    if (resolver instanceof Categories c) {
      return c.levelOf(fact);
    }
    if (resolver instanceof CodeSets cs) {
      return cs.levelOf(fact);
    }
    if (resolver instanceof Measures m) {
      return m.levelOf(fact);
    }
    return resolver.levelOf(fact);
  }

  /**
   * @param indicator an indicator
   * @return its levels compiled
   */
  static FactResolver of(Indicator indicator) {
    FactSpec spec = indicator.fact();
    List<List<Predicate>> atoms = new ArrayList<>(Indicator.LEVELS);
    for (Level l : indicator.levels()) {
      List<Predicate> out = new ArrayList<>();
      if (l.predicate() != null) {
        flatten(l.predicate(), out);
      }
      atoms.add(out);
    }
    // An Indicator's predicates test its kind of fact (its constructor checks), so once AnyOf is flattened a
    // quantity's atoms are all ranges, a measure's all OnBasis, and a code set's all Includes or CountOf.
    switch (spec.kind()) {
      case NONE:
        return NoFact.INSTANCE;
      case QUANTITY:
        return new Quantities(atoms);
      case CATEGORY:
        return new Categories(indicator);
      case CODES:
        return spec.terms().size() <= MAX_MASK_TERMS ? new CodeSets(spec.terms(), atoms) : new Interpreted(indicator);
      case MEASURE:
        return new Measures(spec.terms(), atoms);
      default:
        throw new IllegalArgumentException("unknown fact kind " + spec.kind());
    }
  }

  private static void flatten(Predicate p, List<Predicate> out) {
    if (p instanceof Predicate.AnyOf any) {
      for (Predicate o : any.options()) {
        flatten(o, out);
      }
    } else {
      out.add(p);
    }
  }

  private static Map<String, Integer> indexOf(List<Term> terms) {
    Map<String, Integer> index = new HashMap<>();
    for (int i = 0; i < terms.size(); i++) {
      index.put(terms.get(i).code(), i);
    }
    return index;
  }

  private static boolean inAny(Predicate.Range[] ranges, BigDecimal value) {
    for (Predicate.Range r : ranges) {
      if (r.contains(value)) {
        return true;
      }
    }
    return false;
  }

  /** An indicator answered by level only: no fact fits it. */
  private static final class NoFact extends FactResolver {
    static final NoFact INSTANCE = new NoFact();

    @Override
    int levelOf(Fact fact) {
      return NO_FIT;
    }
  }

  /** A quantity: per level, the ranges any one of which the value must lie in. */
  private static final class Quantities extends FactResolver {
    private final Predicate.Range[][] byLevel;

    Quantities(List<List<Predicate>> atoms) {
      byLevel = new Predicate.Range[atoms.size()][];
      for (int l = 0; l < byLevel.length; l++) {
        byLevel[l] = atoms.get(l).toArray(Predicate.Range[]::new);
      }
    }

    @Override
    int levelOf(Fact fact) {
      if (!(fact instanceof Fact.Quantity q)) {
        return NO_FIT;
      }
      BigDecimal v = q.value();
      for (int l = byLevel.length - 1; l >= 0; l--) {
        if (inAny(byLevel[l], v)) {
          return l + 1;
        }
      }
      return 0;
    }
  }

  /** A category: every code of the vocabulary with the level it earns. */
  private static final class Categories extends FactResolver {
    private final Map<String, Integer> levels = new HashMap<>();

    Categories(Indicator indicator) {
      for (Term t : indicator.fact().terms()) {
        levels.put(t.code(), indicator.levelOf(Fact.category(t.code())));
      }
    }

    @Override
    int levelOf(Fact fact) {
      if (!(fact instanceof Fact.Category c)) {
        return NO_FIT;
      }
      Integer level = levels.get(c.code());
      return level == null ? NO_FIT : level;
    }
  }

  /**
   * A code set, as a bit mask over the vocabulary: per level, clauses any one of which the set must meet, each the
   * codes it must include and the counts it allows ({@code null}: any count).
   */
  private static final class CodeSets extends FactResolver {
    private final String[] terms;
    private final long[][] required;
    private final boolean[][][] counts;

    CodeSets(List<Term> terms, List<List<Predicate>> atoms) {
      this.terms = terms.stream().map(Term::code).toArray(String[]::new);
      Map<String, Integer> bits = indexOf(terms);
      required = new long[atoms.size()][];
      counts = new boolean[atoms.size()][][];
      for (int l = 0; l < atoms.size(); l++) {
        List<Predicate> clauses = atoms.get(l);
        required[l] = new long[clauses.size()];
        counts[l] = new boolean[clauses.size()][];
        for (int c = 0; c < clauses.size(); c++) {
          Predicate p = clauses.get(c);
          if (p instanceof Predicate.Includes in) {
            long mask = 0;
            for (String code : in.codes()) {
              mask |= 1L << bits.get(code);
            }
            required[l][c] = mask;
          } else {
            Predicate.Range range = ((Predicate.CountOf) p).count();
            // A set that fits the vocabulary has at most as many distinct codes as the vocabulary.
            boolean[] allowed = new boolean[terms.size() + 1];
            for (int n = 0; n < allowed.length; n++) {
              allowed[n] = range.contains(BigDecimal.valueOf(n));
            }
            counts[l][c] = allowed;
          }
        }
      }
    }

    @Override
    int levelOf(Fact fact) {
      if (!(fact instanceof Fact.Codes cs)) {
        return NO_FIT;
      }
      // The set is probed for each term of the vocabulary rather than iterated, which would allocate an iterator: the
      // set fits the vocabulary exactly when every one of its (distinct) codes was found.
      Set<String> given = cs.codes();
      long mask = 0;
      for (int b = 0; b < terms.length; b++) {
        if (given.contains(terms[b])) {
          mask |= 1L << b;
        }
      }
      int n = given.size();
      if (Long.bitCount(mask) != n) {
        return NO_FIT;
      }
      for (int l = required.length - 1; l >= 0; l--) {
        long[] req = required[l];
        boolean[][] allowed = counts[l];
        for (int c = 0; c < req.length; c++) {
          @Nullable boolean[] ok = allowed[c];
          if ((mask & req[c]) == req[c] && (ok == null || ok[n])) {
            return l + 1;
          }
        }
      }
      return 0;
    }
  }

  /** A measure: per basis of the vocabulary and per level, the ranges any one of which the value must lie in. */
  private static final class Measures extends FactResolver {
    private final Map<String, Integer> bases;
    private final Predicate.Range[][][] byBasis;

    Measures(List<Term> terms, List<List<Predicate>> atoms) {
      bases = indexOf(terms);
      byBasis = new Predicate.Range[terms.size()][atoms.size()][];
      for (int b = 0; b < terms.size(); b++) {
        String basis = terms.get(b).code();
        for (int l = 0; l < atoms.size(); l++) {
          byBasis[b][l] = atoms.get(l).stream().map(p -> (Predicate.OnBasis) p)
              .filter(p -> p.basis().equals(basis)).map(Predicate.OnBasis::range).toArray(Predicate.Range[]::new);
        }
      }
    }

    @Override
    int levelOf(Fact fact) {
      if (!(fact instanceof Fact.Measure m)) {
        return NO_FIT;
      }
      Integer b = bases.get(m.basis());
      if (b == null) {
        return NO_FIT;
      }
      Predicate.Range[][] levels = byBasis[b];
      BigDecimal v = m.value();
      for (int l = levels.length - 1; l >= 0; l--) {
        if (inAny(levels[l], v)) {
          return l + 1;
        }
      }
      return 0;
    }
  }

  /**
   * An indicator the compiled forms do not cover (a code vocabulary larger than a bit mask): the fact spec and the
   * predicates themselves.
   */
  private static final class Interpreted extends FactResolver {
    private final Indicator indicator;

    Interpreted(Indicator indicator) {
      this.indicator = indicator;
    }

    @Override
    int levelOf(Fact fact) {
      return indicator.fact().problemWith(fact).isPresent() ? NO_FIT : indicator.levelOf(fact);
    }
  }
}

package id.iga.score;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;

import id.iga.generate.RubricGenerator;
import id.iga.generate.SeedGens;
import id.iga.rubric.Fact;
import id.iga.rubric.Indicator;
import id.iga.rubric.Level;
import id.iga.rubric.Predicate;
import id.iga.rubric.Rubric;
import id.iga.rubric.Term;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * An indicator's compiled levels answer what the fact spec and the indicator answer, for facts of every kind: on the
 * edges of every range, for every term, for code sets in any order, and for codes and bases outside the vocabulary.
 */
class FactResolverLaws {
  private static final BigDecimal[] STEPS = {BigDecimal.ZERO, BigDecimal.ONE, new BigDecimal("0.01")};

  @Test
  void compiledLevelsAgreeWithTheFactSpecAndTheIndicator() {
    qt().withFixedSeed(20_261_123L).withExamples(300).forAll(SeedGens.seeds()).checkAssert(seed -> {
      Rubric rubric = RubricGenerator.rubric(seed);
      SplittableRandom random = new SplittableRandom(~seed);
      for (Indicator ind : rubric.indicators()) {
        FactResolver resolver = FactResolver.of(ind);
        for (Fact fact : probes(ind, random)) {
          int expected = ind.fact().problemWith(fact).isPresent() ? FactResolver.NO_FIT : ind.levelOf(fact);
          assertEquals(expected, resolver.levelOf(fact), () -> "seed " + seed + "L, indicator " + ind.code()
              + ", " + fact);
        }
      }
    });
  }

  /** Facts of every kind for one indicator, fitting its vocabulary and not. */
  private static List<Fact> probes(Indicator ind, SplittableRandom random) {
    List<String> codes = new ArrayList<>();
    for (Term t : ind.fact().terms()) {
      codes.add(t.code());
    }
    List<String> withUnknown = new ArrayList<>(codes);
    withUnknown.add("NOT_IN_THE_VOCABULARY");
    List<BigDecimal> numbers = numbers(ind);
    List<Fact> out = new ArrayList<>();
    for (BigDecimal v : numbers) {
      out.add(Fact.quantity(v));
    }
    for (String c : withUnknown) {
      out.add(Fact.category(c));
      for (BigDecimal v : numbers) {
        out.add(Fact.measure(c, v));
      }
    }
    out.add(Fact.codes());
    for (int i = 0; i < 40; i++) {
      List<String> pool = new ArrayList<>(i % 4 == 3 ? withUnknown : codes);
      Collections.shuffle(pool, new java.util.Random(random.nextLong()));
      Set<String> set = new LinkedHashSet<>(pool.subList(0, random.nextInt(pool.size() + 1)));
      out.add(new Fact.Codes(set));
    }
    return out;
  }

  /** Every end of every range the indicator's levels name, a step either side of it, and numbers far outside. */
  private static List<BigDecimal> numbers(Indicator ind) {
    Set<BigDecimal> ends = new LinkedHashSet<>();
    for (Level l : ind.levels()) {
      if (l.predicate() != null) {
        ends(l.predicate(), ends);
      }
    }
    Set<BigDecimal> out = new LinkedHashSet<>(List.of(new BigDecimal("-1000"), BigDecimal.ZERO,
        new BigDecimal("1000000")));
    for (BigDecimal e : ends) {
      for (BigDecimal step : STEPS) {
        out.add(e.subtract(step));
        out.add(e.add(step));
      }
    }
    return new ArrayList<>(out);
  }

  private static void ends(Predicate p, Set<BigDecimal> out) {
    if (p instanceof Predicate.AnyOf any) {
      any.options().forEach(o -> ends(o, out));
    } else if (p instanceof Predicate.Range r) {
      rangeEnds(r, out);
    } else if (p instanceof Predicate.OnBasis b) {
      rangeEnds(b.range(), out);
    } else if (p instanceof Predicate.CountOf c) {
      rangeEnds(c.count(), out);
    }
  }

  private static void rangeEnds(Predicate.Range r, Set<BigDecimal> out) {
    if (r.min() != null) {
      out.add(r.min());
    }
    if (r.max() != null) {
      out.add(r.max());
    }
  }
}

package id.iga.rubric;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;

import id.iga.IgaException;
import id.iga.generate.SeedGens;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The lint's THEORETICAL levels against an oracle that tries every value that matters: over random ranges whose ends
 * are whole numbers 0..6, membership of every range is constant between two consecutive halves, so the values -0.5,
 * 0, 0.5, ..., 6.5 earn every level that any number earns, and the whole numbers 0..7 every level that any whole
 * number from 0 earns; over a vocabulary of five codes, every one of the 32 sets of codes is tried.
 */
class TheoreticalLevelsLaws {
  private static final Provenance SRC = Provenance.of(Status.CONFIRMED, "law");

  private static BigDecimal end(SplittableRandom random) {
    return random.nextInt(4) == 0 ? null : BigDecimal.valueOf(random.nextInt(7));
  }

  private static Predicate.Range range(SplittableRandom random) {
    while (true) {
      Predicate.Range r = new Predicate.Range(end(random), random.nextBoolean(), end(random), random.nextBoolean());
      if (!r.isEmpty()) {
        return r;
      }
    }
  }

  private static Indicator indicator(SplittableRandom random, String unit) {
    List<Level> levels = new ArrayList<>();
    for (int n = 1; n <= Indicator.LEVELS; n++) {
      Predicate p = random.nextInt(3) == 0 ? new Predicate.AnyOf(List.of(range(random), range(random)))
          : range(random);
      levels.add(new Level(n, "level " + n, p, SRC));
    }
    return new Indicator("17", 17, Scope.INNOVATION, "Proses", "Acak", BigDecimal.ONE, false, "",
        FactSpec.quantity(unit), levels, SRC);
  }

  private static Rubric rubric(Indicator i) {
    return Rubric.builder(2026).title("law").parameters(RubricFixtures.parameters(10, "0.38", 200, 2,
        RoundingMode.HALF_UP)).bands(RubricFixtures.bands2024()).indicator(i).build();
  }

  private static TreeSet<Integer> theoretical(Indicator i) {
    TreeSet<Integer> out = new TreeSet<>();
    RubricLint.check(rubric(i)).stream().filter(f -> f.kind() == RubricLint.Kind.THEORETICAL)
        .forEach(f -> out.add(f.levels().get(0)));
    return out;
  }

  /** The levels none of the values earns. */
  private static TreeSet<Integer> unearned(Indicator i, List<BigDecimal> values) {
    TreeSet<Integer> out = new TreeSet<>(List.of(1, 2, 3));
    values.forEach(v -> out.remove(i.levelOf(Fact.quantity(v))));
    return out;
  }

  @Test
  void aLevelIsReportedNeverEarnedExactlyWhenNoNumberEarnsIt() {
    List<BigDecimal> halves = new ArrayList<>();
    for (int k = -1; k <= 13; k++) {
      halves.add(BigDecimal.valueOf(k * 5L, 1));
    }
    qt().withFixedSeed(20_261_129L).withExamples(2000).forAll(SeedGens.seeds()).checkAssert(seed -> {
      Indicator i = indicator(new SplittableRandom(seed), "index points");
      assertEquals(unearned(i, halves), theoretical(i), () -> i.levels().toString());
    });
  }

  @Test
  void aLevelOfACountIsReportedExactlyWhenNoWholeNumberFromZeroEarnsIt() {
    List<BigDecimal> whole = new ArrayList<>();
    for (int k = 0; k <= 7; k++) {
      whole.add(BigDecimal.valueOf(k));
    }
    qt().withFixedSeed(20_261_130L).withExamples(2000).forAll(SeedGens.seeds()).checkAssert(seed -> {
      Indicator i = indicator(new SplittableRandom(seed), "persons");
      assertEquals(unearned(i, whole), theoretical(i), () -> i.levels().toString());
    });
  }

  private static final List<String> CODES = List.of("A", "B", "C", "D", "E");

  private static Predicate codesPredicate(SplittableRandom random) {
    int shape = random.nextInt(5);
    if (shape <= 1) {
      Set<String> some = new LinkedHashSet<>();
      CODES.forEach(c -> {
        if (random.nextInt(3) == 0) {
          some.add(c);
        }
      });
      some.add(CODES.get(random.nextInt(CODES.size())));
      return new Predicate.Includes(some);
    }
    if (shape <= 3) {
      return new Predicate.CountOf(range(random));
    }
    return new Predicate.AnyOf(List.of(codesPredicate(random), codesPredicate(random)));
  }

  private static Indicator codesIndicator(SplittableRandom random) {
    while (true) {
      List<Level> levels = new ArrayList<>();
      for (int n = 1; n <= Indicator.LEVELS; n++) {
        levels.add(new Level(n, "level " + n, codesPredicate(random), SRC));
      }
      try {
        return new Indicator("27", 27, Scope.INNOVATION, "Proses", "Acak", BigDecimal.ONE, false, "",
            new FactSpec(FactKind.CODES, null, CODES.stream().map(c -> Term.of(c, "code " + c)).toList()), levels,
            SRC);
      } catch (IgaException e) {
        // a count no number of the five codes has: draw again
      }
    }
  }

  @Test
  void aLevelOfCodesIsReportedNeverEarnedExactlyWhenNoSetOfCodesEarnsIt() {
    qt().withFixedSeed(20_261_131L).withExamples(2000).forAll(SeedGens.seeds()).checkAssert(seed -> {
      Indicator i = codesIndicator(new SplittableRandom(seed));
      TreeSet<Integer> unearned = new TreeSet<>(List.of(1, 2, 3));
      for (int mask = 0; mask < 1 << CODES.size(); mask++) {
        Set<String> codes = new LinkedHashSet<>();
        for (int k = 0; k < CODES.size(); k++) {
          if ((mask & 1 << k) != 0) {
            codes.add(CODES.get(k));
          }
        }
        unearned.remove(i.levelOf(new Fact.Codes(codes)));
      }
      assertEquals(unearned, theoretical(i), () -> i.levels().toString());
    });
  }
}

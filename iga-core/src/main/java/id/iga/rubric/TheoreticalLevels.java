package id.iga.rubric;

import id.iga.Message;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

import javax.annotation.Nullable;

/**
 * The {@link RubricLint.Kind#THEORETICAL} findings: levels that no plausible fact earns. A fact earns the highest level
 * whose predicate it meets, so level n is earned by the facts that meet n and no higher level; the level is reachable
 * only in theory when none of those facts is plausible.
 *
 * <ul>
 *   <li>A category or a set of codes is plausible whenever the vocabulary allows it: every category, every set of
 *       codes is tried (the codes no {@code includes} names stand for one another, so only how many of them a set
 *       holds is tried). A level none of them earns is never earned: every fact that meets it meets a higher level.
 *   <li>A number is plausible when it lies in the plausible domain of its unit ({@link #domain(String)}); a measure
 *       is judged on each basis its level tests, in that basis's unit. A level whose numbers all meet a higher level
 *       too is never earned; a level earned only by numbers outside the domain (a negative count, 10.5 persons) is
 *       earned only in theory. A unit the table does not know has no domain: every number is plausible.
 * </ul>
 */
final class TheoreticalLevels {
  private TheoreticalLevels() {}

  /** The most codes named by {@code includes} predicates whose every subset is tried. */
  static final int MAX_NAMED_CODES = 16;

  /**
   * The numbers a unit's values plausibly take.
   *
   * @param range the interval they lie in
   * @param whole whether they are whole numbers
   * @param words the domain in words, for messages
   */
  record Domain(Predicate.Range range, boolean whole, Message words) {
    boolean holdsAny(Predicate.Range r) {
      return r.intersection(range).map(x -> !whole || RubricLint.holdsWholeNumber(x)).orElse(false);
    }
  }

  private static final Domain COUNT = new Domain(Predicate.Range.atLeast("0"), true,
      Message.of("rubric.lint.domain.count"));
  private static final Domain SPAN = new Domain(Predicate.Range.atLeast("0"), false,
      Message.of("rubric.lint.domain.span"));
  private static final Domain PERCENT = new Domain(Predicate.Range.atLeast("-100"), false,
      Message.of("rubric.lint.domain.percent"));
  private static final Domain POINTS = new Domain(Predicate.Range.closed("-100", "100"), false,
      Message.of("rubric.lint.domain.points"));
  private static final Map<String, Domain> DOMAINS = Map.ofEntries(
      Map.entry("persons", COUNT), Map.entry("times", COUNT), Map.entry("actors", COUNT),
      Map.entry("agencies", COUNT), Map.entry("replications", COUNT), Map.entry("elements", COUNT),
      Map.entry("components", COUNT), Map.entry("recommendations", COUNT), Map.entry("products", COUNT),
      Map.entry("periods", COUNT), Map.entry("count", COUNT),
      Map.entry("days", SPAN), Map.entry("months", SPAN), Map.entry("years", SPAN),
      Map.entry("percent", PERCENT), Map.entry("percentage points", POINTS));

  /**
   * The plausible domain of a unit: things counted ({@code persons}, {@code times}, {@code actors}, {@code agencies},
   * {@code replications}, {@code elements}, {@code components}, {@code recommendations}, {@code products},
   * {@code periods}, {@code count}) are whole numbers from 0; spans of time ({@code days}, {@code months},
   * {@code years}) are numbers from 0; a {@code percent} is at least -100 (a share lies in 0..100, a change of a
   * quantity that is never negative is at least -100%, and the unit does not say which it is, so nothing above 100 is
   * implausible); {@code percentage points}, a change of a share, lie in -100..100.
   *
   * @param unit a unit
   * @return its domain, or null when the table does not know the unit
   */
  static @Nullable Domain domain(String unit) {
    return DOMAINS.get(unit);
  }

  static void check(Indicator ind, List<RubricLint.Finding> out) {
    FactSpec fact = ind.fact();
    switch (fact.kind()) {
      case CATEGORY -> facts(ind, fact.terms().stream().map(t -> (Fact) Fact.category(t.code())).toList(), out);
      case CODES -> codeSets(ind, out);
      case QUANTITY -> numbers(ind, null, Objects.requireNonNull(fact.unit()), out);
      case MEASURE -> fact.terms().forEach(t -> numbers(ind, t.code(), Objects.requireNonNull(t.unit()), out));
      case NONE -> { }
    }
  }

  // ------------------------------------------------------------------------------- categories and code sets

  private static void codeSets(Indicator ind, List<RubricLint.Finding> out) {
    Set<String> named = new LinkedHashSet<>();
    ind.levels().forEach(l -> includes(Objects.requireNonNull(l.predicate()), named));
    if (named.size() > MAX_NAMED_CODES) {
      out.add(new RubricLint.Finding(ind.code(), RubricLint.Kind.THEORETICAL, null, List.of(), null,
          Message.of("rubric.lint.notChecked", ind.code(), named.size(), MAX_NAMED_CODES)));
      return;
    }
    List<String> namedCodes = List.copyOf(named);
    List<String> others = ind.fact().terms().stream().map(Term::code).filter(c -> !named.contains(c)).toList();
    List<Fact> facts = new ArrayList<>();
    for (int mask = 0; mask < 1 << namedCodes.size(); mask++) {
      Set<String> codes = new LinkedHashSet<>();
      for (int k = 0; k < namedCodes.size(); k++) {
        if ((mask & 1 << k) != 0) {
          codes.add(namedCodes.get(k));
        }
      }
      for (int u = 0; u <= others.size(); u++) {
        Set<String> withOthers = new LinkedHashSet<>(codes);
        withOthers.addAll(others.subList(0, u));
        facts.add(new Fact.Codes(withOthers));
      }
    }
    facts(ind, facts, out);
  }

  private static void includes(Predicate p, Set<String> named) {
    if (p instanceof Predicate.Includes in) {
      named.addAll(in.codes());
    } else if (p instanceof Predicate.AnyOf a) {
      a.options().forEach(o -> includes(o, named));
    }
  }

  /** Every fact the vocabulary allows is tried: a level none of them earns is never earned. */
  private static void facts(Indicator ind, List<Fact> facts, List<RubricLint.Finding> out) {
    boolean[] earned = new boolean[Indicator.LEVELS + 1];
    List<Set<Integer>> alsoMet = new ArrayList<>();
    for (int n = 0; n <= Indicator.LEVELS; n++) {
      alsoMet.add(new TreeSet<>());
    }
    for (Fact f : facts) {
      List<Integer> met = new ArrayList<>();
      for (Level l : ind.levels()) {
        if (Objects.requireNonNull(l.predicate()).test(f)) {
          met.add(l.number());
        }
      }
      if (!met.isEmpty()) {
        earned[met.get(met.size() - 1)] = true;
        for (int n : met) {
          met.stream().filter(m -> m > n).forEach(alsoMet.get(n)::add);
        }
      }
    }
    for (int n = 1; n <= Indicator.LEVELS; n++) {
      if (!earned[n]) {
        out.add(neverEarned(ind, null, n, alsoMet.get(n)));
      }
    }
  }

  // ------------------------------------------------------------------------------------------------- numbers

  private static void numbers(Indicator ind, @Nullable String basis, String unit, List<RubricLint.Finding> out) {
    List<List<Predicate.Range>> byLevel = new ArrayList<>();
    for (Level l : ind.levels()) {
      List<Predicate.Range> ranges = new ArrayList<>();
      ranges(Objects.requireNonNull(l.predicate()), basis, ranges);
      byLevel.add(ranges);
    }
    Domain domain = domain(unit);
    for (int n = 1; n <= Indicator.LEVELS; n++) {
      List<Predicate.Range> meets = byLevel.get(n - 1);
      if (meets.isEmpty()) {
        continue;
      }
      List<Predicate.Range> earns = meets;
      Set<Integer> higher = new TreeSet<>();
      for (int m = n + 1; m <= Indicator.LEVELS; m++) {
        for (Predicate.Range cut : byLevel.get(m - 1)) {
          if (meets.stream().anyMatch(r -> r.intersection(cut).isPresent())) {
            higher.add(m);
          }
          earns = minus(earns, cut);
        }
      }
      if (earns.isEmpty()) {
        out.add(neverEarned(ind, basis, n, higher));
      } else if (domain != null && earns.stream().noneMatch(domain::holdsAny)) {
        Object values = Texts.joined("rubric.predicate.and", earns.stream().map(RubricLint::intervalMessage).toList());
        out.add(new RubricLint.Finding(ind.code(), RubricLint.Kind.THEORETICAL, basis, List.of(n), null,
            basis == null ? Message.of("rubric.lint.implausible", ind.code(), n, values, unit, domain.words())
                : Message.of("rubric.lint.implausibleOnBasis", ind.code(), n, basis, values, unit, domain.words())));
      }
    }
  }

  /** The ranges a predicate sets on a plain quantity (basis null) or on one measure basis. */
  private static void ranges(Predicate p, @Nullable String basis, List<Predicate.Range> out) {
    if (p instanceof Predicate.Range r && basis == null) {
      out.add(r);
    } else if (p instanceof Predicate.OnBasis o && o.basis().equals(basis)) {
      out.add(o.range());
    } else if (p instanceof Predicate.AnyOf a) {
      a.options().forEach(o -> ranges(o, basis, out));
    }
  }

  /** The numbers of {@code from} that do not lie in {@code cut}. */
  private static List<Predicate.Range> minus(List<Predicate.Range> from, Predicate.Range cut) {
    List<Predicate.Range> out = new ArrayList<>();
    for (Predicate.Range r : from) {
      if (cut.min() != null) {
        r.intersection(new Predicate.Range(null, false, cut.min(), !cut.minInclusive())).ifPresent(out::add);
      }
      if (cut.max() != null) {
        r.intersection(new Predicate.Range(cut.max(), !cut.maxInclusive(), null, false)).ifPresent(out::add);
      }
    }
    return out;
  }

  // ------------------------------------------------------------------------------------------------ findings

  private static RubricLint.Finding neverEarned(Indicator ind, @Nullable String basis, int level,
      Set<Integer> higher) {
    List<Integer> levels = new ArrayList<>(List.of(level));
    levels.addAll(higher);
    Object which = Texts.joined("rubric.lint.or", List.copyOf(higher));
    return new RubricLint.Finding(ind.code(), RubricLint.Kind.THEORETICAL, basis, levels, null, basis == null
        ? Message.of("rubric.lint.neverEarned", ind.code(), level, which)
        : Message.of("rubric.lint.neverEarnedOnBasis", ind.code(), level, basis, which));
  }
}

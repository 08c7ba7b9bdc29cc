package id.iga.rubric;

import id.iga.Message;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import javax.annotation.Nullable;

/**
 * Checks a rubric's level predicates for overlaps (a fact that meets two levels: the highest wins), gaps (facts
 * that meet no level) and levels reachable only in theory (no plausible fact earns them). Published thresholds are
 * kept as published, so these are findings for a reviewer, not errors; a level no fact can meet at all is an error
 * when the rubric is built.
 *
 * <p>Numeric predicates (ranges, counts, measure bases) are compared per basis, and a measure basis of the vocabulary
 * that no level tests is reported; categories are checked for a code listed in two levels and for vocabulary codes
 * that earn no level. {@code includes} predicates are not compared for overlaps:
 * a larger set meeting a lower level's condition too is their design.
 *
 * <p>A level is {@link Kind#THEORETICAL} when none of the facts that earn it (that meet it and no higher level) is
 * plausible: every category and every set of codes the vocabulary allows is plausible, so such a level is never
 * earned; a number is plausible when it lies in its unit's domain (whole numbers from 0 for things counted, numbers
 * from 0 for days, months and years, at least -100 for a percent, -100..100 for percentage points; any number for
 * another unit), and a measure is judged on each basis on its own.
 *
 * @since 1.0
 */
public final class RubricLint {
  private RubricLint() {}

  /** What a finding is about. */
  public enum Kind {
    /** Some facts meet two levels; the higher level wins. */
    OVERLAP,
    /** Some facts meet no level and score 0. */
    GAP,
    /**
     * A level no plausible fact earns: every fact that meets it meets a higher level too, or the facts that earn it
     * lie outside their unit's plausible domain (a negative count).
     */
    THEORETICAL
  }

  /**
   * One finding.
   *
   * @param indicator the indicator code
   * @param kind overlap, gap or a level reachable only in theory
   * @param basis the measure basis or {@code count}, or null for a plain quantity or a category
   * @param levels the levels involved (two for an overlap; the neighbours, if any, for a gap; for a theoretical
   *     level, the level and then the higher levels that win over it)
   * @param interval the exact values concerned, for the overlaps and gaps of numeric predicates; null for
   *     categories, for a measure basis no level tests and for a theoretical level (its message gives the values)
   * @param words the finding in words, with the exact values, as a key and its arguments;
   *     {@link #message()} gives it in English, {@link #message(Locale)} in a language
   */
  public record Finding(String indicator, Kind kind, @Nullable String basis, List<Integer> levels,
      @Nullable Predicate.Range interval, Message words) {
    /**
     * Checks the components, as the type's documentation describes them.
     *
     * @param indicator the indicator code
     * @param kind overlap, gap or a level reachable only in theory
     * @param basis the measure basis or {@code count}, or null for a plain quantity or a category
     * @param levels the levels involved (two for an overlap; the neighbours, if any, for a gap; for a theoretical level, the level and then the higher levels that win over it)
     * @param interval the exact values concerned, for the overlaps and gaps of numeric predicates; null for categories, for a measure basis no level tests and for a theoretical level (its message gives the values)
     * @param words the finding in words, with the exact values, as a key and its arguments
     */
    public Finding {
      Objects.requireNonNull(indicator, "indicator");
      Objects.requireNonNull(kind, "kind");
      levels = List.copyOf(levels);
      Objects.requireNonNull(words, "message");
    }

    /** @return the finding in English words, with the exact values, as the command line's lint lists it */
    public String message() {
      return words.toString();
    }

    /**
     * @param locale the language: Indonesian for an {@code id} locale, English otherwise
     * @return the finding in words of that language, with the exact values
     */
    public String message(Locale locale) {
      return words.text(locale);
    }
  }

  /**
   * @param rubric a rubric
   * @return its findings, in rubric order
   */
  public static List<Finding> check(Rubric rubric) {
    List<Finding> out = new ArrayList<>();
    for (Indicator ind : rubric.indicators()) {
      overlapsAndGaps(ind, out);
      TheoreticalLevels.check(ind, out);
    }
    return List.copyOf(out);
  }

  /**
   * The overlaps and gaps of one indicator's levels, as {@link #check(Rubric)} lists them: where the rubric's
   * {@link Rules#overlap() overlap} and {@link Rules#gap() gap} rules decide what a fact earns.
   *
   * @param indicator an indicator
   * @return its {@link Kind#OVERLAP} and {@link Kind#GAP} findings
   */
  public static List<Finding> overlapsAndGaps(Indicator indicator) {
    List<Finding> out = new ArrayList<>();
    overlapsAndGaps(indicator, out);
    return List.copyOf(out);
  }

  private static void overlapsAndGaps(Indicator ind, List<Finding> out) {
    if (ind.fact().kind() == FactKind.CATEGORY) {
      checkCategories(ind, out);
    } else if (ind.fact().kind() != FactKind.NONE) {
      checkNumbers(ind, out);
    }
  }

  private record Piece(int level, Predicate.Range range) {}

  private static void checkNumbers(Indicator ind, List<Finding> out) {
    Map<String, List<Piece>> byBasis = new LinkedHashMap<>();
    for (Level l : ind.levels()) {
      collect(l.number(), Objects.requireNonNull(l.predicate()), byBasis);
    }
    byBasis.forEach((basis, pieces) -> {
      String b = basis.isEmpty() ? null : basis;
      Message what = b == null ? Message.of("rubric.lint.values")
          : "count".equals(b) ? Message.of("rubric.lint.counts") : Message.of("rubric.lint.basisValues", b);
      for (int i = 0; i < pieces.size(); i++) {
        for (int j = i + 1; j < pieces.size(); j++) {
          Piece p = pieces.get(i);
          Piece q = pieces.get(j);
          if (p.level() == q.level()) {
            continue;
          }
          p.range().intersection(q.range()).ifPresent(x -> {
            int lo = Math.min(p.level(), q.level());
            int hi = Math.max(p.level(), q.level());
            out.add(new Finding(ind.code(), Kind.OVERLAP, b, List.of(lo, hi), x, Message.of("rubric.lint.overlap",
                ind.code(), what, intervalMessage(x), lo, hi)));
          });
        }
      }
      gaps(ind, b, what, pieces, out);
    });
    if (ind.fact().kind() == FactKind.MEASURE) {
      for (Term t : ind.fact().terms()) {
        if (!byBasis.containsKey(t.code())) {
          out.add(new Finding(ind.code(), Kind.GAP, t.code(), List.of(), null, Message.of("rubric.lint.basisUnmet",
              ind.code(), t.code(), t.label())));
        }
      }
    }
  }

  private static void collect(int level, Predicate p, Map<String, List<Piece>> byBasis) {
    if (p instanceof Predicate.Range r) {
      byBasis.computeIfAbsent("", k -> new ArrayList<>()).add(new Piece(level, r));
    } else if (p instanceof Predicate.CountOf c) {
      byBasis.computeIfAbsent("count", k -> new ArrayList<>()).add(new Piece(level, c.count()));
    } else if (p instanceof Predicate.OnBasis o) {
      byBasis.computeIfAbsent(o.basis(), k -> new ArrayList<>()).add(new Piece(level, o.range()));
    } else if (p instanceof Predicate.AnyOf a) {
      a.options().forEach(o -> collect(level, o, byBasis));
    }
  }

  private static final Comparator<Piece> BY_LOWER_END = (x, y) -> {
    BigDecimal a = x.range().min();
    BigDecimal b = y.range().min();
    if (a == null || b == null) {
      return a == null ? (b == null ? 0 : -1) : 1;
    }
    int c = a.compareTo(b);
    return c != 0 ? c : Boolean.compare(y.range().minInclusive(), x.range().minInclusive());
  };

  private static void gaps(Indicator ind, @Nullable String basis, Message what, List<Piece> pieces,
      List<Finding> out) {
    List<Piece> sorted = new ArrayList<>(pieces);
    sorted.sort(BY_LOWER_END);
    Piece first = sorted.get(0);
    if (first.range().min() != null) {
      Predicate.Range below = new Predicate.Range(null, false, first.range().min(), !first.range().minInclusive());
      out.add(gap(ind, basis, what, below, List.of(first.level()), Message.of("rubric.lint.below", first.level())));
    }
    BigDecimal hi = first.range().max();
    boolean hiIn = first.range().maxInclusive();
    int hiLevel = first.level();
    boolean open = hi == null;
    for (Piece p : sorted.subList(1, sorted.size())) {
      if (open) {
        break;
      }
      Predicate.Range r = p.range();
      int c = r.min() == null ? -1 : r.min().compareTo(hi);
      boolean touches = c < 0 || (c == 0 && (r.minInclusive() || hiIn));
      if (!touches) {
        Predicate.Range g = new Predicate.Range(hi, !hiIn, r.min(), !r.minInclusive());
        int lo = Math.min(hiLevel, p.level());
        int up = Math.max(hiLevel, p.level());
        out.add(gap(ind, basis, what, g, List.of(lo, up), Message.of("rubric.lint.between", lo, up)));
      }
      if (r.max() == null) {
        open = true;
      } else {
        int d = r.max().compareTo(hi);
        if (!touches || d > 0 || (d == 0 && r.maxInclusive())) {
          hi = r.max();
          hiIn = r.maxInclusive();
          hiLevel = p.level();
        }
      }
    }
    if (!open) {
      Predicate.Range above = new Predicate.Range(hi, !hiIn, null, false);
      out.add(gap(ind, basis, what, above, List.of(hiLevel), Message.of("rubric.lint.above", hiLevel)));
    }
  }

  private static Finding gap(Indicator ind, @Nullable String basis, Message what, Predicate.Range g,
      List<Integer> levels, Message where) {
    return new Finding(ind.code(), Kind.GAP, basis, levels, g, Message.of(holdsWholeNumber(g) ? "rubric.lint.gap"
        : "rubric.lint.gapOfNoWholeNumber", ind.code(), what, intervalMessage(g), where));
  }

  /**
   * @param g an interval
   * @return whether a whole number lies in it; true for an interval open at either end
   */
  static boolean holdsWholeNumber(Predicate.Range g) {
    if (g.min() == null || g.max() == null) {
      return true;
    }
    BigDecimal first = g.min().setScale(0, RoundingMode.CEILING);
    if (first.compareTo(g.min()) == 0 && !g.minInclusive()) {
      first = first.add(BigDecimal.ONE);
    }
    return g.contains(first);
  }

  private static void checkCategories(Indicator ind, List<Finding> out) {
    Map<String, Integer> firstLevel = new LinkedHashMap<>();
    for (Level l : ind.levels()) {
      for (String code : categories(Objects.requireNonNull(l.predicate()))) {
        Integer before = firstLevel.putIfAbsent(code, l.number());
        if (before != null && before != l.number()) {
          out.add(new Finding(ind.code(), Kind.OVERLAP, null, List.of(before, l.number()), null,
              Message.of("rubric.lint.categoryOverlap", ind.code(), code, before, l.number())));
        }
      }
    }
    for (Term t : ind.fact().terms()) {
      if (!firstLevel.containsKey(t.code())) {
        out.add(new Finding(ind.code(), Kind.GAP, null, List.of(), null, Message.of("rubric.lint.categoryUnmet",
            ind.code(), t.code(), t.label())));
      }
    }
  }

  private static List<String> categories(Predicate p) {
    if (p instanceof Predicate.OneOf o) {
      return List.copyOf(o.categories());
    }
    List<String> all = new ArrayList<>();
    if (p instanceof Predicate.AnyOf a) {
      a.options().forEach(o -> all.addAll(categories(o)));
    }
    return all;
  }

  /**
   * @param r an interval
   * @return it in interval notation, e.g. {@code [5.23, 5.23]} or {@code (-inf, 1)}
   */
  public static String interval(Predicate.Range r) {
    return intervalMessage(r).toString();
  }

  /**
   * @param r an interval
   * @return it in interval notation as a message: {@code [5.23, 5.23]} in English, {@code [5,23; 5,23]} in Indonesian,
   *     whose decimal comma asks for a semicolon between the ends
   */
  static Message intervalMessage(Predicate.Range r) {
    return Message.of("rubric.interval", r.min() == null || !r.minInclusive() ? "(" : "[",
        r.min() == null ? "-inf" : r.min(), r.max() == null ? "+inf" : r.max(),
        r.max() == null || !r.maxInclusive() ? ")" : "]");
  }
}

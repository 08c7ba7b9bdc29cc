package id.iga.years;

import id.iga.IgaException;
import id.iga.plan.Planner;
import id.iga.rubric.Band;
import id.iga.rubric.Indicator;
import id.iga.rubric.Rubric;
import id.iga.rubric.RubricProvider;
import id.iga.rubric.Sourced;
import id.iga.score.Scorer;
import id.iga.score.Warning;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceConfigurationError;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * A set of rubric providers, the rubrics they have loaded, and one scorer and planner per year. {@link Rubrics} keeps
 * one, filled by {@link java.util.ServiceLoader}; build your own with {@link #of(Iterable)} to serve another set of
 * years (a test, a class loader of your own). Thread-safe; each provider is asked to load at most once, and each
 * year's scorer and planner are made at most once.
 *
 * @since 1.0
 */
public final class RubricRegistry {
  private final Map<Integer, RubricProvider> providers;
  private final Map<Integer, List<RubricProvider>> conflicts;
  private final Map<Integer, Rubric> loaded = new ConcurrentHashMap<>();
  private final Map<Integer, Scorer> scorers = new ConcurrentHashMap<>();
  private final Map<Integer, Planner> planners = new ConcurrentHashMap<>();

  private RubricRegistry(Map<Integer, RubricProvider> providers, Map<Integer, List<RubricProvider>> conflicts) {
    this.providers = providers;
    this.conflicts = conflicts;
  }

  /**
   * @param found the providers
   * @return a registry of them; conflicts (two providers of one year) are reported when the registry is used
   * @throws IgaException when a provider cannot be instantiated
   */
  public static RubricRegistry of(Iterable<RubricProvider> found) {
    Map<Integer, RubricProvider> byYear = new TreeMap<>();
    Map<Integer, List<RubricProvider>> conflicts = new TreeMap<>();
    try {
      for (RubricProvider p : found) {
        RubricProvider other = byYear.putIfAbsent(p.year(), p);
        if (other != null) {
          conflicts.computeIfAbsent(p.year(), y -> new ArrayList<>(List.of(other))).add(p);
        }
      }
    } catch (ServiceConfigurationError e) {
      throw new IgaException("a rubric provider could not be loaded: " + e.getMessage(), null, e);
    }
    return new RubricRegistry(byYear, conflicts);
  }

  private void checkConflicts() {
    if (!conflicts.isEmpty()) {
      var e = conflicts.entrySet().iterator().next();
      throw new IgaException("two rubric providers claim year " + e.getKey() + ": " + e.getValue().stream()
          .map(p -> p.getClass().getName()).collect(Collectors.joining(" and ")) + "; remove one from the path");
    }
  }

  /**
   * @return the years served, ascending
   * @throws IgaException when two providers claim one year
   */
  public List<Integer> available() {
    checkConflicts();
    return List.copyOf(providers.keySet());
  }

  /**
   * @param year an assessment year
   * @return its rubric, loaded once
   * @throws IgaException when no provider serves the year (listing those available), when two providers claim one
   *     year, or when the provider's data is invalid
   */
  public Rubric forYear(int year) {
    checkConflicts();
    RubricProvider p = providers.get(year);
    if (p == null) {
      throw new IgaException("no rubric for year " + year + "; available years: "
          + (providers.isEmpty() ? "none (put an iga-rubric-YEAR module on the class path or module path)"
              : providers.keySet().stream().map(String::valueOf).collect(Collectors.joining(", "))));
    }
    return loaded.computeIfAbsent(year, y -> {
      Rubric r = p.load();
      if (r.year() != y) {
        throw new IgaException("rubric provider " + p.getClass().getName() + " serves year " + y
            + " but loaded a rubric for " + r.year());
      }
      return r;
    });
  }

  /**
   * @param year an assessment year
   * @return the scorer of its rubric, made once and shared (scorers are immutable and thread-safe)
   * @throws IgaException as {@link #forYear(int)} does
   */
  public Scorer scorer(int year) {
    Scorer s = scorers.get(year);
    return s != null ? s : scorers.computeIfAbsent(year, y -> Scorer.of(forYear(y)));
  }

  /**
   * @param year an assessment year
   * @return the planner of its rubric, made once and shared (planners are immutable and thread-safe)
   * @throws IgaException as {@link #forYear(int)} does
   */
  public Planner planner(int year) {
    Planner p = planners.get(year);
    return p != null ? p : planners.computeIfAbsent(year, y -> Planner.of(scorer(y)));
  }

  /**
   * The scorer of a rubric of one's own (one read from a document with {@link Rubrics#load}), judged against the
   * rubric this registry serves for its year. When it equals that rubric, it is that rubric: the year's shared
   * scorer. When it equals that rubric derived with the settings its {@link Rubric#overrides() overrides} list (a
   * what-if rubric written by {@code iga rubric YEAR --set ... --format json}), its results warn about the overrides
   * as a derived rubric's do. Otherwise every result warns first {@link Warning.Kind#USER_RUBRIC}: "scored under
   * rubric 2025 from my-rubric.json, not the shipped rubric 2025: it differs in indicator 16, band INOVATIF", or "...
   * no rubric module ships year 2030".
   *
   * @param rubric the rubric
   * @param source where it was read from, as the warning names it (a file name)
   * @return a scorer for it (immutable and thread-safe)
   * @throws IgaException when two providers claim its year, or the provider's data is invalid
   */
  public Scorer scorer(Rubric rubric, String source) {
    Optional<String> why = userRubric(rubric, source);
    return why.isPresent() ? Scorer.ofUserRubric(rubric, why.get())
        : rubric.overrides().isEmpty() ? scorer(rubric.year()) : Scorer.of(rubric);
  }

  /**
   * @param rubric a rubric of one's own, as {@link #scorer(Rubric, String)} takes it
   * @param source where it was read from
   * @return the planner of {@link #scorer(Rubric, String)}: its plans start from results that warn as that scorer's
   * @throws IgaException as {@link #scorer(Rubric, String)} does
   */
  public Planner planner(Rubric rubric, String source) {
    Scorer s = scorer(rubric, source);
    return s == scorers.get(rubric.year()) ? planner(rubric.year()) : Planner.of(s);
  }

  /** Why a rubric of one's own is not the one served for its year, or empty when it is (overrides aside). */
  private Optional<String> userRubric(Rubric rubric, String source) {
    checkConflicts();
    String own = "scored under rubric " + rubric.year() + " from " + source;
    if (!providers.containsKey(rubric.year())) {
      return Optional.of(own + "; no rubric module ships year " + rubric.year());
    }
    Rubric shipped = forYear(rubric.year());
    if (rubric.equals(shipped) || !rubric.overrides().isEmpty()
        && shipped.derive(rubric.parameters(), rubric.bands()).equals(rubric)) {
      return Optional.empty();
    }
    return Optional.of(own + ", not the shipped rubric " + rubric.year() + ": it differs in "
        + String.join(", ", differences(shipped, rubric)));
  }

  /** What differs between two rubrics of one year, in the words of a warning; never empty for unequal rubrics. */
  private static List<String> differences(Rubric shipped, Rubric own) {
    List<String> out = new ArrayList<>();
    if (!own.title().equals(shipped.title())) {
      out.add("title");
    }
    if (!own.officialLetter().equals(shipped.officialLetter())) {
      out.add("official letter");
    }
    if (!own.provenance().equals(shipped.provenance())) {
      out.add("status or source");
    }
    if (!own.notes().equals(shipped.notes())) {
      out.add("notes");
    }
    Map<String, Sourced<?>> parameters = shipped.parameters().named();
    own.parameters().named().forEach((name, p) -> {
      if (!p.equals(parameters.get(name))) {
        out.add("parameter " + name);
      }
    });
    Map<String, ? extends Sourced<?>> rules = shipped.rules().named();
    own.rules().named().forEach((name, r) -> {
      if (!r.equals(rules.get(name))) {
        out.add("rule " + name);
      }
    });
    for (Band b : own.bands()) {
      if (!shipped.bands().contains(b)) {
        out.add("band " + b.predikat());
      }
    }
    for (Indicator i : own.indicators()) {
      Optional<Indicator> same = shipped.indicator(i.code());
      if (same.isEmpty()) {
        out.add("indicator " + i.code() + " (added)");
      } else if (!same.get().equals(i)) {
        out.add("indicator " + i.code());
      }
    }
    for (Indicator i : shipped.indicators()) {
      if (own.indicator(i.code()).isEmpty()) {
        out.add("indicator " + i.code() + " (removed)");
      }
    }
    if (out.isEmpty() && !own.indicators().stream().map(Indicator::code).toList()
        .equals(shipped.indicators().stream().map(Indicator::code).toList())) {
      out.add("the order of its indicators");
    }
    if (!own.overrides().equals(shipped.overrides())) {
      out.add("overrides");
    }
    if (out.isEmpty()) {
      out.add("maxima");
    }
    return out;
  }
}

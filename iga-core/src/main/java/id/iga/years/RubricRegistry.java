package id.iga.years;

import id.iga.IgaException;
import id.iga.rubric.Rubric;
import id.iga.plan.Planner;
import id.iga.rubric.RubricProvider;
import id.iga.score.Scorer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
}

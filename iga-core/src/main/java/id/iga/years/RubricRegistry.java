package id.iga.years;

import id.iga.IgaException;
import id.iga.Message;
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
import java.util.function.BinaryOperator;
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
      // The service loader's own words: they name the provider and what failed.
      throw new IgaException(Message.of("years.provider.notLoaded", String.valueOf(e.getMessage())), null, e);
    }
    return new RubricRegistry(byYear, conflicts);
  }

  private void checkConflicts() {
    if (!conflicts.isEmpty()) {
      var e = conflicts.entrySet().iterator().next();
      List<Object> names = e.getValue().stream().map(p -> (Object) p.getClass().getName()).toList();
      throw new IgaException(Message.of("years.provider.conflict", e.getKey(),
          joined(names, (a, b) -> Message.of("years.and", a, b))));
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
      throw new IgaException(Message.of("years.noRubric", year, providers.isEmpty() ? Message.of("years.noYears")
          : providers.keySet().stream().map(String::valueOf).collect(Collectors.joining(", "))));
    }
    return loaded.computeIfAbsent(year, y -> {
      Rubric r = p.load();
      if (r.year() != y) {
        throw new IgaException(Message.of("years.provider.wrongYear", p.getClass().getName(), y, r.year()));
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
    Optional<Message> why = userRubric(rubric, source);
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

  /**
   * Why a rubric of one's own is not the one served for its year, or empty when it is (overrides aside): the message
   * of the {@link Warning.Kind#USER_RUBRIC} warning of every result scored under it.
   */
  private Optional<Message> userRubric(Rubric rubric, String source) {
    checkConflicts();
    if (!providers.containsKey(rubric.year())) {
      return Optional.of(Message.of("years.userRubric.noModule", rubric.year(), source));
    }
    Rubric shipped = forYear(rubric.year());
    if (rubric.equals(shipped) || !rubric.overrides().isEmpty()
        && shipped.derive(rubric.parameters(), rubric.bands()).equals(rubric)) {
      return Optional.empty();
    }
    return Optional.of(Message.of("years.userRubric.differs", rubric.year(), source,
        joined(differences(shipped, rubric), (a, b) -> Message.of("years.list", a, b))));
  }

  /**
   * The items of a non-empty list as one argument: {@code pair} joins each item to the message of the items after it
   * ("a, b, c" or "a and b and c" in English), so that every item is shown in the language asked for.
   */
  private static Object joined(List<?> items, BinaryOperator<Object> pair) {
    Object rest = items.get(items.size() - 1);
    for (int i = items.size() - 2; i >= 0; i--) {
      rest = pair.apply(items.get(i), rest);
    }
    return rest;
  }

  /** What differs between two rubrics of one year, in the words of a warning; never empty for unequal rubrics. */
  private static List<Message> differences(Rubric shipped, Rubric own) {
    List<Message> out = new ArrayList<>();
    if (!own.title().equals(shipped.title())) {
      out.add(Message.of("years.differs.title"));
    }
    if (!own.officialLetter().equals(shipped.officialLetter())) {
      out.add(Message.of("years.differs.officialLetter"));
    }
    if (!own.provenance().equals(shipped.provenance())) {
      out.add(Message.of("years.differs.provenance"));
    }
    if (!own.notes().equals(shipped.notes())) {
      out.add(Message.of("years.differs.notes"));
    }
    Map<String, Sourced<?>> parameters = shipped.parameters().named();
    own.parameters().named().forEach((name, p) -> {
      if (!p.equals(parameters.get(name))) {
        out.add(Message.of("years.differs.parameter", name));
      }
    });
    Map<String, ? extends Sourced<?>> rules = shipped.rules().named();
    own.rules().named().forEach((name, r) -> {
      if (!r.equals(rules.get(name))) {
        out.add(Message.of("years.differs.rule", name));
      }
    });
    for (Band b : own.bands()) {
      if (!shipped.bands().contains(b)) {
        out.add(Message.of("years.differs.band", b.predikat().name()));
      }
    }
    for (Indicator i : own.indicators()) {
      Optional<Indicator> same = shipped.indicator(i.code());
      if (same.isEmpty()) {
        out.add(Message.of("years.differs.indicatorAdded", i.code()));
      } else if (!same.get().equals(i)) {
        out.add(Message.of("years.differs.indicator", i.code()));
      }
    }
    for (Indicator i : shipped.indicators()) {
      if (own.indicator(i.code()).isEmpty()) {
        out.add(Message.of("years.differs.indicatorRemoved", i.code()));
      }
    }
    if (out.isEmpty() && !own.indicators().stream().map(Indicator::code).toList()
        .equals(shipped.indicators().stream().map(Indicator::code).toList())) {
      out.add(Message.of("years.differs.indicatorOrder"));
    }
    if (!own.overrides().equals(shipped.overrides())) {
      out.add(Message.of("years.differs.overrides"));
    }
    if (out.isEmpty()) {
      out.add(Message.of("years.differs.maxima"));
    }
    return out;
  }
}

package id.iga.values;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import id.iga.compare.Comparison;
import id.iga.compare.YearComparison;
import id.iga.json.SubmissionSource;
import id.iga.json.SubmissionJson;
import id.iga.plan.NewInnovations;
import id.iga.plan.Planner;
import id.iga.plan.Target;
import id.iga.rank.RankScope;
import id.iga.rank.Ranking;
import id.iga.report.ReportData;
import id.iga.rubric.Predikat;
import id.iga.rubric.Rubric;
import id.iga.score.Mode;
import id.iga.score.ScoreResult;
import id.iga.submission.RegionType;
import id.iga.submission.Submission;
import id.iga.years.Rubrics;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The law of the 1.0 values: every {@link List}, {@link Set} and {@link Map} reachable from a public value of the
 * library refuses mutation. The walk starts from everything the library computes on the bundled examples (results in
 * both modes, plans, readiness, comparisons across every year, a ranking, a report's data, every rubric) and follows,
 * reflectively, every record component and every public no-argument method of the library's public types.
 */
class ImmutabilityLaw {
  private static final Path EXAMPLES = Path.of("..", "examples");

  @Test
  void everyCollectionReachableFromAPublicValueRefusesMutation() throws IOException {
    Walk walk = new Walk();
    for (Object root : roots()) {
      walk.visit(root, root.getClass().getSimpleName());
    }
    assertEquals(List.of(), walk.mutable, "collections that accepted a mutation");
    // The walk must reach what it claims to check: results, plans, steps, rows, rubric indicators.
    assertTrue(walk.collections > 1000, "collections checked: " + walk.collections);
    for (String type : List.of("ScoreResult", "InnovationScore", "PointsLost", "Gate", "Plan", "Raise",
        "NewInnovation", "Readiness", "Comparison", "Ranking", "ReportData", "Rubric", "Indicator", "Level")) {
      assertTrue(walk.types.contains(type), "the walk never reached a " + type + ": " + walk.types);
    }
  }

  @Test
  void theLawCatchesAMutableCollection() {
    // The check itself: a record that hands out an ArrayList is caught, an unmodifiable list is not.
    record Leaky(List<String> names) {}
    Walk walk = new Walk();
    walk.visit(new Leaky(new ArrayList<>(List.of("a"))), "leaky");
    walk.visit(new Leaky(List.of("b")), "sealed");
    assertEquals(List.of("leaky.names(): java.util.ArrayList"), walk.mutable);
  }

  private static List<Object> roots() throws IOException {
    List<Object> roots = new ArrayList<>();
    List<Submission> examples = new ArrayList<>();
    try (Stream<Path> files = Files.walk(EXAMPLES)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
        examples.add(SubmissionJson.read(file));
      }
    }
    assertTrue(examples.size() >= 5, "examples found: " + examples.size());
    for (Submission s : examples) {
      for (Mode mode : Mode.values()) {
        roots.add(Rubrics.scorerFor(s).score(s, mode));
      }
      Planner planner = Rubrics.planner(s.year());
      roots.add(planner.plan(s, Mode.CLAIMED, Target.predikat(Predikat.SANGAT_INOVATIF),
          NewInnovations.ofMaturity(new BigDecimal("60"))));
      roots.add(planner.plan(s, Mode.VERIFIED, Target.iid(new BigDecimal("100"))));
      roots.add(planner.readiness(s, Mode.CLAIMED, new BigDecimal("100")));
    }
    List<Rubric> rubrics = Rubrics.available().stream().map(Rubrics::forYear).toList();
    roots.addAll(rubrics);
    YearComparison years = YearComparison.of(rubrics);
    ReportData.Builder report = ReportData.builder(rubrics, Mode.CLAIMED);
    List<ScoreResult> results = new ArrayList<>();
    try (SubmissionSource data = SubmissionSource.open(EXAMPLES.resolve("2024/dataset.jsonl"))) {
      while (data.hasNext()) {
        Submission s = data.next().submission();
        Comparison c = years.compare(s, Mode.CLAIMED);
        roots.add(c);
        report.add(s);
        results.add(Rubrics.scorerFor(s).score(s, Mode.CLAIMED));
      }
    }
    roots.add(report.build());
    roots.add(Ranking.of(results, RankScope.NATIONAL,
        Set.of(RegionType.values()), null));
    return roots;
  }

  /** Walks an object graph once per object, checking every collection it meets. */
  private static final class Walk {
    final Map<Object, Boolean> seen = new IdentityHashMap<>();
    final List<String> mutable = new ArrayList<>();
    final Set<String> types = new java.util.TreeSet<>();
    int collections;

    void visit(Object o, String path) {
      if (o == null || seen.put(o, Boolean.TRUE) != null) {
        return;
      }
      if (o instanceof Collection<?> c) {
        List<?> elements = new ArrayList<>(c);
        check(c, path);
        for (int i = 0; i < elements.size(); i++) {
          visit(elements.get(i), path + "[" + i + "]");
        }
        return;
      }
      if (o instanceof Map<?, ?> m) {
        List<Map.Entry<?, ?>> entries = new ArrayList<>();
        m.forEach((k, v) -> entries.add(new java.util.AbstractMap.SimpleImmutableEntry<>(k, v)));
        check(m, path);
        for (Map.Entry<?, ?> e : entries) {
          visit(e.getKey(), path + ".key");
          visit(e.getValue(), path + "[" + e.getKey() + "]");
        }
        return;
      }
      Class<?> type = o.getClass();
      if (!ours(type)) {
        return;
      }
      types.add(type.getSimpleName());
      for (Method m : accessors(type)) {
        Object value;
        try {
          value = m.invoke(o);
        } catch (IllegalAccessException e) {
          continue;
        } catch (InvocationTargetException e) {
          // An accessor that refuses for this value (an Optional-like getter on an absent part) is no collection.
          continue;
        }
        visit(value instanceof java.util.Optional<?> opt ? opt.orElse(null) : value, path + "." + m.getName() + "()");
      }
    }

    private static boolean ours(Class<?> type) {
      return type.getName().startsWith("id.iga.") && !type.isEnum() || type.isRecord();
    }

    /** Record components, and every public no-argument method of a public type of the library. */
    private static List<Method> accessors(Class<?> type) {
      List<Method> out = new ArrayList<>();
      if (type.isRecord()) {
        for (RecordComponent c : type.getRecordComponents()) {
          Method m = c.getAccessor();
          m.setAccessible(true);
          out.add(m);
        }
        return out;
      }
      if (!Modifier.isPublic(type.getModifiers())) {
        return out;
      }
      for (Method m : type.getMethods()) {
        if (m.getParameterCount() == 0 && m.getReturnType() != void.class && !Modifier.isStatic(m.getModifiers())
            && m.getDeclaringClass().getName().startsWith("id.iga.")) {
          out.add(m);
        }
      }
      out.sort(java.util.Comparator.comparing(Method::getName));
      return out;
    }

    private void check(Object collection, String path) {
      collections++;
      if (!refusesMutation(collection)) {
        mutable.add(path + ": " + collection.getClass().getName());
      }
    }

    /**
     * Tries one mutation: {@code clear()} on a non-empty collection, adding {@code null} to an empty one (an empty
     * mutable collection clears without complaint). Only {@link UnsupportedOperationException} counts as a refusal.
     */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private static boolean refusesMutation(Object collection) {
      try {
        if (collection instanceof Map m) {
          if (m.isEmpty()) {
            m.put(null, null);
          } else {
            m.clear();
          }
        } else {
          Collection c = (Collection) collection;
          if (c.isEmpty()) {
            c.add(null);
          } else {
            c.clear();
          }
        }
        return false;
      } catch (UnsupportedOperationException refused) {
        return true;
      } catch (RuntimeException other) {
        // A mutable collection that merely dislikes the element (an EnumSet and null) is still mutable.
        return false;
      }
    }
  }
}

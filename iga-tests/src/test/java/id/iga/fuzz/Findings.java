package id.iga.fuzz;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a run found: how many times each law was broken, by which kinds of mutation, and in full the first two
 * breaks of each law by each kind. Thread-safe.
 */
final class Findings {
  private static final int SHOWN = 2;

  private final long runSeed;
  private final Map<String, Integer> byLaw = new TreeMap<>();
  private final Map<String, Integer> byKind = new TreeMap<>();
  private final Map<String, List<String>> shown = new TreeMap<>();

  Findings(long runSeed) {
    this.runSeed = runSeed;
  }

  synchronized void add(Case c, String law, String detail) {
    byLaw.merge(law, 1, Integer::sum);
    byKind.merge(c.mutation().kind(), 1, Integer::sum);
    List<String> these = shown.computeIfAbsent(law + ", by " + c.mutation().kind(), k -> new ArrayList<>());
    if (these.size() < SHOWN) {
      String shown = law + ": " + c.describe(runSeed) + "\n    " + detail + "\n    rerun: -Diga.fuzz.seed=" + runSeed
          + " -Diga.fuzz.first=" + c.index() + " -Diga.fuzz.cases=1";
      these.add(shown);
      System.out.println("fuzz finding: " + shown); // at once, for a long run stopped before its end
    }
  }

  synchronized boolean none() {
    return byLaw.isEmpty();
  }

  synchronized int count() {
    return byLaw.values().stream().mapToInt(Integer::intValue).sum();
  }

  synchronized String report() {
    StringBuilder b = new StringBuilder("findings by law " + byLaw + ", by mutation kind " + byKind);
    shown.forEach((k, v) -> b.append("\n\n").append(k).append(":\n").append(String.join("\n", v)));
    return b.toString();
  }
}

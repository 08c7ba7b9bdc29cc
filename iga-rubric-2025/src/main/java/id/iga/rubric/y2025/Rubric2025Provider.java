package id.iga.rubric.y2025;

import id.iga.json.ResourceRubricProvider;

/**
 * Serves the 2025 rubric, read from {@code rubric-2025.json} beside this class. Found by {@link java.util.ServiceLoader}
 * on the class path and the module path; use it through {@code id.iga.years.Rubrics.forYear(2025)}.
 */
public final class Rubric2025Provider extends ResourceRubricProvider {
  /** Creates the provider; {@link java.util.ServiceLoader} calls this. */
  public Rubric2025Provider() {
    super(2025, "rubric-2025.json");
  }
}

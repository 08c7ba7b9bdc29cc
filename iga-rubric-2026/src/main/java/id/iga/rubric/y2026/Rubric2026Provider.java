package id.iga.rubric.y2026;

import id.iga.json.ResourceRubricProvider;

/**
 * Serves the 2026 rubric, read from {@code rubric-2026.json} beside this class. Found by {@link java.util.ServiceLoader}
 * on the class path and the module path; use it through {@code id.iga.years.Rubrics.forYear(2026)}.
 */
public final class Rubric2026Provider extends ResourceRubricProvider {
  /** Creates the provider; {@link java.util.ServiceLoader} calls this. */
  public Rubric2026Provider() {
    super(2026, "rubric-2026.json");
  }
}

package id.iga.rubric.y2024;

import id.iga.json.ResourceRubricProvider;

/**
 * Serves the 2024 rubric, read from {@code rubric-2024.json} beside this class. Found by {@link java.util.ServiceLoader}
 * on the class path and the module path; use it through {@code id.iga.years.Rubrics.forYear(2024)}.
 */
public final class Rubric2024Provider extends ResourceRubricProvider {
  /** Creates the provider; {@link java.util.ServiceLoader} calls this. */
  public Rubric2024Provider() {
    super(2024, "rubric-2024.json");
  }
}

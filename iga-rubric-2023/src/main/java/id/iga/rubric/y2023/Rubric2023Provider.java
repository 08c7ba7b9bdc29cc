package id.iga.rubric.y2023;

import id.iga.json.ResourceRubricProvider;

/**
 * Serves the 2023 rubric, read from {@code rubric-2023.json} beside this class. Found by {@link java.util.ServiceLoader}
 * on the class path and the module path; use it through {@code id.iga.years.Rubrics.forYear(2023)}.
 */
public final class Rubric2023Provider extends ResourceRubricProvider {
  /** Creates the provider; {@link java.util.ServiceLoader} calls this. */
  public Rubric2023Provider() {
    super(2023, "rubric-2023.json");
  }
}

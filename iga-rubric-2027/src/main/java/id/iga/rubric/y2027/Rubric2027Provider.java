package id.iga.rubric.y2027;

import id.iga.json.ResourceRubricProvider;

/**
 * Serves the 2027 rubric, read from {@code rubric-2027.json} beside this class. Found by {@link java.util.ServiceLoader}
 * on the class path and the module path; use it through {@code id.iga.years.Rubrics.forYear(2027)}.
 */
public final class Rubric2027Provider extends ResourceRubricProvider {
  /** Creates the provider; {@link java.util.ServiceLoader} calls this. */
  public Rubric2027Provider() {
    super(2027, "rubric-2027.json");
  }
}

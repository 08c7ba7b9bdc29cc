package id.iga.rubric;

/**
 * The service a rubric-year module provides, found through {@link java.util.ServiceLoader} (a module's
 * {@code provides}, or {@code META-INF/services/id.iga.rubric.RubricProvider} on the class path). Like
 * {@code java.time.zone.ZoneRulesProvider}, it serves one versioned rule set: one assessment year's rubric.
 *
 * <p>A year module is a data file and a provider of a few lines, usually an
 * {@code id.iga.json.ResourceRubricProvider} that reads the document beside it:
 *
 * <pre>{@code
 * public final class Rubric2026Provider extends ResourceRubricProvider {
 *   public Rubric2026Provider() {
 *     super(2026, "rubric-2026.json");
 *   }
 * }
 * }</pre>
 *
 * <p>{@code id.iga.years.Rubrics} calls {@link #load()} at most once per provider and caches the result.
 *
 * @since 1.0
 */
public interface RubricProvider {

  /** @return the assessment year this provider serves */
  int year();

  /**
   * Loads the rubric. Called once; must return a rubric whose {@link Rubric#year()} equals {@link #year()}.
   *
   * @return the rubric
   * @throws id.iga.IgaException when the provider's data is invalid
   */
  Rubric load();
}

/**
 * The IID rubric of assessment year 2027, a projection not yet in force, served to {@code id.iga.core} as a
 * {@link id.iga.rubric.RubricProvider}.
 */
module id.iga.rubric.y2027 {
  requires id.iga.core;

  // The core reads the rubric document beside the provider.
  opens id.iga.rubric.y2027 to id.iga.core;

  provides id.iga.rubric.RubricProvider with id.iga.rubric.y2027.Rubric2027Provider;
}

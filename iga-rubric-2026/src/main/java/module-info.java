/** The IID rubric of assessment year 2026, served to {@code id.iga.core} as a {@link id.iga.rubric.RubricProvider}. */
module id.iga.rubric.y2026 {
  requires id.iga.core;

  // The core reads the rubric document beside the provider.
  opens id.iga.rubric.y2026 to id.iga.core;

  provides id.iga.rubric.RubricProvider with id.iga.rubric.y2026.Rubric2026Provider;
}

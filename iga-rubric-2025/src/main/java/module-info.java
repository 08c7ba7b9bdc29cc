/** The IID rubric of assessment year 2025, served to {@code id.iga.core} as a {@link id.iga.rubric.RubricProvider}. */
module id.iga.rubric.y2025 {
  requires id.iga.core;

  // The core reads the rubric document beside the provider.
  opens id.iga.rubric.y2025 to id.iga.core;

  provides id.iga.rubric.RubricProvider with id.iga.rubric.y2025.Rubric2025Provider;
}

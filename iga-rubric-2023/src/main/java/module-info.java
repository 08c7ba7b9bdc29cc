/** The IID rubric of assessment year 2023, served to {@code id.iga.core} as a {@link id.iga.rubric.RubricProvider}. */
module id.iga.rubric.y2023 {
  requires id.iga.core;

  // The core reads the rubric document beside the provider.
  opens id.iga.rubric.y2023 to id.iga.core;

  provides id.iga.rubric.RubricProvider with id.iga.rubric.y2023.Rubric2023Provider;
}

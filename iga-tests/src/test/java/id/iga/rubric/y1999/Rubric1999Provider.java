package id.iga.rubric.y1999;

import id.iga.rubric.Rubric;
import id.iga.rubric.RubricProvider;

/** A fixture year module's provider: what a year module may hold. Not in META-INF/services, so never loaded. */
public final class Rubric1999Provider implements RubricProvider {
  @Override
  public int year() {
    return 1999;
  }

  @Override
  public Rubric load() {
    throw new UnsupportedOperationException("a fixture of the architecture rules serves no rubric");
  }
}

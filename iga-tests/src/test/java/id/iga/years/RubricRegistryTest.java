package id.iga.years;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import id.iga.IgaException;
import id.iga.rubric.Rubric;
import id.iga.rubric.RubricProvider;
import id.iga.rubric.y2026.Rubric2026Provider;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A registry of year providers: one provider per year, and errors that name what is there. */
class RubricRegistryTest {

  /** A second provider of 2026, as a patched copy of the 2026 module on the same path would be. */
  static final class Reissued2026Provider implements RubricProvider {
    @Override
    public int year() {
      return 2026;
    }

    @Override
    public Rubric load() {
      return new Rubric2026Provider().load();
    }
  }

  private static final String CONFLICT = "two rubric providers claim year 2026: "
      + "id.iga.rubric.y2026.Rubric2026Provider and id.iga.years.RubricRegistryTest$Reissued2026Provider; "
      + "remove one from the path";

  @Test
  void twoProvidersOfOneYearAreAConflictThatNamesBothWhenTheYearsAreListed() {
    RubricRegistry registry = RubricRegistry.of(List.of(new Rubric2026Provider(), new Reissued2026Provider()));
    IgaException e = assertThrows(IgaException.class, registry::available);
    assertEquals(CONFLICT, e.getMessage());
  }

  @Test
  void twoProvidersOfOneYearAreAConflictThatNamesBothWhenARubricIsAskedFor() {
    RubricRegistry registry = RubricRegistry.of(List.of(new Rubric2026Provider(), new Reissued2026Provider()));
    IgaException e = assertThrows(IgaException.class, () -> registry.forYear(2026));
    assertEquals(CONFLICT, e.getMessage());
  }

  @Test
  void aYearNobodyServesIsAnErrorListingTheYearsAvailable() {
    IgaException e = assertThrows(IgaException.class, () -> Rubrics.forYear(1999));
    assertEquals("no rubric for year 1999; available years: 2024, 2025, 2026", e.getMessage());
    assertEquals(Optional.empty(), e.location());
  }

  @Test
  void aRegistryOfOneProviderServesItsYearOnly() {
    RubricRegistry registry = RubricRegistry.of(List.of(new Rubric2026Provider()));
    assertEquals(List.of(2026), registry.available());
    assertEquals(2026, registry.forYear(2026).year());
    IgaException e = assertThrows(IgaException.class, () -> registry.forYear(2024));
    assertEquals("no rubric for year 2024; available years: 2026", e.getMessage());
  }
}

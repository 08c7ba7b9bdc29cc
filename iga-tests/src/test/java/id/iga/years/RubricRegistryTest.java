package id.iga.years;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import id.iga.IgaException;
import id.iga.rubric.Rubric;
import id.iga.rubric.RubricProvider;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * A registry of year providers: one provider per year, and errors that name what is there. The providers are the year
 * modules on the class path, whichever they are: the latest year stands for any.
 */
class RubricRegistryTest {
  private static final RubricProvider LATEST = ServiceLoader.load(RubricProvider.class).stream()
      .map(ServiceLoader.Provider::get).max(Comparator.comparingInt(RubricProvider::year)).orElseThrow();
  private static final int YEAR = LATEST.year();

  /** A second provider of the latest year, as a patched copy of its module on the same path would be. */
  static final class Reissued implements RubricProvider {
    @Override
    public int year() {
      return YEAR;
    }

    @Override
    public Rubric load() {
      return LATEST.load();
    }
  }

  private static final String CONFLICT = "two rubric providers claim year " + YEAR + ": "
      + LATEST.getClass().getName() + " and id.iga.years.RubricRegistryTest$Reissued; remove one from the path";

  @Test
  void twoProvidersOfOneYearAreAConflictThatNamesBothWhenTheYearsAreListed() {
    RubricRegistry registry = RubricRegistry.of(List.of(LATEST, new Reissued()));
    IgaException e = assertThrows(IgaException.class, registry::available);
    assertEquals(CONFLICT, e.getMessage());
  }

  @Test
  void twoProvidersOfOneYearAreAConflictThatNamesBothWhenARubricIsAskedFor() {
    RubricRegistry registry = RubricRegistry.of(List.of(LATEST, new Reissued()));
    IgaException e = assertThrows(IgaException.class, () -> registry.forYear(YEAR));
    assertEquals(CONFLICT, e.getMessage());
  }

  @Test
  void aYearNobodyServesIsAnErrorListingTheYearsAvailable() {
    IgaException e = assertThrows(IgaException.class, () -> Rubrics.forYear(1999));
    assertEquals("no rubric for year 1999; available years: "
        + Rubrics.available().stream().map(String::valueOf).collect(Collectors.joining(", ")), e.getMessage());
    assertEquals(Optional.empty(), e.location());
  }

  @Test
  void aRegistryOfOneProviderServesItsYearOnly() {
    RubricRegistry registry = RubricRegistry.of(List.of(LATEST));
    assertEquals(List.of(YEAR), registry.available());
    assertEquals(YEAR, registry.forYear(YEAR).year());
    IgaException e = assertThrows(IgaException.class, () -> registry.forYear(1999));
    assertEquals("no rubric for year 1999; available years: " + YEAR, e.getMessage());
  }

  @Test
  void anEmptyRegistrySaysWhereAYearModuleGoes() {
    IgaException e = assertThrows(IgaException.class, () -> RubricRegistry.of(List.of()).forYear(YEAR));
    assertEquals("no rubric for year " + YEAR + "; available years: none (put an iga-rubric-YEAR module on the class "
        + "path or module path)", e.getMessage());
  }
}

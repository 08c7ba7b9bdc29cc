package id.iga.years;

import static id.iga.MessageAssertions.assertError;
import static org.junit.jupiter.api.Assertions.assertThrows;

import id.iga.IgaException;
import id.iga.Message;
import id.iga.generate.RubricGenerator;
import id.iga.rubric.Rubric;
import id.iga.rubric.RubricProvider;
import java.util.Iterator;
import java.util.List;
import java.util.ServiceConfigurationError;
import org.junit.jupiter.api.Test;

/**
 * The rubric years' errors in Bahasa Indonesia, with the key and arguments an application would show in its own words.
 * (The reason a user's rubric is not the shipped one is specified with the user rubrics, in {@link UserRubricTest}.)
 */
class YearsMessagesSpec {
  private static final Rubric SHIPPED = RubricGenerator.rubric(7);
  private static final int YEAR = SHIPPED.year();

  /** A provider of a year: two of one year conflict, and one may load another year's rubric. */
  record Serves(int year, Rubric rubric) implements RubricProvider {
    @Override
    public Rubric load() {
      return rubric;
    }
  }

  private static final RubricRegistry REGISTRY = RubricRegistry.of(List.of(new Serves(YEAR, SHIPPED)));

  @Test
  void aYearNobodyServesListsTheYearsAvailableInIndonesian() {
    assertError("years.noRubric", List.of(1999, String.valueOf(YEAR)),
        "tidak ada rubrik untuk tahun penilaian 1999; tahun yang tersedia: " + YEAR,
        assertThrows(IgaException.class, () -> REGISTRY.forYear(1999)));
    assertError("years.noRubric", List.of(1999, Message.of("years.noYears")),
        "tidak ada rubrik untuk tahun penilaian 1999; tahun yang tersedia: tidak ada (tambahkan modul "
            + "iga-rubric-TAHUN pada class path atau module path)",
        assertThrows(IgaException.class, () -> RubricRegistry.of(List.of()).forYear(1999)));
  }

  @Test
  void twoProvidersOfOneYearAreNamedInIndonesian() {
    RubricRegistry registry = RubricRegistry.of(List.of(new Serves(YEAR, SHIPPED), new Serves(YEAR, SHIPPED),
        new Serves(YEAR, SHIPPED)));
    IgaException e = assertThrows(IgaException.class, registry::available);

    String serves = Serves.class.getName();
    assertError("years.provider.conflict", List.of(YEAR, Message.of("years.and", serves,
        Message.of("years.and", serves, serves))), "dua penyedia rubrik sama-sama menyediakan tahun " + YEAR + ": "
            + serves + " dan " + serves + " dan " + serves + "; keluarkan salah satunya dari path", e);
  }

  @Test
  void aProviderThatLoadsAnotherYearAndOneThatCannotBeLoadedAreErrorsInIndonesian() {
    assertError("years.provider.wrongYear", List.of(Serves.class.getName(), 2030, YEAR),
        "penyedia rubrik " + Serves.class.getName() + " menyediakan tahun 2030, tetapi memuat rubrik tahun " + YEAR,
        assertThrows(IgaException.class, () -> RubricRegistry.of(List.of(new Serves(2030, SHIPPED))).forYear(2030)));

    Iterable<RubricProvider> broken = () -> new Iterator<>() {
      @Override
      public boolean hasNext() {
        return true;
      }

      @Override
      public RubricProvider next() {
        throw new ServiceConfigurationError("Provider example.Missing not found");
      }
    };
    assertError("years.provider.notLoaded", List.of("Provider example.Missing not found"),
        "penyedia rubrik tidak dapat dimuat: Provider example.Missing not found",
        assertThrows(IgaException.class, () -> RubricRegistry.of(broken)));
  }
}

package id.iga.rubric;

import static id.iga.rubric.RubricFixtures.KNOWN;
import static id.iga.rubric.RubricFixtures.band;
import static id.iga.rubric.RubricFixtures.bands2024;
import static id.iga.rubric.RubricFixtures.levelOnly;
import static id.iga.rubric.RubricFixtures.levels;
import static id.iga.rubric.RubricFixtures.parameters;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A rubric's years, variables and assumptions as it lists them, and what a rubric derived from a derived rubric says
 * it changed.
 */
class RubricDerivationSpec {
  private static final Provenance GUESSED = Provenance.of(Status.ASSUMED, "guessed from the 2023 guide");

  private static Rubric.Builder builder(int year) {
    return Rubric.builder(year).title("Derivation").provenance(KNOWN)
        .indicators(List.of(levelOnly("1", Scope.REGION, "Satu", "2", true),
            new Indicator("2", 2, Scope.INNOVATION, "Proses", "Dua", BigDecimal.ONE, false, "", FactSpec.NONE,
                levels(null, null, null), KNOWN),
            levelOnly("3", Scope.INNOVATION, "Tiga", "3", true)))
        .bands(bands2024()).parameters(parameters(10, "0.38", 200, 2, RoundingMode.HALF_UP));
  }

  @Test
  void theFirstAndLastYearsOfTheMillenniumAreYears() {
    assertEquals(List.of(2000, 2999), List.of(builder(2000).build().year(), builder(2999).build().year()));
  }

  @Test
  void theVariablesAreListedOnceEachInTheOrderTheyAreFirstUsed() {
    assertEquals(List.of("Institusi", "Proses"), builder(2024).build().variables());
  }

  @Test
  void anAssumedLevelIsListedUnlessItsWholeIndicatorIsAssumedAlready() {
    List<Level> assumedLevels = List.of(new Level(1, "satu", null, GUESSED), new Level(2, "dua", null, KNOWN),
        new Level(3, "tiga", null, GUESSED));
    Rubric r = Rubric.builder(2024).title("Derivation").provenance(KNOWN)
        .indicators(List.of(
            new Indicator("4", 4, Scope.INNOVATION, "Proses", "Empat", BigDecimal.ONE, false, "", FactSpec.NONE,
                assumedLevels, KNOWN),
            new Indicator("5", 5, Scope.INNOVATION, "Proses", "Lima", BigDecimal.ONE, false, "", FactSpec.NONE,
                assumedLevels, GUESSED)))
        .bands(bands2024()).parameters(parameters(10, "0.38", 200, 2, RoundingMode.HALF_UP)).build();
    assertEquals(List.of(new Assumption("indicator 4 level 1", "satu", "guessed from the 2023 guide"),
        new Assumption("indicator 4 level 3", "tiga", "guessed from the 2023 guide"),
        new Assumption("indicator 5", "Lima, weight 1", "guessed from the 2023 guide")), r.assumptions());
  }

  @Test
  void aParameterChangedTwiceIsListedOnceAgainstTheRubricItWasDerivedFrom() {
    Rubric published = builder(2024).build();
    Rubric twelve = published.derive(parameters(12, "0.38", 200, 2, RoundingMode.HALF_UP), published.bands());
    Rubric fourteen = twelve.derive(parameters(14, "0.38", 200, 3, RoundingMode.HALF_UP), twelve.bands());
    assertEquals(List.of(new ParameterOverride("divisorFloor", "12", "14"), new ParameterOverride("basicServiceGate",
        "2", "3")), fourteen.overrides());
  }

  @Test
  void aBandChangedTwiceIsListedOnceAgainstTheRubricItWasDerivedFrom() {
    Rubric published = builder(2024).build();
    Rubric once = published.derive(published.parameters(), List.of(band(Predikat.SANGAT_INOVATIF, "70.01", "100.00"),
        band(Predikat.INOVATIF, "35.00", "70.00"), band(Predikat.KURANG_INOVATIF, "0.01", "34.99"),
        band(Predikat.TIDAK_DAPAT_DINILAI, "0.00", "0.00")));
    Rubric twice = once.derive(once.parameters(), List.of(band(Predikat.SANGAT_INOVATIF, "80.01", "100.00"),
        band(Predikat.INOVATIF, "35.00", "80.00"), band(Predikat.KURANG_INOVATIF, "0.01", "34.99"),
        band(Predikat.TIDAK_DAPAT_DINILAI, "0.00", "0.00")));
    assertEquals(List.of(new ParameterOverride("band.SANGAT_INOVATIF", "70.01..100.00", "80.01..100.00"),
        new ParameterOverride("band.INOVATIF", "35.00..70.00", "35.00..80.00")), twice.overrides());
  }
}

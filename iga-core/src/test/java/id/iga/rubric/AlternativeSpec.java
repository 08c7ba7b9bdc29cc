package id.iga.rubric;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import id.iga.IgaException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * The plausible values of a fact a rubric does not know for its year: what an alternative holds, the values of an
 * interval, the order {@link Alternative#valuesFrom} gives (the rubric's own value first) and every combination of
 * alternatives as what-if settings.
 */
class AlternativeSpec {
  /** k = 10, 0.38 per innovation, cap 200, gate 2, HALF_UP, all known. */
  private static final Rubric RUBRIC = RubricFixtures.twoRows().bands(RubricFixtures.bands2024()).build();

  private static IgaException refused(Executable e) {
    return assertThrows(IgaException.class, e);
  }

  private static BigDecimal d(String value) {
    return new BigDecimal(value);
  }

  private static List<String> range(String from, String to, String step) {
    return Alternative.range("countScore", d(from), d(to), d(step), "PermenPANRB 2024").values();
  }

  // ------------------------------------------------------------------------------------------ the components

  @Test
  void theNameIsCanonicalAndTheValuesAreKeptAsWritten() {
    Alternative a = new Alternative("k", List.of("12", "10"), "PermenPANRB 2023");
    assertEquals(new Alternative(Parameters.DIVISOR_FLOOR, List.of("12", "10"), "PermenPANRB 2023"), a);
    assertEquals(List.of("12", "10"), a.values());
  }

  @Test
  void aThousandValuesAreTheMostAnAlternativeLists() {
    List<String> values = IntStream.rangeClosed(1, Alternative.MAX_VALUES).mapToObj(Integer::toString).toList();
    assertEquals(values, new Alternative("gate", values, "guess").values());
    List<String> more = new ArrayList<>(values);
    more.add("0");
    IgaException e = refused(() -> new Alternative("gate", more, "guess"));
    assertEquals("rubric.alternative.tooMany", e.key());
    assertEquals(List.of(Parameters.GATE, 1001, 1000), e.arguments());
  }

  @Test
  void anEmptySourceAndABlankSourceAreRefusedEachWithItsOwnWords() {
    IgaException empty = refused(() -> new Alternative("k", List.of("10"), ""));
    assertEquals("rubric.alternative.emptySource", empty.key());
    assertEquals(List.of(Parameters.DIVISOR_FLOOR), empty.arguments());
    IgaException blank = refused(() -> new Alternative("k", List.of("10"), " \t"));
    assertEquals("rubric.alternative.blankSource", blank.key());
    assertEquals(List.of(Parameters.DIVISOR_FLOOR), blank.arguments());
  }

  // --------------------------------------------------------------------------------------------- intervals

  @Test
  void anIntervalHoldsBothEndsEveryValueAtTheFinestScaleOfItsNumbers() {
    assertEquals(List.of("0.30", "0.35", "0.40", "0.45"), range("0.3", "0.45", "0.05"));
    assertEquals(List.of("1.0", "1.5", "2.0"), range("1", "2.0", "0.5"));
  }

  @Test
  void anIntervalWhoseStepOvershootsItsEndStopsBelowTheEnd() {
    assertEquals(List.of("0.30", "0.40"), range("0.30", "0.45", "0.10"));
  }

  @Test
  void anIntervalOfOnePointHoldsThatPoint() {
    assertEquals(List.of("0.38"), range("0.38", "0.38", "0.01"));
  }

  @Test
  void anIntervalOfAThousandValuesIsTheLongest() {
    List<String> values = range("1", "1000", "1");
    assertEquals(1000, values.size());
    assertEquals(List.of("1", "1000"), List.of(values.get(0), values.get(999)));
    IgaException e = refused(() -> range("0", "1000", "1"));
    assertEquals("rubric.alternative.longInterval", e.key());
    assertEquals(List.of("countScore", d("1001"), 1000), e.arguments());
  }

  @Test
  void anIntervalThatRunsDownIsRefused() {
    IgaException e = refused(() -> range("0.40", "0.39", "0.01"));
    assertEquals("rubric.alternative.badInterval", e.key());
    assertEquals(List.of("countScore", d("0.40"), d("0.39"), d("0.01")), e.arguments());
  }

  @Test
  void aStepOfZeroOrLessIsRefused() {
    for (String step : List.of("0", "0.00", "-0.01")) {
      IgaException e = refused(() -> range("0.30", "0.40", step));
      assertEquals("rubric.alternative.badInterval", e.key());
      assertEquals(List.of("countScore", d("0.30"), d("0.40"), d(step)), e.arguments());
    }
  }

  // ------------------------------------------------------------------------------------ the rubric's value

  @Test
  void theRubricsOwnValueComesFirstAndTheOthersKeepTheirOrder() {
    Alternative k = new Alternative("k", List.of("8", "12", "10", "6"), "guess");
    assertEquals(List.of("10", "8", "12", "6"), k.valuesFrom(RUBRIC));
  }

  @Test
  void theRubricsOwnValueIsFoundByNumberAndKeptAsWritten() {
    Alternative score = new Alternative("countScore", List.of("0.4", "0.380", "0.5"), "guess");
    assertEquals(List.of("0.380", "0.4", "0.5"), score.valuesFrom(RUBRIC));
  }

  @Test
  void aValueThatIsNoNumberIsTheRubricsOnlyWhenWrittenTheSame() {
    Alternative rounding = new Alternative("rounding", List.of("HALF_EVEN", "HALF_UP", "DOWN"), "guess");
    assertEquals(List.of("HALF_UP", "HALF_EVEN", "DOWN"), rounding.valuesFrom(RUBRIC));
  }

  @Test
  void alternativesThatLeaveOutTheRubricsOwnValueAreRefused() {
    IgaException e = refused(() -> new Alternative("rounding", List.of("HALF_EVEN", "DOWN"), "guess")
        .valuesFrom(RUBRIC));
    assertEquals("rubric.alternative.ownValueMissing", e.key());
    assertEquals(List.of(Parameters.ROUNDING, "[HALF_EVEN, DOWN]", RoundingMode.HALF_UP.name()), e.arguments());
    IgaException k = refused(() -> new Alternative("k", List.of("12"), "guess").valuesFrom(RUBRIC));
    assertEquals(List.of(Parameters.DIVISOR_FLOOR, "[12]", "10"), k.arguments());
  }

  // ------------------------------------------------------------------------------------------ combinations

  private static Overrides.Setting set(String name, String value) {
    return new Overrides.Setting(name, value);
  }

  @Test
  void theCombinationsStartWithTheRubricItselfAndVaryTheLastAlternativeFastest() {
    Alternative k = new Alternative("k", List.of("12", "10"), "guess");
    Alternative gate = new Alternative("gate", List.of("0", "2", "3"), "guess");
    assertEquals(List.of(
        List.of(),
        List.of(set(Parameters.GATE, "0")),
        List.of(set(Parameters.GATE, "3")),
        List.of(set(Parameters.DIVISOR_FLOOR, "12")),
        List.of(set(Parameters.DIVISOR_FLOOR, "12"), set(Parameters.GATE, "0")),
        List.of(set(Parameters.DIVISOR_FLOOR, "12"), set(Parameters.GATE, "3"))),
        Alternative.combinations(RUBRIC, List.of(k, gate)));
  }

  @Test
  void withoutAlternativesTheOnlyCombinationIsTheRubricItself() {
    assertEquals(List.of(List.of()), Alternative.combinations(RUBRIC, List.of()));
  }

  @Test
  void anAlternativeOfTheRubricsOwnValueAloneAddsNoCombination() {
    Alternative k = new Alternative("k", List.of("10"), "guess");
    assertEquals(List.of(List.of()), Alternative.combinations(RUBRIC, List.of(k, k)));
  }
}

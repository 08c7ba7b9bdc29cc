package id.iga.contract;

import id.iga.rubric.Indicator;
import id.iga.rubric.Rubric;
import id.iga.rubric.RubricLint;
import id.iga.rubric.RubricProvider;
import id.iga.rubric.Scope;
import id.iga.years.Rubrics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * What every published rubric year shares: the 63 / 111 / 76 / 250 maxima, the 25.2% SPD share, fifteen SPD indicators
 * in twenty rows, twenty innovation indicators, the mandatory set, every level earned by some plausible fact (no
 * {@link RubricLint.Kind#THEORETICAL} finding), and a provider that loads the same document each time. A year module's test extends it (iga-core's test jar) and adds what is particular to its year.
 */
public abstract class PublishedRubricContract {
  /** The SPD rows, in rubric order. */
  public static final List<String> SPD_ROWS = List.of("1", "2a", "2b", "3", "4", "5a", "5b", "6", "7", "8", "9",
      "10a", "10b", "11a", "11b", "12", "13a", "13b", "14", "15");
  /** The innovation rows, in rubric order. */
  public static final List<String> SID_ROWS = List.of("16", "17", "18", "19", "20", "21", "22", "23", "24", "25",
      "26", "27", "28", "29", "30", "31", "32", "33", "34", "35");

  /** For subclasses. */
  protected PublishedRubricContract() {}

  /** @return the rubric as the facade serves it */
  protected abstract Rubric rubric();

  /** @return a new instance of the year's provider */
  protected abstract RubricProvider provider();

  /**
   * @param code an indicator code of the rubric
   * @return that indicator
   */
  protected Indicator indicator(String code) {
    return rubric().indicator(code).orElseThrow();
  }

  /**
   * Asserts that two decimals are equal in value, whatever their scales.
   *
   * @param expected the expected value, as written
   * @param actual the actual value
   */
  protected static void assertNumber(String expected, BigDecimal actual) {
    assertEquals(new BigDecimal(expected).stripTrailingZeros().toPlainString(),
        actual.stripTrailingZeros().toPlainString());
  }

  /**
   * @param indicators indicators
   * @return their codes, in order
   */
  protected static List<String> codes(Stream<Indicator> indicators) {
    return indicators.map(Indicator::code).toList();
  }

  @Test
  void theProviderIsFoundOnTheClassPathAndServesTheOnlyYearThere() {
    assertEquals(List.of(rubric().year()), Rubrics.available());
    assertEquals(provider().year(), rubric().year());
  }

  @Test
  void aFreshProviderLoadsTheSameDocument() {
    Rubric again = provider().load();
    assertEquals(rubric().year(), provider().year());
    assertEquals(rubric().indicators(), again.indicators());
    assertEquals(rubric().bands(), again.bands());
    assertEquals(rubric().parameters(), again.parameters());
  }

  @Test
  void maximaAre63SpdAnd111MaturityAnd76CountScoreOf250() {
    assertNumber("63", rubric().maxima().spd());
    assertNumber("111", rubric().maxima().maturity());
    assertNumber("76", rubric().maxima().countScore());
    assertNumber("250", rubric().maxima().total());
  }

  @Test
  void theSpdShareIsExactly25Point2Percent() {
    BigDecimal share = rubric().maxima().spd().multiply(BigDecimal.valueOf(100)).divide(rubric().maxima().total());
    assertNumber("25.2", share);
  }

  @Test
  void fifteenSpdIndicatorsFillTwentyRows() {
    assertEquals(SPD_ROWS, codes(rubric().indicators(Scope.REGION).stream()));
    assertEquals(15, rubric().indicators(Scope.REGION).stream().mapToInt(Indicator::number).distinct().count());
  }

  @Test
  void twentyInnovationIndicatorsNumbered16To35() {
    assertEquals(SID_ROWS, codes(rubric().indicators(Scope.INNOVATION).stream()));
  }

  @Test
  void everyLevelIsEarnedByAPlausibleFact() {
    assertEquals(List.of(), RubricLint.check(rubric()).stream().filter(f -> f.kind() == RubricLint.Kind.THEORETICAL)
        .map(RubricLint.Finding::message).toList());
  }

  @Test
  void theMandatoryRowsAreSpd1To11AndSid16_17_32_33_35() {
    assertEquals(List.of("1", "3", "4", "5a", "5b", "6", "7", "8", "9", "10a", "10b", "11a", "11b", "16", "17", "32",
        "33", "35"), codes(rubric().indicators().stream().filter(Indicator::mandatory)));
  }
}

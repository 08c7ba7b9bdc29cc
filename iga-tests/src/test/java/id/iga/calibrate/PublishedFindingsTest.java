package id.iga.calibrate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import id.iga.calibrate.Calibration.Check;
import id.iga.calibrate.Calibration.Count;
import id.iga.calibrate.Calibration.Explanation;
import id.iga.calibrate.Calibration.Miss;
import id.iga.calibrate.Calibration.Precision;
import id.iga.calibrate.Calibration.Reading;
import id.iga.calibrate.Calibration.Verdict;
import id.iga.json.PublishedJson;
import id.iga.years.Rubrics;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What a careful reading of the published table finds, reproduced from the shipped results under the shipped rubrics.
 */
class PublishedFindingsTest {

  private static Check check(String name, int year) {
    PublishedResult row = PublishedJson.shipped().stream()
        .filter(r -> r.region().name().equals(name) && r.year() == year).findFirst().orElseThrow();
    return Calibration.of(Rubrics.forYear(year)).check(row);
  }

  private static List<BigDecimal> decimals(String... values) {
    return java.util.Arrays.stream(values).map(BigDecimal::new).toList();
  }

  @Test
  void kotawaringinTimur2024IsConsistentOnlyIfTheGateWasNotMet() {
    Check c = check("Kabupaten Kotawaringin Timur", 2024);
    assertEquals(Verdict.CONSISTENT, c.verdict());
    assertEquals(List.of(false), c.gateOutcomes());
    Miss met = c.misses().stream().filter(m -> m.reading().gateMet()).findFirst().orElseThrow();
    assertEquals(new BigDecimal("58.08"), met.below());
    assertEquals(new BigDecimal("58.10"), met.above());
  }

  @Test
  void tegal2024ImpliesAnSpdOfExactly56() {
    Check c = check("Kabupaten Tegal", 2024);
    assertEquals(Verdict.CONSISTENT, c.verdict());
    assertEquals(decimals("56.00"), c.impliedSpd());
    assertEquals(List.of(true), c.gateOutcomes());
  }

  @Test
  void tegal2023IsConsistentOnlyIfThePublishedFigureWasRoundedToOneDecimal() {
    Check c = check("Kabupaten Tegal", 2023);
    assertEquals(Verdict.CONSISTENT, c.verdict());
    assertEquals(List.of(Precision.ROUNDED_FURTHER), c.precisions());
    assertEquals(List.of(
        new Explanation(new Reading(Count.SENT, 157, true, Precision.ROUNDED_FURTHER), decimals("39.00"),
            decimals("52.04"), decimals("60.28")),
        new Explanation(new Reading(Count.ACCEPTED, 129, true, Precision.ROUNDED_FURTHER), decimals("49.75"),
            decimals("52.04"), decimals("60.32"))), c.explanations());
    // as printed (60.30), the nearest IIDs the rubric reaches with the published mean maturity
    assertEquals(List.of(
        new Miss(new Reading(Count.SENT, 157, true, Precision.AS_PRINTED), new BigDecimal("60.28"),
            new BigDecimal("60.38")),
        new Miss(new Reading(Count.SENT, 157, false, Precision.AS_PRINTED), new BigDecimal("46.02"), null),
        new Miss(new Reading(Count.ACCEPTED, 129, true, Precision.AS_PRINTED), new BigDecimal("60.22"),
            new BigDecimal("60.32")),
        new Miss(new Reading(Count.ACCEPTED, 129, false, Precision.AS_PRINTED), new BigDecimal("46.02"), null)),
        c.misses());
  }

  @Test
  void under2025sAlternativesOnlyTheCountWeightOf038ExplainsThePublishedResults() {
    List<Calibration.Combination> all = Calibration.combinations(Rubrics.forYear(2025), PublishedJson.shipped());
    assertEquals(240, all.size());
    assertEquals(List.of(), all.get(0).settings());
    assertEquals(true, all.get(0).survives());
    List<Calibration.Combination> surviving = all.stream().filter(Calibration.Combination::survives).toList();
    assertEquals(48, surviving.size());
    assertEquals(List.of(), surviving.stream().flatMap(c -> c.settings().stream())
        .filter(x -> x.name().equals("countScorePerInnovation")).toList());
  }

  @Test
  void under2024sAlternativesEveryCombinationExplainsThePublishedResults() {
    List<Calibration.Combination> all = Calibration.combinations(Rubrics.forYear(2024), PublishedJson.shipped());
    assertEquals(30, all.size());
    assertEquals(30, all.stream().filter(Calibration.Combination::survives).count());
    assertEquals(2, all.get(0).consistent());
  }
}

package id.iga.rubric;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * Building blocks for rubrics written in test code: a known provenance, parameters, the 2024 bands and level-only
 * indicators.
 */
public final class RubricFixtures {
  /** The provenance of every fixture fact that is not meant to be ASSUMED. */
  public static final Provenance KNOWN = Provenance.of(Status.CONFIRMED, "test fixture");

  private RubricFixtures() {}

  /**
   * @param divisorFloor k
   * @param perInnovation count score per innovation
   * @param cap count cap
   * @param gate basic-service gate
   * @param rounding rounding mode
   * @param roundingProvenance the rounding parameter's provenance
   * @return parameters at reporting scale 2
   */
  public static Parameters parameters(int divisorFloor, String perInnovation, int cap, int gate,
      RoundingMode rounding, Provenance roundingProvenance) {
    return new Parameters(Sourced.of(divisorFloor, KNOWN), Sourced.of(new BigDecimal(perInnovation), KNOWN),
        Sourced.of(cap, KNOWN), Sourced.of(gate, KNOWN), Sourced.of(2, KNOWN),
        Sourced.of(rounding, roundingProvenance));
  }

  /**
   * @param divisorFloor k
   * @param perInnovation count score per innovation
   * @param cap count cap
   * @param gate basic-service gate
   * @param rounding rounding mode
   * @return parameters at reporting scale 2, all known
   */
  public static Parameters parameters(int divisorFloor, String perInnovation, int cap, int gate,
      RoundingMode rounding) {
    return parameters(divisorFloor, perInnovation, cap, gate, rounding, KNOWN);
  }

  /**
   * @param predikat the predikat
   * @param lower lower edge
   * @param upper upper edge
   * @return a band with a known provenance
   */
  public static Band band(Predikat predikat, String lower, String upper) {
    return new Band(predikat, new BigDecimal(lower), new BigDecimal(upper), KNOWN);
  }

  /** @return the 2024 bands: 60.01..100.00, 35.00..60.00, 0.01..34.99, 0.00..0.00 */
  public static List<Band> bands2024() {
    return List.of(band(Predikat.SANGAT_INOVATIF, "60.01", "100.00"), band(Predikat.INOVATIF, "35.00", "60.00"),
        band(Predikat.KURANG_INOVATIF, "0.01", "34.99"), band(Predikat.TIDAK_DAPAT_DINILAI, "0.00", "0.00"));
  }

  /**
   * @return a builder of a 2024 rubric with one region row (weight 2) and one innovation row (weight 3), both answered
   *     by level only, k = 10, a count score of 0.38 x MIN(n, 200), gate 2, all known; without bands
   */
  public static Rubric.Builder twoRows() {
    return Rubric.builder(2024).title("Two rows").provenance(KNOWN)
        .indicators(List.of(levelOnly("1", Scope.REGION, "Satu", "2", true),
            levelOnly("2", Scope.INNOVATION, "Dua", "3", true)))
        .parameters(parameters(10, "0.38", 200, 2, RoundingMode.HALF_UP));
  }

  /**
   * @param predicates the predicates of levels 1, 2, 3 (null for a level-only indicator)
   * @return the three levels, labelled by their predicates
   */
  public static List<Level> levels(Predicate... predicates) {
    List<Level> out = new ArrayList<>();
    for (int i = 0; i < predicates.length; i++) {
      Predicate p = predicates[i];
      out.add(new Level(i + 1, p == null ? "option " + (i + 1) : p.describe(), p, KNOWN));
    }
    return out;
  }

  /**
   * @param code the row code
   * @param scope the aspect
   * @param name the indicator's name
   * @param weight the weight
   * @param mandatory whether it is mandatory
   * @return an indicator answered by level only
   */
  public static Indicator levelOnly(String code, Scope scope, String name, String weight, boolean mandatory) {
    return new Indicator(code, Integer.parseInt(code.replaceAll("[a-z]$", "")), scope, "Institusi", name,
        new BigDecimal(weight), mandatory, "", FactSpec.NONE, levels(null, null, null), KNOWN);
  }

  /**
   * @return a coarse 2024 rubric whose maximum total is 100, so that IID = total: one region row of weight 10 (SPD 0,
   *     10, 20 or 30), one innovation row of weight 20 (maturity 0, 20, 40 or 60), k = 1, and a count score of 1 per
   *     innovation (at most 10) when the innovations cover at least one basic-service affair (gate 1). With one
   *     innovation the IID is SPD + maturity + 1 when the gate is met (1, 11, 21, ..., 91) and SPD + maturity when it
   *     is not (0, 10, ..., 90).
   */
  public static Rubric coarse() {
    return Rubric.builder(2024).title("Coarse").provenance(KNOWN)
        .indicators(List.of(levelOnly("1", Scope.REGION, "Satu", "10", false),
            levelOnly("2", Scope.INNOVATION, "Dua", "20", false)))
        .bands(bands2024()).parameters(parameters(1, "1", 10, 1, RoundingMode.HALF_UP)).build();
  }
}

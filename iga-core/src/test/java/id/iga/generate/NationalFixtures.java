package id.iga.generate;

import static id.iga.rubric.RubricFixtures.KNOWN;
import static id.iga.rubric.RubricFixtures.bands2024;
import static id.iga.rubric.RubricFixtures.levelOnly;
import static id.iga.rubric.RubricFixtures.levels;
import static id.iga.rubric.RubricFixtures.parameters;

import id.iga.rubric.FactKind;
import id.iga.rubric.FactSpec;
import id.iga.rubric.Indicator;
import id.iga.rubric.Predicate;
import id.iga.rubric.Predicate.AnyOf;
import id.iga.rubric.Predicate.CountOf;
import id.iga.rubric.Predicate.Includes;
import id.iga.rubric.Predicate.OnBasis;
import id.iga.rubric.Predicate.OneOf;
import id.iga.rubric.Predicate.Range;
import id.iga.rubric.Rubric;
import id.iga.rubric.Scope;
import id.iga.rubric.Term;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * A rubric written in test code with the shape of 2024's, for the national dataset and bulk scoring tests: its own
 * fact vocabulary (it does not follow the published rubric documents, which are revised separately), every fact kind
 * and predicate kind, level-only region rows, thresholds that overlap at an edge (#29) and descend (#28, #32), and a
 * category that meets no level (#30).
 */
public final class NationalFixtures {
  private NationalFixtures() {}

  /** Region rows: code, weight, mandatory. Weights total 21, so SPD's maximum is 63. */
  private static final String[][] REGION_ROWS = {
    {"1", "1", "Y"}, {"2a", "1", "N"}, {"2b", "1", "N"}, {"3", "1", "Y"}, {"4", "1", "Y"}, {"5a", "0.75", "Y"},
    {"5b", "0.75", "Y"}, {"6", "1.5", "Y"}, {"7", "1.5", "Y"}, {"8", "1.5", "Y"}, {"9", "1", "Y"},
    {"10a", "0.75", "Y"}, {"10b", "0.75", "Y"}, {"11a", "0.75", "Y"}, {"11b", "0.75", "Y"}, {"12", "2", "N"},
    {"13a", "1", "N"}, {"13b", "1", "N"}, {"14", "1", "N"}, {"15", "1", "N"},
  };

  /**
   * A 2024-shaped rubric: 20 level-only region rows (maximum 63), 20 innovation rows 16..35 defined over facts
   * (weights total 37, maximum 111), k = 10, gate 2 of 6, count score 0.38 x MIN(n, 200), total 250, bands
   * 60.01 / 35.00 / 0.01, scale 2, half-up.
   *
   * @return the rubric, year 2024
   */
  public static Rubric rubric2024Shaped() {
    List<Indicator> indicators = new ArrayList<>();
    for (String[] row : REGION_ROWS) {
      indicators.add(levelOnly(row[0], Scope.REGION, "Indikator " + row[0], row[1], row[2].equals("Y")));
    }
    indicators.add(category("16", "3", true, List.of("SK_PD", "SK_KDH", "PERKADA", "PERDA"),
        OneOf.of("SK_PD"), OneOf.of("SK_KDH"), OneOf.of("PERKADA", "PERDA")));
    indicators.add(quantity("17", "2", true, "persons",
        Range.closed("1", "10"), Range.closed("11", "30"), Range.greaterThan("30")));
    indicators.add(codes("18", "2", List.of("T0", "T1", "T2"), Includes.of("T0"),
        new AnyOf(List.of(Includes.of("T1"), Includes.of("T2"))), Includes.of("T0", "T1", "T2")));
    indicators.add(category("19", "2", false, List.of("MANUAL", "ELECTRONIC", "ONLINE"),
        OneOf.of("MANUAL"), OneOf.of("ELECTRONIC"), OneOf.of("ONLINE")));
    indicators.add(quantity("20", "1", false, "times",
        Range.closed("1", "1"), Range.closed("2", "2"), Range.greaterThan("2")));
    indicators.add(codes("21", "2", List.of("RKPD_T0", "RKPD_T1", "RKPD_T2"),
        new AnyOf(List.of(Includes.of("RKPD_T1"), Includes.of("RKPD_T2"))), Includes.of("RKPD_T1", "RKPD_T2"),
        Includes.of("RKPD_T0", "RKPD_T1", "RKPD_T2")));
    indicators.add(quantity("22", "1", false, "actors",
        Range.closed("3", "3"), Range.closed("4", "4"), Range.atLeast("5")));
    indicators.add(category("23", "1", false, List.of("NONE", "LETTER", "DECREE"),
        OneOf.of("NONE"), OneOf.of("LETTER"), OneOf.of("DECREE")));
    indicators.add(quantity("24", "1", false, "agencies",
        Range.closed("1", "2"), Range.closed("3", "4"), Range.atLeast("5")));
    indicators.add(category("25", "1", false, List.of("PRINT", "SOCIAL", "NEWS"),
        OneOf.of("PRINT"), OneOf.of("SOCIAL"), OneOf.of("NEWS")));
    indicators.add(category("26", "1", false, List.of("PRINTED", "E_BOOK", "VIDEO"),
        OneOf.of("PRINTED"), OneOf.of("E_BOOK"), OneOf.of("VIDEO")));
    indicators.add(codes("27", "1", List.of("MANUAL", "HOTLINE", "SOCIAL", "ONLINE"),
        new CountOf(Range.closed("1", "1")), new CountOf(Range.closed("2", "2")), new CountOf(Range.atLeast("3"))));
    indicators.add(quantity("28", "2", false, "days",
        Range.atLeast("6"), Range.closed("2", "5"), Range.closed("0", "1")));
    indicators.add(quantity("29", "1", false, "percent",
        Range.closed("0", "50"), Range.closed("51", "86"), Range.atLeast("86")));
    indicators.add(category("30", "2", false, List.of("SEPARATE", "ONE_PORTAL", "CROSS_UNIT", "NOT_MEASURABLE"),
        OneOf.of("SEPARATE"), OneOf.of("ONE_PORTAL"), OneOf.of("CROSS_UNIT")));
    indicators.add(quantity("31", "3", false, "replications",
        Range.closed("1", "1"), Range.closed("2", "2"), Range.atLeast("3")));
    indicators.add(quantity("32", "2", true, "months",
        Range.atLeast("9"), Range.closed("5", "8"), Range.closed("1", "4")));
    indicators.add(new Indicator("33", 33, Scope.INNOVATION, "Dampak", "Indikator 33", new BigDecimal("3"), true, "",
        new FactSpec(FactKind.MEASURE, null, List.of(new Term("persons", "Orang", "persons"),
            new Term("unit_coverage", "Cakupan unit", "percent"))),
        levels(new AnyOf(List.of(new OnBasis("persons", Range.closed("1", "100")),
                new OnBasis("unit_coverage", Range.closed("5.0", "20.0")))),
            new AnyOf(List.of(new OnBasis("persons", Range.closed("101", "200")),
                new OnBasis("unit_coverage", Range.closed("20.01", "50.0")))),
            new AnyOf(List.of(new OnBasis("persons", Range.atLeast("201")),
                new OnBasis("unit_coverage", Range.greaterThan("50"))))),
        KNOWN));
    indicators.add(category("34", "2", false, List.of("INTERNAL", "SURVEY", "EXTERNAL"),
        OneOf.of("INTERNAL"), OneOf.of("SURVEY"), OneOf.of("EXTERNAL")));
    indicators.add(quantity("35", "4", true, "elements",
        Range.closed("1", "2"), Range.closed("3", "4"), Range.closed("5", "5")));
    return Rubric.builder(2024).title("2024-shaped fixture").provenance(KNOWN).indicators(indicators)
        .bands(bands2024()).parameters(parameters(10, "0.38", 200, 2, RoundingMode.HALF_UP)).build();
  }

  private static Indicator quantity(String code, String weight, boolean mandatory, String unit, Predicate... levels) {
    return new Indicator(code, Integer.parseInt(code), Scope.INNOVATION, "Proses", "Indikator " + code,
        new BigDecimal(weight), mandatory, "", FactSpec.quantity(unit), levels(levels), KNOWN);
  }

  private static Indicator category(String code, String weight, boolean mandatory, List<String> terms,
      Predicate... levels) {
    return new Indicator(code, Integer.parseInt(code), Scope.INNOVATION, "Infrastruktur", "Indikator " + code,
        new BigDecimal(weight), mandatory, "", new FactSpec(FactKind.CATEGORY, null, terms(terms)), levels(levels),
        KNOWN);
  }

  private static Indicator codes(String code, String weight, List<String> terms, Predicate... levels) {
    return new Indicator(code, Integer.parseInt(code), Scope.INNOVATION, "Proses", "Indikator " + code,
        new BigDecimal(weight), false, "", new FactSpec(FactKind.CODES, null, terms(terms)), levels(levels), KNOWN);
  }

  private static List<Term> terms(List<String> codes) {
    return codes.stream().map(c -> Term.of(c, c.toLowerCase(java.util.Locale.ROOT).replace('_', ' '))).toList();
  }
}

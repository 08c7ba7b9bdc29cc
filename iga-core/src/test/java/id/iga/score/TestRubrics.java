package id.iga.score;

import static id.iga.rubric.RubricFixtures.KNOWN;
import static id.iga.rubric.RubricFixtures.bands2024;
import static id.iga.rubric.RubricFixtures.levelOnly;
import static id.iga.rubric.RubricFixtures.levels;
import static id.iga.rubric.RubricFixtures.parameters;

import id.iga.rubric.FactKind;
import id.iga.rubric.FactSpec;
import id.iga.rubric.Indicator;
import id.iga.rubric.Predicate;
import id.iga.rubric.Predicate.Range;
import id.iga.rubric.Provenance;
import id.iga.rubric.Rubric;
import id.iga.rubric.Scope;
import id.iga.rubric.Term;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/** Rubrics built in Java for the engine's specification tests. */
final class TestRubrics {
  private TestRubrics() {}

  /** Region rows of the 2024 rubric: code, weight, mandatory. Weights total 21, so SPD's maximum is 63. */
  private static final String[][] REGION_2024 = {
    {"1", "1", "Y"}, {"2a", "1", "N"}, {"2b", "1", "N"}, {"3", "1", "Y"}, {"4", "1", "Y"}, {"5a", "0.75", "Y"},
    {"5b", "0.75", "Y"}, {"6", "1.5", "Y"}, {"7", "1.5", "Y"}, {"8", "1.5", "Y"}, {"9", "1", "Y"},
    {"10a", "0.75", "Y"}, {"10b", "0.75", "Y"}, {"11a", "0.75", "Y"}, {"11b", "0.75", "Y"}, {"12", "2", "N"},
    {"13a", "1", "N"}, {"13b", "1", "N"}, {"14", "1", "N"}, {"15", "1", "N"},
  };

  /** Innovation rows 16..35 of the 2024 rubric: weight, mandatory. Weights total 37, so maturity's maximum is 111. */
  private static final String[][] INNOVATION_2024 = {
    {"3", "Y"}, {"2", "Y"}, {"2", "N"}, {"2", "N"}, {"1", "N"}, {"2", "N"}, {"1", "N"}, {"1", "N"}, {"1", "N"},
    {"1", "N"}, {"1", "N"}, {"1", "N"}, {"2", "N"}, {"1", "N"}, {"2", "N"}, {"3", "N"}, {"2", "Y"}, {"3", "Y"},
    {"2", "N"}, {"4", "Y"},
  };

  /**
   * A rubric shaped like 2024's, every row answered by level: 20 region rows (maximum 63), 20 innovation rows 16..35
   * (maximum 111), k = 10, gate 2 of 6, count score 0.38 x MIN(n, 200) (maximum 76), total 250, bands
   * 60.01 / 35.00 / 0.01, scale 2, half-up.
   */
  static Rubric realShaped() {
    List<Indicator> indicators = new ArrayList<>();
    for (String[] row : REGION_2024) {
      indicators.add(levelOnly(row[0], Scope.REGION, "Indikator " + row[0], row[1], row[2].equals("Y")));
    }
    for (int i = 0; i < INNOVATION_2024.length; i++) {
      String code = String.valueOf(16 + i);
      String[] row = INNOVATION_2024[i];
      indicators.add(levelOnly(code, Scope.INNOVATION, "Indikator " + code, row[0], row[1].equals("Y")));
    }
    return Rubric.builder(2024).title("Real-shaped 2024").provenance(KNOWN).indicators(indicators)
        .bands(bands2024()).parameters(parameters(10, "0.38", 200, 2, RoundingMode.HALF_UP)).build();
  }

  /** Region indicator 1: level only, weight 2, mandatory. */
  static final Indicator PLAN = levelOnly("1", Scope.REGION, "Dokumen perencanaan", "2", true);

  /** Region indicator 2: complaints resolved, percent: 0..50, above 50 up to 86, above 86. Weight 1.5. */
  static final Indicator COMPLAINTS = new Indicator("2", 2, Scope.REGION, "Proses", "Penyelesaian pengaduan",
      new BigDecimal("1.5"), false, "", FactSpec.quantity("percent"),
      levels(Range.closed("0", "50"), new Range(new BigDecimal("50"), false, new BigDecimal("86"), true),
          Range.greaterThan("86")), KNOWN);

  /** Innovation indicator 3: regulation type; an agency head's SK meets no level. Weight 3, mandatory. */
  static final Indicator REGULATION = new Indicator("3", 3, Scope.INNOVATION, "Infrastruktur",
      "Regulasi Inovasi Daerah", new BigDecimal("3"), true, "", new FactSpec(FactKind.CATEGORY, null,
          List.of(Term.of("SK_KEPALA_PD", "SK Kepala Perangkat Daerah"), Term.of("SK_KEPALA_DAERAH", "SK Kepala Daerah"),
              Term.of("PERKADA", "Peraturan Kepala Daerah"), Term.of("PERDA", "Peraturan Daerah"))),
      levels(Predicate.OneOf.of("SK_KEPALA_DAERAH"), Predicate.OneOf.of("PERKADA"), Predicate.OneOf.of("PERDA")),
      KNOWN);

  /** Innovation indicator 4: information methods counted: 1, 2..3, 4 or more. Weight 2. */
  static final Indicator MEDIA = new Indicator("4", 4, Scope.INNOVATION, "Proses", "Media sosialisasi",
      new BigDecimal("2"), false, "", new FactSpec(FactKind.CODES, null,
          List.of(Term.of("WEB", "Website"), Term.of("APP", "Aplikasi"), Term.of("SOCMED", "Media sosial"),
              Term.of("PRINT", "Media cetak"), Term.of("VIDEO", "Video"))),
      levels(new Predicate.CountOf(Range.closed("1", "1")), new Predicate.CountOf(Range.closed("2", "3")),
          new Predicate.CountOf(Range.atLeast("4"))), KNOWN);

  /** Innovation indicator 5: benefit on a basis: persons 1..200 / 201..500 / 501+, or percent 0..5 / 5..10 / 10+. */
  static final Indicator BENEFIT = new Indicator("5", 5, Scope.INNOVATION, "Dampak", "Manfaat inovasi",
      new BigDecimal("1.5"), true, "", new FactSpec(FactKind.MEASURE, null,
          List.of(new Term("persons", "Jumlah penerima manfaat", "persons"),
              new Term("percent", "Efisiensi anggaran", "percent"))),
      levels(anyOf(Range.closed("1", "200"), Range.closed("0", "5")),
          anyOf(Range.closed("201", "500"), new Range(new BigDecimal("5"), false, new BigDecimal("10"), true)),
          anyOf(Range.atLeast("501"), Range.greaterThan("10"))), KNOWN);

  private static Predicate anyOf(Range persons, Range percent) {
    return new Predicate.AnyOf(List.of(new Predicate.OnBasis("persons", persons),
        new Predicate.OnBasis("percent", percent)));
  }

  /**
   * A small rubric with a fact of every kind: region rows 1 (level only, weight 2) and 2 (percent, weight 1.5),
   * maximum SPD 10.5; innovation rows 3 (category, 3), 4 (codes, 2) and 5 (measure, 1.5), maximum maturity 19.5;
   * k = 4, count 0.5 x MIN(n, 20) (maximum 10), gate 2; maximum total 40, so IID = 2.5 x total. Bands as 2024.
   *
   * @param roundingProvenance the provenance of the rounding parameter (half-up)
   */
  static Rubric mini(Provenance roundingProvenance) {
    return Rubric.builder(2024).title("Mini").provenance(KNOWN)
        .indicators(List.of(PLAN, COMPLAINTS, REGULATION, MEDIA, BENEFIT)).bands(bands2024())
        .parameters(parameters(4, "0.5", 20, 2, RoundingMode.HALF_UP, roundingProvenance)).build();
  }

  /** {@link #mini(Provenance)} with every fact known. */
  static Rubric mini() {
    return mini(KNOWN);
  }

  /**
   * A rubric whose maximum total is exactly 100, so that IID = total: region rows 1 (weight 20), 2 (5), 3 (1) and
   * 4 (0.01); innovation rows 5 (0.01) and 6 (6.98); k = 2, count 0.5 x MIN(n, 2), gate 1; bands as 2024.
   * 60 + 15 + 3 + 0.03 + 0.03 + 20.94 + 1 = 100.
   *
   * @param rounding the rounding mode
   */
  static Rubric hundred(RoundingMode rounding) {
    return Rubric.builder(2024).title("Hundred").provenance(KNOWN)
        .indicators(List.of(levelOnly("1", Scope.REGION, "Satu", "20", false),
            levelOnly("2", Scope.REGION, "Dua", "5", false), levelOnly("3", Scope.REGION, "Tiga", "1", false),
            levelOnly("4", Scope.REGION, "Empat", "0.01", false),
            levelOnly("5", Scope.INNOVATION, "Lima", "0.01", false),
            levelOnly("6", Scope.INNOVATION, "Enam", "6.98", false)))
        .bands(bands2024()).parameters(parameters(2, "0.5", 2, 1, rounding)).build();
  }
}

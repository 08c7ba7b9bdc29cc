package id.iga.compare;

import static id.iga.rubric.RubricFixtures.KNOWN;
import static id.iga.rubric.RubricFixtures.band;
import static id.iga.rubric.RubricFixtures.bands2024;
import static id.iga.rubric.RubricFixtures.levelOnly;
import static id.iga.rubric.RubricFixtures.levels;
import static id.iga.rubric.RubricFixtures.parameters;

import id.iga.rubric.Band;
import id.iga.rubric.Fact;
import id.iga.rubric.FactKind;
import id.iga.rubric.FactSpec;
import id.iga.rubric.Indicator;
import id.iga.rubric.Predicate;
import id.iga.rubric.Predicate.Range;
import id.iga.rubric.Predikat;
import id.iga.rubric.Rubric;
import id.iga.rubric.Scope;
import id.iga.rubric.Term;
import id.iga.submission.Affair;
import id.iga.submission.Answer;
import id.iga.submission.Innovation;
import id.iga.submission.Region;
import id.iga.submission.RegionType;
import id.iga.submission.Stage;
import id.iga.submission.Submission;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Two small rubric years that read the same facts differently, and a third whose vocabulary lacks a code. Every
 * year: region rows 1 (level only, weight 3) and 2 (percent: 0..50 / above 50 up to 86 / above 86, weight 2), maximum
 * SPD 15; innovation rows 3 (persons, weight 4) and 4 (regulation category, weight 6), maximum maturity 30; count
 * score 0.5 x MIN(n, 10), maximum 5; maximum total 50, so IID = 2 x total.
 */
public final class CompareFixtures {
  /** Kabupaten Sragen, Jawa Tengah. */
  public static final Region SRAGEN = new Region("33.14", "Kabupaten Sragen", RegionType.KABUPATEN, "33");

  private CompareFixtures() {}

  private static final Indicator PLAN = levelOnly("1", Scope.REGION, "Dokumen perencanaan", "3", true);
  private static final Indicator COMPLAINTS = new Indicator("2", 2, Scope.REGION, "Proses", "Penyelesaian pengaduan",
      new BigDecimal("2"), false, "", FactSpec.quantity("percent"),
      levels(Range.closed("0", "50"), new Range(new BigDecimal("50"), false, new BigDecimal("86"), true),
          Range.greaterThan("86")), KNOWN);

  private static Indicator people(Range one, Range two, Range three) {
    return new Indicator("3", 3, Scope.INNOVATION, "Infrastruktur", "SDM inovasi", new BigDecimal("4"), true, "",
        FactSpec.quantity("persons"), levels(one, two, three), KNOWN);
  }

  private static Indicator regulation(List<String> vocabulary, Predicate one, Predicate two, Predicate three) {
    List<Term> terms = new ArrayList<>();
    vocabulary.forEach(c -> terms.add(Term.of(c, "Regulasi " + c)));
    return new Indicator("4", 4, Scope.INNOVATION, "Infrastruktur", "Regulasi inovasi", new BigDecimal("6"), false,
        "", new FactSpec(FactKind.CATEGORY, null, terms), levels(one, two, three), KNOWN);
  }

  /** @return the 2026 bands: 65.01..100.00, 40.01..65.00, 0.01..40.00, 0.00..0.00 */
  public static List<Band> bands2026() {
    return List.of(band(Predikat.SANGAT_INOVATIF, "65.01", "100.00"), band(Predikat.INOVATIF, "40.01", "65.00"),
        band(Predikat.KURANG_INOVATIF, "0.01", "40.00"), band(Predikat.TIDAK_DAPAT_DINILAI, "0.00", "0.00"));
  }

  /**
   * 2024: persons 1..10 / 11..30 / above 30; an agency head's SK (SK_PD) is level 1, the region head's (SK_KDH)
   * level 2, a Perkada or a Perda level 3; k = 2, gate 1; bands 60.01 / 35.00 / 0.01.
   */
  public static Rubric y2024() {
    return Rubric.builder(2024).title("Fixture 2024").provenance(KNOWN)
        .indicators(List.of(PLAN, COMPLAINTS,
            people(Range.closed("1", "10"), Range.closed("11", "30"), Range.greaterThan("30")),
            regulation(List.of("SK_PD", "SK_KDH", "PERKADA", "PERDA"), Predicate.OneOf.of("SK_PD"),
                Predicate.OneOf.of("SK_KDH"), Predicate.OneOf.of("PERKADA", "PERDA"))))
        .bands(bands2024()).parameters(parameters(2, "0.5", 10, 1, RoundingMode.HALF_UP)).build();
  }

  /**
   * 2026: persons 1..20 / 21..50 / above 50; the region head's SK is level 1, a Perkada level 2, a Perda level 3, and
   * an agency head's SK meets no level; k = 2, gate 2; bands 65.01 / 40.01 / 0.01.
   */
  public static Rubric y2026() {
    return Rubric.builder(2026).title("Fixture 2026").provenance(KNOWN)
        .indicators(List.of(PLAN, COMPLAINTS,
            people(Range.closed("1", "20"), Range.closed("21", "50"), Range.greaterThan("50")),
            regulation(List.of("SK_PD", "SK_KDH", "PERKADA", "PERDA"), Predicate.OneOf.of("SK_KDH"),
                Predicate.OneOf.of("PERKADA"), Predicate.OneOf.of("PERDA"))))
        .bands(bands2026()).parameters(parameters(2, "0.5", 10, 2, RoundingMode.HALF_UP)).build();
  }

  /**
   * 2025: persons as 2024, regulation levels as 2026 but a vocabulary without SK_PD, no region indicator 2; k = 2,
   * gate 1; bands as 2026.
   */
  public static Rubric y2025() {
    return Rubric.builder(2025).title("Fixture 2025").provenance(KNOWN)
        .indicators(List.of(PLAN,
            people(Range.closed("1", "10"), Range.closed("11", "30"), Range.greaterThan("30")),
            regulation(List.of("SK_KDH", "PERKADA", "PERDA"), Predicate.OneOf.of("SK_KDH"),
                Predicate.OneOf.of("PERKADA"), Predicate.OneOf.of("PERDA"))))
        .bands(bands2026()).parameters(parameters(2, "0.5", 10, 1, RoundingMode.HALF_UP)).build();
  }

  /**
   * @param codesAndAnswers code, answer, code, answer, ...
   * @return the answers in that order
   */
  public static Map<String, Answer> answers(Object... codesAndAnswers) {
    Map<String, Answer> out = new LinkedHashMap<>();
    for (int i = 0; i < codesAndAnswers.length; i += 2) {
      out.put((String) codesAndAnswers[i], (Answer) codesAndAnswers[i + 1]);
    }
    return out;
  }

  /**
   * @param id the innovation's id
   * @param affair its government affair
   * @param answers its answers
   * @return the innovation, at the application stage
   */
  public static Innovation innovation(String id, Affair affair, Map<String, Answer> answers) {
    return new Innovation(id, "Inovasi " + id, "Dinas " + affair.label(), affair, Stage.PENERAPAN, answers);
  }

  /**
   * Region 1 at level 2 (carried), region 2 at 60 percent (level 2 in every year); innovation X (Pendidikan): 15
   * persons (2024 level 2, 2026 level 1) and an agency head's SK (2024 level 1, 2026 no level); innovation Y
   * (Kesehatan): row 3 at level 3 (carried) and a Perda (level 3 in every year).
   *
   * <p>2024: SPD 6 + 4 = 10; maturity X 8 + 6 = 14, Y 12 + 18 = 30, mean 44 / 2 = 22; count 2 x 0.5 = 1 (gate 1
   * met); total 33, IID 66.00, Sangat Inovatif. 2026: SPD 10; X 4 + 0 = 4, Y 30, mean 17; count 1 (gate 2 met); total
   * 28, IID 56.00, Inovatif.
   */
  public static Submission sragen() {
    return withRegion(SRAGEN, "15", "SK_PD");
  }

  /**
   * @param region the region
   * @param persons row 3 of innovation X
   * @param regulation row 4 of innovation X
   * @return {@link #sragen()}'s answers for another region, with innovation X's two facts replaced
   */
  public static Submission withRegion(Region region, String persons, String regulation) {
    Innovation x = innovation("X", Affair.PENDIDIKAN, answers(
        "3", Answer.fact(Fact.quantity(new BigDecimal(persons))),
        "4", Answer.fact(Fact.category(regulation))));
    Innovation y = innovation("Y", Affair.KESEHATAN, answers(
        "3", Answer.level(3),
        "4", Answer.fact(Fact.category("PERDA"))));
    return new Submission(2024, region, answers("1", Answer.level(2), "2", Answer.fact(Fact.quantity(60))),
        List.of(x, y));
  }
}

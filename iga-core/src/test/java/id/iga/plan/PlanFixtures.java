package id.iga.plan;

import static id.iga.rubric.RubricFixtures.KNOWN;
import static id.iga.rubric.RubricFixtures.bands2024;
import static id.iga.rubric.RubricFixtures.levelOnly;
import static id.iga.rubric.RubricFixtures.levels;
import static id.iga.rubric.RubricFixtures.parameters;

import id.iga.rubric.Fact;
import id.iga.rubric.FactKind;
import id.iga.rubric.FactSpec;
import id.iga.rubric.Indicator;
import id.iga.rubric.Predicate;
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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Rubrics and submissions written by hand for the planner's specification tests. Bands are 2024's. */
public final class PlanFixtures {
  /** The region of every fixture submission. */
  public static final Region SRAGEN = new Region("33.14", "Kabupaten Sragen", RegionType.KABUPATEN, "33");

  private PlanFixtures() {}

  /**
   * Below the divisor floor: region row 1 (weight 5), innovation rows 2 (weight 10) and 3 (weight 5); k = 4, no count
   * score. Maximum total 15 + 45 = 60, so IID = total x 5 / 3.
   */
  public static Rubric belowFloor() {
    return Rubric.builder(2024).title("Below the floor").provenance(KNOWN)
        .indicators(List.of(levelOnly("1", Scope.REGION, "Region row", "5", false),
            levelOnly("2", Scope.INNOVATION, "Heavy row", "10", false),
            levelOnly("3", Scope.INNOVATION, "Light row", "5", false)))
        .bands(bands2024()).parameters(parameters(4, "0", 0, 0, RoundingMode.HALF_UP)).build();
  }

  /**
   * Above the divisor floor: one innovation row 1 (weight 10), no region row; k = 1, count score 12 x MIN(n, 2), no
   * gate. Maximum total 30 + 24 = 54.
   */
  public static Rubric aboveFloor() {
    return Rubric.builder(2024).title("Above the floor").provenance(KNOWN)
        .indicators(List.of(levelOnly("1", Scope.INNOVATION, "Only row", "10", false)))
        .bands(bands2024()).parameters(parameters(1, "12", 2, 0, RoundingMode.HALF_UP)).build();
  }

  /**
   * The gate: region row 1 (weight 10), innovation row 2 (weight 10); k = 3, count score 10 x MIN(n, 3), paid when two
   * basic-service affairs are covered. Maximum total 30 + 30 + 30 = 90.
   */
  public static Rubric gated() {
    return Rubric.builder(2024).title("Gated").provenance(KNOWN)
        .indicators(List.of(levelOnly("1", Scope.REGION, "Region row", "10", false),
            levelOnly("2", Scope.INNOVATION, "Innovation row", "10", false)))
        .bands(bands2024()).parameters(parameters(3, "10", 3, 2, RoundingMode.HALF_UP)).build();
  }

  /** Innovation indicator 2: regulation type, a category fact. Weight 3. */
  public static final Indicator REGULATION = new Indicator("2", 2, Scope.INNOVATION, "Infrastruktur",
      "Regulasi Inovasi Daerah", new BigDecimal("3"), true, "", new FactSpec(FactKind.CATEGORY, null,
          List.of(Term.of("SK_KEPALA_PD", "SK Kepala Perangkat Daerah"), Term.of("SK_KEPALA_DAERAH", "SK Kepala Daerah"),
              Term.of("PERKADA", "Peraturan Kepala Daerah"), Term.of("PERDA", "Peraturan Daerah"))),
      levels(Predicate.OneOf.of("SK_KEPALA_DAERAH"), Predicate.OneOf.of("PERKADA"), Predicate.OneOf.of("PERDA")),
      KNOWN);

  /** Region indicator 1: complaints resolved, percent: 0..50, 51..86, 87 and more. Weight 2. */
  public static final Indicator COMPLAINTS = new Indicator("1", 1, Scope.REGION, "Proses", "Penyelesaian pengaduan",
      new BigDecimal("2"), false, "", FactSpec.quantity("percent"),
      levels(Predicate.Range.closed("0", "50"), Predicate.Range.closed("51", "86"), Predicate.Range.atLeast("87")),
      KNOWN);

  /**
   * Facts: region row 1 (percent, weight 2), innovation rows 2 (regulation, weight 3) and 3 (level only, weight 1);
   * k = 2, count score 1 x MIN(n, 2) with no gate. Maximum total 6 + 12 + 2 = 20, so IID = total x 5.
   */
  public static Rubric facts() {
    return Rubric.builder(2024).title("Facts").provenance(KNOWN)
        .indicators(List.of(COMPLAINTS, REGULATION, levelOnly("3", Scope.INNOVATION, "Video", "1", false)))
        .bands(bands2024()).parameters(parameters(2, "1", 2, 0, RoundingMode.HALF_UP)).build();
  }

  /**
   * @return for {@link #facts()}: region row 1 at 60 percent (level 2), innovation A (Pendidikan) with a Perkada
   *     (level 2) and row 3 at level 1
   */
  public static Submission factsSubmission() {
    return submission(answers("1", Answer.fact(Fact.quantity(60))),
        innovation("A", Affair.PENDIDIKAN, answers("2", Answer.fact(Fact.category("PERKADA")), "3", 1)));
  }

  /**
   * Readiness: innovation rows 1 (weight 3), 2 (weight 2) and 3 (weight 1), maximum maturity 18; k = 1, no count score.
   */
  public static Rubric readiness() {
    return Rubric.builder(2024).title("Readiness").provenance(KNOWN)
        .indicators(List.of(levelOnly("1", Scope.INNOVATION, "Three", "3", false),
            levelOnly("2", Scope.INNOVATION, "Two", "2", false),
            levelOnly("3", Scope.INNOVATION, "One", "1", false)))
        .bands(bands2024()).parameters(parameters(1, "0", 0, 0, RoundingMode.HALF_UP)).build();
  }

  /**
   * @param codesAndAnswers code, answer, code, answer, ...
   * @return the answers in that order
   */
  public static Map<String, Answer> answers(Object... codesAndAnswers) {
    Map<String, Answer> out = new LinkedHashMap<>();
    for (int i = 0; i < codesAndAnswers.length; i += 2) {
      Object a = codesAndAnswers[i + 1];
      out.put((String) codesAndAnswers[i], a instanceof Integer level ? Answer.level(level) : (Answer) a);
    }
    return out;
  }

  public static Innovation innovation(String id, Affair affair, Map<String, Answer> answers) {
    return new Innovation(id, "Inovasi " + id, "Dinas " + affair.label(), affair, Stage.PENERAPAN, answers);
  }

  public static Submission submission(Map<String, Answer> spd, Innovation... innovations) {
    return new Submission(2024, SRAGEN, spd, List.of(innovations));
  }
}

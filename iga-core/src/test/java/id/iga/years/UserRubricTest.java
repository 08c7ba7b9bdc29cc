package id.iga.years;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import id.iga.Message;
import id.iga.generate.RubricGenerator;
import id.iga.generate.SubmissionGenerator;
import id.iga.json.RubricJson;
import id.iga.plan.Target;
import id.iga.rubric.Overrides;
import id.iga.rubric.Rubric;
import id.iga.rubric.RubricProvider;
import id.iga.score.Mode;
import id.iga.score.ScoreResult;
import id.iga.score.Scorer;
import id.iga.score.EnglishWarning;
import id.iga.score.Warning;
import id.iga.submission.Submission;
import java.util.Locale;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Scoring under a rubric of one's own: the shipped rubric read back, a written what-if rubric, an edited one. */
class UserRubricTest {
  private static final Rubric SHIPPED = RubricGenerator.rubric(7);
  private static final int YEAR = SHIPPED.year();
  private static final Submission SUBMISSION = SubmissionGenerator.submission(SHIPPED, 7);

  private static final RubricRegistry REGISTRY = RubricRegistry.of(List.of(new RubricProvider() {
    @Override
    public int year() {
      return YEAR;
    }

    @Override
    public Rubric load() {
      return SHIPPED;
    }
  }));

  /** The rubric as a user holds it: written to a document and read back. */
  private static Rubric readBack(Rubric rubric) {
    return RubricJson.read(RubricJson.toJson(rubric));
  }

  private static List<Warning.Kind> kinds(ScoreResult r) {
    return r.warnings().stream().map(Warning::kind).toList();
  }

  @Test
  void theShippedRubricReadBackIsScoredByTheYearsOwnScorer() {
    assertSame(REGISTRY.scorer(YEAR), REGISTRY.scorer(readBack(SHIPPED), "mine.json"));
    assertEquals(java.util.Optional.empty(), REGISTRY.scorer(YEAR).userRubric());
    assertSame(REGISTRY.planner(YEAR), REGISTRY.planner(readBack(SHIPPED), "mine.json"));
  }

  @Test
  void aWrittenWhatIfRubricWarnsAboutItsOverridesAsTheDerivedRubricDoes() {
    Rubric derived = Overrides.apply(SHIPPED, List.of(Overrides.parse("k=" + (SHIPPED.parameters().divisorFloor()
        .value() + 1))));
    ScoreResult expected = Scorer.of(derived).score(SUBMISSION, Mode.CLAIMED);
    ScoreResult read = REGISTRY.scorer(readBack(derived), "what-if.json").score(SUBMISSION, Mode.CLAIMED);
    assertEquals(expected, read);
    assertEquals(true, kinds(read).contains(Warning.Kind.OVERRIDDEN_PARAMETER));
    assertEquals(false, kinds(read).contains(Warning.Kind.USER_RUBRIC));
  }

  @Test
  void anEditedRubricWarnsFirstNamingItsSourceAndWhatDiffers() {
    String k = String.valueOf(SHIPPED.parameters().divisorFloor().value());
    String edited = RubricJson.toJson(SHIPPED).replace("\"title\": \"Generated rubric " + YEAR + "\"",
        "\"title\": \"My rubric\"").replaceFirst("\"divisorFloor\": \\{\"value\": " + k + ",",
        "\"divisorFloor\": {\"value\": " + (Integer.parseInt(k) + 1) + ",");
    ScoreResult r = REGISTRY.scorer(RubricJson.read(edited), "mine.json").score(SUBMISSION, Mode.CLAIMED);
    assertEquals(new EnglishWarning(Warning.Kind.USER_RUBRIC, null, null, "scored under rubric " + YEAR
        + " from mine.json, not the shipped rubric " + YEAR + ": it differs in title, parameter divisorFloor"),
        EnglishWarning.of(r.warnings().get(0)));
    // In Bahasa Indonesia, each difference in its own words too.
    assertEquals(Message.of("years.userRubric.differs", YEAR, "mine.json", Message.of("years.list",
        Message.of("years.differs.title"), Message.of("years.differs.parameter", "divisorFloor"))),
        r.warnings().get(0).message());
    assertEquals("dinilai dengan rubrik " + YEAR + " dari mine.json, bukan rubrik " + YEAR + " bawaan: rubrik ini "
        + "berbeda pada judul, parameter divisorFloor", r.warnings().get(0).text(Message.INDONESIAN));
  }

  @Test
  void aDerivedRubricEditedFurtherWarnsThatItIsNotTheShippedOne() {
    Rubric derived = Overrides.apply(SHIPPED, List.of(Overrides.parse("gate=" + ((1 + SHIPPED.parameters()
        .basicServiceGate().value()) % 7))));
    Rubric edited = RubricJson.read(RubricJson.toJson(derived).replace("\"title\": \"Generated rubric " + YEAR + "\"",
        "\"title\": \"My rubric\""));
    ScoreResult r = REGISTRY.scorer(edited, "mine.json").score(SUBMISSION, Mode.CLAIMED);
    assertEquals("scored under rubric " + YEAR + " from mine.json, not the shipped rubric " + YEAR + ": it differs in "
        + "title, parameter basicServiceGate, overrides", r.warnings().get(0).text(Locale.ENGLISH));
  }

  @Test
  void aRubricOfAYearNoModuleShipsSaysSo() {
    Rubric other = RubricJson.read(RubricJson.toJson(SHIPPED).replace("\"year\": " + YEAR, "\"year\": 2999"));
    Scorer scorer = REGISTRY.scorer(other, "future.json");
    ScoreResult r = scorer.score(SUBMISSION, Mode.CLAIMED);
    assertEquals(new EnglishWarning(Warning.Kind.USER_RUBRIC, null, null,
        "scored under rubric 2999 from future.json; no rubric module ships year 2999"),
        EnglishWarning.of(r.warnings().get(0)));
    assertEquals(java.util.Optional.of(r.warnings().get(0).text(Locale.ENGLISH)), scorer.userRubric());
    assertEquals(2999, r.year());
    // In Bahasa Indonesia, as the warning and as the scorer gives it.
    assertEquals(java.util.Optional.of(Message.of("years.userRubric.noModule", 2999, "future.json")),
        scorer.userRubricMessage());
    assertEquals("dinilai dengan rubrik 2999 dari future.json; tidak ada modul rubrik yang menyediakan tahun 2999",
        r.warnings().get(0).text(Message.INDONESIAN));
  }

  @Test
  void aRubricOfAYearNoModuleShipsIsPlannedUnderItself() {
    Rubric other = RubricJson.read(RubricJson.toJson(SHIPPED).replace("\"year\": " + YEAR, "\"year\": 2999"));
    assertEquals(2999, REGISTRY.planner(other, "future.json").plan(SUBMISSION, Mode.CLAIMED,
        Target.iid(new java.math.BigDecimal("100"))).year());
  }
}

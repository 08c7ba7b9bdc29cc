package id.iga.jackson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.iga.compare.Comparison;
import id.iga.compare.DatasetComparison;
import id.iga.compare.YearComparison;
import id.iga.jackson.Examples.Example;
import id.iga.json.ComparisonJson;
import id.iga.json.PlanJson;
import id.iga.json.RankJson;
import id.iga.json.ResultJson;
import id.iga.json.SubmissionJson;
import id.iga.plan.NewInnovations;
import id.iga.plan.Plan;
import id.iga.plan.Planner;
import id.iga.plan.Readiness;
import id.iga.plan.Target;
import id.iga.rank.RankScope;
import id.iga.rank.Ranking;
import id.iga.rubric.Predikat;
import id.iga.score.Mode;
import id.iga.score.ScoreResult;
import id.iga.submission.RegionType;
import id.iga.submission.Submission;
import id.iga.years.Rubrics;
import java.io.ByteArrayOutputStream;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every example under every year, written by an application's mapper with the module: byte for byte the library's
 * own document, indented when the mapper indents and one line when it does not, by every way a mapper writes.
 */
class ContractWritingTest {
  static final JsonMapper LINE = JsonMapper.builder().addModule(new IgaModule()).build();
  static final JsonMapper INDENTED = JsonMapper.builder().addModule(new IgaModule())
      .enable(SerializationFeature.INDENT_OUTPUT).build();
  static final JsonMapper LINE_ROWS = JsonMapper.builder().addModule(IgaModule.withBreakdown()).build();
  static final JsonMapper INDENTED_ROWS = JsonMapper.builder().addModule(IgaModule.withBreakdown())
      .enable(SerializationFeature.INDENT_OUTPUT).build();

  static List<Example> examples() {
    return Examples.all();
  }

  /**
   * @param library a document of the library's writer
   * @return it without the line break that ends it, as the mapper writes the value
   */
  static String value(String library) {
    assertTrue(library.endsWith("}\n"), library);
    return library.substring(0, library.length() - 1);
  }

  /**
   * Asserts that the two mappers write {@code v} as the library's documents, as a string, as bytes, to a stream and
   * to a writer.
   */
  static void assertWrites(JsonMapper line, JsonMapper indented, Object v, String libraryLine,
      String libraryIndented) {
    assertWrites(line, v, value(libraryLine));
    assertWrites(indented, v, value(libraryIndented));
  }

  private static void assertWrites(JsonMapper mapper, Object v, String expected) {
    assertEquals(expected, mapper.writeValueAsString(v));
    assertEquals(expected, new String(mapper.writeValueAsBytes(v), StandardCharsets.UTF_8));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    mapper.writeValue(out, v);
    assertEquals(expected, out.toString(StandardCharsets.UTF_8));
    StringWriter w = new StringWriter();
    mapper.writer().writeValue(w, v);
    assertEquals(expected, w.toString());
  }

  static String resultLine(ScoreResult r, boolean breakdown) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ResultJson.lines(out, breakdown).write(r);
    return out.toString(StandardCharsets.UTF_8);
  }

  static String comparisonLine(Comparison c) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ComparisonJson.writeLine(c, out);
    return out.toString(StandardCharsets.UTF_8);
  }

  static String submissionLine(Submission s) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    SubmissionJson.writeLine(s, out);
    return out.toString(StandardCharsets.UTF_8);
  }

  static final YearComparison EVERY_YEAR =
      YearComparison.of(Rubrics.available().stream().map(Rubrics::forYear).toList());

  /**
   * @param s a submission
   * @param mode the answers that count
   * @return its result under every year whose rubric it fits (as the comparison of every year judges), at least its
   *     own year's
   */
  static List<ScoreResult> results(Submission s, Mode mode) {
    List<ScoreResult> out = new ArrayList<>();
    EVERY_YEAR.compare(s, mode).years().forEach(y -> y.scored().ifPresent(out::add));
    assertTrue(out.stream().anyMatch(r -> r.year() == s.year()), "not scored under its own year " + s.year());
    return out;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("examples")
  void resultsUnderEveryYearAndModeWithAndWithoutTheBreakdown(Example example) {
    Submission s = example.submission();
    for (Mode mode : Mode.values()) {
      for (ScoreResult r : results(s, mode)) {
        assertWrites(LINE, INDENTED, r, resultLine(r, false), ResultJson.toJson(r, false));
        assertWrites(LINE_ROWS, INDENTED_ROWS, r, resultLine(r, true), ResultJson.toJson(r, true));
      }
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("examples")
  void plansAndReadinessUnderEveryYear(Example example) {
    Submission s = example.submission();
    for (ScoreResult r : results(s, Mode.CLAIMED)) {
      Planner planner = Rubrics.planner(r.year());
      Plan levels = planner.plan(s, Mode.CLAIMED, Target.predikat(Predikat.SANGAT_INOVATIF));
      assertWrites(LINE, INDENTED, levels, PlanJson.toJsonLine(levels), PlanJson.toJson(levels));
      Plan withNew = planner.plan(s, Mode.VERIFIED, Target.iid(new BigDecimal("75.00")),
          NewInnovations.ofMaturity(new BigDecimal("60")));
      assertWrites(LINE, INDENTED, withNew, PlanJson.toJsonLine(withNew), PlanJson.toJson(withNew));
      Readiness readiness = planner.readiness(s, Mode.CLAIMED, new BigDecimal("100"));
      assertWrites(LINE, INDENTED, readiness, PlanJson.toJsonLine(readiness), PlanJson.toJson(readiness));
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("examples")
  void theComparisonOfEveryYearAndTheSubmissionItself(Example example) {
    Submission s = example.submission();
    for (Mode mode : Mode.values()) {
      Comparison c = EVERY_YEAR.compare(s, mode);
      assertWrites(LINE, INDENTED, c, comparisonLine(c), ComparisonJson.toJson(c));
    }
    assertWrites(LINE, INDENTED, s, submissionLine(s), SubmissionJson.toJson(s));
  }

  @Test
  void theDatasetRankedUnderEveryYearModeAndScope() {
    List<Submission> dataset = Examples.datasetLines().stream().map(Example::submission).toList();
    int rankings = 0;
    for (int year : Rubrics.available()) {
      for (Mode mode : Mode.values()) {
        List<ScoreResult> results = new ArrayList<>();
        for (Submission s : dataset) {
          results.add(Rubrics.scorer(year).score(s, mode));
        }
        for (RankScope scope : RankScope.values()) {
          Ranking r = Ranking.of(results, scope, EnumSet.allOf(RegionType.class), null);
          assertWrites(LINE, INDENTED, r, RankJson.toJsonLine(r), RankJson.toJson(r));
          rankings++;
        }
      }
    }
    assertEquals(Rubrics.available().size() * Mode.values().length * RankScope.values().length, rankings);
  }

  @Test
  void theDatasetComparedAcrossEveryYear() {
    for (Mode mode : Mode.values()) {
      DatasetComparison.Builder b = DatasetComparison.builder(EVERY_YEAR.years());
      for (Example line : Examples.datasetLines()) {
        b.add(EVERY_YEAR.compare(line.submission(), mode));
      }
      DatasetComparison d = b.build();
      assertEquals(8, d.regions().size());
      assertWrites(LINE, INDENTED, d, ComparisonJson.toJsonLine(d), ComparisonJson.toJson(d));
    }
  }
}

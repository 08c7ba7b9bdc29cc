package id.iga.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import id.iga.IgaException;
import id.iga.Message;
import id.iga.Location;
import id.iga.plan.NewInnovations;
import id.iga.plan.Plan;
import id.iga.plan.Readiness;
import id.iga.plan.Step;
import id.iga.plan.Target;
import id.iga.generate.RubricGenerator;
import id.iga.rubric.Overrides;
import id.iga.rubric.Predikat;
import id.iga.rubric.Rubric;
import id.iga.rubric.RubricProvider;
import id.iga.score.Mode;
import id.iga.submission.Affair;
import id.iga.submission.Submission;
import id.iga.years.Rubrics;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import java.util.ServiceLoader;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What the project reads and writes is valid under the JSON Schemas the core jar ships: every example submission,
 * every rubric, and the results, plans and readiness written for every example. A parameterized test with no
 * arguments fails, so none of these passes by finding nothing to check.
 */
class SchemaConformanceTest {
  /** The repository's examples: Surefire runs in iga-tests, they sit beside it. */
  private static final Path EXAMPLES = Path.of("..", "examples");

  /** @return every example document: each {@code .json} file, and each non-blank line of each {@code .jsonl} */
  static Stream<Arguments> examples() throws IOException {
    List<Arguments> out = new ArrayList<>();
    try (Stream<Path> files = Files.walk(EXAMPLES)) {
      for (Path file : files.sorted().toList()) {
        String name = EXAMPLES.relativize(file).toString();
        if (name.endsWith(".json")) {
          out.add(Arguments.of(name, Files.readString(file)));
        } else if (name.endsWith(".jsonl")) {
          List<String> lines = Files.readAllLines(file);
          for (int i = 0; i < lines.size(); i++) {
            if (!lines.get(i).isBlank()) {
              out.add(Arguments.of(name + ":" + (i + 1), lines.get(i)));
            }
          }
        }
      }
    }
    return out.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("examples")
  void everyExampleIsASubmission(String name, String json) {
    assertEquals(List.of(), Schemas.problems("submission", json));
  }

  static Stream<Integer> years() {
    return Rubrics.available().stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("years")
  void everyRubricAsWrittenIsARubricDocument(int year) {
    assertEquals(List.of(), Schemas.problems("rubric", RubricJson.toJson(Rubrics.forYear(year))));
  }

  /** @return every year with ten seeds of random what-if settings */
  static Stream<Arguments> whatIfs() {
    return years().flatMap(year -> LongStream.rangeClosed(1, 10).mapToObj(seed -> Arguments.of(year, seed)));
  }

  @ParameterizedTest(name = "{0} seed {1}")
  @MethodSource("whatIfs")
  void everyWhatIfRubricAsWrittenIsARubricDocument(int year, long seed) {
    Rubric published = Rubrics.forYear(year);
    Rubric whatIf = Overrides.apply(published, RubricGenerator.settings(published, new SplittableRandom(seed)));
    assertEquals(List.of(), Schemas.problems("rubric", RubricJson.toJson(whatIf)));
  }

  /** @return each year module's provider, by its year */
  static Stream<Arguments> providers() {
    return ServiceLoader.load(RubricProvider.class).stream().map(ServiceLoader.Provider::get)
        .map(p -> Arguments.of(p.year(), p));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("providers")
  void everyShippedRubricFileIsARubricDocument(int year, RubricProvider provider) throws IOException {
    String json;
    try (InputStream in = provider.getClass().getResourceAsStream("rubric-" + year + ".json")) {
      json = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    assertEquals(List.of(), Schemas.problems("rubric", json));
  }

  /** @return every example scored in each mode, written with and without the breakdown */
  static Stream<Arguments> results() throws IOException {
    return examples().flatMap(a -> Stream.of(Mode.values()).flatMap(mode -> Stream.of(false, true).map(breakdown ->
        Arguments.of(a.get()[0] + " " + mode + (breakdown ? " with breakdown" : ""), a.get()[1], mode, breakdown))));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("results")
  void everyResultIsAResult(String name, String json, Mode mode, boolean breakdown) {
    Submission s = SubmissionJson.read(json);
    String result = ResultJson.toJson(Rubrics.scorerFor(s).score(s, mode), breakdown);
    assertEquals(List.of(), Schemas.problems("result", result));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("examples")
  void resultsWrittenAsJsonLinesAreResults(String name, String json) {
    Submission s = SubmissionJson.read(json);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ResultJson.LineWriter lines = ResultJson.lines(out, true)) {
      lines.write(Rubrics.scorerFor(s).score(s, Mode.VERIFIED));
    }
    assertEquals(List.of(), Schemas.problems("result", out.toString(StandardCharsets.UTF_8)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("examples")
  void aPlanForAPredikatIsAPlan(String name, String json) {
    Submission s = SubmissionJson.read(json);
    Plan plan = Rubrics.planner(s.year()).plan(s, Mode.CLAIMED, Target.predikat(Predikat.SANGAT_INOVATIF));
    assertEquals(List.of(), Schemas.problems("plan", PlanJson.toJson(plan)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("examples")
  void aPlanWithNewInnovationsIsAPlan(String name, String json) {
    Submission s = SubmissionJson.read(json);
    Plan plan = Rubrics.planner(s.year()).plan(s, Mode.CLAIMED, Target.predikat(Predikat.SANGAT_INOVATIF),
        NewInnovations.ofMaturity(new BigDecimal("80")));
    assertEquals(List.of(), Schemas.problems("plan", PlanJson.toJsonLine(plan)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("examples")
  void aPlanOutOfReachIsAPlan(String name, String json) {
    Submission s = SubmissionJson.read(json);
    Plan plan = Rubrics.planner(s.year()).plan(s, Mode.VERIFIED, Target.iid(new BigDecimal("100")));
    assertFalse(plan.reached(), "IID 100 is out of reach without new innovations");
    assertEquals(List.of(), Schemas.problems("plan", PlanJson.toJson(plan)));
  }

  @Test
  void aNewInnovationThatMustServeAnAffairIsAPlanStep() throws IOException {
    Submission s = SubmissionJson.read(EXAMPLES.resolve("2024/kabupaten-wonosobo.json"));
    // Under 2026 the gate is 5 and Wonosobo covers 4 basic-service affairs: the new innovation must cover a fifth.
    Plan plan = Rubrics.planner(2026).plan(s, Mode.CLAIMED, Target.iid(new BigDecimal("60")),
        NewInnovations.ofMaturity(new BigDecimal("80")));
    assertEquals(Affair.PEKERJAAN_UMUM, ((Step.NewInnovation) plan.steps().get(0)).affair());
    assertEquals(List.of(), Schemas.problems("plan", PlanJson.toJson(plan)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("examples")
  void readinessIsReadiness(String name, String json) {
    Submission s = SubmissionJson.read(json);
    Readiness readiness = Rubrics.planner(s.year()).readiness(s, Mode.CLAIMED, new BigDecimal("100"));
    assertEquals(List.of(), Schemas.problems("readiness", PlanJson.toJson(readiness)));
  }

  /** @return the lines written for rejected inputs: with every part of the place, with some, and with none */
  static Stream<Arguments> rejections() {
    return Stream.of(
        Arguments.of("a bad answer", new IgaException(Message.of("compare.noRegionIndicator", 2024, "'99'"),
            new Location("national.jsonl", 4, 37, "/spd/99")), false),
        Arguments.of("the document root", new IgaException(Message.of("years.noRubric", 2019, "2023, 2024"),
            new Location("national.jsonl", 2, 1, "")), false),
        Arguments.of("bytes that are not UTF-8", new IgaException(Message.of("json.badUtf8"),
            new Location("<stdin>", 3, 10, null)), true),
        Arguments.of("a failure to read", new IgaException(Message.of("json.cannotRead", "java.io.IOException: gone"),
            new Location("national.jsonl", 7, 0, null)), true),
        Arguments.of("a file that cannot be opened", new IgaException(Message.of("json.noSuchFile"),
            Location.source("missing.jsonl")), false),
        Arguments.of("no place", new IgaException(Message.of("years.noRubric", 2019, "2023, 2024")), true));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rejections")
  void everyRejectedLineIsARejectionAndNotAResult(String name, IgaException problem, boolean stops) {
    String line = RejectedJson.toJsonLine(problem, stops);
    assertEquals(List.of(), Schemas.problems("rejected", line));
    assertFalse(Schemas.problems("result", line).isEmpty(), "a rejected line must not pass for a result");
    assertFalse(Schemas.problems("plan", line).isEmpty(), "a rejected line must not pass for a plan");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("years")
  void theUncertaintyOfTheDatasetUnderEveryYearIsAnUncertainty(int year) throws IOException {
    id.iga.rubric.Rubric rubric = id.iga.years.Rubrics.forYear(year);
    id.iga.uncertainty.Uncertainty u = id.iga.uncertainty.Uncertainty.of(rubric, rubric.alternatives());
    List<id.iga.submission.Submission> regions = new ArrayList<>();
    try (SubmissionSource in = SubmissionSource.open(EXAMPLES.resolve("2024/dataset.jsonl"))) {
      in.stream().forEach(l -> regions.add(l.submission()));
    }
    String dataset = UncertaintyJson.toJson(u, u.ofAll(regions, Mode.CLAIMED));
    assertEquals(List.of(), Schemas.problems("uncertainty", dataset));
    String one = UncertaintyJson.toJson(u, List.of(u.of(regions.get(0), Mode.VERIFIED)));
    assertEquals(List.of(), Schemas.problems("uncertainty", one));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("years")
  void theCalibrationOfEveryYearIsACalibration(int year) {
    id.iga.rubric.Rubric rubric = id.iga.years.Rubrics.forYear(year);
    String json = CalibrationJson.toJson(rubric,
        id.iga.calibrate.Calibration.of(rubric).checkAll(PublishedJson.shipped()));
    assertEquals(List.of(), Schemas.problems("calibration", json));
  }
}

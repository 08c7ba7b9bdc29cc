package id.iga.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import id.iga.IgaException;
import id.iga.Location;
import id.iga.rubric.Overrides;
import id.iga.score.Mode;
import id.iga.submission.Submission;
import id.iga.years.Rubrics;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The schemas refuse what the readers refuse, and say where: each case names the JSON pointer and the keyword the
 * validator reports. For a submission the reader's own error is checked too, so that schema and reader are seen to
 * agree on the same document.
 */
class SchemaRejectionTest {

  /** A valid submission with one SPD answer, and room for one more root field. */
  private static String submission(String answer, String moreFields) {
    return "{\"year\": 2024, \"region\": {\"code\": \"33.14\", \"name\": \"Kabupaten Sragen\", \"type\": \"KABUPATEN\", "
        + "\"provinceCode\": \"33\"}, \"spd\": {\"1\": " + answer + "}, \"innovations\": []" + moreFields + "}";
  }

  private static List<String> problems(String schema, String json) {
    return Schemas.problems(schema, json).stream().map(Schemas.Problem::at).toList();
  }

  @Test
  void theSubmissionTheCasesChangeIsValid() {
    String valid = submission("{\"level\": 2, \"evidence\": [\"rpjmd.pdf\"], \"verified\": true}", "");
    assertEquals(List.of(), problems("submission", valid));
    assertEquals(2024, SubmissionJson.read(valid).year());
  }

  /**
   * @return submissions the reader refuses: what each shows, the document, the validator's problems (pointer and
   *     keyword; the root's pointer is empty) and the pointer of the reader's error
   */
  static Stream<Arguments> refusedSubmissions() {
    return Stream.of(
        Arguments.of("an unknown field", submission("{\"level\": 2}", ", \"regoin\": {}"),
            List.of(" additionalProperties"), "/regoin"),
        Arguments.of("an answer of two forms", submission("{\"level\": 2, \"value\": 3}", ""),
            List.of("/spd/1 oneOf"), "/spd/1"),
        // One form (level) and a stray basis: oneOf alone would let it pass.
        Arguments.of("a basis without a value", submission("{\"level\": 1, \"basis\": \"persons\"}", ""),
            List.of("/spd/1 dependentRequired"), "/spd/1"),
        Arguments.of("a level above 3", submission("{\"level\": 4}", ""),
            List.of("/spd/1/level maximum"), "/spd/1/level"),
        Arguments.of("a kota code without a dot", submission("{\"level\": 2}", "").replace("\"33.14\"", "\"3314\""),
            List.of("/region/code pattern"), "/region"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("refusedSubmissions")
  void theSchemaRefusesWhatTheReaderRefuses(String what, String json, List<String> problems, String readerPointer) {
    assertEquals(problems, problems("submission", json));
    IgaException e = assertThrows(IgaException.class, () -> SubmissionJson.read(json));
    assertEquals(readerPointer, e.location().map(Location::pointer).orElse("no location: " + e.getMessage()));
  }

  /** @return the result of Kota Bukittinggi, whose losses begin with the count score's, then the divisor's */
  private static String bukittinggi() {
    Submission s = SubmissionJson.read(Path.of("..", "examples", "2024", "kota-bukittinggi.json"));
    return ResultJson.toJson(Rubrics.scorerFor(s).score(s, Mode.CLAIMED), false);
  }

  @Test
  void theResultTheCasesChangeIsValid() {
    assertEquals(List.of(), problems("result", bukittinggi()));
  }

  @Test
  void aCountScoreLossThatNamesAnIndicatorIsRefused() {
    String written = bukittinggi();
    String json = written.replace("{\"kind\": \"COUNT_SCORE\", ", "{\"kind\": \"COUNT_SCORE\", \"indicator\": \"36\", ");
    assertEquals(List.of("/pointsLost/0/indicator false"), problems("result", json));
  }

  @Test
  void anIndicatorLossWithoutItsIndicatorIsRefused() {
    String written = bukittinggi();
    String json = written.replace("{\"kind\": \"INDICATOR\", \"indicator\": \"12\", ", "{\"kind\": \"INDICATOR\", ");
    assertEquals(List.of("/pointsLost/2 required"), problems("result", json));
  }

  @Test
  void rowsComeWithSpdRowsOrNotAtAll() {
    // Kota Bukittinggi sends 6 innovations; spdRows says the breakdown was asked for, so each must have its rows.
    String json = bukittinggi().replace("  \"pointsLost\":", "  \"spdRows\": [],\n  \"pointsLost\":");
    assertEquals(IntStream.range(0, 6).mapToObj(i -> "/innovations/" + i + " required").toList(),
        problems("result", json));
  }

  /** The 2025 rubric with divisorFloor set to 12, as iga rubric 2025 --set k=12 --format json writes it. */
  private static String whatIf2025() {
    return RubricJson.toJson(Overrides.apply(Rubrics.forYear(2025), List.of(Overrides.parse("k=12"))));
  }

  @Test
  void theWhatIfRubricTheCasesChangeIsValid() {
    assertEquals(List.of(), problems("rubric", whatIf2025()));
  }

  @Test
  void anOverrideNamedByAnAliasIsRefusedByTheSchemaAndTheReader() {
    String json = whatIf2025().replace("{\"name\": \"divisorFloor\"", "{\"name\": \"k\"");
    assertEquals(List.of("/overrides/0/name enum"), problems("rubric", json));
    IgaException e = assertThrows(IgaException.class, () -> RubricJson.read(json));
    assertEquals("/overrides/0/name", e.location().map(Location::pointer).orElse("no location: " + e.getMessage()));
  }

  @Test
  void anOverrideWithoutItsPublishedValueIsRefusedByTheSchemaAndTheReader() {
    String json = whatIf2025().replace("\"published\": \"10\"", "\"published\": \"\"");
    assertEquals(List.of("/overrides/0/published pattern"), problems("rubric", json));
    IgaException e = assertThrows(IgaException.class, () -> RubricJson.read(json));
    assertEquals("/overrides/0/published", e.location().map(Location::pointer).orElse("no location: "
        + e.getMessage()));
  }
}

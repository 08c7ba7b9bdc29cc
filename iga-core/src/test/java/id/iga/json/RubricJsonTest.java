package id.iga.json;

import static id.iga.json.JsonFixtures.assertError;
import static id.iga.json.JsonFixtures.assertErrorAt;
import static org.junit.jupiter.api.Assertions.assertEquals;

import id.iga.rubric.Alternative;
import id.iga.rubric.FactKind;
import id.iga.rubric.Level;
import id.iga.rubric.Overrides;
import id.iga.rubric.ParameterOverride;
import id.iga.rubric.Predicate;
import id.iga.rubric.Provenance;
import id.iga.rubric.Rubric;
import id.iga.rubric.Rules;
import id.iga.rubric.Sourced;
import id.iga.rubric.Status;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RubricJsonTest {

  private static String resource(String name) {
    try (InputStream in = RubricJsonTest.class.getResourceAsStream(name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The fixture rubric as a person would write it: aligned, levels inheriting their indicator's provenance. */
  private static final String WRITTEN_BY_HAND = resource("fixture-rubric.json");
  /** The same rubric as {@link RubricJson#toJson} writes it. */
  private static final String WRITTEN_BY_THE_LIBRARY = resource("fixture-rubric.written.json");

  @Test
  void readsARubricDocument() {
    Rubric r = RubricJson.read(WRITTEN_BY_HAND);
    assertEquals(2024, r.year());
    assertEquals("Fixture rubric", r.title());
    assertEquals(Optional.of("Surat 1/2024"), r.officialLetter());
    assertEquals(JsonFixtures.FIXTURE, r.provenance());
    assertEquals(5, r.indicators().size());
    assertEquals(2, r.indicator("2a").orElseThrow().number());
    assertEquals(new BigDecimal("1.5"), r.indicator("2a").orElseThrow().weight());
    assertEquals(new Predicate.Range(null, false, new BigDecimal("50"), false),
        r.indicator("1").orElseThrow().level(1).predicate());
    assertEquals(RoundingMode.HALF_UP, r.parameters().rounding().value());
    assertEquals(Provenance.of(Status.ASSUMED, "carried over from 2023"), r.parameters().rounding().provenance());
    assertEquals(new BigDecimal("30.5"), r.maxima().total());
  }

  @Test
  void aLevelWithoutProvenanceInheritsItsIndicatorsEachFieldOnItsOwn() {
    Rubric r = RubricJson.read(WRITTEN_BY_HAND.replace("{\"level\": 3, \"label\": \"high\"}",
        "{\"level\": 3, \"label\": \"high\", \"status\": \"ASSUMED\"}"));
    Level middle = r.indicator("2a").orElseThrow().level(2);
    Level high = r.indicator("2a").orElseThrow().level(3);
    Level low = r.indicator("2a").orElseThrow().level(1);
    assertEquals(Provenance.of(Status.INFERRED, "derived from 2023"), middle.provenance());
    assertEquals(Provenance.of(Status.ASSUMED, "test fixture"), high.provenance());
    assertEquals(JsonFixtures.FIXTURE, low.provenance());
  }

  @Test
  void aNoneFactHasLevelsWithoutPredicates() {
    Rubric r = RubricJson.read(WRITTEN_BY_HAND);
    assertEquals(FactKind.NONE, r.indicator("2a").orElseThrow().fact().kind());
    assertEquals(Optional.empty(), r.indicator("2a").orElseThrow().level(1).condition());
  }

  @Test
  void writesTheDocumentDeterministically() {
    assertEquals(WRITTEN_BY_THE_LIBRARY, RubricJson.toJson(RubricJson.read(WRITTEN_BY_HAND)));
  }

  @Test
  void aRubricBuiltInJavaWritesTheSameDocumentAsTheOneRead() {
    assertEquals(WRITTEN_BY_THE_LIBRARY, RubricJson.toJson(JsonFixtures.rubric()));
  }

  @Test
  void writingWhatWasReadReproducesTheDocument() {
    String once = RubricJson.toJson(RubricJson.read(WRITTEN_BY_HAND));
    assertEquals(once, RubricJson.toJson(RubricJson.read(once)));
  }

  @Test
  void writesToAStreamTheSameAsToAString() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    RubricJson.write(JsonFixtures.rubric(), out);
    assertEquals(WRITTEN_BY_THE_LIBRARY, out.toString(StandardCharsets.UTF_8));
  }

  @Test
  void officialLetterMayBeNullOrAbsentAndNotesAndMaximaAbsent() {
    Rubric r = RubricJson.read(WRITTEN_BY_HAND.replace("\"Surat 1/2024\"", "null")
        .replace("\"notes\": [\"For tests only.\"],", "")
        .replace("\"maxima\": {\"spd\": 10.5, \"maturity\": 18, \"countScore\": 2.0, \"total\": 30.5},", ""));
    assertEquals(Optional.empty(), r.officialLetter());
    assertEquals(0, r.notes().size());
    assertEquals(new BigDecimal("30.5"), r.maxima().total());
    Rubric absent = RubricJson.read(WRITTEN_BY_HAND.replace("\"officialLetter\": \"Surat 1/2024\",", ""));
    assertEquals(Optional.empty(), absent.officialLetter());
  }

  @Test
  void readsAFileAndAStream(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("what-if.json");
    Files.writeString(file, WRITTEN_BY_HAND);
    assertEquals(WRITTEN_BY_THE_LIBRARY, RubricJson.toJson(RubricJson.read(file)));
    try (InputStream in = Files.newInputStream(file)) {
      assertEquals(WRITTEN_BY_THE_LIBRARY, RubricJson.toJson(RubricJson.read(in, "what-if.json")));
    }
    Files.writeString(file, WRITTEN_BY_HAND.replace("\"year\": 2024", "\"year\": \"2024\""));
    assertError(() -> RubricJson.read(file), file.toString(), 3, 11, "/year",
        "expected an integer 2000..2999, found a string");
  }

  // --------------------------------------------------------------------------------------------------- overrides

  private static Rubric whatIf() {
    return Overrides.apply(JsonFixtures.rubric(), List.of(Overrides.parse("k=3"),
        Overrides.parse("band.SANGAT_INOVATIF=70.01")));
  }

  @Test
  void aDerivedRubricIsWrittenWithItsOverridesAndTheProvenanceOfWhatChanged() {
    String json = RubricJson.toJson(whatIf());
    assertEquals("    \"divisorFloor\": {\"value\": 3, \"status\": \"ASSUMED\", \"source\": \"set by the user: "
        + "divisorFloor=3 (published 2)\"},", json.lines().filter(l -> l.contains("\"divisorFloor\"")).findFirst().orElseThrow());
    assertEquals("""
          },
          "overrides": [
            {"name": "divisorFloor", "published": "2", "value": "3"},
            {"name": "band.SANGAT_INOVATIF", "published": "60.01..100.00", "value": "70.01..100.00"},
            {"name": "band.INOVATIF", "published": "30.01..60.00", "value": "30.01..70.00"}
          ],
          "maxima": {"spd": 10.5, "maturity": 18, "countScore": 2.0, "total": 30.5},
        """, json.substring(json.indexOf("  },\n  \"overrides\""), json.indexOf("  \"bands\"")));
  }

  @Test
  void aWrittenDerivedRubricReadsBackEqualWithItsOverrides() {
    Rubric derived = whatIf();
    Rubric read = RubricJson.read(RubricJson.toJson(derived));
    assertEquals(derived, read);
    assertEquals(List.of(new ParameterOverride("divisorFloor", "2", "3"),
        new ParameterOverride("band.SANGAT_INOVATIF", "60.01..100.00", "70.01..100.00"),
        new ParameterOverride("band.INOVATIF", "30.01..60.00", "30.01..70.00")), read.overrides());
  }

  @Test
  void aRubricWithoutOverridesIsWrittenWithoutTheMember() {
    assertEquals(false, RubricJson.toJson(JsonFixtures.rubric()).contains("overrides"));
  }

  private static final String OVERRIDES = "\"overrides\": [{\"name\": \"divisorFloor\", \"published\": \"2\", "
      + "\"value\": \"3\"}],";

  /** The hand-written fixture with divisorFloor 3 and the given overrides member before its maxima. */
  private static String withOverrides(String member) {
    return beforeMaxima(WRITTEN_BY_HAND.replaceFirst("(\"divisorFloor\": *\\{\"value\": )2", "$13"), member);
  }

  /** {@code json} with {@code member} (ending in a comma) inserted on its own line before the maxima. */
  private static String beforeMaxima(String json, String member) {
    return json.replace("\"maxima\":", member + "\n  \"maxima\":");
  }

  @Test
  void aDocumentWithOverridesReadsAsTheDerivedRubric() {
    Rubric read = RubricJson.read(withOverrides(OVERRIDES));
    assertEquals(List.of(new ParameterOverride("divisorFloor", "2", "3")), read.overrides());
    assertEquals(3, read.parameters().divisorFloor().value());
  }

  @Test
  void anOverrideMustSayWhatTheRubricHolds() {
    String json = withOverrides(OVERRIDES.replace("\"value\": \"3\"", "\"value\": \"4\""));
    assertRubricError(json, "\"4\"}]", "/overrides/0/value",
        "the override of divisorFloor says the rubric uses 4, but rubric 2024 has 3");
  }

  @Test
  void anOverrideOfAnUnknownParameterIsAnErrorAtItsName() {
    String json = withOverrides(OVERRIDES.replace("\"name\": \"divisorFloor\"", "\"name\": \"k\""));
    assertRubricError(json, "\"k\"", "/overrides/0/name", "unknown parameter 'k' in an override; expected one of "
        + "divisorFloor, countScorePerInnovation, countCap, basicServiceGate, reportingScale, rounding or "
        + "band.PREDIKAT");
  }

  @Test
  void aParameterOverriddenTwiceIsAnErrorAtTheSecond() {
    String json = withOverrides("\"overrides\": [{\"name\": \"divisorFloor\", \"published\": \"2\", \"value\": \"3\"}, "
        + "{\"name\": \"divisorFloor\", \"published\": \"1\", \"value\": \"3\"}],");
    assertRubricError(json, "{\"name\": \"divisorFloor\", \"published\": \"1\"", "/overrides/1",
        "rubric 2024 lists the override of divisorFloor twice (the first at /overrides/0); expected each parameter "
            + "or band once");
  }

  @Test
  void anOverrideWithoutThePublishedValueIsAnError() {
    String json = withOverrides(OVERRIDES.replace("\"published\": \"2\"", "\"published\": \" \""));
    assertRubricError(json, "\" \"", "/overrides/0/published",
        "expected the published value the override replaced, found a blank one");
  }

  // ------------------------------------------------------------------------------------------------------ errors

  private static void assertRubricError(String json, String marker, String pointer, String problem) {
    assertErrorAt(() -> RubricJson.read(json), json, marker, pointer, problem);
  }

  @Test
  void theFormatMustBeNamed() {
    String json = WRITTEN_BY_HAND.replace("\"iga-rubric/1\"", "\"iga-rubric/2\"");
    assertRubricError(json, "\"iga-rubric/2\"", "/format", "expected format 'iga-rubric/1', found 'iga-rubric/2'");
  }

  @Test
  void anUnknownFieldListsTheExpectedOnes() {
    String json = WRITTEN_BY_HAND.replace("\"weight\": 1.5,", "\"weight\": 1.5, \"bobot\": 1.5,");
    assertRubricError(json, "\"bobot\"", "/indicators/1/bobot", "unknown field 'bobot'; expected one of code, "
        + "scope, variable, name, weight, mandatory, evidence, status, source, fact, levels");
  }

  @Test
  void aMissingRequiredFieldIsNamedAtItsObject() {
    String json = WRITTEN_BY_HAND.replace("\"lower\": 30.01, ", "");
    assertRubricError(json, "{\"predikat\": \"INOVATIF\"", "/bands/1", "missing required field 'lower'");
  }

  @Test
  void aWrongTypeIsNamed() {
    String json = WRITTEN_BY_HAND.replace("\"mandatory\": false, \"evidence\": \"\", \"status\": \"CONFIRMED\", "
        + "\"source\": \"test fixture\",\n      \"fact\": {\"kind\": \"NONE\"}",
        "\"mandatory\": \"no\", \"evidence\": \"\", \"status\": \"CONFIRMED\", \"source\": \"test fixture\",\n"
            + "      \"fact\": {\"kind\": \"NONE\"}");
    assertRubricError(json, "\"no\"", "/indicators/1/mandatory", "expected true or false, found a string");
  }

  @Test
  void anUnknownConstantListsTheAllowedOnes() {
    String json = WRITTEN_BY_HAND.replace("\"HALF_UP\"", "\"ROUND\"");
    assertRubricError(json, "\"ROUND\"", "/parameters/rounding/value",
        "expected one of UP, DOWN, CEILING, FLOOR, HALF_UP, HALF_DOWN, HALF_EVEN, UNNECESSARY, found 'ROUND'");
    String json2 = WRITTEN_BY_HAND.replace("\"scope\": \"REGION\", \"variable\": \"Institusi\", \"name\": \"Capaian",
        "\"scope\": \"SPD\", \"variable\": \"Institusi\", \"name\": \"Capaian");
    assertRubricError(json2, "\"SPD\"", "/indicators/0/scope", "expected one of REGION, INNOVATION, found 'SPD'");
  }

  @Test
  void readsEveryRuleWithItsProvenance() {
    Rubric r = RubricJson.read(WRITTEN_BY_HAND);
    Provenance reading = Provenance.of(Status.ASSUMED, "the library's reading");
    assertEquals(new Rules(Sourced.of(Rules.Overlap.HIGHEST_LEVEL, reading), Sourced.of(Rules.Gap.ZERO, reading),
        Sourced.of(Rules.NotAcceptedAnswer.ZERO, reading),
        Sourced.of(Rules.NotAcceptedInnovation.COUNTS_IN_N_AND_GATE, reading),
        Sourced.of(Rules.CountScoreWithoutGate.ZERO, JsonFixtures.FIXTURE)), r.rules());
  }

  @Test
  void aDocumentWithoutRulesIsAnErrorNamingThem() {
    int from = WRITTEN_BY_HAND.indexOf("  \"rules\"");
    int to = WRITTEN_BY_HAND.indexOf("  \"maxima\"");
    String json = WRITTEN_BY_HAND.substring(0, from) + WRITTEN_BY_HAND.substring(to);
    assertRubricError(json, "{", "", "missing required field 'rules'");
  }

  @Test
  void aRuleTheDocumentDoesNotStateHonourOrSourceIsAnErrorNamingIt() {
    // Never a default: a missing rule is named at /rules.
    String missing = WRITTEN_BY_HAND.replace("    \"gap\":                   {\"value\": \"ZERO\",                 "
        + "\"status\": \"ASSUMED\",   \"source\": \"the library's reading\"},\n", "");
    assertRubricError(missing, "{\n    \"overlap\"", "/rules", "missing required field 'gap'");
    String unknown = WRITTEN_BY_HAND.replace("\"HIGHEST_LEVEL\"", "\"LOWEST_LEVEL\"");
    assertRubricError(unknown, "\"LOWEST_LEVEL\"", "/rules/overlap/value",
        "expected one of HIGHEST_LEVEL, found 'LOWEST_LEVEL'");
    String blank = WRITTEN_BY_HAND.replace("\"CONFIRMED\", \"source\": \"test fixture\"}\n  },",
        "\"CONFIRMED\", \"source\": \" \"}\n  },");
    assertRubricError(blank, "\" \"}", "/rules/countScoreWithoutGate/source", "rule countScoreWithoutGate: expected "
        + "a source a reviewer can follow (a document, letter or page), found a blank one");
  }

  @Test
  void aParameterTheModelRejectsIsAnErrorAtItsValue() {
    String json = WRITTEN_BY_HAND.replace("\"HALF_UP\"", "\"UNNECESSARY\"");
    assertRubricError(json, "\"UNNECESSARY\"", "/parameters/rounding/value",
        "rounding must say how to round; UNNECESSARY cannot round a score");
    String json2 = WRITTEN_BY_HAND.replace("{\"value\": 2,         \"status\"", "{\"value\": 0,         \"status\"");
    assertRubricError(json2, "0,         \"status\"", "/parameters/divisorFloor/value",
        "divisorFloor must be at least 1, not 0");
  }

  @Test
  void aRangeWithTwoLowerEndsIsAnError() {
    String json = WRITTEN_BY_HAND.replace("{\"range\": {\"min\": 80}}", "{\"range\": {\"min\": 80, \"above\": 79}}");
    assertRubricError(json, "{\"min\": 80, \"above\"", "/indicators/0/levels/2/when/range",
        "expected at most one lower end (min or above), found both");
    String json2 = WRITTEN_BY_HAND.replace("{\"range\": {\"below\": 50}}", "{\"range\": {\"below\": 50, \"max\": 49}}");
    assertRubricError(json2, "{\"below\": 50, \"max\"", "/indicators/0/levels/0/when/range",
        "expected at most one upper end (max or below), found both");
  }

  @Test
  void aPredicateMustHaveExactlyOneForm() {
    String json = WRITTEN_BY_HAND.replace("{\"oneOf\": [\"PERKADA\"]}", "{\"oneOf\": [\"PERKADA\"], \"range\": {}}");
    assertRubricError(json, "{\"oneOf\": [\"PERKADA\"], ", "/indicators/2/levels/1/when",
        "expected a predicate: exactly one of {range}, {oneOf}, {count}, {includes}, {basis, range} or {anyOf}, "
            + "found the fields oneOf, range");
    String json2 = WRITTEN_BY_HAND.replace("{\"oneOf\": [\"PERKADA\"]}", "{\"noneOf\": [\"PERKADA\"]}");
    assertRubricError(json2, "\"noneOf\"", "/indicators/2/levels/1/when/noneOf",
        "unknown field 'noneOf'; expected one of range, oneOf, count, includes, basis, anyOf");
    String json3 = WRITTEN_BY_HAND.replace("{\"basis\": \"persons\", \"range\": {\"above\": 500}}",
        "{\"basis\": \"persons\", \"min\": 500}");
    assertRubricError(json3, "\"min\": 500", "/indicators/4/levels/2/when/anyOf/0/min",
        "unknown field 'min'; expected one of basis, range");
  }

  @Test
  void aCodeListedTwiceInAPredicateIsAnError() {
    String json = WRITTEN_BY_HAND.replace("{\"includes\": [\"APP\"]}", "{\"includes\": [\"APP\", \"APP\"]}");
    assertRubricError(json, "\"APP\"]}", "/indicators/3/levels/1/when/anyOf/1/includes/1",
        "expected each string once, found 'APP' again");
  }

  @Test
  void aPredicateTheModelRejectsIsAnErrorAtThePredicateNamingItsLevel() {
    String json = WRITTEN_BY_HAND.replace("{\"oneOf\": [\"PERKADA\"]}", "{\"oneOf\": []}");
    assertRubricError(json, "{\"oneOf\": []}", "/indicators/2/levels/1/when",
        "indicator 16 level 2: a oneOf predicate needs at least one category; found an empty list");
  }

  // --------------------------------------------------------------------------- levels no fact can meet

  private static final String EXPECTED_RANGE = "; expected a lower end below the upper end, or equal to it with both "
      + "ends inclusive";

  @Test
  void aRangeWhoseMinimumIsAboveItsMaximumIsAnErrorAtTheLevelsPredicate() {
    String json = WRITTEN_BY_HAND.replace("{\"range\": {\"min\": 50, \"below\": 80}}",
        "{\"range\": {\"min\": 50, \"max\": 10}}");
    assertRubricError(json, "{\"range\": {\"min\": 50, \"max\": 10}}", "/indicators/0/levels/1/when",
        "indicator 1 level 2 can be met by no fact: no value lies in [50, 10]" + EXPECTED_RANGE);
  }

  @Test
  void aRangeAboveAndBelowOneNumberIsAnErrorAtTheLevelsPredicate() {
    String json = WRITTEN_BY_HAND.replace("{\"range\": {\"min\": 80}}", "{\"range\": {\"above\": 30, \"below\": 30}}");
    assertRubricError(json, "{\"range\": {\"above\": 30", "/indicators/0/levels/2/when",
        "indicator 1 level 3 can be met by no fact: no value lies in (30, 30)" + EXPECTED_RANGE);
  }

  @Test
  void aCountAboveTheVocabularysSizeIsAnErrorAtTheLevelsPredicate() {
    String json = WRITTEN_BY_HAND.replace("{\"count\": {\"min\": 3}}", "{\"count\": {\"min\": 99}}");
    assertRubricError(json, "{\"count\": {\"min\": 99}}", "/indicators/3/levels/2/when", "indicator 17 level 3 can "
        + "be met by no fact: a fact names 0 to 3 distinct codes of the vocabulary, and no such count lies in "
        + "[99, +inf); expected a count range that holds a whole number 0..3");
  }

  @Test
  void anAnyOfOptionNoFactCanMeetIsAnErrorAtThatOption() {
    String json = WRITTEN_BY_HAND.replace("{\"count\": {\"min\": 2, \"max\": 2}}",
        "{\"count\": {\"above\": 2, \"below\": 3}}");
    assertRubricError(json, "{\"count\": {\"above\": 2", "/indicators/3/levels/1/when/anyOf/0", "indicator 17 level 2 "
        + "can be met by no fact: a fact names 0 to 3 distinct codes of the vocabulary, and no such count lies in "
        + "(2, 3); expected a count range that holds a whole number 0..3");
    String json2 = WRITTEN_BY_HAND.replace("{\"basis\": \"products\", \"range\": {\"above\": 5, \"below\": 20}}",
        "{\"basis\": \"products\", \"range\": {\"above\": 20, \"below\": 5}}");
    assertRubricError(json2, "{\"basis\": \"products\", \"range\": {\"above\": 20", "/indicators/4/levels/1/when/anyOf/1",
        "indicator 33 level 2 can be met by no fact: no products value lies in (20, 5)" + EXPECTED_RANGE);
  }

  @Test
  void aCategoryOutsideTheVocabularyIsAnErrorAtThatCategory() {
    String json = WRITTEN_BY_HAND.replace("{\"oneOf\": [\"PERDA\"]}", "{\"oneOf\": [\"PERPRES\"]}");
    assertRubricError(json, "\"PERPRES\"", "/indicators/2/levels/2/when/oneOf/0", "indicator 16 level 3 names "
        + "'PERPRES', which is not in the indicator's vocabulary; expected one of SK, PERKADA, PERDA");
  }

  @Test
  void anIncludesOfNoCodeOrOfACodeOutsideTheVocabularyIsAnErrorAtTheIncludes() {
    String json = WRITTEN_BY_HAND.replace("{\"includes\": [\"APP\"]}", "{\"includes\": []}");
    assertRubricError(json, "{\"includes\": []}", "/indicators/3/levels/1/when/anyOf/1",
        "indicator 17 level 2: an includes predicate needs at least one code; found an empty list");
    String json2 = WRITTEN_BY_HAND.replace("{\"includes\": [\"APP\"]}", "{\"includes\": [\"TV\"]}");
    assertRubricError(json2, "\"TV\"", "/indicators/3/levels/1/when/anyOf/1/includes/0", "indicator 17 level 2 names "
        + "'TV', which is not in the indicator's vocabulary; expected one of WEB, APP, SOCIAL");
  }

  @Test
  void aBasisOutsideTheVocabularyIsAnErrorAtTheBasis() {
    String json = WRITTEN_BY_HAND.replace("{\"basis\": \"products\", \"range\": {\"min\": 1, \"max\": 5}}",
        "{\"basis\": \"orders\", \"range\": {\"min\": 1, \"max\": 5}}");
    assertRubricError(json, "\"orders\"", "/indicators/4/levels/0/when/anyOf/1/basis", "indicator 33 level 1 names "
        + "'orders', which is not in the indicator's vocabulary; expected one of persons, products");
  }

  @Test
  void anAnyOfWithoutOptionsIsAnErrorAtThePredicate() {
    String json = WRITTEN_BY_HAND.replace("{\"anyOf\": [\n          {\"basis\": \"persons\", \"range\": {\"above\": "
        + "500}},\n          {\"basis\": \"products\", \"range\": {\"min\": 20}}]}", "{\"anyOf\": []}");
    assertRubricError(json, "{\"anyOf\": []}", "/indicators/4/levels/2/when",
        "indicator 33 level 3: an anyOf predicate needs at least one option; found an empty list");
  }

  @Test
  void anIndicatorTheModelRejectsIsAnErrorAtTheIndicator() {
    String json = WRITTEN_BY_HAND.replace("\"weight\": 1.5,", "\"weight\": 1.00005,");
    assertRubricError(json, "{\n      \"code\": \"2a\"", "/indicators/1",
        "indicator 2a has weight 1.00005; weights have at most 4 decimals");
    String json2 = WRITTEN_BY_HAND.replace("{\"level\": 1, \"label\": \"low\"}",
        "{\"level\": 1, \"label\": \"low\", \"when\": {\"range\": {}}}");
    assertRubricError(json2, "{\n      \"code\": \"2a\"", "/indicators/1",
        "indicator 2a level 1 has a predicate, but the indicator is answered by level only");
  }

  @Test
  void anInvalidIndicatorCodeIsAnErrorAtTheCode() {
    String json = WRITTEN_BY_HAND.replace("\"code\": \"2a\"", "\"code\": \"2A\"");
    assertRubricError(json, "\"2A\"", "/indicators/1/code",
        "indicator code '2A' is not a number 1..99 with an optional letter a-z");
  }

  @Test
  void aLevelNumberOutsideOneToThreeIsAnErrorAtTheNumber() {
    String json = WRITTEN_BY_HAND.replace("{\"level\": 1, \"label\": \"low\"}", "{\"level\": 4, \"label\": \"low\"}");
    assertRubricError(json, "4, \"label\": \"low\"", "/indicators/1/levels/0/level", "a level number is 1..3, not 4");
  }

  @Test
  void aFactTheModelRejectsIsAnErrorAtTheFact() {
    String json = WRITTEN_BY_HAND.replace("{\"kind\": \"QUANTITY\", \"unit\": \"percent\"}", "{\"kind\": \"QUANTITY\"}");
    assertRubricError(json, "{\"kind\": \"QUANTITY\"}", "/indicators/0/fact", "a QUANTITY fact needs a unit");
  }

  @Test
  void anIndicatorCodeUsedTwiceIsAnErrorAtTheSecondCode() {
    String json = WRITTEN_BY_HAND.replace("\"code\": \"17\"", "\"code\": \"16\"");
    long[] second = JsonFixtures.place(json.substring(json.indexOf("\"code\": \"16\"") + 1), "\"code\": \"16\"");
    long[] first = JsonFixtures.place(json, "\"code\": \"16\"");
    assertError(() -> RubricJson.read(json), "<string>", first[0] + second[0] - 1, second[1] + 8,
        "/indicators/3/code", "expected each indicator code once, found '16' again (first at /indicators/2)");
  }

  @Test
  void declaredMaximaThatDifferFromTheWeightsAreAnErrorAtTheMaxima() {
    String json = WRITTEN_BY_HAND.replace("\"total\": 30.5}", "\"total\": 31}");
    assertRubricError(json, "{\"spd\": 10.5", "/maxima", "rubric 2024 declares maxima (SPD 10.5, maturity 18, "
        + "count score 2.0, total 31) but its weights give (SPD 10.5, maturity 18, count score 2.0, total 30.5)");
  }

  @Test
  void bandsWithAGapAreAnErrorAtTheBandThatEndsShort() {
    String json = WRITTEN_BY_HAND.replace("\"upper\": 60.00,", "\"upper\": 59.99,");
    assertRubricError(json, "{\"predikat\": \"INOVATIF\"", "/bands/1", "bands must cover 0..100.00 at scale 2 with "
        + "no gap or overlap: band INOVATIF ends at 59.99 where 60.00 was expected (gap)");
  }

  @Test
  void bandsThatOverlapAreAnErrorAtTheBandThatEndsTooHigh() {
    String json = WRITTEN_BY_HAND.replace("\"lower\": 0.01,  \"upper\": 30.00", "\"lower\": 0.01,  \"upper\": 30.01");
    assertRubricError(json, "{\"predikat\": \"KURANG_INOVATIF\"", "/bands/2", "bands must cover 0..100.00 at scale 2 "
        + "with no gap or overlap: band KURANG_INOVATIF ends at 30.01 where 30.00 was expected (overlap)");
  }

  @Test
  void aMissingTidakDapatDinilaiBandIsAnErrorAtTheBands() {
    String json = WRITTEN_BY_HAND.replace(",\n    {\"predikat\": \"TIDAK_DAPAT_DINILAI\", \"lower\": 0.00,  "
        + "\"upper\": 0.00,   \"status\": \"CONFIRMED\", \"source\": \"test fixture\"}", "")
        .replace("\"lower\": 0.01,  \"upper\": 30.00", "\"lower\": 0.00,  \"upper\": 30.00");
    assertRubricError(json, "[\n    {\"predikat\"", "/bands", "rubric 2024 has no band for TIDAK_DAPAT_DINILAI; "
        + "expected one for each of SANGAT_INOVATIF, INOVATIF, KURANG_INOVATIF, TIDAK_DAPAT_DINILAI");
  }

  @Test
  void aSecondBandForOnePredikatIsAnErrorAtTheSecond() {
    String json = WRITTEN_BY_HAND.replace("\"TIDAK_DAPAT_DINILAI\"", "\"INOVATIF\"");
    assertRubricError(json, "{\"predikat\": \"INOVATIF\", \"lower\": 0.00", "/bands/3", "rubric 2024 has two bands "
        + "for INOVATIF (the first at /bands/1); expected one band for each predikat");
  }

  @Test
  void aBandTheModelRejectsIsAnErrorAtTheBand() {
    String json = WRITTEN_BY_HAND.replace("\"lower\": 0.01,  \"upper\": 30.00", "\"lower\": 30.01,  \"upper\": 30.00");
    assertRubricError(json, "{\"predikat\": \"KURANG_INOVATIF\"", "/bands/2",
        "band KURANG_INOVATIF has lower edge 30.01 above its upper edge 30.00");
  }

  @Test
  void aRubricWithoutInnovationIndicatorsIsAnErrorAtTheIndicators() {
    String json = WRITTEN_BY_HAND.replace("\"scope\": \"INNOVATION\"", "\"scope\": \"REGION\"")
        .replace("\"maxima\": {\"spd\": 10.5, \"maturity\": 18, \"countScore\": 2.0, \"total\": 30.5},", "");
    assertRubricError(json, "[\n    {\n      \"code\": \"1\"", "/indicators",
        "rubric 2024 has no innovation indicator; maturity would be undefined");
  }

  @Test
  void anEmptySourceOfTheRubricIsAnErrorAtTheSource() {
    String json = WRITTEN_BY_HAND.replace("\"source\": \"test fixture\",\n  \"notes\"",
        "\"source\": \"\",\n  \"notes\"");
    assertRubricError(json, "\"\",\n  \"notes\"", "/source",
        "rubric 2024: expected a source a reviewer can follow (a document, letter or page), found an empty one");
  }

  @Test
  void aBlankSourceOfAParameterIsAnErrorAtTheSource() {
    String json = WRITTEN_BY_HAND.replace("\"divisorFloor\":            {\"value\": 2,         \"status\": "
        + "\"CONFIRMED\", \"source\": \"test fixture\"}", "\"divisorFloor\":            {\"value\": 2,         "
        + "\"status\": \"CONFIRMED\", \"source\": \"   \"}");
    assertRubricError(json, "\"   \"}", "/parameters/divisorFloor/source", "parameter divisorFloor: expected a "
        + "source a reviewer can follow (a document, letter or page), found a blank one");
  }

  @Test
  void anEmptySourceOfABandIsAnErrorAtTheSource() {
    String json = WRITTEN_BY_HAND.replace("\"upper\": 0.00,   \"status\": \"CONFIRMED\", \"source\": "
        + "\"test fixture\"}", "\"upper\": 0.00,   \"status\": \"CONFIRMED\", \"source\": \"\"}");
    assertRubricError(json, "\"\"}", "/bands/3/source", "band TIDAK_DAPAT_DINILAI: expected a source a reviewer "
        + "can follow (a document, letter or page), found an empty one");
  }

  @Test
  void aBlankSourceOfAnIndicatorIsAnErrorAtTheSource() {
    String json = WRITTEN_BY_HAND.replace("\"evidence\": \"PDF regulasi\", \"status\": \"CONFIRMED\", "
        + "\"source\": \"test fixture\"", "\"evidence\": \"PDF regulasi\", \"status\": \"CONFIRMED\", "
        + "\"source\": \" \"");
    assertRubricError(json, "\" \",", "/indicators/2/source",
        "indicator 16: expected a source a reviewer can follow (a document, letter or page), found a blank one");
  }

  @Test
  void anEmptySourceOfALevelIsAnErrorAtTheSourceNotInheritedFromItsIndicator() {
    String json = WRITTEN_BY_HAND.replace("\"source\": \"derived from 2023\"", "\"source\": \"\"");
    assertRubricError(json, "\"\"}", "/indicators/1/levels/1/source", "indicator 2a level 2: expected a source a "
        + "reviewer can follow (a document, letter or page), found an empty one");
  }

  @Test
  void aYearOutsideTheModelsRangeIsAnError() {
    String json = WRITTEN_BY_HAND.replace("\"year\": 2024", "\"year\": 1999");
    assertRubricError(json, "1999", "/year", "expected an integer 2000..2999, found 1999");
  }

  // ------------------------------------------------------------------------------------------------ alternatives

  private static final String ALTERNATIVES = "\"alternatives\": [{\"name\": \"rounding\", \"values\": [\"HALF_UP\", "
      + "\"DOWN\"], \"source\": \"2023 cut the decimals\"}, {\"name\": \"countScorePerInnovation\", \"range\": "
      + "{\"from\": 0.5, \"to\": 0.6, \"step\": 0.05}, \"source\": \"the weight is not printed\"}],";

  /** The hand-written fixture with the count weight ASSUMED (so that it may have alternatives) and the member. */
  private static String withAlternatives(String member) {
    return beforeMaxima(WRITTEN_BY_HAND.replace("{\"value\": 0.5,       \"status\": \"CONFIRMED\"",
        "{\"value\": 0.5,       \"status\": \"ASSUMED\""), member);
  }

  /** Reading the fixture with one alternative fails at that alternative with {@code problem}. */
  private static void assertAlternativeError(String alternative, String problem) {
    assertRubricError(withAlternatives("\"alternatives\": [" + alternative + "],"), alternative, "/alternatives/0",
        problem);
  }

  @Test
  void alternativesAreReadAsListedValuesOrAsARange() {
    Rubric r = RubricJson.read(withAlternatives(ALTERNATIVES));
    assertEquals(List.of(new Alternative("rounding", List.of("HALF_UP", "DOWN"), "2023 cut the decimals"),
        new Alternative("countScorePerInnovation", List.of("0.50", "0.55", "0.60"), "the weight is not printed")),
        r.alternatives());
  }

  @Test
  void alternativesAreWrittenEachOnALineWithTheirValuesListedAndReadBackEqual() {
    Rubric r = RubricJson.read(withAlternatives(ALTERNATIVES));
    String json = RubricJson.toJson(r);
    assertEquals(true, json.contains("\n  },\n  \"alternatives\": [\n"
        + "    {\"name\": \"rounding\", \"values\": [\"HALF_UP\", \"DOWN\"], \"source\": \"2023 cut the decimals\"},\n"
        + "    {\"name\": \"countScorePerInnovation\", \"values\": [\"0.50\", \"0.55\", \"0.60\"], "
        + "\"source\": \"the weight is not printed\"}\n  ],\n  \"maxima\""), json);
    assertEquals(r.alternatives(), RubricJson.read(json).alternatives());
    assertEquals(false, RubricJson.toJson(RubricJson.read(WRITTEN_BY_HAND)).contains("alternatives"));
  }

  @Test
  void anAlternativeWithBothValuesAndARangeIsAnErrorAtTheAlternative() {
    assertAlternativeError("{\"name\": \"divisorFloor\", \"values\": [\"2\"], \"range\": {\"from\": 2, \"to\": 3, "
        + "\"step\": 1}, \"source\": \"s\"}",
        "expected either 'values' (a list) or 'range' ({from, to, step}), not both");
  }

  @Test
  void anAlternativeWithNeitherValuesNorARangeIsAnErrorAtTheAlternative() {
    assertAlternativeError("{\"name\": \"divisorFloor\", \"source\": \"s\"}",
        "expected either 'values' (a list) or 'range' ({from, to, step}), found neither");
  }

  @Test
  void anAlternativeTheModelRejectsIsAnErrorAtTheAlternative() {
    assertAlternativeError("{\"name\": \"divisorFloor\", \"values\": [\"2\", \"6\"], \"source\": \"s\"}",
        "the alternatives of divisorFloor: divisorFloor is CONFIRMED for 2024; only an ASSUMED, INFERRED or PROJECTED "
            + "fact has alternatives");
  }

  @Test
  void anAlternativeOfAnUnknownBandIsAnErrorAtTheAlternative() {
    assertAlternativeError("{\"name\": \"band.BAIK\", \"values\": [\"35.00\"], \"source\": \"s\"}",
        "unknown band 'BAIK'; expected one of [band.SANGAT_INOVATIF, band.INOVATIF, band.KURANG_INOVATIF, "
            + "band.TIDAK_DAPAT_DINILAI]");
  }

  // ------------------------------------------------------------------------------------------ facts and types

  @Test
  void aLevelOnlyFactWithAUnitOrTermsIsAnErrorAtTheFact() {
    String[][] cases = {{"\"unit\": \"percent\"", "only a QUANTITY fact has a unit (measure bases carry their own)"},
        {"\"terms\": [{\"code\": \"A\", \"label\": \"a\"}]", "a NONE fact takes no vocabulary"}};
    for (String[] c : cases) {
      String fact = "{\"kind\": \"NONE\", " + c[0] + "}";
      String json = WRITTEN_BY_HAND.replace("\"fact\": {\"kind\": \"NONE\"}", "\"fact\": " + fact);
      assertRubricError(json, fact, "/indicators/1/fact", c[1]);
    }
  }

  @Test
  void aValueOfTheWrongTypeIsNamedByItsJsonType() {
    for (String[] c : new String[][] {{"{}", "an object"}, {"[]", "an array"}, {"2024", "a number"},
        {"true", "a boolean"}, {"null", "null"}}) {
      String json = WRITTEN_BY_HAND.replace("\"title\": \"Fixture rubric\"", "\"title\": " + c[0]);
      assertRubricError(json, c[0] + ",\n  \"officialLetter\"", "/title", "expected a string, found " + c[1]);
    }
    String json = WRITTEN_BY_HAND.replace("\"year\": 2024", "\"year\": \"2024\"");
    assertRubricError(json, "\"2024\"", "/year", "expected an integer 2000..2999, found a string");
  }

  @Test
  void aKeyTwiceInAnObjectIsAnErrorJustAfterTheSecond() {
    String json = WRITTEN_BY_HAND.replace("\"year\": 2024,", "\"year\": 2024, \"year\": 2024,");
    long[] first = JsonFixtures.place(json, "\"year\"");
    assertError(() -> RubricJson.read(json), "<string>", first[0], first[1] + "\"year\": 2024, \"year\"".length(),
        "/year", "duplicate key 'year'; a key may appear only once in an object");
  }
}

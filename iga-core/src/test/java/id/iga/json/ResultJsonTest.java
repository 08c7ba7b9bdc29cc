package id.iga.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import id.iga.rubric.FactSpec;
import id.iga.rubric.Indicator;
import id.iga.rubric.Level;
import id.iga.rubric.Parameters;
import id.iga.rubric.Provenance;
import id.iga.rubric.Rubric;
import id.iga.rubric.Scope;
import id.iga.rubric.Sourced;
import id.iga.rubric.Status;
import id.iga.submission.Answer;
import id.iga.submission.Submission;
import id.iga.score.Mode;
import id.iga.score.ScoreResult;
import id.iga.score.Scorer;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The result of {@link JsonFixtures#submission()} under {@link JsonFixtures#rubric()}: SPD 6 + 1.5 = 7.5; maturities
 * inv-a 9 + 2 + 4 = 15 and inv-b 6 + 0 + 0 = 6, divided by MAX(2, 2) = 10.5; count score 2 x 0.5 = 1 (KESEHATAN
 * covers the gate of 1); SID 11.5; total 19; IID 19 / 30.5 x 100 = 62.2950... = 62.30, SANGAT_INOVATIF.
 */
class ResultJsonTest {

  private static ScoreResult result() {
    return Scorer.of(JsonFixtures.rubric()).score(JsonFixtures.submission(), Mode.CLAIMED);
  }

  private static Node.Obj parse(String json) {
    return (Node.Obj) Json.parse(Json.text(json), "result");
  }

  private static Node get(Node node, Object... path) {
    Node n = node;
    for (Object step : path) {
      n = step instanceof Integer i ? ((Node.Arr) n).items().get(i) : ((Node.Obj) n).members().get(step).value();
    }
    return n;
  }

  /** A number as written: its plain text, scale included. */
  private static String number(Node node, Object... path) {
    return ((Node.Num) get(node, path)).value().toPlainString();
  }

  private static String string(Node node, Object... path) {
    return ((Node.Str) get(node, path)).value();
  }

  private static boolean bool(Node node, Object... path) {
    return ((Node.Bool) get(node, path)).value();
  }

  private static List<String> keys(Node node, Object... path) {
    return List.copyOf(((Node.Obj) get(node, path)).members().keySet());
  }

  private static int size(Node node, Object... path) {
    return ((Node.Arr) get(node, path)).items().size();
  }

  @Test
  void writesTheContractsFieldsInOrder() {
    Node.Obj r = parse(ResultJson.toJson(result(), true));
    assertEquals(List.of("region", "year", "mode", "iid", "predikat", "spd", "maturityMean", "countScore", "sid",
        "total", "maxTotal", "divisor", "innovationCount", "basicServicesCovered", "basicServices", "gate",
        "gateMet", "innovations",
        "spdRows", "pointsLost", "warnings", "assumptions", "overrides"), keys(r));
    assertEquals(List.of("code", "name", "type", "provinceCode"), keys(r, "region"));
    assertEquals(List.of("id", "title", "agency", "affair", "maturity", "rows"), keys(r, "innovations", 0));
    assertEquals(List.of("indicator", "level", "score", "max", "counted"), keys(r, "innovations", 0, "rows", 0));
    assertEquals(List.of("indicator", "level", "score", "max", "counted"), keys(r, "spdRows", 0));
    assertEquals(List.of("kind", "indicator", "points"), keys(r, "pointsLost", 0));
    assertEquals(List.of("subject", "value", "source", "status"), keys(r, "assumptions", 0));
  }

  @Test
  void writesTheHeadlineNumbersWithTwoDecimals() {
    Node.Obj r = parse(ResultJson.toJson(result(), false));
    assertEquals("33.14", string(r, "region", "code"));
    assertEquals("Kabupaten Sragen", string(r, "region", "name"));
    assertEquals("KABUPATEN", string(r, "region", "type"));
    assertEquals("33", string(r, "region", "provinceCode"));
    assertEquals("2024", number(r, "year"));
    assertEquals("CLAIMED", string(r, "mode"));
    assertEquals("62.30", number(r, "iid"));
    assertEquals("SANGAT_INOVATIF", string(r, "predikat"));
    assertEquals("7.50", number(r, "spd"));
    assertEquals("10.50", number(r, "maturityMean"));
    assertEquals("1.00", number(r, "countScore"));
    assertEquals("11.50", number(r, "sid"));
    assertEquals("19.00", number(r, "total"));
    assertEquals("30.50", number(r, "maxTotal"));
    assertEquals("2", number(r, "divisor"));
    assertEquals("2", number(r, "innovationCount"));
    assertEquals("1", number(r, "basicServicesCovered"));
    assertEquals(1, size(r, "basicServices"));
    assertEquals("KESEHATAN", string(r, "basicServices", 0));
  }

  @Test
  void writesEachInnovationWithItsMaturity() {
    Node.Obj r = parse(ResultJson.toJson(result(), false));
    assertEquals(2, size(r, "innovations"));
    assertEquals(List.of("id", "title", "agency", "affair", "maturity"), keys(r, "innovations", 0));
    assertEquals("inv-a", string(r, "innovations", 0, "id"));
    assertEquals("Si Cantik", string(r, "innovations", 0, "title"));
    assertEquals("Dinas Kesehatan", string(r, "innovations", 0, "agency"));
    assertEquals("KESEHATAN", string(r, "innovations", 0, "affair"));
    assertEquals("15.00", number(r, "innovations", 0, "maturity"));
    assertEquals("inv-b", string(r, "innovations", 1, "id"));
    assertEquals("PARIWISATA", string(r, "innovations", 1, "affair"));
    assertEquals("6.00", number(r, "innovations", 1, "maturity"));
  }

  @Test
  void withoutBreakdownThereAreNoRows() {
    Node.Obj r = parse(ResultJson.toJson(result(), false));
    assertFalse(r.members().containsKey("spdRows"));
    assertEquals(List.of("region", "year", "mode", "iid", "predikat", "spd", "maturityMean", "countScore", "sid",
        "total", "maxTotal", "divisor", "innovationCount", "basicServicesCovered", "basicServices", "gate",
        "gateMet", "innovations",
        "pointsLost", "warnings", "assumptions", "overrides"), keys(r));
  }

  @Test
  void theBreakdownWritesEveryRowWithItsExactScoreAtTwoDecimals() {
    Node.Obj r = parse(ResultJson.toJson(result(), true));
    assertEquals(2, size(r, "spdRows"));
    assertEquals("1", string(r, "spdRows", 0, "indicator"));
    assertEquals("3", number(r, "spdRows", 0, "level"));
    assertEquals("6.00", number(r, "spdRows", 0, "score"));
    assertEquals("6.00", number(r, "spdRows", 0, "max"));
    assertEquals(true, bool(r, "spdRows", 0, "counted"));
    assertEquals("2a", string(r, "spdRows", 1, "indicator"));
    assertEquals("1", number(r, "spdRows", 1, "level"));
    assertEquals("1.50", number(r, "spdRows", 1, "score"));
    assertEquals("4.50", number(r, "spdRows", 1, "max"));

    assertEquals(3, size(r, "innovations", 1, "rows"));
    assertEquals("16", string(r, "innovations", 1, "rows", 0, "indicator"));
    assertEquals("2", number(r, "innovations", 1, "rows", 0, "level"));
    assertEquals("6.00", number(r, "innovations", 1, "rows", 0, "score"));
    assertEquals("9.00", number(r, "innovations", 1, "rows", 0, "max"));
    assertEquals(true, bool(r, "innovations", 1, "rows", 0, "counted"));
    assertEquals("17", string(r, "innovations", 1, "rows", 1, "indicator"));
    assertEquals("0", number(r, "innovations", 1, "rows", 1, "level"));
    assertEquals("0.00", number(r, "innovations", 1, "rows", 1, "score"));
    assertEquals("3.00", number(r, "innovations", 1, "rows", 1, "max"));
    assertEquals(false, bool(r, "innovations", 1, "rows", 1, "counted"));
    assertEquals("33", string(r, "innovations", 1, "rows", 2, "indicator"));
    assertEquals("0", number(r, "innovations", 1, "rows", 2, "level"));
    assertEquals("0.00", number(r, "innovations", 1, "rows", 2, "score"));
    assertEquals("6.00", number(r, "innovations", 1, "rows", 2, "max"));
  }

  @Test
  void pointsLostAreListedLargestFirstWithTwoDecimals() {
    Node.Obj r = parse(ResultJson.toJson(result(), false));
    assertEquals(5, size(r, "pointsLost"));
    String[][] expected = {{"33", "4.00"}, {"2a", "3.00"}, {"17", "2.00"}, {"16", "1.50"}};
    for (int i = 0; i < expected.length; i++) {
      assertEquals("INDICATOR", string(r, "pointsLost", i, "kind"));
      assertEquals(expected[i][0], string(r, "pointsLost", i, "indicator"));
      assertEquals(expected[i][1], number(r, "pointsLost", i, "points"));
    }
    assertEquals(List.of("kind", "points"), keys(r, "pointsLost", 4));
    assertEquals("COUNT_SCORE", string(r, "pointsLost", 4, "kind"));
    assertEquals("1.00", number(r, "pointsLost", 4, "points"));
  }

  @Test
  void warningsLeaveOutMembersTheyDoNotHave() {
    Node.Obj r = parse(ResultJson.toJson(result(), false));
    assertEquals(3, size(r, "warnings"));
    assertEquals(List.of("kind", "message"), keys(r, "warnings", 0));
    assertEquals("ASSUMED_PARAMETER", string(r, "warnings", 0, "kind"));
    assertEquals("rubric 2024 rests on 1 ASSUMED fact(s): rounding", string(r, "warnings", 0, "message"));
    assertEquals(List.of("kind", "indicator", "innovation", "message"), keys(r, "warnings", 1));
    assertEquals("NO_LEVEL_MET", string(r, "warnings", 1, "kind"));
    assertEquals("33", string(r, "warnings", 1, "indicator"));
    assertEquals("inv-b", string(r, "warnings", 1, "innovation"));
    assertEquals("innovation inv-b: the fact given for indicator 33 (Jumlah pengguna) meets none of its levels and "
        + "scores 0", string(r, "warnings", 1, "message"));
    assertEquals("MANDATORY_UNANSWERED", string(r, "warnings", 2, "kind"));
    assertEquals("17", string(r, "warnings", 2, "indicator"));
    assertEquals("inv-b", string(r, "warnings", 2, "innovation"));
    assertEquals("innovation inv-b has no answer to mandatory indicator 17 (Metode informasi)",
        string(r, "warnings", 2, "message"));
  }

  @Test
  void assumptionsAndOverridesAreListed() {
    Rubric published = JsonFixtures.rubric();
    Parameters p = published.parameters();
    Provenance whatIf = Provenance.of(Status.ASSUMED, "what-if");
    Rubric derived = published.derive(new Parameters(Sourced.of(3, whatIf), p.countScorePerInnovation(),
        p.countCap(), p.basicServiceGate(), p.reportingScale(), p.rounding()), published.bands());
    Node.Obj r = parse(ResultJson.toJson(Scorer.of(derived).score(JsonFixtures.submission(), Mode.CLAIMED), false));
    assertEquals(2, size(r, "assumptions"));
    assertEquals("divisorFloor", string(r, "assumptions", 0, "subject"));
    assertEquals("3", string(r, "assumptions", 0, "value"));
    assertEquals("what-if", string(r, "assumptions", 0, "source"));
    assertEquals("rounding", string(r, "assumptions", 1, "subject"));
    assertEquals("HALF_UP", string(r, "assumptions", 1, "value"));
    assertEquals("carried over from 2023", string(r, "assumptions", 1, "source"));
    assertEquals("ASSUMED", string(r, "assumptions", 1, "status"));
    assertEquals(1, size(r, "overrides"));
    assertEquals(List.of("name", "published", "value"), keys(r, "overrides", 0));
    assertEquals("divisorFloor", string(r, "overrides", 0, "name"));
    assertEquals("2", string(r, "overrides", 0, "published"));
    assertEquals("3", string(r, "overrides", 0, "value"));
    // With a divisor of 3, the maturities (21) count 7 and the innovations sent (2) cost the divisor entry 18 / 3.
    assertEquals("3", number(r, "divisor"));
    assertEquals("7.00", number(r, "maturityMean"));
  }

  @Test
  void anIidOfZeroIsWrittenWithTwoDecimals() {
    Rubric rubric = JsonFixtures.rubric();
    ScoreResult empty = Scorer.of(rubric).score(new Submission(2024, JsonFixtures.SRAGEN, Map.of(), List.of()),
        Mode.VERIFIED);
    Node.Obj r = parse(ResultJson.toJson(empty, false));
    assertEquals("0.00", number(r, "iid"));
    assertEquals("TIDAK_DAPAT_DINILAI", string(r, "predikat"));
    assertEquals("0.00", number(r, "total"));
    assertEquals("VERIFIED", string(r, "mode"));
    assertEquals(0, size(r, "innovations"));
    assertEquals(0, size(r, "basicServices"));
  }

  @Test
  void writesToAStreamTheSameAsToAString() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ResultJson.write(result(), out, true);
    assertEquals(ResultJson.toJson(result(), true), out.toString(StandardCharsets.UTF_8));
  }

  @Test
  void writesManyResultsAsOneLineEach() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ResultJson.LineWriter lines = ResultJson.lines(out, false)) {
      lines.write(result());
      assertEquals(1, lines.written());
      lines.write(result());
      assertEquals(2, lines.written());
    }
    String text = out.toString(StandardCharsets.UTF_8);
    List<String> rows = text.lines().collect(Collectors.toList());
    assertEquals(2, rows.size());
    assertEquals(rows.get(0) + "\n" + rows.get(1) + "\n", text);
    assertEquals("{\"region\":{\"code\":\"33.14\",\"name\":\"Kabupaten Sragen\",\"type\":\"KABUPATEN\","
        + "\"provinceCode\":\"33\"},\"year\":2024,\"mode\":\"CLAIMED\",\"iid\":62.30,\"predikat\":\"SANGAT_INOVATIF\","
        + "\"spd\":7.50,\"maturityMean\":10.50,\"countScore\":1.00,\"sid\":11.50,\"total\":19.00,\"maxTotal\":30.50,"
        + "\"divisor\":2,\"innovationCount\":2,\"basicServicesCovered\":1,\"basicServices\":[\"KESEHATAN\"],"
        + "\"gate\":1,\"gateMet\":true,"
        + "\"innovations\":[{\"id\":\"inv-a\",\"title\":\"Si Cantik\",\"agency\":\"Dinas Kesehatan\","
        + "\"affair\":\"KESEHATAN\",\"maturity\":15.00},{\"id\":\"inv-b\",\"title\":\"Desa Wisata\","
        + "\"agency\":\"Dinas Pariwisata\",\"affair\":\"PARIWISATA\",\"maturity\":6.00}],"
        + "\"pointsLost\":[{\"kind\":\"INDICATOR\",\"indicator\":\"33\",\"points\":4.00},{\"kind\":\"INDICATOR\",\"indicator\":\"2a\",\"points\":3.00},"
        + "{\"kind\":\"INDICATOR\",\"indicator\":\"17\",\"points\":2.00},{\"kind\":\"INDICATOR\",\"indicator\":\"16\",\"points\":1.50},"
        + "{\"kind\":\"COUNT_SCORE\",\"points\":1.00}],\"warnings\":[{\"kind\":\"ASSUMED_PARAMETER\","
        + "\"message\":\"rubric 2024 rests on 1 ASSUMED fact(s): rounding\"},{\"kind\":\"NO_LEVEL_MET\","
        + "\"indicator\":\"33\",\"innovation\":\"inv-b\",\"message\":\"innovation inv-b: the fact given for indicator "
        + "33 (Jumlah pengguna) meets none of its levels and scores 0\"},{\"kind\":\"MANDATORY_UNANSWERED\","
        + "\"indicator\":\"17\",\"innovation\":\"inv-b\",\"message\":\"innovation inv-b has no answer to mandatory "
        + "indicator 17 (Metode informasi)\"}],\"assumptions\":[{\"subject\":\"rounding\",\"value\":\"HALF_UP\","
        + "\"source\":\"carried over from 2023\",\"status\":\"ASSUMED\"}],\"overrides\":[]}", rows.get(0));
  }

  @Test
  void aProjectedRubricsResultSaysSoInItsWarningsAndAssumptions() {
    Rubric published = JsonFixtures.rubric();
    Parameters p = published.parameters();
    Provenance announced = Provenance.of(Status.PROJECTED, "announced for 2025");
    Rubric projected = Rubric.builder(published.year()).title(published.title()).provenance(published.provenance())
        .indicators(published.indicators()).bands(published.bands()).parameters(new Parameters(
            Sourced.of(p.divisorFloor().value(), announced), p.countScorePerInnovation(), p.countCap(),
            p.basicServiceGate(), p.reportingScale(), p.rounding())).build();
    Node.Obj r = parse(ResultJson.toJson(Scorer.of(projected).score(JsonFixtures.submission(), Mode.CLAIMED), false));
    assertEquals("PROJECTED_RUBRIC", string(r, "warnings", 0, "kind"));
    assertEquals("rubric 2024 is projected, not yet in force: it rests on 1 PROJECTED fact(s): divisorFloor",
        string(r, "warnings", 0, "message"));
    assertEquals("ASSUMED_PARAMETER", string(r, "warnings", 1, "kind"));
    assertEquals(2, size(r, "assumptions"));
    assertEquals("divisorFloor", string(r, "assumptions", 0, "subject"));
    assertEquals("announced for 2025", string(r, "assumptions", 0, "source"));
    assertEquals("PROJECTED", string(r, "assumptions", 0, "status"));
    assertEquals("rounding", string(r, "assumptions", 1, "subject"));
    assertEquals("ASSUMED", string(r, "assumptions", 1, "status"));
  }

  @Test
  void closingTheLineWriterFlushesTheStreamAndLeavesItOpen() {
    int[] flushes = new int[1];
    boolean[] closed = new boolean[1];
    OutputStream out = new OutputStream() {
      @Override
      public void write(int b) {}

      @Override
      public void flush() {
        flushes[0]++;
      }

      @Override
      public void close() {
        closed[0] = true;
      }
    };
    ResultJson.lines(out, false).close();
    assertEquals(1, flushes[0]);
    assertEquals(false, closed[0]);
  }

  @Test
  void rowScoresFinerThanTheReportingScaleAreRoundedHalfUp() {
    Provenance f = JsonFixtures.FIXTURE;
    List<Level> levels = List.of(new Level(1, "one", null, f), new Level(2, "two", null, f),
        new Level(3, "three", null, f));
    Rubric fine = Rubric.builder(2024).title("Fine weights").provenance(f)
        .parameters(JsonFixtures.rubric().parameters())
        .bands(JsonFixtures.rubric().bands())
        .indicator(new Indicator("1", 1, Scope.REGION, "Institusi", "Fine", new BigDecimal("0.125"), false, "",
            FactSpec.NONE, levels, f))
        .indicator(new Indicator("16", 16, Scope.INNOVATION, "Infrastruktur", "Whole", BigDecimal.ONE, false, "",
            FactSpec.NONE, levels, f))
        .build();
    Submission s = new Submission(2024, JsonFixtures.SRAGEN, Map.of("1", Answer.level(1)), List.of());
    Node.Obj r = parse(ResultJson.toJson(Scorer.of(fine).score(s, Mode.CLAIMED), true));
    // 1 x 0.125 = 0.125 and 3 x 0.125 = 0.375 are written half-up at two decimals.
    assertEquals("0.13", number(r, "spdRows", 0, "score"));
    assertEquals("0.38", number(r, "spdRows", 0, "max"));
    assertEquals("0.13", number(r, "spd"));
  }

}

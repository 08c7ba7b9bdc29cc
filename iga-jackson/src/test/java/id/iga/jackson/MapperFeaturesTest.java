package id.iga.jackson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import id.iga.json.ResultJson;
import id.iga.json.SubmissionJson;
import id.iga.score.Mode;
import id.iga.score.ScoreResult;
import id.iga.submission.Innovation;
import id.iga.submission.Region;
import id.iga.submission.Submission;
import id.iga.years.Rubrics;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.core.json.JsonWriteFeature;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** The mapper's own features around the library's documents, and how the module is found and registered. */
class MapperFeaturesTest {
  /** Kota Bukittinggi 2024, with "/" and non-ASCII in its texts, which a mapper may escape. */
  static Submission bukittinggi() {
    Submission s = SubmissionJson.read(Examples.documents().stream()
        .filter(e -> e.name().equals("2024/kota-bukittinggi.json")).findFirst().orElseThrow().json());
    List<Innovation> innovations = new ArrayList<>(s.innovations());
    Innovation first = innovations.get(0);
    innovations.set(0, new Innovation(first.id(), "Layanan 24/7 — Jam Gadang ☀", "Dinas Kesehatan/Puskesmas",
        first.affair(), first.stage(), first.answers()));
    Region r = s.region();
    return new Submission(s.year(), new Region(r.code(), "Kota Bukittinggi “Kota Wisata”", r.type(),
        r.provinceCode()), s.spd(), innovations);
  }

  static ScoreResult result() {
    return Rubrics.scorer(2024).score(bukittinggi(), Mode.CLAIMED);
  }

  @Test
  void escapingAndNumberFeaturesOfTheMapperDoNotReachTheContract() {
    ScoreResult r = result();
    JsonMapper mapper = JsonMapper.builder().addModule(new IgaModule())
        .enable(JsonWriteFeature.ESCAPE_NON_ASCII, JsonWriteFeature.WRITE_NUMBERS_AS_STRINGS,
            JsonWriteFeature.ESCAPE_FORWARD_SLASHES)
        .build();
    String written = mapper.writeValueAsString(r);
    assertEquals(ContractWritingTest.value(ContractWritingTest.resultLine(r, false)), written);
    // The same features do apply to what the application writes around it.
    assertEquals("{\"note\":\"24\\/7 \\u2014\",\"n\":\"1\"}", mapper.writeValueAsString(new Note("24/7 —", 1)));
    assertEquals(true, written.contains("\"title\":\"Layanan 24/7 — Jam Gadang ☀\""));
    assertEquals(true, written.contains("\"iid\":" + r.iid().value().toPlainString() + ","));
  }

  /** A value of the application's. */
  record Note(String note, int n) {}

  /** The application's own record around a result. */
  record Reply(String requestId, ScoreResult result, List<ScoreResult> more) {}

  @Test
  void insideTheApplicationsOwnValuesAResultIsTheCompactDocumentAndTheMapperIndentsTheRest() {
    ScoreResult r = result();
    String line = ContractWritingTest.value(ContractWritingTest.resultLine(r, false));
    JsonMapper indented = JsonMapper.builder().addModule(new IgaModule())
        .enable(SerializationFeature.INDENT_OUTPUT).build();
    assertEquals("{\n  \"requestId\" : \"r-1\",\n  \"result\" : " + line + ",\n  \"more\" : [ " + line + ", "
        + line + " ]\n}", indented.writeValueAsString(new Reply("r-1", r, List.of(r, r))));
    JsonMapper plain = JsonMapper.builder().addModule(new IgaModule()).build();
    assertEquals("{\"requestId\":\"r-1\",\"result\":" + line + ",\"more\":[]}",
        plain.writeValueAsString(new Reply("r-1", r, List.of())));
  }

  @Test
  void aTreeOfAResultHasTheContractsFieldsInOrderAndItsExactDecimals() {
    ScoreResult r = result();
    JsonMapper mapper = JsonMapper.builder().addModule(new IgaModule())
        .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();
    JsonNode tree = mapper.valueToTree(r);
    JsonNode parsed = mapper.readTree(ResultJson.toJson(r, false));
    assertEquals(parsed, tree);
    assertEquals(List.copyOf(parsed.propertyNames()), List.copyOf(tree.propertyNames()));
    assertEquals(new BigDecimal("0.00").scale(), tree.get("iid").decimalValue().scale());
    assertEquals(r.iid().value(), tree.get("iid").decimalValue());
    assertEquals("KOTA", tree.get("region").get("type").stringValue());
    // And the tree, written again, is the library's document.
    assertEquals(ContractWritingTest.value(ContractWritingTest.resultLine(r, false)), mapper.writeValueAsString(tree));
  }

  @Test
  void findAndAddModulesFindsTheModuleThroughServiceLoader() {
    JsonMapper found = JsonMapper.builder().findAndAddModules().build();
    assertEquals(1, found.registeredModules().stream().filter(m -> m instanceof IgaModule).count());
    ScoreResult r = result();
    assertEquals(ContractWritingTest.value(ContractWritingTest.resultLine(r, false)), found.writeValueAsString(r));
    assertEquals(bukittinggi(), found.readValue(SubmissionJson.toJson(bukittinggi()), Submission.class));
  }

  @Test
  void theModuleRegisteredLastWinsSoAnApplicationCanAskForTheBreakdown() {
    JsonMapper rows = JsonMapper.builder().findAndAddModules().addModule(IgaModule.withBreakdown()).build();
    List<IgaModule> modules = rows.registeredModules().stream().filter(m -> m instanceof IgaModule)
        .map(m -> (IgaModule) m).toList();
    assertEquals(1, modules.size());
    assertEquals(true, modules.get(0).breakdown());
    ScoreResult r = result();
    assertEquals(ContractWritingTest.value(ContractWritingTest.resultLine(r, true)), rows.writeValueAsString(r));
  }

  @Test
  void aSubmissionTheFormatCannotHoldIsRefusedAsJacksonRefusesAValue() {
    Submission s = bukittinggi();
    Innovation first = s.innovations().get(0);
    List<Innovation> innovations = new ArrayList<>(s.innovations());
    innovations.set(0, new Innovation(first.id(), "half of a pair \ud83d", first.agency(), first.affair(),
        first.stage(), first.answers()));
    Submission bad = new Submission(s.year(), s.region(), s.spd(), innovations);
    JsonMapper mapper = JsonMapper.builder().addModule(new IgaModule()).build();
    DatabindException e = assertThrows(DatabindException.class, () -> mapper.writeValueAsString(bad));
    assertEquals("/innovations/0/title: cannot write a string with a lone surrogate (character 16); UTF-8 has no "
        + "form for it", e.getOriginalMessage());
    assertInstanceOf(id.iga.IgaException.class, e.getCause());
  }
}

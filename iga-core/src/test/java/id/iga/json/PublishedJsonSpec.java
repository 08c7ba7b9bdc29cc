package id.iga.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import id.iga.IgaException;
import id.iga.calibrate.PublishedResult;
import id.iga.calibrate.PublishedResult.Innovations;
import id.iga.calibrate.PublishedResult.Publication;
import id.iga.calibrate.PublishedResult.Scale;
import id.iga.rubric.Predikat;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The document of published results: strict like every reader, and shipped with the library. */
class PublishedJsonSpec {
  private static final String TEGAL = "{\"region\": {\"code\": \"33.28\", \"name\": \"Kabupaten Tegal\", "
      + "\"type\": \"KABUPATEN\"}, \"year\": 2024, \"score\": 67.8, \"scale\": \"INDEX\", \"predikat\": "
      + "\"SANGAT_INOVATIF\", \"rank\": {\"position\": 3, \"among\": \"kabupaten\"}, \"innovations\": {\"sent\": 89, "
      + "\"accepted\": 89}, \"maturityMean\": 79.69, \"publication\": \"FINAL\", \"source\": \"https://example.org\"}";

  private static String doc(String... results) {
    return "{\"format\": 1, \"results\": [\n" + String.join(",\n", results) + "\n]}";
  }

  @Test
  void aResultKeepsThePrintedDecimals() {
    PublishedResult r = PublishedJson.read(doc(TEGAL)).get(0);
    assertEquals("67.8", r.score().toPlainString());
    assertEquals(new BigDecimal("79.69"), r.maturityMean());
    assertEquals(new Innovations(89, 89, null), r.innovations());
    assertEquals(new PublishedResult.Rank(3, "kabupaten"), r.rank());
    assertEquals(Predikat.SANGAT_INOVATIF, r.predikat());
    assertEquals(Scale.INDEX, r.scale());
    assertEquals(Publication.FINAL, r.publication());
    assertEquals("", r.note());
    assertEquals("Kabupaten Tegal 2024", r.label());
  }

  @Test
  void anUnknownFieldIsAnErrorAtItsKey() {
    IgaException e = assertThrows(IgaException.class,
        () -> PublishedJson.read(doc(TEGAL.replace("\"year\"", "\"yaer\""))));
    assertEquals("<string>:2:79 /results/0/yaer: unknown field 'yaer'; expected one of region, year, score, scale, "
        + "predikat, rank, innovations, maturityMean, publication, source, note", e.getMessage());
  }

  @Test
  void aCountOfUnspecifiedKindStandsAlone() {
    IgaException e = assertThrows(IgaException.class,
        () -> PublishedJson.read(doc(TEGAL.replace("\"accepted\": 89", "\"unspecified\": 89"))));
    assertEquals(
        "<string>:2:219 /results/0/innovations: a count whose kind is unspecified stands alone, without sent or accepted",
        e.getMessage());
  }

  @Test
  void theShippedResultsAreEveryRowOfTheTableWithItsSource() {
    List<PublishedResult> shipped = PublishedJson.shipped();
    assertEquals(96, shipped.size());
    assertEquals(79, shipped.stream().filter(r -> r.scale() == Scale.INDEX && r.publication() == Publication.FINAL)
        .count());
    PublishedResult tegal2023 = shipped.stream()
        .filter(r -> r.region().code().equals("33.28") && r.year() == 2023).findFirst().orElseThrow();
    assertEquals(new Innovations(157, 129, null), tegal2023.innovations());
    assertEquals(new BigDecimal("52.04"), tegal2023.maturityMean());
    assertEquals("60.3", tegal2023.score().toPlainString());
  }

  @Test
  void aStreamIsReadAsTheStringIsAndItsErrorsNameTheSource() {
    byte[] bytes = doc(TEGAL).getBytes(StandardCharsets.UTF_8);
    assertEquals(PublishedJson.read(doc(TEGAL)), PublishedJson.read(new ByteArrayInputStream(bytes), "tegal.json"));
    IgaException e = assertThrows(IgaException.class, () -> PublishedJson.read(
        new ByteArrayInputStream(doc(TEGAL.replace("\"year\"", "\"yaer\"")).getBytes(StandardCharsets.UTF_8)),
        "tegal.json"));
    assertEquals("tegal.json:2:79 /results/0/yaer: unknown field 'yaer'; expected one of region, year, score, scale, "
        + "predikat, rank, innovations, maturityMean, publication, source, note", e.getMessage());
  }

  @Test
  void theShippedDocumentIsLoadedFromTheClassPathAndAMissingOneIsAnErrorNamingIt() {
    assertEquals(PublishedJson.shipped(), PublishedJson.load(PublishedJson.RESOURCE));
    IgaException e = assertThrows(IgaException.class, () -> PublishedJson.load("/id/iga/calibrate/none.json"));
    assertEquals("json.publishedMissing", e.key());
    assertEquals("the published results /id/iga/calibrate/none.json are missing from the library", e.getMessage());
  }
}

package id.iga.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import id.iga.IgaException;
import id.iga.Location;
import id.iga.rubric.Fact;
import id.iga.submission.Answer;
import id.iga.submission.Submission;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class SubmissionStreamTest {

  private static String document(String spd) {
    return "{\"year\": 2024, \"region\": {\"code\": \"33.14\", \"name\": \"Kabupaten Sragen\", \"type\": \"KABUPATEN\", "
        + "\"provinceCode\": \"33\"}, \"spd\": " + spd + ", \"innovations\": []}";
  }

  private static final String INNOVATION = "{\"id\": \"a\", \"title\": \"T\", \"agency\": \"D\", "
      + "\"affair\": \"KESEHATAN\", \"stage\": \"PENERAPAN\", \"answers\": {}}";

  @Test
  void readsInnovations() {
    assertEquals(List.of("a"), SubmissionStream.read(document("{}").replace("[]", "[" + INNOVATION + "]"))
        .innovations().stream().map(i -> i.id()).collect(Collectors.toList()));
  }

  private static BigDecimal valueOf(String number) {
    Submission s = SubmissionStream.read(document("{\"1\": {\"value\": " + number + "}}"));
    return ((Fact.Quantity) ((Answer.Stated) s.spd().get("1")).fact()).value();
  }

  @Test
  void indicatorCodesAreANumber1To99WithAnOptionalLowercaseLetter() {
    assertEquals(List.of(true, true, true, true, true, true),
        Stream.of("1", "9", "2a", "16", "99", "11z").map(SubmissionStream::isIndicatorCode)
            .collect(Collectors.toList()));
    assertEquals(List.of(false, false, false, false, false, false, false, false, false),
        Stream.of("", "0", "01", "100", "a", "2A", "2ab", "1 ", "123").map(SubmissionStream::isIndicatorCode)
            .collect(Collectors.toList()));
  }

  @Test
  void numbersAreReadExactlyAndComparedByValue() {
    assertEquals(List.of(new BigDecimal("35"), new BigDecimal("35"), new BigDecimal("35"), new BigDecimal("0"),
            new BigDecimal("-7"), new BigDecimal("9223372036854775807"), new BigDecimal("92233720368547758070"),
            new BigDecimal("0.1")),
        Stream.of("35", "35.0", "3.5e1", "-0", "-7", "9223372036854775807", "92233720368547758070", "0.1")
            .map(SubmissionStreamTest::valueOf).collect(Collectors.toList()));
  }

  @Test
  void givesUpOnAnythingThatIsNotAValidSubmission() {
    assertEquals(List.of(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
            Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty()),
        Stream.of(document("{\"1\": {\"value\": 1, \"level\": 2}}"), document("{\"1\": {\"basis\": \"x\"}}"),
                document("{\"1\": {\"level\": 4}}"), document("{\"1\": {\"level\": 1.0}}"),
                document("{\"1\": {\"codes\": [\"A\", \"A\"]}}"), document("{\"01\": {\"level\": 1}}"),
                document("{}") + " {}", document("{\"1\": {\"value\": 1e70}}"),
                document("{}").replace("[]", "[" + INNOVATION + ", " + INNOVATION + "]"))
            .map(json -> Optional.ofNullable(SubmissionStream.read(json))).collect(Collectors.toList()));
  }

  @Test
  void aDatasetLineIsPlacedByReadingItAgainWhenAnErrorNeedsIt() {
    String line = document("{\"2a\": {\"level\": 1}}");
    DatasetReader data = DatasetReader.of(new ByteArrayInputStream(("\n\n" + line + "\n")
        .getBytes(StandardCharsets.UTF_8)), "data.jsonl");
    LocatedSubmission read = data.next();
    assertEquals(Optional.of(new Location("data.jsonl", 3, 130, "/spd/2a/level")), read.locationOf("/spd/2a/level"));
    assertEquals(new Location("data.jsonl", 3, 1, ""), read.index().get(""));
    assertEquals(5, read.index().size());
  }

  @Test
  void anInvalidLineIsReadAgainByTheTreeReaderWhichNamesThePlace() {
    String line = document("{\"2a\": {\"level\": 7}}");
    DatasetReader data = DatasetReader.of(new ByteArrayInputStream(("\n" + line + "\n")
        .getBytes(StandardCharsets.UTF_8)), "data.jsonl");
    IgaException e = org.junit.jupiter.api.Assertions.assertThrows(IgaException.class, data::next);
    assertEquals("data.jsonl:2:140 /spd/2a/level: expected an integer 0..3, found 7", e.getMessage());
  }

  @Test
  void aValidDocumentNeedsNoTree() {
    assertEquals(Map.of("2a", new Answer.Leveled(1, List.of(), id.iga.submission.Verification.PENDING)),
        SubmissionStream.read(document("{\"2a\": {\"level\": 1}}")).spd());
    assertNull(SubmissionStream.read("[]"));
  }

  @Test
  void aNumberWhoseExponentNoDecimalHoldsIsAnErrorAtItsPlace() {
    IgaException e = org.junit.jupiter.api.Assertions.assertThrows(IgaException.class,
        () -> SubmissionJson.read("{\"year\": 10e2436000000}"));
    assertEquals("<string>:1:10 /year: expected a number of at most 64 characters written out in full, found "
        + "10e2436000000 (its exponent is out of range)", e.getMessage());
  }

  @Test
  void aLoneSurrogateStaysAsWrittenAndAQuestionMarkToo() {
    List<String> names = List.of("Sragen\uD800", "Sr\u00E4gen", "Sragen?", "?\uDC00");
    assertEquals(List.of("Kabupaten Sragen\uD800", "Kabupaten Sr\u00E4gen", "Kabupaten Sragen?", "Kabupaten ?\uDC00"),
        names.stream().map(name -> SubmissionJson.read(document("{}").replace("Sragen", name)).region().name())
            .collect(Collectors.toList()));
  }

  @Test
  void theStreamLeavesToTheTreeOnlyAStringWhoseQuestionMarkMayStandForALoneSurrogate() {
    assertEquals(List.of(Optional.empty(), Optional.of("Kabupaten Sr\u00E4gen"), Optional.of("Kabupaten Sragen?"),
            Optional.of("Kabupaten ?\uDC00")),
        Stream.of("Sragen\uD800", "Sr\u00E4gen", "Sragen?", "?\uDC00")
            .map(name -> Optional.ofNullable(SubmissionStream.read(document("{}").replace("Sragen", name)))
                .map(s -> s.region().name()))
            .collect(Collectors.toList()));
  }
}

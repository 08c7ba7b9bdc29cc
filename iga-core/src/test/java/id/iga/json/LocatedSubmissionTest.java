package id.iga.json;

import static id.iga.json.JsonFixtures.assertError;
import static org.junit.jupiter.api.Assertions.assertEquals;

import id.iga.IgaException;
import id.iga.Message;
import id.iga.Location;
import id.iga.score.Mode;
import id.iga.score.Scorer;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class LocatedSubmissionTest {

  private static final String JSON = """
      {
        "year": 2024,
        "region": {"code": "33.14", "name": "Kabupaten Sragen", "type": "KABUPATEN", "provinceCode": "33"},
        "spd": {"1": {"value": 85}, "2a": {"level": 1}},
        "innovations": [
          {"id": "inv-a", "title": "Si Cantik", "agency": "Dinas Kesehatan", "affair": "KESEHATAN",
           "stage": "PENERAPAN",
           "answers": {
             "16": {"category": "PERDA"},
             "17": {"codes": ["WEB", "APP"]},
             "33": {"basis": "people", "value": 350}
           }}
        ]
      }
      """;

  private static Location at(String pointer, long line, long column) {
    return new Location("<string>", line, column, pointer);
  }

  @Test
  void placesTheDocumentItsRegionSpdInnovationsAndEveryAnswerAtItsOpeningBracket() {
    LocatedSubmission read = SubmissionJson.readLocated(JSON);
    List<String> pointers = List.of("", "/region", "/spd", "/spd/1", "/spd/2a", "/innovations", "/innovations/0",
        "/innovations/0/answers", "/innovations/0/answers/16", "/innovations/0/answers/17",
        "/innovations/0/answers/33");
    assertEquals(List.of(
        at("", 1, 1),
        at("/region", 3, 13),
        at("/spd", 4, 10),
        at("/spd/1", 4, 16),
        at("/spd/2a", 4, 37),
        at("/innovations", 5, 18),
        at("/innovations/0", 6, 5),
        at("/innovations/0/answers", 8, 17),
        at("/innovations/0/answers/16", 9, 14),
        at("/innovations/0/answers/17", 10, 14),
        at("/innovations/0/answers/33", 11, 14)), pointers.stream().map(read::locationOf).toList());
  }

  @Test
  void aPointerIsPlacedAtTheDeepestContainerRecorded() {
    LocatedSubmission read = SubmissionJson.readLocated(JSON);
    assertEquals(List.of(
            at("/innovations/0/answers/16/category", 9, 14),
            at("/innovations/0/answers/17/codes/1", 10, 14),
            at("/innovations/0/answers/99", 8, 17),
            at("/innovations/0/id", 6, 5),
            at("/innovations/1/answers/16", 5, 18),
            at("/innovations/x", 5, 18),
            at("/spd/99", 4, 10),
            at("/region/code", 3, 13),
            at("/year", 1, 1),
            at("/nowhere/7", 1, 1),
            at("nowhere", 1, 1)),
        Stream.of("/innovations/0/answers/16/category", "/innovations/0/answers/17/codes/1",
                "/innovations/0/answers/99", "/innovations/0/id", "/innovations/1/answers/16", "/innovations/x",
                "/spd/99", "/region/code", "/year", "/nowhere/7", "nowhere")
            .map(read::locationOf).toList());
  }

  @Test
  void anIndexThatIsEmptyOrHasALeadingZeroOrAKeyWithAnEscapeNamesNothingRecorded() {
    LocatedSubmission read = SubmissionJson.readLocated(JSON);
    assertEquals(List.of(at("/innovations/", 5, 18), at("/innovations/00", 5, 18), at("/innovations/01", 5, 18),
            at("/innovations/0/answers/1~06", 8, 17), at("/spd/1~1", 4, 10)),
        Stream.of("/innovations/", "/innovations/00", "/innovations/01", "/innovations/0/answers/1~06", "/spd/1~1")
            .map(read::locationOf).toList());
    assertEquals("<string>", read.source());
  }

  @Test
  void scoringErrorsGetTheSourceLineAndColumnOfTheAnswer() {
    LocatedSubmission read = SubmissionJson.readLocated(JSON);
    IgaException e = assertError(() -> read.score(Scorer.of(JsonFixtures.rubric()), Mode.CLAIMED), "<string>", 11,
        14, "/innovations/0/answers/33",
        "indicator 33 (Jumlah pengguna): unknown basis 'people'; expected one of [persons, products]");
    assertEquals("<string>:11:14 /innovations/0/answers/33: indicator 33 (Jumlah pengguna): unknown basis 'people'; "
        + "expected one of [persons, products]", e.getMessage());
  }

  @Test
  void locateKeepsAnErrorThatAlreadyNamesALine() {
    LocatedSubmission read = SubmissionJson.readLocated(JSON);
    IgaException placed = new IgaException(Message.of("fixture.text", "x"), new Location("other.json", 4, 2, "/spd"));
    assertEquals(placed, read.locate(placed));
  }

  @Test
  void locateGivesAnErrorWithoutAPlaceTheSource() {
    LocatedSubmission read = SubmissionJson.readLocated(JSON);
    IgaException located = read.locate(new IgaException(Message.of("fixture.text", "no place")));
    assertEquals("no place", located.problem());
    assertEquals(Location.source("<string>"), located.location().orElseThrow());
  }

  @Test
  void scoringASubmissionThatFitsGivesItsResult() {
    LocatedSubmission read = SubmissionJson.readLocated(JSON.replace("\"people\"", "\"persons\""));
    assertEquals("2024", String.valueOf(read.score(Scorer.of(JsonFixtures.rubric()), Mode.CLAIMED).year()));
    assertEquals("7.50", read.score(Scorer.of(JsonFixtures.rubric()), Mode.CLAIMED).spd().value().toPlainString());
  }
}

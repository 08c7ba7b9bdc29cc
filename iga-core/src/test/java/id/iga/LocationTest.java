package id.iga;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** A location names a source, a line and column, and a JSON pointer, in any combination. */
class LocationTest {
  @Test
  void aPointerEscapesTildeAndSlash() {
    assertEquals("/innovations/3/answers/a~1b~0c", Location.pointerOf("innovations", 3, "answers", "a/b~c"));
    assertEquals("", Location.pointerOf());
  }

  @Test
  void aLocationPrintsWhatItKnows() {
    assertEquals("rubric-2026.json:12:5 /indicators/3", new Location("rubric-2026.json", 12, 5, "/indicators/3")
        .toString());
    assertEquals("line 7 /spd/1", new Location(null, 7, 0, "/spd/1").toString());
    assertEquals("<stdin>", Location.source("<stdin>").toString());
    assertEquals("(document root)", Location.pointer("").toString());
  }
}

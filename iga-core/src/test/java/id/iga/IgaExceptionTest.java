package id.iga;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The one exception type: the message starts with the place, when there is one. */
class IgaExceptionTest {
  @Test
  void aProblemWithoutPlaceIsItsOwnMessage() {
    IgaException e = new IgaException("rubric 2024 has no title");
    assertEquals("rubric 2024 has no title", e.getMessage());
    assertEquals(Optional.empty(), e.location());
  }

  @Test
  void aProblemAtAPlaceStartsWithThePlace() {
    IgaException e = new IgaException("expected a number", Location.pointer("/spd/4"));
    assertEquals("/spd/4: expected a number", e.getMessage());
    assertEquals("expected a number", e.problem());
  }

  @Test
  void theSameProblemCanBeMovedToAMorePrecisePlace() {
    IgaException first = new IgaException("expected a number", Location.pointer("/spd/4"));
    IgaException moved = first.at(new Location("s.json", 3, 9, "/spd/4"));
    assertEquals("s.json:3:9 /spd/4: expected a number", moved.getMessage());
    assertSame(first, moved.getCause());
  }
}

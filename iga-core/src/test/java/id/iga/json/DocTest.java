package id.iga.json;

import static id.iga.json.JsonFixtures.assertError;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import id.iga.IgaException;
import id.iga.Location;
import id.iga.Message;
import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The typed access of the tree readers (rubrics, published results) to a document's values. */
class DocTest {
  private static final Doc DOC = new Doc("rubric.json");
  private static final Node.Pos AT = new Node.Pos(3, 7, "/parameters/gate");

  private static Node.Num integer(long v) {
    return new Node.Num(AT, BigDecimal.valueOf(v), true);
  }

  @Test
  void anIntegerInARangeIsReadWithBothEndsIncluded() {
    assertEquals(List.of(0, 3), Stream.of(0, 3).map(v -> DOC.integer(integer(v), 0, 3))
        .collect(Collectors.toList()));
    assertError(() -> DOC.integer(integer(-1), 0, 3), "rubric.json", 3, 7, "/parameters/gate",
        "expected an integer 0..3, found -1");
    assertError(() -> DOC.integer(integer(4), 0, 3), "rubric.json", 3, 7, "/parameters/gate",
        "expected an integer 0..3, found 4");
  }

  @Test
  void anyIntNamesNoRangeWhenTheValueIsNotAnInteger() {
    assertError(() -> DOC.integer(new Node.Str(AT, "7")), "rubric.json", 3, 7, "/parameters/gate",
        "expected an integer, found a string");
    assertError(() -> DOC.integer(new Node.Num(AT, new BigDecimal("7.5"), false)), "rubric.json", 3, 7,
        "/parameters/gate", "expected an integer, found 7.5");
    assertError(() -> DOC.integer(integer(1L << 31)), "rubric.json", 3, 7, "/parameters/gate",
        "expected an integer -2147483648..2147483647, found 2147483648");
  }

  @Test
  void aModelErrorIsPlacedAtItsValueUnlessItAlreadyNamesALine() {
    Node.Str value = new Node.Str(AT, "x");
    Location there = new Location("rubric.json", 3, 7, "/parameters/gate");
    IgaException none = new IgaException(Message.of("fixture.text", "no place"));
    IgaException pointer = new IgaException(Message.of("fixture.text", "a pointer"), Location.pointer("/x"));
    IgaException placed = new IgaException(Message.of("fixture.text", "placed"),
        new Location("rubric.json", 9, 2, "/indicators/0"));
    assertEquals(List.of(there, there), Stream.of(none, pointer).map(e -> DOC.relocate(e, value).location()
        .orElseThrow()).collect(Collectors.toList()));
    assertSame(placed, DOC.relocate(placed, value));
  }
}

package id.iga.rubric;

import static org.junit.jupiter.api.Assertions.assertEquals;

import id.iga.Message;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A list in words joins each item to the ones before it by the language's joining message. */
class TextsSpec {
  @Test
  void noItemIsAnEmptyText() {
    assertEquals("", Texts.joined("rubric.lint.or", List.of()));
  }

  @Test
  void oneItemIsThatItem() {
    assertEquals(2, Texts.joined("rubric.lint.or", List.of(2)));
  }

  @Test
  void eachFurtherItemIsJoinedToTheOnesBeforeIt() {
    assertEquals(Message.of("rubric.lint.or", Message.of("rubric.lint.or", 1, 2), 3),
        Texts.joined("rubric.lint.or", List.of(1, 2, 3)));
  }
}

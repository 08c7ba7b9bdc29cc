package id.iga;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

/**
 * Assertions on a text for people as an application would use it: its message key, its arguments, and its exact
 * Indonesian wording.
 */
public final class InIndonesian {
  private InIndonesian() {}

  /**
   * @param key the expected key
   * @param arguments the expected arguments
   * @param indonesian the expected Indonesian text
   * @param actual the message
   */
  public static void assertMessage(String key, List<Object> arguments, String indonesian, Message actual) {
    assertEquals(key, actual.key());
    assertEquals(arguments, actual.arguments());
    assertEquals(indonesian, actual.text(Message.INDONESIAN));
  }

  /**
   * @param key the expected key
   * @param arguments the expected arguments
   * @param indonesian the expected Indonesian message: the place, when there is one, then the problem
   * @param actual the error
   */
  public static void assertError(String key, List<Object> arguments, String indonesian, IgaException actual) {
    assertEquals(key, actual.key());
    assertEquals(arguments, actual.arguments());
    assertEquals(indonesian, actual.message(Message.INDONESIAN));
  }
}

package id.iga;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.function.Executable;

/**
 * Assertions on a text for people (an error, a warning, an explanation) as an application in Bahasa Indonesia sees it:
 * its exact Indonesian wording, its message key and its arguments.
 */
public final class MessageAssertions {
  private MessageAssertions() {}

  /**
   * Asserts that an action throws an error with exactly this Indonesian message (place included), key and arguments.
   *
   * @param action what should throw
   * @param message the whole message in Bahasa Indonesia, {@link IgaException#message(java.util.Locale)}
   * @param key the message key
   * @param arguments the arguments, in order
   * @return the error
   */
  public static IgaException assertIndonesian(Executable action, String message, String key, Object... arguments) {
    IgaException e = assertThrows(IgaException.class, action);
    assertEquals(message, e.message(Message.INDONESIAN));
    assertEquals(key, e.key());
    assertEquals(List.of(arguments), e.arguments());
    return e;
  }

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

package id.iga.rubric;

import id.iga.Message;
import java.util.List;

/** Helpers for the texts of the rubric package. */
final class Texts {
  private Texts() {}

  /**
   * A list in words, each item joined to the ones before it by a message of two arguments ({@code {0} and {1}}), so
   * that the joining word is the language's.
   *
   * @param key the key of the joining message, {@code rubric.predicate.and}
   * @param items the items: messages, codes, numbers
   * @return the first item when there is one, the items joined when there are more, an empty text when there is none
   */
  static Object joined(String key, List<?> items) {
    if (items.isEmpty()) {
      return "";
    }
    Object out = items.get(0);
    for (Object item : items.subList(1, items.size())) {
      out = Message.of(key, out, item);
    }
    return out;
  }
}

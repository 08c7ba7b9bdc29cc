package id.iga.fuzz;

import java.util.ArrayList;
import java.util.List;

/**
 * Where each value of a well-formed JSON text sits: its JSON pointer, the span of its key (for an object member) and
 * the span of its value, so that a mutation can replace, delete or copy one value without a JSON library.
 */
final class Spans {
  private Spans() {}

  /** The JSON types, as far as a mutation needs to tell them apart. */
  enum Type { OBJECT, ARRAY, STRING, NUMBER, LITERAL }

  /**
   * One value of the text.
   *
   * @param pointer its RFC 6901 pointer
   * @param keyStart where its key's opening quote is, or -1 for an array element or the root
   * @param start where the value starts
   * @param end where the value ends (exclusive)
   * @param type its type
   */
  record Value(String pointer, int keyStart, int start, int end, Type type) {
    boolean member() {
      return keyStart >= 0;
    }

    /** @return the last token of the pointer (the member's key or the element's index) */
    String name() {
      return pointer.substring(pointer.lastIndexOf('/') + 1);
    }
  }

  /**
   * @param json a well-formed JSON text
   * @return every value in it, in document order, the root first
   * @throws IllegalArgumentException when the text is not well-formed as far as this scanner looks
   */
  static List<Value> of(String json) {
    List<Value> out = new ArrayList<>();
    Scanner s = new Scanner(json, out);
    s.value("", -1);
    s.skipSpace();
    if (s.at != json.length()) {
      throw new IllegalArgumentException("text after the value at " + s.at);
    }
    return out;
  }

  private static final class Scanner {
    private final String t;
    private final List<Value> out;
    private int at;

    Scanner(String t, List<Value> out) {
      this.t = t;
      this.out = out;
    }

    void skipSpace() {
      while (at < t.length() && " \t\r\n".indexOf(t.charAt(at)) >= 0) {
        at++;
      }
    }

    void value(String pointer, int keyStart) {
      skipSpace();
      int start = at;
      int slot = out.size();
      out.add(null);
      Type type;
      char c = t.charAt(at);
      if (c == '{') {
        type = Type.OBJECT;
        elements('}', i -> {
          skipSpace();
          int key = at;
          String name = string();
          skipSpace();
          expect(':');
          value(pointer + "/" + name.replace("~", "~0").replace("/", "~1"), key);
        });
      } else if (c == '[') {
        type = Type.ARRAY;
        elements(']', i -> value(pointer + "/" + i, -1));
      } else if (c == '"') {
        type = Type.STRING;
        string();
      } else if (c == '-' || (c >= '0' && c <= '9')) {
        type = Type.NUMBER;
        while (at < t.length() && "+-.eE0123456789".indexOf(t.charAt(at)) >= 0) {
          at++;
        }
      } else {
        type = Type.LITERAL;
        while (at < t.length() && Character.isLetter(t.charAt(at))) {
          at++;
        }
      }
      out.set(slot, new Value(pointer, keyStart, start, at, type));
    }

    /** Reads a container's elements, each by {@code element} given its index, and the closing character. */
    void elements(char close, java.util.function.IntConsumer element) {
      at++;
      skipSpace();
      if (t.charAt(at) != close) {
        for (int i = 0; ; i++) {
          element.accept(i);
          skipSpace();
          if (t.charAt(at) != ',') {
            break;
          }
          at++;
        }
      }
      expect(close);
    }

    /** @return the string's text, escapes left as they are (the keys this project writes have none) */
    String string() {
      expect('"');
      int start = at;
      while (t.charAt(at) != '"') {
        at += t.charAt(at) == '\\' ? 2 : 1;
      }
      return t.substring(start, at++);
    }

    void expect(char c) {
      if (t.charAt(at) != c) {
        throw new IllegalArgumentException("expected '" + c + "' at " + at);
      }
      at++;
    }
  }
}

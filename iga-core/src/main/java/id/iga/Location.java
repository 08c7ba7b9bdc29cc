package id.iga;

import java.util.Locale;

import javax.annotation.Nullable;

/**
 * Where a problem is: any of a source name (a file name, {@code <stdin>}, a resource), a 1-based line and column, and
 * an RFC 6901 JSON pointer into the document or the model ({@code /innovations/3/answers/17}).
 *
 * @param source the file or resource, or null
 * @param line 1-based line, or 0 when unknown
 * @param column 1-based column, or 0 when unknown
 * @param pointer JSON pointer, or null
 *
 * @since 1.0
 */
public record Location(@Nullable String source, long line, long column, @Nullable String pointer) {

  /**
   * @param pointer a JSON pointer into the document or the model
   * @return a location that names only the pointer
   */
  public static Location pointer(String pointer) {
    return new Location(null, 0, 0, pointer);
  }

  /**
   * @param source a file or resource name
   * @return a location that names only the source
   */
  public static Location source(String source) {
    return new Location(source, 0, 0, null);
  }

  /**
   * @param tokens unescaped reference tokens
   * @return the RFC 6901 pointer made of them ({@code ~} and {@code /} escaped)
   */
  public static String pointerOf(Object... tokens) {
    StringBuilder b = new StringBuilder();
    for (Object t : tokens) {
      b.append('/').append(String.valueOf(t).replace("~", "~0").replace("/", "~1"));
    }
    return b.toString();
  }

  /** @return the place in English, as {@link #text(Locale)} gives it */
  @Override
  public String toString() {
    return text(Locale.ENGLISH);
  }

  /**
   * The place in words: {@code file:line:column /pointer}, {@code line 3:7} without a file, and the document root
   * named in the language asked for.
   *
   * @param locale the language: Indonesian for an {@code id} locale, English otherwise
   * @return the place in that language
   */
  public String text(Locale locale) {
    StringBuilder b = new StringBuilder();
    if (source != null) {
      b.append(source);
    }
    if (line > 0) {
      if (b.length() > 0) {
        b.append(':').append(line);
      } else {
        b.append(Message.of("iga.location.line", line).text(locale));
      }
      if (column > 0) {
        b.append(':').append(column);
      }
    }
    if (pointer != null) {
      if (b.length() > 0) {
        b.append(' ');
      }
      b.append(pointer.isEmpty() ? Message.of("iga.location.root").text(locale) : pointer);
    }
    return b.toString();
  }
}

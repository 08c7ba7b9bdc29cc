package id.iga;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.text.Format;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;

import javax.annotation.Nullable;

/**
 * Text meant for people, kept as a message key and its arguments so that it can be shown in Bahasa Indonesia or in
 * English. The library's errors ({@link IgaException#key()}), warnings and explanations carry one; an embedding
 * application can show {@link #text(Locale)} or look the key up in its own catalogue.
 *
 * <h2>Keys and catalogues</h2>
 * A key is {@code PACKAGE.name}; its text lives beside the code that uses it, in {@code id/iga/PACKAGE/messages.properties}
 * (English) and {@code messages_id.properties} (Bahasa Indonesia), UTF-8, as {@link MessageFormat} patterns. Keys of
 * the root package {@code id.iga} start with {@code iga.}. Two languages exist: a locale whose language is
 * Indonesian ({@code id}, or the legacy {@code in}) gives Indonesian, every other locale English. There is no fallback
 * to the JVM's default locale: the language asked for is the language given.
 *
 * <h2>Arguments</h2>
 * An argument placed as a plain {@code {0}} is written as follows, whatever the language: another {@code Message} or an
 * {@link IgaException} as its own text in the same language, a {@link Location} as {@link Location#text(Locale)}, a
 * whole number in plain digits (a year stays {@code 2024}), a {@link BigDecimal} in plain digits with the language's
 * decimal separator ({@code 54.32} in English, {@code 54,32} in Indonesian), anything else as {@code toString()}. An
 * argument placed with its own format ({@code {0,choice,...}}, {@code {0,number,...}}) is given to that format as is.
 *
 * @param key the message key, {@code PACKAGE.name}
 * @param arguments the values the text refers to, in order; unmodifiable
 * @since 1.0
 */
public record Message(String key, List<Object> arguments) {
  /** The Indonesian locale, {@code id}. */
  public static final Locale INDONESIAN = Locale.forLanguageTag("id");

  private static final Map<String, Properties> CATALOGUES = new ConcurrentHashMap<>();

  /**
   * @param key the message key
   * @param arguments its arguments; none may be null
   */
  public Message {
    Objects.requireNonNull(key, "key");
    if (key.indexOf('.') <= 0) {
      throw new IllegalArgumentException("a message key is PACKAGE.name: " + key);
    }
    arguments = Collections.unmodifiableList(new ArrayList<>(arguments));
    for (Object a : arguments) {
      Objects.requireNonNull(a, "argument of " + key);
    }
  }

  /**
   * @param key the message key, {@code PACKAGE.name}
   * @param arguments its arguments, in order
   * @return the message
   */
  public static Message of(String key, Object... arguments) {
    return new Message(key, List.of(arguments));
  }

  /**
   * Items listed with commas, each shown in the language of the text around it: {@code indikator 1, indikator 2}.
   *
   * @param items the items: messages, codes, numbers
   * @return the list as one argument for another message; an empty text when there is no item
   */
  public static Message list(List<?> items) {
    if (items.isEmpty()) {
      return of("iga.list.empty");
    }
    Message out = of("iga.list.one", items.get(0));
    for (Object item : items.subList(1, items.size())) {
      out = of("iga.list.more", out, item);
    }
    return out;
  }

  /**
   * @param locale the language wanted; Indonesian for an {@code id} locale, English otherwise
   * @return the text in that language
   * @throws IllegalStateException when the key is missing from the catalogue, a bug of the library
   */
  public String text(Locale locale) {
    boolean indonesian = isIndonesian(locale);
    String pattern = pattern(key, indonesian);
    Locale language = indonesian ? INDONESIAN : Locale.ENGLISH;
    MessageFormat format = new MessageFormat(pattern, language);
    Format[] formats = format.getFormatsByArgumentIndex();
    Object[] values = new Object[arguments.size()];
    for (int i = 0; i < values.length; i++) {
      Object a = arguments.get(i);
      boolean own = i < formats.length && formats[i] != null;
      values[i] = own ? a : plain(a, locale);
    }
    return format.format(values);
  }

  /** @return the English text */
  @Override
  public String toString() {
    return text(Locale.ENGLISH);
  }

  /**
   * @param locale a locale
   * @return whether its texts are Indonesian ({@code id}, or the legacy code {@code in})
   */
  public static boolean isIndonesian(Locale locale) {
    String language = locale.getLanguage();
    return language.equals("id") || language.equals("in");
  }

  /**
   * A value written the way a plain argument is: whole numbers in plain digits, decimals with the language's separator.
   *
   * @param value the value
   * @param locale the language
   * @return its text
   */
  public static String plain(Object value, Locale locale) {
    if (value instanceof Message m) {
      return m.text(locale);
    }
    if (value instanceof IgaException e) {
      return e.message(locale);
    }
    if (value instanceof Location l) {
      return l.text(locale);
    }
    if (value instanceof BigDecimal d) {
      String s = d.toPlainString();
      return isIndonesian(locale) ? s.replace('.', ',') : s;
    }
    return String.valueOf(value);
  }

  /**
   * The pattern of a key, Indonesian or English.
   *
   * @param key the key
   * @param indonesian which language
   * @return the {@link MessageFormat} pattern
   */
  static String pattern(String key, boolean indonesian) {
    String pkg = key.substring(0, key.indexOf('.'));
    String dir = pkg.equals("iga") ? "id/iga/" : "id/iga/" + pkg + "/";
    String path = dir + (indonesian ? "messages_id.properties" : "messages.properties");
    Properties catalogue = CATALOGUES.computeIfAbsent(path, Message::load);
    String pattern = catalogue.getProperty(key);
    if (pattern == null) {
      throw new IllegalStateException("no text for message key " + key + " in " + path);
    }
    return pattern;
  }

  private static Properties load(String path) {
    Properties p = new Properties();
    try (InputStream in = open(path)) {
      if (in != null) {
        p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read message catalogue " + path, e);
    }
    return p;
  }

  private static @Nullable InputStream open(String path) throws IOException {
    InputStream in = Message.class.getModule().getResourceAsStream(path);
    if (in == null) {
      ClassLoader loader = Message.class.getClassLoader();
      in = loader == null ? ClassLoader.getSystemResourceAsStream(path) : loader.getResourceAsStream(path);
    }
    return in;
  }
}

package id.iga.cli;

import id.iga.Message;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The language of what the command writes for people: Bahasa Indonesia or English. Machine outputs (JSON, CSV) do not
 * change with it. {@code --lang id|en} chooses it; without the option the environment does, as POSIX programs read it:
 * the first of {@code LC_ALL}, {@code LC_MESSAGES} and {@code LANG} that is set and not empty; a value whose language
 * is {@code id} ({@code id}, {@code id_ID.UTF-8}, {@code id_ID@latin}) gives Indonesian, anything else English.
 */
enum Language {
  /** Bahasa Indonesia. */
  ID(Message.INDONESIAN),
  /** English. */
  EN(Locale.ENGLISH);

  /** The environment variables that name the language, in the order POSIX gives them precedence. */
  static final List<String> VARIABLES = List.of("LC_ALL", "LC_MESSAGES", "LANG");

  private final Locale locale;

  Language(Locale locale) {
    this.locale = locale;
  }

  /**
   * @param environment the environment variables
   * @return the language they name: Indonesian when the first of {@link #VARIABLES} that is set and not empty names
   *     the language {@code id}, English otherwise
   */
  static Language fromEnvironment(Map<String, String> environment) {
    for (String variable : VARIABLES) {
      String value = environment.get(variable);
      if (value != null && !value.isEmpty()) {
        // language[_territory][.codeset][@modifier]
        String language = value.split("[_.@]", 2)[0];
        return language.equals("id") ? ID : EN;
      }
    }
    return EN;
  }

  /** @return the locale of the library's texts in this language */
  Locale locale() {
    return locale;
  }

  /**
   * @param key a key of a message catalogue
   * @param arguments its arguments
   * @return the text in this language
   */
  String text(String key, Object... arguments) {
    return Message.of(key, arguments).text(locale);
  }

  /**
   * @param message a message
   * @return its text in this language
   */
  String text(Message message) {
    return message.text(locale);
  }

  /**
   * A decimal in a text for people: {@code 54.32} in English, {@code 54,32} in Indonesian.
   *
   * @param number a decimal as the library reports it
   * @return its text in this language, with as many decimals as it has
   */
  String number(BigDecimal number) {
    return Message.plain(number, locale);
  }

  /** @return the value {@code --lang} takes for it: {@code id} or {@code en} */
  @Override
  public String toString() {
    return name().toLowerCase(Locale.ROOT);
  }
}

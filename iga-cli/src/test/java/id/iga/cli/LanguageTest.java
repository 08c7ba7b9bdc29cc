package id.iga.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import id.iga.Message;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The language of the command's texts: {@code --lang id|en}, else the first of {@code LC_ALL}, {@code LC_MESSAGES}
 * and {@code LANG} that is set and not empty; Indonesian when its language is {@code id}, English otherwise.
 */
class LanguageTest {
  /** An environment of the three variables; an empty cell of the table is a variable not set. */
  private static Map<String, String> environment(String lcAll, String lcMessages, String lang) {
    Map<String, String> env = new HashMap<>();
    for (String[] v : new String[][] {{"LC_ALL", lcAll}, {"LC_MESSAGES", lcMessages}, {"LANG", lang}}) {
      if (v[1] != null) {
        env.put(v[0], v[1]);
      }
    }
    return env;
  }

  @ParameterizedTest(name = "LC_ALL={0} LC_MESSAGES={1} LANG={2}: {3}")
  @CsvSource(nullValues = "unset", value = {
      "unset, unset, unset, EN",
      "unset, unset, id_ID.UTF-8, ID",
      "unset, unset, id, ID",
      "unset, unset, id_ID, ID",
      "unset, unset, id.UTF-8, ID",
      "unset, unset, id_ID@latin, ID",
      "unset, unset, en_US.UTF-8, EN",
      "unset, unset, C.UTF-8, EN",
      "unset, unset, POSIX, EN",
      // The language is the part before the territory: "ind" and "idx" are not "id".
      "unset, unset, ind_ID.UTF-8, EN",
      "unset, unset, idx, EN",
      // LC_ALL comes first, then LC_MESSAGES, then LANG.
      "C, unset, id_ID.UTF-8, EN",
      "id_ID.UTF-8, en_US.UTF-8, en_US.UTF-8, ID",
      "unset, id_ID.UTF-8, en_US.UTF-8, ID",
      "unset, en_GB.UTF-8, id_ID.UTF-8, EN",
      // A variable set but empty is passed over.
      "'', id_ID.UTF-8, en_US.UTF-8, ID",
      "'', '', id_ID.UTF-8, ID",
      "'', '', '', EN"})
  void theFirstVariableSetAndNotEmptyNamesTheLanguage(String lcAll, String lcMessages, String lang, Language expected) {
    assertEquals(expected, Language.fromEnvironment(environment(lcAll, lcMessages, lang)));
  }

  @Test
  void theOptionComesBeforeTheEnvironment() {
    Map<String, String> indonesian = Map.of("LANG", "id_ID.UTF-8");
    assertEquals(Language.EN, Main.language(new String[] {"--lang", "en", "score", "x.json"}, indonesian));
    assertEquals(Language.EN, Main.language(new String[] {"score", "--lang=EN", "x.json"}, indonesian));
    assertEquals(Language.ID, Main.language(new String[] {"score", "x.json", "--lang", "id"}, Map.of()));
    // A value the option does not take leaves the environment's language, in which the usage error is written.
    assertEquals(Language.ID, Main.language(new String[] {"--lang", "fr", "score"}, indonesian));
    assertEquals(Language.EN, Main.language(new String[] {"--lang"}, Map.of()));
    // After --, --lang is an argument.
    assertEquals(Language.EN, Main.language(new String[] {"score", "--", "--lang", "id"}, Map.of()));
  }

  @Test
  void eachLanguageIsALocaleOfTheLibrarysTextsAndWritesDecimalsItsWay() {
    assertEquals(Message.INDONESIAN, Language.ID.locale());
    assertEquals(Locale.ENGLISH, Language.EN.locale());
    assertEquals("54,32", Language.ID.number(new BigDecimal("54.32")));
    assertEquals("54.32", Language.EN.number(new BigDecimal("54.32")));
    assertEquals("-0,40", Language.ID.number(new BigDecimal("-0.40")));
    assertEquals("250", Language.ID.number(new BigDecimal("250")));
    assertEquals("id", Language.ID.toString());
    assertEquals("en", Language.EN.toString());
  }

  @Test
  void aTextComesFromTheCatalogueOfItsLanguage() {
    assertEquals("Run 'iga score --help' for help.", Language.EN.text("cli.usage.hint", "iga score"));
    assertEquals("Gunakan 'iga score --help' untuk melihat bantuan.", Language.ID.text("cli.usage.hint", "iga score"));
    assertEquals("jawaban CLAIMED (penilaian mandiri)", Language.ID.text(Message.of("cli.mode.claimed")));
  }
}

package id.iga;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

/** A message is a key and its arguments, shown in Bahasa Indonesia for an {@code id} locale and English otherwise. */
class MessageTest {
  private static final Locale ID = Message.INDONESIAN;

  @Test
  void anIndonesianLocaleGivesIndonesianAndEveryOtherGivesEnglish() {
    Message m = Message.of("iga.location.root");
    assertEquals("(akar dokumen)", m.text(ID));
    assertEquals("(akar dokumen)", m.text(Locale.forLanguageTag("id-ID")));
    assertEquals("(document root)", m.text(Locale.ENGLISH));
    assertEquals("(document root)", m.text(Locale.FRANCE));
    assertEquals("(document root)", m.text(Locale.ROOT));
  }

  @Test
  void theDefaultLocaleNeverChangesTheLanguageAskedFor() {
    Locale before = Locale.getDefault();
    try {
      Locale.setDefault(ID);
      assertEquals("(document root)", Message.of("iga.location.root").text(Locale.ENGLISH));
      assertEquals("(document root)", Message.of("iga.location.root").toString());
    } finally {
      Locale.setDefault(before);
    }
  }

  @Test
  void wholeNumbersArePlainDigitsInBothLanguages() {
    assertEquals("line 20241", Message.of("iga.location.line", 20241).text(Locale.ENGLISH));
    assertEquals("baris 20241", Message.of("iga.location.line", 20241L).text(ID));
  }

  @Test
  void decimalsTakeTheLanguagesSeparator() {
    assertEquals("54.32", Message.plain(new BigDecimal("54.32"), Locale.ENGLISH));
    assertEquals("54,32", Message.plain(new BigDecimal("54.32"), ID));
    assertEquals("0,0000001", Message.plain(new BigDecimal("1E-7"), ID));
  }

  @Test
  void aMessageOrAPlaceInsideAMessageIsShownInTheSameLanguage() {
    Message inner = Message.of("iga.location.root");
    assertEquals("(akar dokumen)", Message.plain(inner, ID));
    assertEquals("baris 3:7", Message.plain(new Location(null, 3, 7, null), ID));
    assertEquals("line 3:7 (document root)", Message.plain(new Location(null, 3, 7, ""), Locale.ENGLISH));
  }

  @Test
  void argumentsAreCopiedAndUnmodifiable() {
    Message m = new Message("iga.location.line", new java.util.ArrayList<>(List.of(3)));
    assertThrows(UnsupportedOperationException.class, () -> m.arguments().add(4));
  }

  @Test
  void aKeyWithoutItsPackageIsRefused() {
    assertThrows(IllegalArgumentException.class, () -> Message.of("noPackage"));
    assertThrows(NullPointerException.class, () -> Message.of("iga.location.line", (Object) null));
  }

  @Test
  void aKeyNoCatalogueHoldsIsABugNamedAtOnce() {
    IllegalStateException e = assertThrows(IllegalStateException.class, () -> Message.of("iga.noSuchKey").text(ID));
    assertTrue(e.getMessage().contains("iga.noSuchKey"), e.getMessage());
  }

  @Test
  void aListShowsEachItemInTheLanguageOfTheText() {
    Message list = Message.list(List.of(Message.of("iga.location.root"), "16", new BigDecimal("0.38")));
    assertEquals("(document root), 16, 0.38", list.text(Locale.ENGLISH));
    assertEquals("(akar dokumen), 16, 0,38", list.text(ID));
    assertEquals("16", Message.list(List.of("16")).text(ID));
    assertEquals("", Message.list(List.of()).text(ID));
  }
}

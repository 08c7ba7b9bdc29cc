package id.iga;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The one exception type: the message starts with the place, when there is one; its problem is a key and arguments a
 * caller can show in its own words, and the library shows in Bahasa Indonesia or English.
 */
class IgaExceptionTest {
  private static final Message NO_RUBRIC = Message.of("years.noRubric", 2019, "2023, 2024");

  @Test
  void aProblemWithoutPlaceIsItsOwnMessage() {
    IgaException e = new IgaException(NO_RUBRIC);
    assertEquals("no rubric for year 2019; available years: 2023, 2024", e.getMessage());
    assertEquals(Optional.empty(), e.location());
  }

  @Test
  void aProblemAtAPlaceStartsWithThePlace() {
    IgaException e = new IgaException(NO_RUBRIC, Location.pointer("/year"));
    assertEquals("/year: no rubric for year 2019; available years: 2023, 2024", e.getMessage());
    assertEquals("no rubric for year 2019; available years: 2023, 2024", e.problem());
  }

  @Test
  void theKeyAndTheArgumentsAreThereForACallerToWordItself() {
    IgaException e = new IgaException(NO_RUBRIC, Location.pointer("/year"));
    assertEquals("years.noRubric", e.key());
    assertEquals(List.of(2019, "2023, 2024"), e.arguments());
    assertSame(NO_RUBRIC, e.problemMessage());
  }

  @Test
  void theMessageIsIndonesianForAnIndonesianLocaleWithThePlaceInIndonesianToo() {
    IgaException e = new IgaException(NO_RUBRIC, new Location(null, 3, 7, ""));
    assertEquals("baris 3:7 (akar dokumen): tidak ada rubrik untuk tahun penilaian 2019; tahun yang tersedia: 2023, 2024",
        e.message(Message.INDONESIAN));
    assertEquals("line 3:7 (document root): no rubric for year 2019; available years: 2023, 2024",
        e.message(Locale.ENGLISH));
  }

  @Test
  void getMessageIsEnglishWhateverTheDefaultLocaleAndTheLocalizedMessageFollowsIt() {
    Locale before = Locale.getDefault(Locale.Category.DISPLAY);
    try {
      Locale.setDefault(Locale.Category.DISPLAY, Message.INDONESIAN);
      IgaException e = new IgaException(NO_RUBRIC);
      assertEquals("no rubric for year 2019; available years: 2023, 2024", e.getMessage());
      assertEquals("tidak ada rubrik untuk tahun penilaian 2019; tahun yang tersedia: 2023, 2024", e.getLocalizedMessage());
    } finally {
      Locale.setDefault(Locale.Category.DISPLAY, before);
    }
  }

  @Test
  void theSameProblemCanBeMovedToAMorePrecisePlace() {
    IgaException first = new IgaException(NO_RUBRIC, Location.pointer("/year"));
    IgaException moved = first.at(new Location("s.json", 3, 9, "/year"));
    assertEquals("s.json:3:9 /year: no rubric for year 2019; available years: 2023, 2024", moved.getMessage());
    assertSame(first, moved.getCause());
    assertEquals("years.noRubric", moved.key());
  }
}

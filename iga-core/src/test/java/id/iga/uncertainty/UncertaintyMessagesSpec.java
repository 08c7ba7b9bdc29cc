package id.iga.uncertainty;

import static id.iga.rubric.RubricFixtures.bands2024;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import id.iga.IgaException;
import id.iga.Message;
import id.iga.rubric.Alternative;
import id.iga.rubric.Rubric;
import id.iga.rubric.RubricFixtures;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The errors of an uncertainty analysis in Bahasa Indonesia, with the key and arguments a caller would use. */
class UncertaintyMessagesSpec {
  private static final Locale ID = Message.INDONESIAN;
  private static final Rubric RUBRIC = RubricFixtures.twoRows().bands(bands2024()).build();

  @Test
  void aFactGivenTwiceIsRefused() {
    Alternative k = new Alternative("k", List.of("10", "12"), "the 2026 guideline");
    IgaException e = assertThrows(IgaException.class, () -> Uncertainty.of(RUBRIC, List.of(k, k)));
    assertEquals("alternatif divisorFloor diberikan dua kali; berikan sekali saja", e.message(ID));
    assertEquals("uncertainty.alternatives.twice", e.key());
    assertEquals(List.of("divisorFloor"), e.arguments());
  }

  @Test
  void tooManyCombinationsAreRefusedBeforeAnyIsScored() {
    List<Alternative> many = List.of(
        Alternative.range("divisorFloor", BigDecimal.ONE, new BigDecimal("1000"), BigDecimal.ONE, "a sweep"),
        Alternative.range("countCap", BigDecimal.ZERO, new BigDecimal("999"), BigDecimal.ONE, "a sweep"),
        new Alternative("basicServiceGate", List.of("2", "3"), "a guess"));
    IgaException e = assertThrows(IgaException.class, () -> Uncertainty.of(RUBRIC, many));
    assertEquals("alternatif yang diberikan menghasilkan lebih dari 1000000 kombinasi", e.message(ID));
    assertEquals("uncertainty.alternatives.tooMany", e.key());
    assertEquals(List.of(1_000_000L), e.arguments());
  }

  @Test
  void anAlternativeTheRubricCannotTakeNamesTheSettingAndWhy() {
    Alternative edge = new Alternative("band.INOVATIF", List.of("35.00", "70.00"), "a guess");
    IgaException e = assertThrows(IgaException.class, () -> Uncertainty.of(RUBRIC, List.of(edge)));
    assertEquals("alternatif [band.INOVATIF=70.00] tidak dapat diterapkan pada rubrik 2024: band.INOVATIF harus "
        + "0,02..60,00 (di atas batas bawah KURANG_INOVATIF, yaitu 0,01, dan paling tinggi batas atas rentang itu "
        + "sendiri), bukan 70.00", e.message(ID));
    assertEquals("the alternatives [band.INOVATIF=70.00] do not apply to rubric 2024: band.INOVATIF must be "
        + "0.02..60.00 (above the lower edge 0.01 of KURANG_INOVATIF, at most the band's own upper edge), not 70.00",
        e.getMessage());
    assertEquals("uncertainty.alternatives.doNotApply", e.key());
    assertEquals(List.of("[band.INOVATIF=70.00]", 2024), e.arguments().subList(0, 2));
    assertEquals("rubric.setting.edgeRange", ((IgaException) e.arguments().get(2)).key());
  }
}

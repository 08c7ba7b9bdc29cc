package id.iga.rubric;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import id.iga.IgaException;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** A band holds the reported IIDs from its lower to its upper edge, both inclusive. */
class BandTest {
  private static final Band INOVATIF = RubricFixtures.band(Predikat.INOVATIF, "35.00", "60.00");

  @Test
  void bothEdgesAreInside() {
    assertEquals(true, INOVATIF.contains(new BigDecimal("35.00")));
    assertEquals(true, INOVATIF.contains(new BigDecimal("60.00")));
    assertEquals(false, INOVATIF.contains(new BigDecimal("34.99")));
    assertEquals(false, INOVATIF.contains(new BigDecimal("60.01")));
  }

  @Test
  void aLowerEdgeAboveTheUpperEdgeIsRefused() {
    assertEquals("band INOVATIF has lower edge 60.00 above its upper edge 35.00", assertThrows(IgaException.class,
        () -> RubricFixtures.band(Predikat.INOVATIF, "60.00", "35.00")).getMessage());
  }
}

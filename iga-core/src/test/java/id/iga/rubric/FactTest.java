package id.iga.rubric;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Facts compare by value: numbers are normalized and a code set is a set. */
class FactTest {
  @Test
  void aQuantityIsNormalizedSo350Equals350Point0And3Point5E2() {
    Fact a = Fact.quantity(350);
    assertEquals(a, Fact.quantity(new BigDecimal("350.0")));
    assertEquals(a, Fact.quantity(new BigDecimal("3.5E+2")));
    assertEquals(a.hashCode(), Fact.quantity(new BigDecimal("350.000")).hashCode());
    assertEquals("350", Fact.quantity(new BigDecimal("3.5E+2")).value().toPlainString());
  }

  @Test
  void normalizationStripsTrailingZerosAndKeepsANonNegativeScale() {
    assertEquals("0.5", Fact.normalize(new BigDecimal("0.50")).toPlainString());
    assertEquals(0, Fact.normalize(new BigDecimal("1E+3")).scale());
    assertEquals(BigDecimal.ZERO, Fact.normalize(new BigDecimal("0.000")));
  }

  @Test
  void aMeasureIsNormalizedToo() {
    assertEquals(Fact.measure("persons", new BigDecimal("200")), Fact.measure("persons", new BigDecimal("200.00")));
  }

  @Test
  void aCodeSetKeepsTheOrderGivenWithoutRepeatsAndEqualsItsPermutations() {
    Fact.Codes c = Fact.codes("WEB", "APP", "WEB");
    assertEquals(List.of("WEB", "APP"), List.copyOf(c.codes()));
    assertEquals(Fact.codes("APP", "WEB"), c);
  }

  @Test
  void everyFactSaysItsKind() {
    assertEquals(List.of(FactKind.QUANTITY, FactKind.CATEGORY, FactKind.CODES, FactKind.MEASURE),
        List.of(Fact.quantity(1).kind(), Fact.category("A").kind(), Fact.codes("A").kind(),
            Fact.measure("b", BigDecimal.ONE).kind()));
  }
}

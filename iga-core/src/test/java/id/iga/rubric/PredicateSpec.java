package id.iga.rubric;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import id.iga.IgaException;
import id.iga.rubric.Predicate.Range;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What each kind of predicate tests, with exact decimal ends. */
class PredicateSpec {
  private static BigDecimal d(String s) {
    return new BigDecimal(s);
  }

  @Test
  void aClosedRangeHoldsBothEnds() {
    Range r = Range.closed("11", "30");
    assertEquals(List.of(false, true, true, true, false),
        List.of(r.contains(d("10.99")), r.contains(d("11")), r.contains(d("20")), r.contains(d("30.00")),
            r.contains(d("30.01"))));
  }

  @Test
  void anExclusiveEndIsOutside() {
    Range above = Range.greaterThan("30");
    Range below = Range.lessThan("2.05");
    assertEquals(List.of(false, true), List.of(above.contains(d("30")), above.contains(d("30.0001"))));
    assertEquals(List.of(true, false), List.of(below.contains(d("2.0499")), below.contains(d("2.05"))));
  }

  @Test
  void aMissingEndIsOpen() {
    Range any = new Range(null, true, null, true);
    assertEquals(List.of(true, true), List.of(any.contains(d("-1E+9")), any.contains(d("1E+9"))));
    assertEquals(new Range(null, false, null, false), any);
    assertEquals("any number", any.describe());
  }

  @Test
  void endsCompareByValueSo350Equals350Point0() {
    assertEquals(Range.closed("350", "500"), Range.closed("350.0", "5E+2"));
    assertEquals(true, Range.atMost("350").contains(d("350.000")));
  }

  @Test
  void aRangeDescribesItselfInTheRubricsWords() {
    assertEquals("11..30", Range.closed("11", "30").describe());
    assertEquals("5.23", Range.closed("5.23", "5.23").describe());
    assertEquals("> 86", Range.greaterThan("86").describe());
    assertEquals("<= 50", Range.atMost("50").describe());
    assertEquals(">= 2.05 and < 5.23", new Range(d("2.05"), true, d("5.23"), false).describe());
  }

  @Test
  void aRangeIsEmptyWhenNoNumberLiesInIt() {
    assertEquals(true, Range.closed("5", "3").isEmpty());
    assertEquals(true, new Range(d("3"), true, d("3"), false).isEmpty());
    assertEquals(false, Range.closed("3", "3").isEmpty());
    assertEquals(false, Range.atLeast("3").isEmpty());
  }

  @Test
  void rangesThatShareAnInclusiveEdgeIntersectInThatEdge() {
    assertEquals(Optional.of(Range.closed("5.23", "5.23")),
        Range.closed("2.05", "5.23").intersection(Range.atLeast("5.23")));
  }

  @Test
  void anExclusiveEdgeWinsOverAnInclusiveOneAtTheSameNumber() {
    assertEquals(Optional.empty(), Range.closed("1", "10").intersection(Range.greaterThan("10")));
    assertEquals(Optional.of(Range.lessThan("5")), Range.atMost("5").intersection(Range.lessThan("5")));
    assertEquals(Optional.of(Range.greaterThan("3")), Range.greaterThan("3").intersection(Range.atLeast("3")));
  }

  @Test
  void theIntersectionTakesTheInnerEndOnEachSide() {
    assertEquals(Optional.of(new Range(d("20"), false, d("30"), true)),
        Range.closed("11", "30").intersection(Range.greaterThan("20")));
    assertEquals(Optional.of(Range.closed("11", "30")),
        Range.closed("11", "30").intersection(new Range(null, false, null, false)));
  }

  @Test
  void oneOfTestsACategory() {
    Predicate p = Predicate.OneOf.of("PERKADA", "PERDA");
    assertEquals(List.of(true, false, false), List.of(p.test(Fact.category("PERDA")),
        p.test(Fact.category("SK_KEPALA_PD")), p.test(Fact.codes("PERDA"))));
    assertEquals("one of PERKADA, PERDA", p.describe());
  }

  @Test
  void countTestsHowManyDistinctCodesWereGiven() {
    Predicate p = new Predicate.CountOf(Range.closed("2", "3"));
    assertEquals(List.of(false, true, true, false), List.of(p.test(Fact.codes("WEB")), p.test(Fact.codes("WEB",
        "APP", "WEB")), p.test(Fact.codes("WEB", "APP", "TV")), p.test(Fact.codes("WEB", "APP", "TV", "RADIO"))));
    assertEquals("count 2..3", p.describe());
  }

  @Test
  void includesTestsWhichCodesArePresentNotHowMany() {
    Predicate p = Predicate.Includes.of("RKPD_T1", "RKPD_T2");
    assertEquals(List.of(true, false, true), List.of(p.test(Fact.codes("RKPD_T2", "RKPD_T1")),
        p.test(Fact.codes("RKPD_T1", "RKPD_T3", "RKPD_T4")), p.test(Fact.codes("RKPD_T1", "RKPD_T2", "RKPD_T3"))));
    assertEquals("includes RKPD_T1 and RKPD_T2", p.describe());
  }

  @Test
  void basisTestsAMeasureOnThatBasisOnly() {
    Predicate p = new Predicate.OnBasis("persons", Range.closed("201", "500"));
    assertEquals(List.of(true, false, false), List.of(p.test(Fact.measure("persons", d("201"))),
        p.test(Fact.measure("products", d("300"))), p.test(Fact.quantity(300))));
    assertEquals("persons 201..500", p.describe());
  }

  @Test
  void anyOfMeetsWhenOneOptionMeets() {
    Predicate p = new Predicate.AnyOf(List.of(new Predicate.OnBasis("persons", Range.atLeast("501")),
        new Predicate.OnBasis("percent", Range.greaterThan("10"))));
    assertEquals(List.of(true, true, false), List.of(p.test(Fact.measure("persons", d("501"))),
        p.test(Fact.measure("percent", d("10.5"))), p.test(Fact.measure("percent", d("10")))));
    assertEquals(FactKind.MEASURE, p.kind());
    assertEquals("persons >= 501 | percent > 10", p.describe());
  }

  @Test
  void aRangeTestsOnlyAQuantity() {
    assertEquals(false, Range.atLeast("1").test(Fact.measure("persons", d("5"))));
  }

  @Test
  void emptyOrMixedPredicatesAreRefused() {
    assertEquals("a oneOf predicate needs at least one category; found an empty list",
        assertThrows(IgaException.class, Predicate.OneOf::of).getMessage());
    assertEquals("an includes predicate needs at least one code; found an empty list",
        assertThrows(IgaException.class, Predicate.Includes::of).getMessage());
    assertEquals("an anyOf predicate needs at least one option; found an empty list",
        assertThrows(IgaException.class, () -> new Predicate.AnyOf(List.of())).getMessage());
    assertEquals("the options of an anyOf predicate must test one kind of fact, not QUANTITY and CATEGORY",
        assertThrows(IgaException.class, () -> new Predicate.AnyOf(List.of(Range.atLeast("1"),
            Predicate.OneOf.of("PERDA")))).getMessage());
  }
}

package id.iga.rubric;

import static id.iga.rubric.RubricFixtures.KNOWN;
import static id.iga.rubric.RubricFixtures.levels;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import id.iga.IgaException;
import id.iga.rubric.Predicate.AnyOf;
import id.iga.rubric.Predicate.Includes;
import id.iga.rubric.Predicate.OnBasis;
import id.iga.rubric.Predicate.Range;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every code or basis a level's predicate names, however deep in its options, is a term of the indicator's fact. */
class IndicatorVocabularySpec {
  private static final FactSpec PLANS = new FactSpec(FactKind.CODES, null,
      List.of(Term.of("RKPD_T1", "RKPD T-1"), Term.of("RKPD_T2", "RKPD T-2")));
  private static final FactSpec BENEFIT = new FactSpec(FactKind.MEASURE, null,
      List.of(new Term("persons", "orang", "persons"), new Term("unit_coverage", "cakupan unit", "percent")));

  private static Indicator indicator(FactSpec fact, Predicate... levels) {
    return new Indicator("21", 21, Scope.INNOVATION, "Proses", "Integrasi program", BigDecimal.ONE, false, "", fact,
        levels(levels), KNOWN);
  }

  private static String refused(FactSpec fact, Predicate... levels) {
    return assertThrows(IgaException.class, () -> indicator(fact, levels)).getMessage();
  }

  @Test
  void aCodeAnIncludesPredicateRequiresIsATermOfTheVocabulary() {
    assertEquals("/levels/2/when/includes/1: indicator 21 level 3 names 'RKPD_T3', which is not in the indicator's "
        + "vocabulary; expected one of RKPD_T1, RKPD_T2",
        refused(PLANS, Includes.of("RKPD_T1"), Includes.of("RKPD_T2"), Includes.of("RKPD_T1", "RKPD_T3")));
  }

  @Test
  void aBasisAPredicateMeasuresOnIsATermOfTheVocabulary() {
    assertEquals("/levels/0/when/basis: indicator 21 level 1 names 'households', which is not in the indicator's "
        + "vocabulary; expected one of persons, unit_coverage",
        refused(BENEFIT, new OnBasis("households", Range.atLeast("1")), new OnBasis("persons", Range.atLeast("101")),
            new OnBasis("persons", Range.atLeast("201"))));
  }

  @Test
  void theOptionsOfAnAnyOfAreCheckedToo() {
    assertEquals("/levels/1/when/anyOf/1/basis: indicator 21 level 2 names 'unit', which is not in the indicator's "
        + "vocabulary; expected one of persons, unit_coverage",
        refused(BENEFIT, new OnBasis("persons", Range.atLeast("1")),
            new AnyOf(List.of(new OnBasis("persons", Range.atLeast("101")), new OnBasis("unit", Range.atLeast("20")))),
            new OnBasis("persons", Range.atLeast("201"))));
  }

  @Test
  void aWeightMayHaveFourDecimals() {
    Indicator fine = new Indicator("21", 21, Scope.INNOVATION, "Proses", "Integrasi program",
        new BigDecimal("0.0001"), false, "", FactSpec.NONE, levels(null, null, null), KNOWN);
    assertEquals(new BigDecimal("0.0003"), fine.maxScore());
  }
}

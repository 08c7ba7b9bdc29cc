package id.iga.score;

import static id.iga.rubric.RubricFixtures.KNOWN;
import static id.iga.rubric.RubricFixtures.levels;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import id.iga.IgaException;
import id.iga.rubric.Fact;
import id.iga.rubric.FactKind;
import id.iga.rubric.FactSpec;
import id.iga.rubric.Indicator;
import id.iga.rubric.Predicate;
import id.iga.rubric.Predicate.Range;
import id.iga.rubric.Rubric;
import id.iga.rubric.Scope;
import id.iga.rubric.Term;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The compiled view of a rubric that the scorer and the planner share, and each indicator's compiled levels. */
class CompiledRubricSpec {
  private static final int NO_FIT = FactResolver.NO_FIT;

  @Test
  void theScorerCompilesItsRubricOnce() {
    Rubric mini = TestRubrics.mini();
    Scorer scorer = Scorer.of(mini);
    assertSame(scorer.compiled(), scorer.compiled());
    assertSame(mini, scorer.compiled().rubric());
  }

  @Test
  void aRubricDerivedWithOtherParametersSharesTheCompiledIndicators() {
    Rubric mini = TestRubrics.mini();
    CompiledRubric c = CompiledRubric.of(mini);
    Rubric derived = id.iga.rubric.Overrides.apply(mini,
        List.of(new id.iga.rubric.Overrides.Setting("divisorFloor", "6")));
    assertEquals(mini.indicators(), derived.indicators());
    CompiledRubric d = c.derived(derived);
    assertSame(c.regionRow(0), d.regionRow(0));
    assertSame(c.innovationRow(2), d.innovationRow(2));
    assertEquals(6, d.divisorFloor());
  }

  @Test
  void aRubricWithEqualIndicatorsBuiltApartSharesThemToo() {
    CompiledRubric c = CompiledRubric.of(TestRubrics.mini());
    CompiledRubric d = c.derived(TestRubrics.mini());
    assertSame(c.regionRow(1), d.regionRow(1));
  }

  @Test
  void aRubricWithOtherIndicatorsIsCompiledWhole() {
    CompiledRubric c = CompiledRubric.of(TestRubrics.mini());
    Rubric fewer = Rubric.builder(2024).title("Mini").provenance(KNOWN)
        .indicators(List.of(TestRubrics.PLAN, TestRubrics.COMPLAINTS, TestRubrics.REGULATION, TestRubrics.MEDIA))
        .bands(TestRubrics.mini().bands()).parameters(TestRubrics.mini().parameters()).build();
    CompiledRubric d = c.derived(fewer);
    org.junit.jupiter.api.Assertions.assertNotSame(c.regionRow(0), d.regionRow(0));
    assertEquals(2, d.innovationCount());
  }

  @Test
  void weightsAndMaximaAreInUnitsOfOneTenThousandth() {
    CompiledRubric c = CompiledRubric.of(TestRubrics.mini());
    assertEquals(List.of("1", "2"), c.regionIndicators().stream().map(Indicator::code).toList());
    assertEquals(List.of("3", "4", "5"), c.innovationIndicators().stream().map(Indicator::code).toList());
    assertArrayEquals(new long[] {20_000, 15_000}, c.regionWeights());
    assertArrayEquals(new long[] {30_000, 20_000, 15_000}, c.innovationWeights());
    assertEquals(105_000, c.maxSpd());
    assertEquals(195_000, c.maxMaturity());
    assertEquals(5_000, c.perInnovation());
    assertEquals(100_000, c.maxCount());
    assertEquals(400_000, c.maxTotal());
    assertEquals(new BigDecimal("40.00"), c.reportedMaxTotal());
  }

  @Test
  void parametersAreTheRubrics() {
    CompiledRubric c = CompiledRubric.of(TestRubrics.mini());
    assertEquals(4, c.divisorFloor());
    assertEquals(20, c.countCap());
    assertEquals(2, c.gate());
    assertEquals(2, c.scale());
    assertEquals(RoundingMode.HALF_UP, c.rounding());
    assertEquals(new BigDecimal("0.13"), c.round(new Fraction(1, 8)));
  }

  @Test
  void weightArraysAreCopiesSoTheViewStaysImmutable() {
    CompiledRubric c = CompiledRubric.of(TestRubrics.mini());
    c.regionWeights()[0] = 1;
    c.innovationWeights()[0] = 1;
    assertArrayEquals(new long[] {20_000, 15_000}, c.regionWeights());
    assertArrayEquals(new long[] {30_000, 20_000, 15_000}, c.innovationWeights());
  }

  @Test
  void mandatoryInnovationRowsAreOneMask() {
    // Rows 3 (index 0) and 5 (index 2) are mandatory.
    assertEquals(0b101L, CompiledRubric.of(TestRubrics.mini()).mandatoryInnovationMask());
  }

  @Test
  void rowsAreFoundByCodeInTheirScope() {
    CompiledRubric c = CompiledRubric.of(TestRubrics.mini());
    assertEquals(1, c.innovationIndex("4"));
    IgaException e = assertThrows(IgaException.class, () -> c.innovationIndex("2"));
    assertEquals("rubric 2024 has no innovation indicator 2", e.getMessage());
    assertEquals(null, c.row("99"));
  }

  @Test
  void aCategoryEarnsTheLevelItsTermEarns() {
    FactResolver r = FactResolver.of(TestRubrics.REGULATION);
    assertEquals(0, r.levelOf(Fact.category("SK_KEPALA_PD")));
    assertEquals(1, r.levelOf(Fact.category("SK_KEPALA_DAERAH")));
    assertEquals(2, r.levelOf(Fact.category("PERKADA")));
    assertEquals(3, r.levelOf(Fact.category("PERDA")));
    assertEquals(NO_FIT, r.levelOf(Fact.category("PERGUB")));
    assertEquals(NO_FIT, r.levelOf(Fact.codes("PERDA")));
  }

  @Test
  void aCodeSetIsCountedOverTheVocabulary() {
    FactResolver r = FactResolver.of(TestRubrics.MEDIA);
    assertEquals(0, r.levelOf(Fact.codes()));
    assertEquals(1, r.levelOf(Fact.codes("WEB")));
    assertEquals(2, r.levelOf(Fact.codes("WEB", "APP", "VIDEO")));
    assertEquals(3, r.levelOf(Fact.codes("WEB", "APP", "SOCMED", "PRINT")));
    assertEquals(3, r.levelOf(Fact.codes("WEB", "APP", "SOCMED", "PRINT", "VIDEO")));
    assertEquals(NO_FIT, r.levelOf(Fact.codes("WEB", "FAX")));
    assertEquals(NO_FIT, r.levelOf(Fact.category("WEB")));
  }

  @Test
  void aMeasureIsTestedOnItsOwnBasis() {
    FactResolver r = FactResolver.of(TestRubrics.BENEFIT);
    assertEquals(0, r.levelOf(Fact.measure("persons", BigDecimal.ZERO)));
    assertEquals(1, r.levelOf(Fact.measure("persons", new BigDecimal("200"))));
    assertEquals(2, r.levelOf(Fact.measure("persons", new BigDecimal("201"))));
    assertEquals(3, r.levelOf(Fact.measure("persons", new BigDecimal("501"))));
    assertEquals(1, r.levelOf(Fact.measure("percent", BigDecimal.ZERO)));
    assertEquals(2, r.levelOf(Fact.measure("percent", new BigDecimal("5.01"))));
    assertEquals(3, r.levelOf(Fact.measure("percent", new BigDecimal("10.01"))));
    assertEquals(NO_FIT, r.levelOf(Fact.measure("products", BigDecimal.ONE)));
    assertEquals(NO_FIT, r.levelOf(Fact.quantity(1)));
  }

  @Test
  void aQuantityTakesTheHighestLevelWhoseRangeHoldsIt() {
    FactResolver r = FactResolver.of(TestRubrics.COMPLAINTS);
    assertEquals(0, r.levelOf(Fact.quantity(-1)));
    assertEquals(1, r.levelOf(Fact.quantity(50)));
    assertEquals(2, r.levelOf(Fact.quantity(new BigDecimal("50.01"))));
    assertEquals(2, r.levelOf(Fact.quantity(86)));
    assertEquals(3, r.levelOf(Fact.quantity(new BigDecimal("86.01"))));
    assertEquals(NO_FIT, r.levelOf(Fact.measure("percent", BigDecimal.ONE)));
  }

  @Test
  void noFactFitsALevelOnlyIndicator() {
    FactResolver r = FactResolver.of(TestRubrics.PLAN);
    assertEquals(NO_FIT, r.levelOf(Fact.quantity(1)));
    assertEquals(NO_FIT, r.levelOf(Fact.category("PERDA")));
  }

  /** A code indicator over codes C0..C(n-1): level 1 includes the last code, 2 any two codes, 3 C0 and the last. */
  private static Indicator wide(int n) {
    List<Term> terms = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      terms.add(Term.of("C" + i, "Code " + i));
    }
    String last = "C" + (n - 1);
    return new Indicator("9", 9, Scope.INNOVATION, "Proses", "Wide", BigDecimal.ONE, false, "",
        new FactSpec(FactKind.CODES, null, terms), levels(Predicate.Includes.of(last),
            new Predicate.CountOf(Range.atLeast("2")), Predicate.Includes.of("C0", last)), KNOWN);
  }

  @Test
  void aVocabularyLargerThanAMaskIsInterpretedWithTheSameAnswers() {
    FactResolver r = FactResolver.of(wide(FactResolver.MAX_MASK_TERMS + 1));
    assertEquals(0, r.levelOf(Fact.codes("C1")));
    assertEquals(1, r.levelOf(Fact.codes("C64")));
    assertEquals(2, r.levelOf(Fact.codes("C1", "C64")));
    assertEquals(3, r.levelOf(Fact.codes("C64", "C0")));
    assertEquals(NO_FIT, r.levelOf(Fact.codes("C0", "C65")));
  }

  @Test
  void aVocabularyAsWideAsTheMaskIsCompiledToItsSixtyFourBits() {
    FactResolver r = FactResolver.of(wide(FactResolver.MAX_MASK_TERMS));
    assertEquals(List.of("CodeSets", "Interpreted"), List.of(r.getClass().getSimpleName(),
        FactResolver.of(wide(FactResolver.MAX_MASK_TERMS + 1)).getClass().getSimpleName()));
    // C63 is the mask's sign bit.
    assertEquals(List.of(0, 1, 2, 3, NO_FIT), List.of(r.levelOf(Fact.codes("C1")), r.levelOf(Fact.codes("C63")),
        r.levelOf(Fact.codes("C1", "C63")), r.levelOf(Fact.codes("C63", "C0")), r.levelOf(Fact.codes("C0", "C64"))));
  }
}

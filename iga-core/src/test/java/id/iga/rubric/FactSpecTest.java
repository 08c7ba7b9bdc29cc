package id.iga.rubric;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import id.iga.IgaException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A fact spec pairs a kind with a unit or a vocabulary, and says what is wrong with a fact that does not fit. */
class FactSpecTest {
  private static final FactSpec MEDIA = new FactSpec(FactKind.CODES, null,
      List.of(Term.of("WEB", "Website"), Term.of("APP", "Aplikasi")));
  private static final FactSpec BENEFIT = new FactSpec(FactKind.MEASURE, null,
      List.of(new Term("persons", "Penerima manfaat", "persons")));

  private static String refused(FactKind kind, String unit, List<Term> terms) {
    return assertThrows(IgaException.class, () -> new FactSpec(kind, unit, terms)).getMessage();
  }

  @Test
  void categoriesCodesAndMeasuresNeedAVocabulary() {
    assertEquals("a CATEGORY fact needs a vocabulary of terms", refused(FactKind.CATEGORY, null, List.of()));
    assertEquals("a MEASURE fact needs a vocabulary of terms", refused(FactKind.MEASURE, null, List.of()));
  }

  @Test
  void quantitiesAndLevelOnlyIndicatorsTakeNoVocabulary() {
    assertEquals("a QUANTITY fact takes no vocabulary",
        refused(FactKind.QUANTITY, "persons", List.of(Term.of("A", "a"))));
    assertEquals("a NONE fact takes no vocabulary", refused(FactKind.NONE, null, List.of(Term.of("A", "a"))));
  }

  @Test
  void onlyAQuantityHasAUnit() {
    assertEquals("a QUANTITY fact needs a unit", refused(FactKind.QUANTITY, null, List.of()));
    assertEquals("only a QUANTITY fact has a unit (measure bases carry their own)",
        refused(FactKind.CODES, "persons", List.of(Term.of("A", "a"))));
  }

  @Test
  void theVocabularyHasNoRepeatedCode() {
    assertEquals("the vocabulary repeats a code: [A, A]",
        refused(FactKind.CATEGORY, null, List.of(Term.of("A", "a"), Term.of("A", "b"))));
  }

  @Test
  void measureBasesAndOnlyThemCarryAUnit() {
    assertEquals("measure basis persons needs a unit",
        refused(FactKind.MEASURE, null, List.of(Term.of("persons", "orang"))));
    assertEquals("term A of a CATEGORY fact takes no unit",
        refused(FactKind.CATEGORY, null, List.of(new Term("A", "a", "persons"))));
  }

  @Test
  void aFactThatFitsHasNoProblem() {
    assertEquals(Optional.empty(), MEDIA.problemWith(Fact.codes("APP", "WEB")));
    assertEquals(Optional.empty(), BENEFIT.problemWith(Fact.measure("persons", BigDecimal.ONE)));
    assertEquals(Optional.empty(), FactSpec.quantity("days").problemWith(Fact.quantity(-3)));
  }

  @Test
  void aFactOfAnotherKindOrOutsideTheVocabularyIsAProblem() {
    assertEquals(Optional.of("expected a CODES fact ({\"codes\": [\"WEB\", ...]}), not a QUANTITY fact"),
        MEDIA.problemWith(Fact.quantity(2)));
    assertEquals(Optional.of("unknown code 'FAX'; expected codes from [WEB, APP]"),
        MEDIA.problemWith(Fact.codes("WEB", "FAX")));
    assertEquals(Optional.of("unknown basis 'products'; expected one of [persons]"),
        BENEFIT.problemWith(Fact.measure("products", BigDecimal.ONE)));
    assertEquals(Optional.of("this indicator is answered by level only ({\"level\": 0..3}); no fact is defined for it"),
        FactSpec.NONE.problemWith(Fact.quantity(1)));
  }

  @Test
  void theExampleShowsTheJsonAnswerExpected() {
    assertEquals("{\"value\": <days>}", FactSpec.quantity("days").example());
    assertEquals("{\"basis\": \"persons\", \"value\": <persons>}", BENEFIT.example());
    assertEquals("{\"level\": 0..3}", FactSpec.NONE.example());
  }
}

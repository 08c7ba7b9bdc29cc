package id.iga.rubric;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.integers;

import id.iga.Message;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * The small values of the rubric model: a provenance and an assumption are equal exactly when their status and
 * English words are, a level gives its condition, an indicator its levels by number, and every rule value says what
 * the engine does under it.
 */
class ModelValuesSpec {
  private static final List<String> WORDS = List.of("Lampiran II", "letter B/1", "page 4");

  private static Gen<Status> statuses() {
    return arbitrary().enumValues(Status.class);
  }

  private static Gen<String> words() {
    return integers().between(0, WORDS.size() - 1).map(WORDS::get);
  }

  private static Gen<Status> unsure() {
    return arbitrary().pick(Status.ASSUMED, Status.PROJECTED);
  }

  @Test
  void provenancesAreEqualExactlyWhenTheirStatusAndSourceAre() {
    qt().forAll(statuses(), words(), statuses(), words()).checkAssert((s, w, t, v) ->
        assertEquals(s == t && w.equals(v), Provenance.of(s, w).equals(Provenance.of(t, v))));
  }

  @Test
  void aProvenanceIsAssumedExactlyWhenItsStatusIsAssumed() {
    qt().forAll(statuses()).checkAssert(s -> assertEquals(s == Status.ASSUMED, Provenance.of(s, "x").assumed()));
  }

  @Test
  void assumptionsAreEqualExactlyWhenTheirStatusAndEnglishWordsAre() {
    qt().forAll(unsure(), words(), words(), words()).checkAssert((s, subject, value, source) -> {
      Assumption a = new Assumption("k", "10", "Lampiran II", Status.ASSUMED);
      Assumption b = new Assumption(Message.of("rubric.asWritten", subject), Message.of("rubric.asWritten", value),
          Provenance.of(s, source));
      boolean same = s == Status.ASSUMED && subject.equals("k") && value.equals("10") && source.equals("Lampiran II");
      assertEquals(same, a.equals(b));
    });
  }

  @Test
  void assumptionsWithTheSameWordsAndStatusAreEqual() {
    qt().forAll(unsure(), words()).checkAssert((s, w) ->
        assertEquals(new Assumption(w, w, w, s), new Assumption(Message.of("rubric.asWritten", w),
            Message.of("rubric.asWritten", w), Provenance.of(s, w))));
  }

  @Test
  void aLevelOverAFactGivesItsPredicateAsItsCondition() {
    Predicate atLeastTwo = Predicate.Range.atLeast("2");
    Level level = new Level(3, "at least 2", atLeastTwo, RubricFixtures.KNOWN);
    assertEquals(Optional.of(atLeastTwo), level.condition());
    assertEquals(Optional.empty(), new Level(3, "option 3", null, RubricFixtures.KNOWN).condition());
  }

  @Test
  void anIndicatorGivesEachLevelByItsNumber() {
    Indicator i = new Indicator("4", 4, Scope.REGION, "Institusi", "Nama", BigDecimal.ONE, true, "",
        FactSpec.quantity("persons"), RubricFixtures.levels(Predicate.Range.lessThan("1"),
            Predicate.Range.closed("1", "2"), Predicate.Range.atLeast("3")), RubricFixtures.KNOWN);
    assertEquals(List.of("< 1", "1..2", ">= 3"),
        List.of(i.level(1).label(), i.level(2).label(), i.level(3).label()));
  }

  @Test
  void everyRuleValueSaysWhatTheEngineDoes() {
    assertEquals(List.of(Message.of("rubric.rule.notAcceptedAnswer.zero"),
        Message.of("rubric.rule.notAcceptedInnovation.countsInNAndGate")),
        List.of(Rules.NotAcceptedAnswer.ZERO.meaningMessage(),
            Rules.NotAcceptedInnovation.COUNTS_IN_N_AND_GATE.meaningMessage()));
  }

  @Test
  void anAssumptionIsProjectedExactlyWhenItsStatusIs() {
    qt().forAll(unsure()).checkAssert(s ->
        assertEquals(s == Status.PROJECTED, new Assumption("k", "10", "Lampiran II", s).projected()));
  }

  @Test
  void aRuleAsTheSubjectOfAnAssumptionIsNamedByIt() {
    assertEquals(Message.of("rubric.rule.subject", Rules.GAP), Rules.subject(Rules.GAP));
    assertEquals("rule gap", Rules.subject(Rules.GAP).toString());
  }

  @Test
  void aFactGivenForALevelOnlyIndicatorIsRefusedWithWhatItTakes() {
    Message m = FactSpec.NONE.problemMessage(Fact.quantity(2)).orElseThrow();
    assertEquals("rubric.fact.levelOnly", m.key());
    assertEquals("this indicator is answered by level only ({\"level\": 0..3}); no fact is defined for it",
        m.toString());
  }

  @Test
  void aCategoryOutsideTheVocabularyIsRefusedWithTheVocabulary() {
    FactSpec regulation = new FactSpec(FactKind.CATEGORY, null,
        List.of(Term.of("PERKADA", "Perkada"), Term.of("PERDA", "Perda")));
    Message m = regulation.problemMessage(Fact.category("PERGUB")).orElseThrow();
    assertEquals("rubric.fact.unknownCategory", m.key());
    assertEquals("unknown category 'PERGUB'; expected one of [PERKADA, PERDA]", m.toString());
  }
}

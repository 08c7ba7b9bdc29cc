package id.iga.rubric;

import static id.iga.rubric.RubricFixtures.KNOWN;
import static id.iga.rubric.RubricFixtures.bands2024;
import static id.iga.rubric.RubricFixtures.levelOnly;
import static id.iga.rubric.RubricFixtures.parameters;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.RoundingMode;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A rubric's rules: their names and order, the builder's ASSUMED default, and a derived rubric keeping them. */
class RulesTest {
  private static final Rules KNOWN_RULES = new Rules(Sourced.of(Rules.Overlap.HIGHEST_LEVEL, KNOWN),
      Sourced.of(Rules.Gap.ZERO, KNOWN), Sourced.of(Rules.NotAcceptedAnswer.ZERO, KNOWN),
      Sourced.of(Rules.NotAcceptedInnovation.COUNTS_IN_N_AND_GATE, KNOWN),
      Sourced.of(Rules.CountScoreWithoutGate.ZERO, KNOWN));

  private static Rubric.Builder builder() {
    return Rubric.builder(2024).title("Rules").provenance(KNOWN)
        .indicators(List.of(levelOnly("1", Scope.REGION, "Satu", "2", true),
            levelOnly("2", Scope.INNOVATION, "Dua", "3", true)))
        .bands(bands2024()).parameters(parameters(10, "0.38", 200, 2, RoundingMode.HALF_UP));
  }

  @Test
  void everyRuleIsNamedInAFixedOrderWithItsValue() {
    assertEquals(List.of("overlap=HIGHEST_LEVEL", "gap=ZERO", "notAcceptedAnswer=ZERO",
        "notAcceptedInnovation=COUNTS_IN_N_AND_GATE", "countScoreWithoutGate=ZERO"),
        KNOWN_RULES.named().entrySet().stream().map(e -> e.getKey() + "=" + e.getValue().value().name()).toList());
  }

  @Test
  void aRubricBuiltWithoutRulesHasEveryRuleAssumed() {
    Rules rules = builder().build().rules();

    assertEquals(Rules.assumed(), rules);
    assertEquals(List.of(Status.ASSUMED, Status.ASSUMED, Status.ASSUMED, Status.ASSUMED, Status.ASSUMED),
        rules.named().values().stream().map(r -> r.provenance().status()).toList());
    assertEquals("the engine's rule; the rubric does not state it", rules.gap().provenance().source());
  }

  @Test
  void theRulesAreNotAmongTheRubricsOwnAssumptions() {
    // A rule is assumed in a result only when it decided something there (see the scorer's RulesSpec).
    assertEquals(List.of(), builder().build().assumptions());
  }

  @Test
  void aDerivedRubricKeepsItsRules() {
    Rubric published = builder().rules(KNOWN_RULES).build();
    Rubric derived = published.derive(parameters(12, "0.38", 200, 2, RoundingMode.HALF_UP), published.bands());

    assertEquals(KNOWN_RULES, derived.rules());
  }

  @Test
  void everyRuleIsRequired() {
    NullPointerException e = assertThrows(NullPointerException.class, () -> new Rules(KNOWN_RULES.overlap(), null,
        KNOWN_RULES.notAcceptedAnswer(), KNOWN_RULES.notAcceptedInnovation(), KNOWN_RULES.countScoreWithoutGate()));
    assertEquals("gap", e.getMessage());
  }

  @Test
  void eachValueSaysWhatTheEngineDoes() {
    assertEquals("a fact between the published ranges of two levels meets no level and scores 0",
        Rules.Gap.ZERO.meaning());
    assertEquals("a fact that meets the published ranges of two levels earns the higher level",
        Rules.Overlap.HIGHEST_LEVEL.meaning());
  }
}

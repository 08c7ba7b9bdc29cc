package id.iga.score;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * What the rules decided in one result: nothing until a rule decides something, and any one rule deciding once is
 * enough. Recorded on {@link TestRubrics#mini}, whose region row 2 and innovation row 4 are rows a rule can decide.
 */
class RulesDecidedSpec {
  private static final CompiledRubric MINI = CompiledRubric.of(TestRubrics.mini());

  private static boolean noneAfter(Consumer<RulesDecided> record) {
    RulesDecided decided = new RulesDecided(MINI);
    record.accept(decided);
    return decided.none();
  }

  @Test
  void noRuleDecidedUntilOneDecidesSomething() {
    assertEquals(List.of(true, false, false, false, false, false), List.of(noneAfter(d -> { }),
        noneAfter(d -> d.overlap(MINI.regionRow(1))), noneAfter(d -> d.gap(MINI.innovationRow(1))),
        noneAfter(d -> d.notAccepted(MINI.regionRow(1))), noneAfter(d -> d.notAcceptedInnovation("B")),
        noneAfter(d -> d.gateNotMet(1))));
  }
}

package id.iga.score;

import id.iga.Message;
import id.iga.rubric.Assumption;
import id.iga.rubric.Indicator;
import id.iga.rubric.Parameters;
import id.iga.rubric.Rules;
import id.iga.rubric.Sourced;
import java.util.ArrayList;
import java.util.List;

import javax.annotation.Nullable;

/**
 * What the rubric's {@link Rules} decided while one submission was scored: the answers whose fact fell in an overlap
 * or a gap, the answers and innovations the verifier did not accept, and whether the count score was withheld for the
 * gate. A result lists each rule that decided something and is not known for the rubric's year
 * ({@link id.iga.rubric.Provenance#unsure()}) among its assumptions, saying what it was applied to.
 */
final class RulesDecided {
  private final CompiledRubric compiled;
  private final Answers overlap = new Answers();
  private final Answers gap = new Answers();
  private final Answers notAccepted = new Answers();
  private final List<String> notAcceptedInnovations = new ArrayList<>(0);
  private @Nullable Message gate;

  RulesDecided(CompiledRubric compiled) {
    this.compiled = compiled;
  }

  /** The answers a rule decided: how many, and for which rows (region rows first, then innovation rows). */
  private final class Answers {
    int count;
    @Nullable boolean[] rows;

    void add(CompiledRubric.Row row) {
      if (rows == null) {
        rows = new boolean[compiled.regionCount() + compiled.innovationCount()];
      }
      rows[row.region ? row.index : compiled.regionCount() + row.index] = true;
      count++;
    }

    Message describe(Sourced<? extends Rules.Choice> rule) {
      List<String> codes = new ArrayList<>();
      for (int i = 0; i < rows.length; i++) {
        if (rows[i]) {
          Indicator ind = i < compiled.regionCount() ? compiled.regionRow(i).indicator
              : compiled.innovationRow(i - compiled.regionCount()).indicator;
          codes.add(ind.code());
        }
      }
      String value = rule.value().name();
      String listed = String.join(", ", codes);
      if (count == 1) {
        return Message.of("score.rule.appliedToOneAnswer", value, listed);
      }
      return codes.size() == 1 ? Message.of("score.rule.appliedToAnswersOfOneIndicator", value, count, listed)
          : Message.of("score.rule.appliedToAnswers", value, count, listed);
    }
  }

  /** @param row a row whose counted fact met two levels' published ranges */
  void overlap(CompiledRubric.Row row) {
    overlap.add(row);
  }

  /** @param row a row whose counted fact lay between two levels' published ranges */
  void gap(CompiledRubric.Row row) {
    gap.add(row);
  }

  /** @param row a row whose answer the verifier did not accept, in VERIFIED mode */
  void notAccepted(CompiledRubric.Row row) {
    notAccepted.add(row);
  }

  /** @param id an innovation none of whose answers the verifier accepted, in VERIFIED mode */
  void notAcceptedInnovation(String id) {
    notAcceptedInnovations.add(id);
  }

  /**
   * @param covered the basic-service affairs covered, fewer than the gate, where the count score would be paid
   *     otherwise
   */
  void gateNotMet(int covered) {
    gate = Message.of("score.rule.gateNotMet", covered, Parameters.BASIC_SERVICE_AFFAIRS, compiled.gate());
  }

  /** @return whether no rule decided anything */
  boolean none() {
    return overlap.count == 0 && gap.count == 0 && notAccepted.count == 0 && notAcceptedInnovations.isEmpty()
        && gate == null;
  }

  /** @return the rules that decided something and are not known for the rubric's year, in the rules' order */
  List<Assumption> assumptions() {
    Rules rules = compiled.rubric().rules();
    List<Assumption> out = new ArrayList<>();
    if (overlap.count > 0) {
      add(out, Rules.OVERLAP, rules.overlap(), overlap.describe(rules.overlap()));
    }
    if (gap.count > 0) {
      add(out, Rules.GAP, rules.gap(), gap.describe(rules.gap()));
    }
    if (notAccepted.count > 0) {
      add(out, Rules.NOT_ACCEPTED_ANSWER, rules.notAcceptedAnswer(),
          notAccepted.describe(rules.notAcceptedAnswer()));
    }
    if (!notAcceptedInnovations.isEmpty()) {
      int n = notAcceptedInnovations.size();
      String value = rules.notAcceptedInnovation().value().name();
      String ids = String.join(", ", notAcceptedInnovations);
      add(out, Rules.NOT_ACCEPTED_INNOVATION, rules.notAcceptedInnovation(), n == 1
          ? Message.of("score.rule.appliedToOneInnovation", value, ids)
          : Message.of("score.rule.appliedToInnovations", value, n, ids));
    }
    if (gate != null) {
      add(out, Rules.COUNT_SCORE_WITHOUT_GATE, rules.countScoreWithoutGate(),
          Message.of("score.rule.appliedGate", rules.countScoreWithoutGate().value().name(), gate));
    }
    return out;
  }

  private static void add(List<Assumption> out, String name, Sourced<? extends Rules.Choice> rule, Message value) {
    if (rule.provenance().unsure()) {
      out.add(new Assumption(Rules.subject(name), value, rule.provenance()));
    }
  }
}

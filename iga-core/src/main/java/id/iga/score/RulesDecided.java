package id.iga.score;

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
  private @Nullable String gate;

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

    String describe(Sourced<? extends Rules.Choice> rule) {
      List<String> codes = new ArrayList<>();
      for (int i = 0; i < rows.length; i++) {
        if (rows[i]) {
          Indicator ind = i < compiled.regionCount() ? compiled.regionRow(i).indicator
              : compiled.innovationRow(i - compiled.regionCount()).indicator;
          codes.add(ind.code());
        }
      }
      return rule.value().name() + ", applied to " + count + (count == 1 ? " answer" : " answers") + " ("
          + (codes.size() == 1 ? "indicator " : "indicators ") + String.join(", ", codes) + ")";
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
    gate = covered + " of " + Parameters.BASIC_SERVICE_AFFAIRS + " basic-service affairs covered, gate "
        + compiled.gate();
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
      add(out, Rules.NOT_ACCEPTED_INNOVATION, rules.notAcceptedInnovation(),
          rules.notAcceptedInnovation().value().name() + ", applied to " + n + (n == 1 ? " innovation" : " innovations")
              + " (" + String.join(", ", notAcceptedInnovations) + ")");
    }
    if (gate != null) {
      add(out, Rules.COUNT_SCORE_WITHOUT_GATE, rules.countScoreWithoutGate(),
          rules.countScoreWithoutGate().value().name() + ", applied: " + gate);
    }
    return out;
  }

  private static void add(List<Assumption> out, String name, Sourced<? extends Rules.Choice> rule, String value) {
    if (rule.provenance().unsure()) {
      out.add(new Assumption(Rules.SUBJECT_PREFIX + name, value, rule.provenance().source(),
          rule.provenance().status()));
    }
  }
}

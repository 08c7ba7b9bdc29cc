package id.iga.plan;

import id.iga.rubric.Indicator;
import id.iga.rubric.Rubric;
import id.iga.rubric.Scope;
import id.iga.score.Fraction;
import id.iga.score.InnovationScore;
import id.iga.score.Mode;
import id.iga.score.ScoreResult;
import id.iga.score.Scorer;
import id.iga.submission.Affair;
import id.iga.submission.Answer;
import id.iga.submission.Innovation;
import id.iga.submission.Stage;
import id.iga.submission.Submission;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

import javax.annotation.Nullable;

/**
 * The step-by-step choice the planner must beat: from the submission as it is, take the one action (one level on one
 * answer, or one new innovation) with the largest IID gain per unit, rescored by the {@link Scorer}, until the target
 * is met; give up when no action gains anything.
 */
final class GreedyByRatio {
  private GreedyByRatio() {}

  private record Action(Submission after, int cost) {}

  /** @return the units the greedy spends, or empty when it gets stuck below the target */
  static OptionalInt cost(Rubric rubric, Submission start, BigDecimal target, @Nullable NewInnovations terms) {
    Scorer scorer = Scorer.of(rubric);
    Planner planner = Planner.of(scorer);
    Map<String, Integer> template = terms == null ? Map.of() : planner.newInnovationLevels(terms.maturity());
    int newCost = terms == null ? 0
        : terms.cost() != null ? terms.cost() : template.values().stream().mapToInt(Integer::intValue).sum();
    Submission s = start;
    int spent = 0;
    int added = 0;
    while (true) {
      ScoreResult now = scorer.score(s, Mode.CLAIMED);
      if (now.iid().value().compareTo(target) >= 0) {
        return OptionalInt.of(spent);
      }
      List<Action> actions = new ArrayList<>();
      for (int i = 0; i < rubric.indicators(Scope.REGION).size(); i++) {
        int level = now.spdRows().get(i).level();
        if (level < Indicator.LEVELS) {
          Map<String, Answer> spd = new LinkedHashMap<>(s.spd());
          spd.put(now.spdRows().get(i).indicator(), Answer.level(level + 1));
          actions.add(new Action(new Submission(s.year(), s.region(), spd, s.innovations()), 1));
        }
      }
      for (int x = 0; x < now.innovations().size(); x++) {
        InnovationScore score = now.innovations().get(x);
        for (Indicator ind : rubric.indicators(Scope.INNOVATION)) {
          int level = score.level(ind.code());
          if (level < Indicator.LEVELS) {
            List<Innovation> list = new ArrayList<>(s.innovations());
            list.set(x, Edits.withAnswer(list.get(x), ind.code(), Answer.level(level + 1)));
            actions.add(new Action(new Submission(s.year(), s.region(), s.spd(), list), 1));
          }
        }
      }
      if (terms != null && (terms.atMost() == null || added < terms.atMost())) {
        Affair affair = Affair.PENDIDIKAN;
        for (Affair a : Affair.values()) {
          if (a.basicService() && !now.gate().covered().contains(a)) {
            affair = a;
            break;
          }
        }
        Map<String, Answer> answers = new LinkedHashMap<>();
        template.forEach((code, level) -> answers.put(code, Answer.level(level)));
        List<Innovation> list = new ArrayList<>(s.innovations());
        list.add(new Innovation("greedy-" + added, "Greedy " + added, "", affair, Stage.PENERAPAN, answers));
        actions.add(new Action(new Submission(s.year(), s.region(), s.spd(), list), newCost));
      }
      Action best = null;
      BigInteger[] bestRatio = null;
      for (Action a : actions) {
        Fraction after = scorer.score(a.after(), Mode.CLAIMED).iid().exact();
        Fraction before = now.iid().exact();
        // gain / cost = (after - before) / cost, as numerator and denominator
        BigInteger num = BigInteger.valueOf(after.numerator()).multiply(BigInteger.valueOf(before.denominator()))
            .subtract(BigInteger.valueOf(before.numerator()).multiply(BigInteger.valueOf(after.denominator())));
        BigInteger den = BigInteger.valueOf(after.denominator()).multiply(BigInteger.valueOf(before.denominator()))
            .multiply(BigInteger.valueOf(a.cost()));
        if (num.signum() <= 0) {
          continue;
        }
        if (best == null || num.multiply(bestRatio[1]).compareTo(bestRatio[0].multiply(den)) > 0) {
          best = a;
          bestRatio = new BigInteger[] {num, den};
        }
      }
      if (best == null) {
        return OptionalInt.empty();
      }
      if (best.after().innovations().size() > s.innovations().size()) {
        added++;
      }
      spent += best.cost();
      s = best.after();
    }
  }
}

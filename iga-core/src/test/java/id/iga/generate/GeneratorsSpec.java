package id.iga.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.iga.IgaException;
import id.iga.rubric.Band;
import id.iga.rubric.Fact;
import id.iga.rubric.FactKind;
import id.iga.rubric.Indicator;
import id.iga.rubric.Level;
import id.iga.rubric.Predicate;
import id.iga.rubric.Rubric;
import id.iga.rubric.Scope;
import id.iga.score.Mode;
import id.iga.score.Scorer;
import id.iga.submission.Affair;
import id.iga.submission.Answer;
import id.iga.submission.Innovation;
import id.iga.submission.Submission;
import id.iga.submission.Verification;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeSet;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** What the seeded generators produce, over the first few hundred seeds. */
class GeneratorsSpec {
  private static final int SEEDS = 300;

  private static void forCases(Consumer<SeedGens.Case> check) {
    for (long seed = 0; seed < SEEDS; seed++) {
      check.accept(SeedGens.caseOf(seed));
    }
  }

  /** A rubric's content as values that compare by equals (Rubric itself compares by identity). */
  private static List<Object> content(Rubric r) {
    return List.of(r.year(), r.title(), r.officialLetter(), r.provenance(), r.notes(), r.indicators(), r.bands(),
        r.parameters(), r.maxima());
  }

  private static void flatten(Predicate p, Set<String> kinds) {
    kinds.add(p.getClass().getSimpleName());
    if (p instanceof Predicate.AnyOf any) {
      any.options().forEach(o -> flatten(o, kinds));
    }
  }

  /** Every answer of a submission with its place: "spd" or the innovation's index. */
  private static Map<String, Answer> answersByPlace(Submission s) {
    Map<String, Answer> out = new LinkedHashMap<>();
    s.spd().forEach((code, a) -> out.put("spd/" + code, a));
    for (int k = 0; k < s.innovations().size(); k++) {
      int index = k;
      s.innovations().get(k).answers().forEach((code, a) -> out.put(index + "/" + code, a));
    }
    return out;
  }

  private static int level(Rubric r, String place, Answer a) {
    Indicator ind = r.indicator(place.substring(place.indexOf('/') + 1)).orElseThrow();
    return a instanceof Answer.Stated s ? ind.levelOf(s.fact()) : ((Answer.Leveled) a).level();
  }

  @Test
  void theSameSeedGivesTheSameRubric() {
    for (long seed = 0; seed < SEEDS; seed++) {
      assertEquals(content(RubricGenerator.rubric(seed)), content(RubricGenerator.rubric(seed)));
    }
  }

  @Test
  void theSameSeedGivesTheSameSubmissionAndTheSameEdits() {
    forCases(c -> {
      SeedGens.Case again = SeedGens.caseOf(c.seed());
      assertEquals(c.submission(), again.submission());
      assertEquals(SubmissionGenerator.raiseOneAnswer(c.rubric(), c.submission(), c.edits()),
          SubmissionGenerator.raiseOneAnswer(again.rubric(), again.submission(), again.edits()));
      assertEquals(SubmissionGenerator.shuffleInnovations(c.submission(), c.edits()),
          SubmissionGenerator.shuffleInnovations(again.submission(), again.edits()));
      assertEquals(SubmissionGenerator.corrupt(c.rubric(), c.submission(), c.edits()),
          SubmissionGenerator.corrupt(again.rubric(), again.submission(), again.edits()));
    });
  }

  @Test
  void differentSeedsGiveDifferentRubrics() {
    Set<List<Object>> distinct = new HashSet<>();
    for (long seed = 0; seed < SEEDS; seed++) {
      distinct.add(content(RubricGenerator.rubric(seed)));
    }
    assertEquals(SEEDS, distinct.size());
  }

  @Test
  void rubricsHaveUpToSixRegionRowsAndOneToEightInnovationRows() {
    Set<Integer> region = new TreeSet<>();
    Set<Integer> innovation = new TreeSet<>();
    for (long seed = 0; seed < SEEDS; seed++) {
      Rubric r = RubricGenerator.rubric(seed);
      region.add(r.indicators(Scope.REGION).size());
      innovation.add(r.indicators(Scope.INNOVATION).size());
    }
    assertEquals(Set.of(0, 1, 2, 3, 4, 5, 6), region);
    assertEquals(Set.of(1, 2, 3, 4, 5, 6, 7, 8), innovation);
  }

  @Test
  void rubricsUseEveryFactKindAndEveryPredicateKind() {
    Set<FactKind> facts = EnumSet.noneOf(FactKind.class);
    Set<String> predicates = new TreeSet<>();
    for (long seed = 0; seed < SEEDS; seed++) {
      for (Indicator i : RubricGenerator.rubric(seed).indicators()) {
        facts.add(i.fact().kind());
        i.levels().stream().map(Level::predicate).filter(p -> p != null).forEach(p -> flatten(p, predicates));
      }
    }
    assertEquals(EnumSet.allOf(FactKind.class), facts);
    assertEquals(Set.of("AnyOf", "CountOf", "Includes", "OnBasis", "OneOf", "Range"), predicates);
  }

  @Test
  void weightsHaveAtMostTwoDecimalsAndBandsCoverZeroToHundredAtScaleTwo() {
    int decimals = 0;
    for (long seed = 0; seed < SEEDS; seed++) {
      Rubric r = RubricGenerator.rubric(seed);
      for (Indicator i : r.indicators()) {
        decimals = Math.max(decimals, i.weight().stripTrailingZeros().scale());
      }
      List<Band> bands = r.bands();
      assertEquals(4, bands.size());
      assertEquals(new BigDecimal("100.00"), bands.get(0).upper());
      assertEquals(new BigDecimal("0.00"), bands.get(3).lower());
      assertEquals(2, r.parameters().reportingScale().value());
    }
    assertEquals(2, decimals);
  }

  @Test
  void submissionsSendZeroToFortyInnovationsCoveringZeroToSixBasicServices() {
    TreeSet<Integer> sizes = new TreeSet<>();
    Set<Integer> covered = new TreeSet<>();
    forCases(c -> {
      sizes.add(c.submission().innovations().size());
      covered.add((int) c.submission().innovations().stream().map(Innovation::affair).filter(Affair::basicService)
          .distinct().count());
    });
    assertEquals(0, sizes.first());
    assertEquals(SubmissionGenerator.MAX_INNOVATIONS, sizes.last());
    assertEquals(Set.of(0, 1, 2, 3, 4, 5, 6), covered);
  }

  @Test
  void answersAreLevelsAndFactsThatReachEveryLevelWithEveryVerificationDecision() {
    Set<Integer> leveled = new TreeSet<>();
    Set<Integer> stated = new TreeSet<>();
    Set<Verification> decisions = EnumSet.noneOf(Verification.class);
    forCases(c -> answersByPlace(c.submission()).forEach((place, a) -> {
      (a instanceof Answer.Stated ? stated : leveled).add(level(c.rubric(), place, a));
      decisions.add(a.verification());
    }));
    assertEquals(Set.of(0, 1, 2, 3), leveled);
    assertEquals(Set.of(0, 1, 2, 3), stated);
    assertEquals(EnumSet.allOf(Verification.class), decisions);
  }

  @Test
  void statedQuantitiesSitOnInclusiveAndExclusiveRangeEnds() {
    Set<String> hits = new TreeSet<>();
    forCases(c -> answersByPlace(c.submission()).forEach((place, a) -> {
      Indicator ind = c.rubric().indicator(place.substring(place.indexOf('/') + 1)).orElseThrow();
      if (a instanceof Answer.Stated s && s.fact() instanceof Fact.Quantity q) {
        for (Level l : ind.levels()) {
          if (l.predicate() instanceof Predicate.Range r) {
            if (q.value().equals(r.min())) {
              hits.add(r.minInclusive() ? "inclusive min" : "exclusive min");
            }
            if (q.value().equals(r.max())) {
              hits.add(r.maxInclusive() ? "inclusive max" : "exclusive max");
            }
          }
        }
      }
    }));
    assertEquals(Set.of("exclusive max", "exclusive min", "inclusive max", "inclusive min"), hits);
  }

  @Test
  void mandatoryAndOptionalIndicatorsAreBothAnsweredAndLeftUnanswered() {
    Set<String> seen = new TreeSet<>();
    forCases(c -> {
      for (Innovation inv : c.submission().innovations()) {
        for (Indicator i : c.rubric().indicators(Scope.INNOVATION)) {
          seen.add((i.mandatory() ? "mandatory " : "optional ")
              + (inv.answers().containsKey(i.code()) ? "answered" : "unanswered"));
        }
      }
    });
    assertEquals(Set.of("mandatory answered", "mandatory unanswered", "optional answered", "optional unanswered"),
        seen);
  }

  @Test
  void everyGeneratedSubmissionScoresUnderItsRubric() {
    Set<Mode> scored = EnumSet.noneOf(Mode.class);
    forCases(c -> {
      for (Mode mode : Mode.values()) {
        assertEquals(c.submission().innovations().size(),
            Scorer.of(c.rubric()).score(c.submission(), mode).innovationCount());
        scored.add(mode);
      }
    });
    assertEquals(EnumSet.allOf(Mode.class), scored);
  }

  @Test
  void raisingChangesExactlyOneAnswerToAHigherLevel() {
    forCases(c -> SubmissionGenerator.raiseOneAnswer(c.rubric(), c.submission(), c.edits()).ifPresent(raised -> {
      Map<String, Answer> before = answersByPlace(c.submission());
      Map<String, Answer> after = answersByPlace(raised);
      assertEquals(before.keySet(), after.keySet());
      List<String> changed = new ArrayList<>();
      before.forEach((place, a) -> {
        if (!a.equals(after.get(place))) {
          changed.add(place);
        }
      });
      assertEquals(1, changed.size());
      Answer was = before.get(changed.get(0));
      Answer now = after.get(changed.get(0));
      int from = level(c.rubric(), changed.get(0), was);
      int to = level(c.rubric(), changed.get(0), now);
      if (was instanceof Answer.Leveled) {
        assertEquals(from + 1, to);
      } else {
        assertTrue(to > from, () -> from + " -> " + to);
      }
      assertEquals(was.verification(), now.verification());
      assertEquals(was.evidence(), now.evidence());
    }));
  }

  @Test
  void aSubmissionWhoseAnswersAreAllAtLevelThreeCannotBeRaised() {
    Rubric r = RubricGenerator.rubric(7);
    Map<String, Answer> top = new LinkedHashMap<>();
    r.indicators(Scope.REGION).forEach(i -> top.put(i.code(), Answer.level(3)));
    Submission s = new Submission(r.year(), SubmissionGenerator.region(new SplittableRandom(7)), top, List.of());
    assertEquals(Optional.empty(), SubmissionGenerator.raiseOneAnswer(r, s, new SplittableRandom(7)));
  }

  @Test
  void shufflingKeepsEveryInnovationAndEveryAnswer() {
    forCases(c -> {
      Submission byInnovation = SubmissionGenerator.shuffleInnovations(c.submission(), c.edits());
      Submission byAnswer = SubmissionGenerator.shuffleAnswerOrder(c.submission(), c.edits());
      assertEquals(new HashSet<>(c.submission().innovations()), new HashSet<>(byInnovation.innovations()));
      assertEquals(c.submission().innovations().size(), byInnovation.innovations().size());
      assertEquals(c.submission(), byAnswer);
    });
  }

  @Test
  void shufflingReordersSomeSubmissionsAndLeavesTheRestAsTheyWere() {
    Set<Boolean> innovationsMoved = new TreeSet<>();
    Set<Boolean> answersMoved = new TreeSet<>();
    forCases(c -> {
      Submission s = c.submission();
      innovationsMoved.add(!SubmissionGenerator.shuffleInnovations(s, c.edits()).innovations()
          .equals(s.innovations()));
      answersMoved.add(!List.copyOf(SubmissionGenerator.shuffleAnswerOrder(s, c.edits()).spd().keySet())
          .equals(List.copyOf(s.spd().keySet())));
    });
    assertEquals(Set.of(false, true), innovationsMoved);
    assertEquals(Set.of(false, true), answersMoved);
  }

  @Test
  void corruptionsCoverEveryKindOfBadAnswer() {
    Set<String> kinds = new TreeSet<>();
    forCases(c -> {
      String d = SubmissionGenerator.corrupt(c.rubric(), c.submission(), c.edits()).description();
      kinds.add(d.startsWith("unknown") ? "unknown code" : d.contains("answered") ? "wrong aspect"
          : d.contains("outside the vocabulary") ? "outside vocabulary" : "wrong kind");
    });
    assertEquals(Set.of("outside vocabulary", "unknown code", "wrong aspect", "wrong kind"), kinds);
  }

  @Test
  void raisingASubmissionThatAnswersAnUnknownIndicatorIsRefused() {
    Rubric r = RubricGenerator.rubric(3);
    Submission s = new Submission(r.year(), SubmissionGenerator.region(new SplittableRandom(3)),
        Map.of("99z", Answer.level(1)), List.of());
    assertEquals("rubric " + r.year() + " has no indicator '99z'; raiseOneAnswer needs a submission valid for the "
        + "rubric", assertThrows(IgaException.class,
            () -> SubmissionGenerator.raiseOneAnswer(r, s, new SplittableRandom(3))).getMessage());
  }
}

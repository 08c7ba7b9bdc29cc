package id.iga.uncertainty;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;

import id.iga.IgaException;
import id.iga.generate.SeedGens;
import id.iga.rubric.Alternative;
import id.iga.rubric.Overrides;
import id.iga.rubric.Predikat;
import id.iga.rubric.Rubric;
import id.iga.score.Fraction;
import id.iga.score.Mode;
import id.iga.score.ScoreResult;
import id.iga.score.Scorer;
import id.iga.score.Standing;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The uncertainty of a result is what scoring it again under every combination of alternatives gives. */
class UncertaintyLaws {

  /** Alternatives of every kind for a generated rubric: k, gate, count weight, rounding and one band edge. */
  static List<Alternative> alternatives(Rubric rubric, SplittableRandom random) {
    List<Alternative> out = new ArrayList<>();
    int k = Integer.parseInt(Overrides.valueIn(rubric, "divisorFloor"));
    out.add(new Alternative("divisorFloor", List.of(String.valueOf(k), String.valueOf(k + 1 + random.nextInt(10))),
        "test"));
    int gate = Integer.parseInt(Overrides.valueIn(rubric, "basicServiceGate"));
    List<String> gates = new ArrayList<>(List.of(String.valueOf(gate)));
    for (int g = 0; g <= 6; g++) {
      if (g != gate && random.nextBoolean()) {
        gates.add(String.valueOf(g));
      }
    }
    out.add(new Alternative("basicServiceGate", gates, "test"));
    BigDecimal w = new BigDecimal(Overrides.valueIn(rubric, "countScorePerInnovation"));
    out.add(Alternative.range("countScorePerInnovation", w, w.add(new BigDecimal("0.04")), new BigDecimal("0.02"),
        "test"));
    String rounding = Overrides.valueIn(rubric, "rounding");
    out.add(new Alternative("rounding", rounding.equals("DOWN") ? List.of("DOWN", "UP") : List.of(rounding, "DOWN"),
        "test"));
    String edge = Overrides.valueIn(rubric, "band.INOVATIF");
    String moved = new BigDecimal(edge).subtract(BigDecimal.valueOf(1 + random.nextInt(5))).toPlainString();
    try {
      Overrides.apply(rubric, List.of(new Overrides.Setting("band.INOVATIF", moved)));
      out.add(new Alternative("band.INOVATIF", List.of(edge, moved), "test"));
    } catch (IgaException e) {
      // the band below leaves no room: no band alternative for this rubric
    }
    return out;
  }

  /** Every combination, scored again from the submission by a scorer of the derived rubric. */
  private static List<Standing> bruteForce(Rubric rubric, List<Alternative> alternatives,
      id.iga.submission.Submission submission, Mode mode) {
    List<List<Overrides.Setting>> combos = new ArrayList<>();
    combos.add(List.of());
    for (Alternative a : alternatives) {
      List<List<Overrides.Setting>> next = new ArrayList<>();
      for (List<Overrides.Setting> c : combos) {
        for (String v : a.values()) {
          List<Overrides.Setting> more = new ArrayList<>(c);
          more.add(new Overrides.Setting(a.name(), v));
          next.add(more);
        }
      }
      combos = next;
    }
    List<Standing> out = new ArrayList<>();
    for (List<Overrides.Setting> c : combos) {
      out.add(Scorer.of(Overrides.apply(rubric, c)).score(submission, mode).standing());
    }
    return out;
  }

  @Test
  void theIntervalAndThePredikatsAreThoseOfEveryCombinationScoredAgain() {
    qt().withFixedSeed(20_261_129L).withExamples(60).forAll(SeedGens.cases()).checkAssert(c -> {
      SplittableRandom random = new SplittableRandom(c.seed());
      List<Alternative> alternatives = alternatives(c.rubric(), random);
      Uncertainty u = Uncertainty.of(c.rubric(), alternatives);
      for (Mode mode : Mode.values()) {
        ScoreResult published = Scorer.of(c.rubric()).score(c.submission(), mode);
        List<Standing> all = bruteForce(c.rubric(), alternatives, c.submission(), mode);
        Fraction min = all.stream().map(s -> s.iid().exact()).min(Fraction::compareTo).orElseThrow();
        Fraction max = all.stream().map(s -> s.iid().exact()).max(Fraction::compareTo).orElseThrow();
        EnumSet<Predikat> predikats = EnumSet.noneOf(Predikat.class);
        all.forEach(s -> predikats.add(s.predikat()));
        RegionUncertainty r = u.of(published);
        assertEquals(all.size(), u.combinations(), c::toString);
        assertEquals(min, r.min().exact(), c::toString);
        assertEquals(max, r.max().exact(), c::toString);
        assertEquals(List.copyOf(predikats), r.possible(), c::toString);
        assertEquals(predikats.size() == 1, r.certain(), c::toString);
        assertEquals(published.standing(), r.published(), c::toString);
      }
    });
  }
}

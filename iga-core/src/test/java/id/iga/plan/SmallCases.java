package id.iga.plan;

import static id.iga.rubric.RubricFixtures.KNOWN;
import static id.iga.rubric.RubricFixtures.bands2024;
import static id.iga.rubric.RubricFixtures.levelOnly;
import static id.iga.rubric.RubricFixtures.parameters;

import id.iga.rubric.Indicator;
import id.iga.rubric.Rubric;
import id.iga.rubric.Scope;
import id.iga.score.Mode;
import id.iga.score.Scorer;
import id.iga.submission.Affair;
import id.iga.submission.Answer;
import id.iga.submission.Innovation;
import id.iga.submission.Region;
import id.iga.submission.RegionType;
import id.iga.submission.Stage;
import id.iga.submission.Submission;
import id.iga.submission.Verification;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Small random planning cases, drawn from a seed, small enough to search exhaustively: 0 to 2 region rows, 1 to 3
 * innovation rows, weights 0.25 to 3, 0 to 3 innovations, k 1..4, cap 0..4, gate 0..3, any rounding mode, either
 * mode, and new innovations allowed (0 to 2 of them) in about half the cases. The target lies between the IID now and
 * a little above the most any plan can reach, so that some cases are out of reach. The search space (every way of
 * raising every row, with the most new innovations) has at most {@value #MAX_SPACE} points.
 */
final class SmallCases {
  static final long MAX_SPACE = 262_144;
  static final Region REGION = new Region("33.14", "Kabupaten Sragen", RegionType.KABUPATEN, "33");

  private static final String[] WEIGHTS = {"0.25", "0.5", "0.75", "1", "1.5", "2", "3"};
  private static final Affair[] AFFAIRS = {Affair.PENDIDIKAN, Affair.KESEHATAN, Affair.SOSIAL, Affair.KOMINFO,
      Affair.PARIWISATA};
  private static final RoundingMode[] ROUNDINGS = {RoundingMode.HALF_UP, RoundingMode.HALF_UP,
      RoundingMode.HALF_EVEN, RoundingMode.HALF_DOWN, RoundingMode.UP, RoundingMode.DOWN, RoundingMode.CEILING,
      RoundingMode.FLOOR};

  private SmallCases() {}

  /**
   * One case.
   *
   * @param seed the seed it was drawn from
   * @param rubric the rubric
   * @param submission the submission
   * @param mode the mode
   * @param target the target IID
   * @param terms the new-innovation terms, or null when none are allowed
   */
  record Case(long seed, Rubric rubric, Submission submission, Mode mode, BigDecimal target,
      NewInnovations terms) {
    @Override
    public String toString() {
      return "Case[seed=" + seed + "L, " + mode + ", target " + target + ", " + terms + "]";
    }
  }

  static Case of(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    List<Indicator> indicators = new ArrayList<>();
    int regionRows = random.nextInt(3);
    int innovationRows = 1 + random.nextInt(3);
    int code = 1;
    for (int i = 0; i < regionRows; i++, code++) {
      indicators.add(levelOnly(String.valueOf(code), Scope.REGION, "Region row " + code, weight(random), false));
    }
    for (int i = 0; i < innovationRows; i++, code++) {
      indicators.add(levelOnly(String.valueOf(code), Scope.INNOVATION, "Innovation row " + code, weight(random),
          false));
    }
    Rubric rubric = Rubric.builder(2024).title("Small case " + seed).provenance(KNOWN).indicators(indicators)
        .bands(bands2024()).parameters(parameters(1 + random.nextInt(4),
            BigDecimal.valueOf(random.nextInt(101), 2).toPlainString(), random.nextInt(5), random.nextInt(4),
            ROUNDINGS[random.nextInt(ROUNDINGS.length)]))
        .build();
    Mode mode = random.nextBoolean() ? Mode.CLAIMED : Mode.VERIFIED;
    NewInnovations terms = null;
    if (random.nextBoolean()) {
      BigDecimal max = rubric.maxima().maturity();
      BigDecimal maturity = max.multiply(BigDecimal.valueOf(random.nextInt(101)))
          .divide(BigDecimal.valueOf(100), 2, RoundingMode.DOWN);
      terms = NewInnovations.ofMaturity(maturity).limitedTo(random.nextInt(3));
      if (random.nextBoolean() || maturity.signum() == 0) {
        terms = terms.costing(1 + random.nextInt(4));
      }
    }
    int innovations = random.nextInt(4);
    Submission submission;
    while (true) {
      submission = submission(rubric, random, innovations);
      if (space(rubric, submission, terms) <= MAX_SPACE || innovations == 0) {
        break;
      }
      innovations--;
    }
    Planner planner = Planner.of(rubric);
    BigDecimal now = Scorer.of(rubric).score(submission, mode).iid().value();
    BigDecimal top = BruteForce.ceiling(planner, submission, mode, terms).add(BigDecimal.ONE).min(BigDecimal.valueOf(100));
    int lo = now.movePointRight(2).intValueExact();
    int hi = top.movePointRight(2).setScale(0, RoundingMode.DOWN).intValueExact();
    BigDecimal target = BigDecimal.valueOf(lo + random.nextInt(Math.max(1, hi - lo + 1)), 2);
    return new Case(seed, rubric, submission, mode, target, terms);
  }

  private static String weight(SplittableRandom random) {
    return WEIGHTS[random.nextInt(WEIGHTS.length)];
  }

  private static Submission submission(Rubric rubric, SplittableRandom random, int innovations) {
    Map<String, Answer> spd = new LinkedHashMap<>();
    for (Indicator ind : rubric.indicators(Scope.REGION)) {
      answer(random).ifPresent(a -> spd.put(ind.code(), a));
    }
    List<Innovation> list = new ArrayList<>();
    for (int x = 0; x < innovations; x++) {
      Map<String, Answer> answers = new LinkedHashMap<>();
      for (Indicator ind : rubric.indicators(Scope.INNOVATION)) {
        answer(random).ifPresent(a -> answers.put(ind.code(), a));
      }
      Affair affair = AFFAIRS[random.nextInt(AFFAIRS.length)];
      list.add(new Innovation("inv-" + x, "Inovasi " + x, "Dinas " + affair.label(), affair, Stage.PENERAPAN,
          answers));
    }
    return new Submission(2024, REGION, spd, list);
  }

  private static java.util.Optional<Answer> answer(SplittableRandom random) {
    int r = random.nextInt(5);
    if (r == 4) {
      return java.util.Optional.empty();
    }
    Verification v = Verification.values()[random.nextInt(Verification.values().length)];
    return java.util.Optional.of(Answer.level(r).with(v));
  }

  /** The number of points the exhaustive search visits at most: every level of every row, most new innovations. */
  static long space(Rubric rubric, Submission submission, NewInnovations terms) {
    int innovations = submission.innovations().size() + (terms == null ? 0 : terms.atMost());
    int rows = rubric.indicators(Scope.REGION).size() + innovations * rubric.indicators(Scope.INNOVATION).size();
    return 1L << (2 * rows);
  }
}

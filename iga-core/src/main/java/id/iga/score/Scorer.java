package id.iga.score;

import id.iga.IgaException;
import id.iga.Location;
import id.iga.rubric.Assumption;
import id.iga.rubric.Indicator;
import id.iga.rubric.Parameters;
import id.iga.rubric.Predikat;
import id.iga.rubric.Rubric;
import id.iga.rubric.Scope;
import id.iga.submission.Affair;
import id.iga.submission.Answer;
import id.iga.submission.Innovation;
import id.iga.submission.Submission;
import id.iga.submission.Verification;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.stream.Collectors;

/**
 * Scores submissions under one rubric. Build one per rubric with {@link #of(Rubric)} and share it: it is immutable
 * and thread-safe.
 *
 * <h2>The formula</h2>
 * <ul>
 *   <li>Row score = level x weight. An answer stated as a fact earns the highest level whose predicate it meets, or 0.
 *   <li>SPD = the sum of the region rows. Maturity of an innovation = the sum of its innovation rows.
 *   <li>SID = (sum of maturities) / MAX(k, n) + count score, where n is the number of innovations sent and the count
 *       score is MIN(n, cap) x per-innovation score, or 0 when the innovations cover fewer than g of the six
 *       basic-service affairs.
 *   <li>Total = SPD + SID. IID = total / maximum total x 100. The predikat is read from the reported IID.
 * </ul>
 *
 * <h2>Exactness</h2>
 * No binary floating point is used. Weights (at most four decimals) become integers in units of 1/10,000, every sum
 * is a {@code long}, and every reported number is an exact {@link Fraction} of integers rounded once, to the rubric's
 * reporting scale with its rounding mode (half-up to two decimals for the published years).
 *
 * <h2>Validation</h2>
 * Scoring checks the submission against the rubric first and throws {@link IgaException}, with a JSON pointer into the
 * submission, for an unknown indicator code, an answer given in the wrong aspect, or a fact of the wrong kind or
 * outside the indicator's vocabulary. No partial result is ever returned.
 */
public final class Scorer {
  static final int UNIT_SCALE = Indicator.MAX_WEIGHT_DECIMALS;
  static final long UNIT = 10_000L;
  private static final long HUNDRED = 100L;

  private final Rubric rubric;
  private final Indicator[] regionIndicators;
  private final Indicator[] innovationIndicators;
  private final long[] regionWeights;
  private final long[] innovationWeights;
  private final Map<String, Integer> innovationIndex;
  private final long maxSpd;
  private final long maxMaturity;
  private final long maxCount;
  private final long maxTotal;
  private final long perInnovation;
  private final int divisorFloor;
  private final int countCap;
  private final int gate;
  private final int scale;
  private final RoundingMode rounding;
  private final List<Assumption> assumptions;
  private final List<Warning> rubricWarnings;

  private Scorer(Rubric rubric) {
    this.rubric = rubric;
    this.regionIndicators = rubric.indicators(Scope.REGION).toArray(Indicator[]::new);
    this.innovationIndicators = rubric.indicators(Scope.INNOVATION).toArray(Indicator[]::new);
    if (innovationIndicators.length > Long.SIZE) {
      throw new IgaException("rubric " + rubric.year() + " has " + innovationIndicators.length
          + " innovation indicators; the engine scores at most " + Long.SIZE);
    }
    // Every long the engine computes is at most 100 x divisor x the maximum total, in units: refuse what would not
    // fit here, and what would not fit with a submission's divisor in score().
    BigDecimal maxUnits = rubric.maxima().total().movePointRight(UNIT_SCALE);
    if (maxUnits.compareTo(BigDecimal.valueOf(Long.MAX_VALUE / HUNDRED)) > 0) {
      throw new IgaException("rubric " + rubric.year() + " has a maximum total of "
          + rubric.maxima().total().toPlainString() + " points; the engine scores exactly up to "
          + BigDecimal.valueOf(Long.MAX_VALUE / HUNDRED).movePointLeft(UNIT_SCALE).toPlainString() + " points");
    }
    this.regionWeights = units(regionIndicators);
    this.innovationWeights = units(innovationIndicators);
    Map<String, Integer> index = new HashMap<>();
    for (int i = 0; i < innovationIndicators.length; i++) {
      index.put(innovationIndicators[i].code(), i);
    }
    this.innovationIndex = Collections.unmodifiableMap(index);
    Parameters p = rubric.parameters();
    this.maxSpd = sum(regionWeights) * Indicator.LEVELS;
    this.maxMaturity = sum(innovationWeights) * Indicator.LEVELS;
    this.perInnovation = toUnits(p.countScorePerInnovation().value());
    this.countCap = p.countCap().value();
    this.maxCount = perInnovation * countCap;
    this.maxTotal = maxSpd + maxMaturity + maxCount;
    this.divisorFloor = p.divisorFloor().value();
    this.gate = p.basicServiceGate().value();
    this.scale = p.reportingScale().value();
    this.rounding = p.rounding().value();
    this.assumptions = rubric.assumptions();
    List<Warning> w = new ArrayList<>();
    if (!assumptions.isEmpty()) {
      w.add(new Warning(Warning.Kind.ASSUMED_PARAMETER, null, null, "rubric " + rubric.year() + " rests on "
          + assumptions.size() + " ASSUMED fact(s): " + assumptions.stream().map(Assumption::subject)
          .collect(Collectors.joining(", "))));
    }
    if (!rubric.overrides().isEmpty()) {
      w.add(new Warning(Warning.Kind.OVERRIDDEN_PARAMETER, null, null, "scored with parameters other than the "
          + "published rubric " + rubric.year() + "'s: " + rubric.overrides().stream()
          .map(o -> o.name() + " " + o.published() + " -> " + o.value()).collect(Collectors.joining(", "))));
    }
    this.rubricWarnings = List.copyOf(w);
  }

  /**
   * @param rubric a rubric
   * @return a scorer for it
   * @throws IgaException when the rubric's maximum total is too large to score exactly in {@code long} units
   */
  public static Scorer of(Rubric rubric) {
    return new Scorer(rubric);
  }

  /** @return the rubric this scorer scores under */
  public Rubric rubric() {
    return rubric;
  }

  private static long[] units(Indicator[] indicators) {
    long[] w = new long[indicators.length];
    for (int i = 0; i < w.length; i++) {
      w[i] = toUnits(indicators[i].weight());
    }
    return w;
  }

  private static long toUnits(BigDecimal value) {
    return value.movePointRight(UNIT_SCALE).longValueExact();
  }

  private static long sum(long[] values) {
    long s = 0;
    for (long v : values) {
      s += v;
    }
    return s;
  }

  int scale() {
    return scale;
  }

  RoundingMode rounding() {
    return rounding;
  }

  Indicator[] innovationIndicators() {
    return innovationIndicators;
  }

  int innovationIndex(String code) {
    Integer i = innovationIndex.get(code);
    if (i == null) {
      throw new IgaException("rubric " + rubric.year() + " has no innovation indicator " + code);
    }
    return i;
  }

  /**
   * Scores a submission.
   *
   * @param submission the submission
   * @param mode which answers count
   * @return the whole result
   * @throws IgaException when the submission does not fit the rubric (the location's pointer names the answer), or
   *     when it sends so many innovations that 100 x divisor x maximum total exceeds the exact {@code long} range
   */
  public ScoreResult score(Submission submission, Mode mode) {
    long divisor = Math.max(divisorFloor, submission.innovations().size());
    if (divisor > Long.MAX_VALUE / HUNDRED / maxTotal) {
      throw new IgaException(submission.innovations().size() + " innovations under rubric " + rubric.year()
          + " exceed the engine's exact range: 100 x divisor " + divisor + " x maximum total "
          + round(new Fraction(maxTotal, UNIT)).toPlainString() + " must stay within " + Long.MAX_VALUE
          + " units of 1/" + UNIT);
    }
    List<Warning> warnings = new ArrayList<>(rubricWarnings);
    int notAccepted = 0;

    // Region rows.
    int[] regionLevels = new int[regionIndicators.length];
    Answer[] regionAnswers = new Answer[regionIndicators.length];
    for (Map.Entry<String, Answer> e : submission.spd().entrySet()) {
      int i = regionIndex(e.getKey());
      regionAnswers[i] = e.getValue();
    }
    long spd = 0;
    List<RowScore> spdRows = new ArrayList<>(regionIndicators.length);
    long[] lost = new long[regionIndicators.length + innovationIndicators.length];
    for (int i = 0; i < regionIndicators.length; i++) {
      Indicator ind = regionIndicators[i];
      Answer a = regionAnswers[i];
      boolean counted = false;
      if (a == null) {
        if (ind.mandatory()) {
          warnings.add(new Warning(Warning.Kind.MANDATORY_UNANSWERED, ind.code(), null,
              "mandatory region indicator " + ind.code() + " (" + ind.name() + ") has no answer"));
        }
      } else {
        int level = resolve(ind, a, -1);
        counted = counts(a, mode);
        if (!counted) {
          notAccepted++;
        } else {
          regionLevels[i] = level;
          if (level == 0 && a instanceof Answer.Stated) {
            warnings.add(noLevel(ind, null));
          }
        }
      }
      spd += regionLevels[i] * regionWeights[i];
      lost[i] = (Indicator.LEVELS - regionLevels[i]) * regionWeights[i];
      spdRows.add(new RowScore(ind.code(), a, counted, regionLevels[i], ind.score(regionLevels[i]), ind.maxScore()));
    }

    // Innovation rows.
    List<Innovation> sent = submission.innovations();
    int n = sent.size();
    List<InnovationScore> scores = new ArrayList<>(n);
    Set<Affair> covered = EnumSet.noneOf(Affair.class);
    InnovationPass pass = new InnovationPass(mode, warnings);
    long maturitySum = 0;
    int base = regionIndicators.length;
    for (int k = 0; k < n; k++) {
      Innovation inv = sent.get(k);
      if (inv.affair().basicService()) {
        covered.add(inv.affair());
      }
      byte[] levels = new byte[innovationIndicators.length];
      pass.start(k, inv.id(), levels);
      // forEach walks the answers in their order without allocating an entry or an iterator per answer.
      inv.answers().forEach(pass);
      long countedMask = pass.countedMask;
      long answeredMask = pass.answeredMask;
      long maturity = 0;
      for (int i = 0; i < levels.length; i++) {
        maturity += levels[i] * innovationWeights[i];
        lost[base + i] += (Indicator.LEVELS - levels[i]) * innovationWeights[i];
        if ((answeredMask & (1L << i)) == 0 && innovationIndicators[i].mandatory()) {
          warnings.add(new Warning(Warning.Kind.MANDATORY_UNANSWERED, innovationIndicators[i].code(), inv.id(),
              "innovation " + inv.id() + " has no answer to mandatory indicator " + innovationIndicators[i].code()
                  + " (" + innovationIndicators[i].name() + ")"));
        }
      }
      maturitySum += maturity;
      scores.add(new InnovationScore(this, inv, maturity, levels, countedMask));
    }
    notAccepted += pass.notAccepted;
    if (notAccepted > 0) {
      warnings.add(new Warning(Warning.Kind.NOT_ACCEPTED, null, null, notAccepted
          + " answer(s) not accepted by the verifier scored 0 in VERIFIED mode"));
    }

    long d = Math.max(divisorFloor, n);
    long count = covered.size() >= gate ? Math.min(n, countCap) * perInnovation : 0;
    long totalNum = spd * d + maturitySum + count * d;
    long den = d * UNIT;
    Fraction exactIid = new Fraction(totalNum * HUNDRED, d * maxTotal);
    ScoreResult.Exact exact = new ScoreResult.Exact(exactIid, new Fraction(spd, UNIT),
        new Fraction(maturitySum, den), new Fraction(count, UNIT), new Fraction(maturitySum + count * d, den),
        new Fraction(totalNum, den));
    BigDecimal iid = round(exactIid);
    Predikat predikat = rubric.predikatOf(iid);

    List<PointsLost> pointsLost = new ArrayList<>();
    for (int i = 0; i < regionIndicators.length; i++) {
      addLoss(pointsLost, regionIndicators[i].code(), lost[i] * d, den);
    }
    for (int i = 0; i < innovationIndicators.length; i++) {
      addLoss(pointsLost, innovationIndicators[i].code(), lost[base + i], den);
    }
    addLoss(pointsLost, PointsLost.COUNT_SCORE, (maxCount - count) * d, den);
    addLoss(pointsLost, PointsLost.DIVISOR, (d - n) * maxMaturity, den);
    pointsLost.sort(Comparator.comparingLong((PointsLost p) -> p.exact().numerator()).reversed());

    return new ScoreResult(rubric.year(), submission.region(), mode, iid, predikat, round(exact.spd()),
        round(exact.maturityMean()), round(exact.countScore()), round(exact.sid()), round(exact.total()),
        round(new Fraction(maxTotal, UNIT)), (int) d, n, covered, spdRows, scores, pointsLost, warnings, assumptions,
        rubric.overrides(), exact);
  }

  private void addLoss(List<PointsLost> out, String code, long numerator, long den) {
    if (numerator > 0) {
      Fraction f = new Fraction(numerator, den);
      out.add(new PointsLost(code, round(f), f));
    }
  }

  private BigDecimal round(Fraction f) {
    return f.round(scale, rounding);
  }

  private static boolean counts(Answer a, Mode mode) {
    return mode == Mode.CLAIMED || a.verification() == Verification.ACCEPTED;
  }

  private static Warning noLevel(Indicator ind, String innovation) {
    return new Warning(Warning.Kind.NO_LEVEL_MET, ind.code(), innovation, (innovation == null ? ""
        : "innovation " + innovation + ": ") + "the fact given for indicator " + ind.code() + " (" + ind.name()
        + ") meets none of its levels and scores 0");
  }

  /**
   * @param innovation the index of the innovation answered, or -1 for a region answer; names the answer's pointer
   *     when the answer does not fit (the pointer is built only then, so that scoring allocates nothing per answer)
   */
  private int resolve(Indicator ind, Answer a, int innovation) {
    if (a instanceof Answer.Stated s) {
      Optional<String> problem = ind.fact().problemWith(s.fact());
      if (problem.isPresent()) {
        String pointer = innovation < 0 ? Location.pointerOf("spd", ind.code())
            : Location.pointerOf("innovations", innovation, "answers", ind.code());
        throw new IgaException("indicator " + ind.code() + " (" + ind.name() + "): " + problem.get(),
            Location.pointer(pointer));
      }
      return ind.levelOf(s.fact());
    }
    return ((Answer.Leveled) a).level();
  }

  /**
   * Scores the answers of one innovation after another, in the order each innovation gives them. One pass serves a
   * whole submission, so that walking the answers allocates nothing per answer.
   */
  private final class InnovationPass implements BiConsumer<String, Answer> {
    private final Mode mode;
    private final List<Warning> warnings;
    private int k;
    private String innovationId = "";
    private byte[] levels = new byte[0];
    long countedMask;
    long answeredMask;
    int notAccepted;

    InnovationPass(Mode mode, List<Warning> warnings) {
      this.mode = mode;
      this.warnings = warnings;
    }

    void start(int index, String id, byte[] levelsOut) {
      this.k = index;
      this.innovationId = id;
      this.levels = levelsOut;
      this.countedMask = 0;
      this.answeredMask = 0;
    }

    @Override
    public void accept(String code, Answer a) {
      int i = innovationIndexAt(code, k);
      Indicator ind = innovationIndicators[i];
      answeredMask |= 1L << i;
      int level = resolve(ind, a, k);
      if (counts(a, mode)) {
        countedMask |= 1L << i;
        levels[i] = (byte) level;
        if (level == 0 && a instanceof Answer.Stated) {
          warnings.add(noLevel(ind, innovationId));
        }
      } else {
        notAccepted++;
      }
    }
  }

  private int regionIndex(String code) {
    for (int i = 0; i < regionIndicators.length; i++) {
      if (regionIndicators[i].code().equals(code)) {
        return i;
      }
    }
    String pointer = Location.pointerOf("spd", code);
    if (innovationIndex.containsKey(code)) {
      throw new IgaException("indicator " + code + " is answered per innovation, not in the region's spd answers",
          Location.pointer(pointer));
    }
    throw new IgaException("rubric " + rubric.year() + " has no region indicator '" + code + "'; expected one of "
        + codes(regionIndicators), Location.pointer(pointer));
  }

  private int innovationIndexAt(String code, int k) {
    Integer i = innovationIndex.get(code);
    if (i != null) {
      return i;
    }
    String pointer = Location.pointerOf("innovations", k, "answers", code);
    if (rubric.indicator(code).isPresent()) {
      throw new IgaException("indicator " + code + " is answered once per region (spd), not per innovation",
          Location.pointer(pointer));
    }
    throw new IgaException("rubric " + rubric.year() + " has no innovation indicator '" + code
        + "'; expected one of " + codes(innovationIndicators), Location.pointer(pointer));
  }

  private static String codes(Indicator[] indicators) {
    return java.util.Arrays.stream(indicators).map(Indicator::code).collect(Collectors.joining(", "));
  }
}

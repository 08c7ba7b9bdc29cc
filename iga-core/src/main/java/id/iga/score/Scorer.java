package id.iga.score;

import id.iga.IgaException;
import id.iga.Location;
import id.iga.Message;
import id.iga.rubric.Assumption;
import id.iga.rubric.Fact;
import id.iga.rubric.Indicator;
import id.iga.rubric.Rubric;
import id.iga.submission.Affair;
import id.iga.submission.Answer;
import id.iga.submission.Innovation;
import id.iga.submission.Region;
import id.iga.submission.Regions;
import id.iga.submission.Submission;
import id.iga.submission.Verification;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.stream.Collectors;

import javax.annotation.Nullable;

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
 * <h2>Rules</h2>
 * Where the published options leave a case open, the rubric's {@link id.iga.rubric.Rules} decide (a fact that meets two
 * levels' ranges, a fact between two levels' ranges, an answer or innovation the verifier did not accept, the count
 * score without the gate). A result lists each rule that decided something in it and is ASSUMED or PROJECTED for the
 * rubric's year among its assumptions, after the rubric's own, and counts it in the {@code ASSUMED_PARAMETER} or
 * {@code PROJECTED_RUBRIC} warning.
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
 *
 * <h2>Speed</h2>
 * The rubric is compiled once, when the scorer is built ({@link #compiled()}): weights in units, and every
 * indicator's levels in a form that checks a fact against the vocabulary and finds its level in one step (categories
 * mapped to their level, code sets as bit masks over the vocabulary, ranges per level and basis). Scoring walks each
 * answer once, in the order given, and allocates nothing per answer but the warnings it reports.
 *
 * @since 1.0
 */
public final class Scorer {
  static final long UNIT = CompiledRubric.UNIT;

  private final Rubric rubric;
  private final CompiledRubric compiled;
  private final List<Assumption> assumptions;
  private final List<Warning> rubricWarnings;
  private final @Nullable Message userRubric;

  private Scorer(Rubric rubric, @Nullable Message userRubric) {
    this.rubric = rubric;
    this.compiled = CompiledRubric.of(rubric);
    this.assumptions = rubric.assumptions();
    this.userRubric = userRubric;
    this.rubricWarnings = rubricWarnings(rubric, assumptions, userRubric);
  }

  /**
   * The warnings every result under the rubric begins with: that it is a user's own rubric, its projected and assumed
   * facts (those of the rubric, and the rules that decided something in the result), and its overrides.
   */
  private static List<Warning> rubricWarnings(Rubric rubric, List<Assumption> assumptions,
      @Nullable Message userRubric) {
    List<Warning> w = new ArrayList<>();
    if (userRubric != null) {
      w.add(new Warning(Warning.Kind.USER_RUBRIC, null, null, userRubric));
    }
    List<Assumption> projected = assumptions.stream().filter(Assumption::projected).toList();
    List<Assumption> assumed = assumptions.stream().filter(a -> !a.projected()).toList();
    if (!projected.isEmpty()) {
      w.add(new Warning(Warning.Kind.PROJECTED_RUBRIC, null, null, Message.of("score.warning.projectedRubric",
          rubric.year(), projected.size(), subjects(projected))));
    }
    if (!assumed.isEmpty()) {
      w.add(new Warning(Warning.Kind.ASSUMED_PARAMETER, null, null, Message.of("score.warning.assumedParameter",
          rubric.year(), assumed.size(), subjects(assumed))));
    }
    if (!rubric.overrides().isEmpty()) {
      w.add(new Warning(Warning.Kind.OVERRIDDEN_PARAMETER, null, null, Message.of("score.warning.overriddenParameter",
          rubric.year(), rubric.overrides().stream().map(o -> o.name() + " " + o.published() + " -> " + o.value())
              .collect(Collectors.joining(", ")))));
    }
    return List.copyOf(w);
  }

  /** The subjects of assumptions as a warning lists them: names the rubric gives, the same in every language. */
  private static Message subjects(List<Assumption> assumptions) {
    return Message.list(assumptions.stream().map(Assumption::subjectMessage).toList());
  }

  /**
   * @param rubric a rubric
   * @return a scorer for it
   * @throws IgaException when the rubric's maximum total is too large to score exactly in {@code long} units, or it
   *     has more than 64 innovation indicators
   */
  public static Scorer of(Rubric rubric) {
    return new Scorer(rubric, null);
  }

  /**
   * A scorer for a rubric of one's own that is not the rubric a year module ships for its year (a rubric document a
   * user wrote or edited): every result it makes warns first, {@link Warning.Kind#USER_RUBRIC}, with the reason, so
   * that no result scored under it is taken for one under the shipped rubric. {@code id.iga.years.Rubrics} makes
   * these for rubrics read from a document, after comparing them with the shipped year.
   *
   * @param rubric the rubric
   * @param reason the warning's message: which rubric it is and how it differs from the shipped one
   * @return a scorer for it
   * @throws IgaException as {@link #of(Rubric)} does
   * @since 1.0
   */
  public static Scorer ofUserRubric(Rubric rubric, Message reason) {
    return new Scorer(rubric, Objects.requireNonNull(reason, "reason"));
  }

  /**
   * As {@link #ofUserRubric(Rubric, Message)}, with a reason in the caller's own words: the warning shows it as given,
   * whatever the language asked for.
   *
   * @param rubric the rubric
   * @param reason the warning's message: which rubric it is and how it differs from the shipped one
   * @return a scorer for it
   * @throws IgaException as {@link #of(Rubric)} does
   * @since 1.0
   */
  public static Scorer ofUserRubric(Rubric rubric, String reason) {
    return ofUserRubric(rubric, Message.of("score.warning.userRubric", Objects.requireNonNull(reason, "reason")));
  }

  /**
   * @return why the rubric is not the one a year module ships, in English, as every result warns it
   *     ({@link Warning.Kind#USER_RUBRIC}); empty for a scorer made with {@link #of(Rubric)}
   */
  public Optional<String> userRubric() {
    return userRubricMessage().map(Message::toString);
  }

  /**
   * @return why the rubric is not the one a year module ships, as a message to show in either language; empty for a
   *     scorer made with {@link #of(Rubric)}
   * @since 1.0
   */
  public Optional<Message> userRubricMessage() {
    return Optional.ofNullable(userRubric);
  }

  /** @return the rubric this scorer scores under */
  public Rubric rubric() {
    return rubric;
  }

  /** @return the rubric compiled for scoring: weights in units, parameters, maxima and compiled levels */
  public CompiledRubric compiled() {
    return compiled;
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
    CompiledRubric c = compiled;
    // Refuses, before any work, a submission too large to score exactly.
    long d = c.divisor(submission.innovations().size());
    List<Warning> warnings = new ArrayList<>(rubricWarnings);
    checkRegion(submission.region(), warnings);
    int notAccepted = 0;
    RulesDecided decided = new RulesDecided(c);
    int regionCount = c.regionCount();
    int innovationCount = c.innovationCount();

    // Region rows: every code checked in answer order, then every answer resolved in rubric order.
    Answer[] regionAnswers = new Answer[regionCount];
    submission.spd().forEach((code, a) -> regionAnswers[regionIndex(code)] = a);
    long spd = 0;
    List<RowScore> spdRows = new ArrayList<>(regionCount);
    long[] regionLost = new long[regionCount];
    for (int i = 0; i < regionCount; i++) {
      CompiledRubric.Row row = c.regionRow(i);
      Indicator ind = row.indicator;
      Answer a = regionAnswers[i];
      boolean counted = false;
      int level = 0;
      if (a == null) {
        if (ind.mandatory()) {
          warnings.add(new Warning(Warning.Kind.MANDATORY_UNANSWERED, ind.code(), null,
              Message.of("score.warning.mandatoryRegionUnanswered", ind.code(), ind.name())));
        }
      } else {
        int resolved = resolve(row, a, -1);
        counted = counts(a, mode);
        if (!counted) {
          notAccepted++;
          level = c.notAcceptedLevel();
          decided.notAccepted(row);
        } else {
          level = ruled(row, a, resolved, decided);
          if (level == 0 && a instanceof Answer.Stated) {
            warnings.add(noLevel(ind, null));
          }
        }
      }
      spd += level * row.weight;
      regionLost[i] = (Indicator.LEVELS - level) * row.weight;
      spdRows.add(new RowScore(ind.code(), a, counted, level, row.scores[level], row.maxScore));
    }

    // Innovation rows.
    List<Innovation> sent = submission.innovations();
    int n = sent.size();
    List<InnovationScore> scores = new ArrayList<>(n);
    long coveredMask = 0;
    InnovationPass pass = new InnovationPass(mode, warnings, decided);
    long maturitySum = 0;
    long mandatory = c.mandatoryInnovationMask();
    for (int k = 0; k < n; k++) {
      Innovation inv = sent.get(k);
      byte[] levels = new byte[innovationCount];
      pass.start(k, inv.id(), levels);
      // forEach walks the answers in their order without allocating an entry or an iterator per answer.
      inv.answers().forEach(pass);
      long unanswered = mandatory & ~pass.answeredMask;
      while (unanswered != 0) {
        int i = Long.numberOfTrailingZeros(unanswered);
        unanswered &= unanswered - 1;
        Indicator ind = c.innovationRow(i).indicator;
        warnings.add(new Warning(Warning.Kind.MANDATORY_UNANSWERED, ind.code(), inv.id(),
            Message.of("score.warning.mandatoryInnovationUnanswered", inv.id(), ind.code(), ind.name())));
      }
      // In VERIFIED mode an innovation the verifier accepted nothing of is still one sent: it counts in n (the
      // divisor) by the rubric's rule, and here its affair toward the gate.
      boolean notAcceptedInnovation = pass.countedMask == 0 && pass.answeredMask != 0;
      if (notAcceptedInnovation) {
        decided.notAcceptedInnovation(inv.id());
      }
      Affair affair = inv.affair();
      if (affair.basicService() && (!notAcceptedInnovation || c.notAcceptedInnovationCounts())) {
        coveredMask |= 1L << affair.ordinal();
      }
      maturitySum += pass.maturity;
      scores.add(new InnovationScore(c, inv, pass.maturity, levels, pass.countedMask));
    }
    notAccepted += pass.notAccepted;
    if (notAccepted > 0) {
      warnings.add(new Warning(Warning.Kind.NOT_ACCEPTED, null, null,
          Message.of("score.warning.notAccepted", notAccepted)));
    }

    Set<Affair> covered = EnumSet.noneOf(Affair.class);
    for (Affair a : AFFAIRS) {
      if ((coveredMask & (1L << a.ordinal())) != 0) {
        covered.add(a);
      }
    }
    long count = c.countScore(n, covered.size());
    if (!c.gateMet(covered.size()) && c.countScoreIfMet(n) != count) {
      decided.gateNotMet(covered.size());
    }
    long totalNum = c.totalTimesDivisor(spd, maturitySum, n, covered.size());
    long den = d * UNIT;
    Reported iid = c.report(c.iid(totalNum, d));

    List<PointsLost> pointsLost = new ArrayList<>();
    for (int i = 0; i < regionCount; i++) {
      addLoss(pointsLost, PointsLost.Kind.INDICATOR, c.regionRow(i).indicator.code(), regionLost[i] * d, den);
    }
    long[] levelSums = pass.levelSums;
    for (int i = 0; i < innovationCount; i++) {
      CompiledRubric.Row row = c.innovationRow(i);
      addLoss(pointsLost, PointsLost.Kind.INDICATOR, row.indicator.code(),
          (Indicator.LEVELS * (long) n - levelSums[i]) * row.weight, den);
    }
    addLoss(pointsLost, PointsLost.Kind.COUNT_SCORE, null, (c.maxCount() - count) * d, den);
    addLoss(pointsLost, PointsLost.Kind.DIVISOR, null, (d - n) * c.maxMaturity(), den);
    pointsLost.sort(LARGEST_FIRST);

    ScoreResult.Builder b = new ScoreResult.Builder();
    b.year = rubric.year();
    b.region = submission.region();
    b.mode = mode;
    b.iid = iid;
    b.predikat = c.predikatOf(iid.value());
    b.spd = c.report(new Fraction(spd, UNIT));
    b.maturityMean = c.report(new Fraction(maturitySum, den));
    b.countScore = c.report(new Fraction(count, UNIT));
    b.sid = c.report(new Fraction(maturitySum + count * d, den));
    b.total = c.report(new Fraction(totalNum, den));
    b.maxTotal = c.reportedMaxTotal();
    b.divisor = (int) d;
    b.innovationCount = n;
    b.gate = new Gate(c.gate(), covered);
    b.spdRows = spdRows;
    b.innovations = scores;
    b.pointsLost = pointsLost;
    List<Assumption> ruled = decided.none() ? List.of() : decided.assumptions();
    if (ruled.isEmpty()) {
      b.assumptions = assumptions;
    } else {
      List<Assumption> all = new ArrayList<>(assumptions);
      all.addAll(ruled);
      b.assumptions = all;
      warnings.subList(0, rubricWarnings.size()).clear();
      warnings.addAll(0, rubricWarnings(rubric, all, userRubric));
    }
    b.warnings = warnings;
    b.overrides = rubric.overrides();
    return b.build();
  }

  private static final Affair[] AFFAIRS = Affair.values();

  static {
    // The affairs an innovation covers are gathered in a long bit mask by ordinal.
    if (AFFAIRS.length > Long.SIZE) {
      throw new ExceptionInInitializerError("Scorer gathers at most " + Long.SIZE + " affairs, not " + AFFAIRS.length);
    }
  }

  /** The largest loss first; the sort is stable, so equal losses keep rubric order (count score, divisor last). */
  private static final Comparator<PointsLost> LARGEST_FIRST =
      Comparator.comparing((PointsLost p) -> p.points().exact()).reversed();

  private void addLoss(List<PointsLost> out, PointsLost.Kind kind, @Nullable String code, long numerator,
      long den) {
    if (numerator > 0) {
      out.add(new PointsLost(kind, code, compiled.report(new Fraction(numerator, den))));
    }
  }

  /**
   * Checks the region against the library's list ({@link Regions}): a type that disagrees with the listed one is an
   * error at {@code /region/type} (a kota scored as a kabupaten would be ranked among the kabupaten); an unknown code,
   * a name other than the official one, a code from before the 2022 Papua split and a region that is not autonomous
   * are warnings. (A province that disagrees with the code cannot occur: {@link Region} refuses it.)
   */
  private static void checkRegion(Region region, List<Warning> warnings) {
    Optional<Regions.Entry> listed = Regions.find(region.code());
    if (listed.isEmpty()) {
      warnings.add(new Warning(Warning.Kind.UNKNOWN_REGION, null, null,
          Message.of("score.warning.unknownRegion", region.code())));
      return;
    }
    Regions.Entry entry = listed.get();
    Region official = entry.region();
    if (official.type() != region.type()) {
      throw new IgaException(Message.of("score.region.typeDiffers", region.code(), official.name(),
          official.type().name(), region.type().name()), Location.pointer("/region/type"));
    }
    if (!official.code().equals(region.code())) {
      warnings.add(new Warning(Warning.Kind.PREVIOUS_REGION_CODE, null, null, Message.of(
          "score.warning.previousRegionCode", region.code(), official.name(), official.code(), official.provinceCode(),
          entry.provinceName())));
    }
    if (!official.name().equals(region.name())) {
      warnings.add(new Warning(Warning.Kind.REGION_NAME_DIFFERS, null, null,
          Message.of("score.warning.regionNameDiffers", region.code(), official.name(), region.name())));
    }
    if (!entry.autonomous()) {
      warnings.add(new Warning(Warning.Kind.NOT_AUTONOMOUS, null, null,
          Message.of("score.warning.notAutonomous", official.name())));
    }
  }

  /**
   * The level a counted answer earns: the level its fact resolved to, with the rubric's overlap and gap rules noted
   * where they decided it, and a fact between two levels' ranges given what the gap rule gives.
   */
  private int ruled(CompiledRubric.Row row, Answer a, int resolved, RulesDecided decided) {
    RuleZones zones = row.zones;
    if (zones == null || !(a instanceof Answer.Stated s)) {
      return resolved;
    }
    if (resolved > 0) {
      if (zones.inOverlap(s.fact())) {
        decided.overlap(row);
      }
      return resolved;
    }
    // The fact met no level (resolved is 0): the gap rule decides when it lies between two levels' ranges.
    int lower = zones.gapLowerLevel(s.fact());
    if (lower == 0) {
      return 0;
    }
    decided.gap(row);
    return compiled.gapLevel(lower);
  }

  private static boolean counts(Answer a, Mode mode) {
    return mode == Mode.CLAIMED || a.verification() == Verification.ACCEPTED;
  }

  private static Warning noLevel(Indicator ind, @Nullable String innovation) {
    return new Warning(Warning.Kind.NO_LEVEL_MET, ind.code(), innovation, innovation == null
        ? Message.of("score.warning.noLevelMet", ind.code(), ind.name())
        : Message.of("score.warning.noLevelMetInnovation", innovation, ind.code(), ind.name()));
  }

  /**
   * The level an answer earns: the stated level, or the level its fact earns under the row's compiled levels, which
   * check the fact against the indicator's vocabulary in the same step.
   *
   * @param innovation the index of the innovation answered, or -1 for a region answer; names the answer's pointer
   *     when the answer does not fit (the pointer is built only then, so that scoring allocates nothing per answer)
   */
  private static int resolve(CompiledRubric.Row row, Answer a, int innovation) {
    if (a instanceof Answer.Stated s) {
      int level = FactResolver.levelOf(row.resolver, s.fact());
      if (level == FactResolver.NO_FIT) {
        throw doesNotFit(row.indicator, s.fact(), innovation);
      }
      return level;
    }
    return ((Answer.Leveled) a).level();
  }

  /** The error for a fact that does not fit its indicator, in the words of {@link id.iga.rubric.FactSpec}. */
  private static IgaException doesNotFit(Indicator ind, Fact fact, int innovation) {
    var problem = ind.fact().problemWith(fact).orElseThrow(() -> new IllegalStateException("indicator "
        + ind.code() + "'s compiled levels refuse a fact its fact spec accepts: " + fact));
    String pointer = innovation < 0 ? Location.pointerOf("spd", ind.code())
        : Location.pointerOf("innovations", innovation, "answers", ind.code());
    return new IgaException(Message.of("score.answer.doesNotFit", ind.code(), ind.name(), problem),
        Location.pointer(pointer));
  }

  /**
   * Scores the answers of one innovation after another, in the order each innovation gives them. One pass serves a
   * whole submission, so that walking the answers allocates nothing per answer.
   */
  private final class InnovationPass implements BiConsumer<String, Answer> {
    private final Mode mode;
    private final List<Warning> warnings;
    private final RulesDecided decided;
    /** Per innovation indicator, the sum of the levels counted over the innovations walked so far. */
    final long[] levelSums = new long[compiled.innovationCount()];
    private int k;
    private String innovationId = "";
    private byte[] levels = new byte[0];
    long countedMask;
    long answeredMask;
    long maturity;
    int notAccepted;

    InnovationPass(Mode mode, List<Warning> warnings, RulesDecided decided) {
      this.mode = mode;
      this.warnings = warnings;
      this.decided = decided;
    }

    void start(int index, String id, byte[] levelsOut) {
      this.k = index;
      this.innovationId = id;
      this.levels = levelsOut;
      this.countedMask = 0;
      this.answeredMask = 0;
      this.maturity = 0;
    }

    @Override
    public void accept(String code, Answer a) {
      CompiledRubric.Row row = compiled.row(code);
      if (row == null || row.region) {
        throw notPerInnovation(code, row, k);
      }
      int i = row.index;
      answeredMask |= 1L << i;
      int resolved = resolve(row, a, k);
      int level;
      if (counts(a, mode)) {
        level = ruled(row, a, resolved, decided);
        countedMask |= 1L << i;
        levels[i] = (byte) level;
        if (level == 0 && a instanceof Answer.Stated) {
          warnings.add(noLevel(row.indicator, innovationId));
        }
      } else {
        notAccepted++;
        decided.notAccepted(row);
        level = compiled.notAcceptedLevel();
      }
      maturity += level * row.weight;
      levelSums[i] += level;
    }
  }

  private int regionIndex(String code) {
    CompiledRubric.Row row = compiled.row(code);
    if (row != null && row.region) {
      return row.index;
    }
    String pointer = Location.pointerOf("spd", code);
    if (row != null) {
      throw new IgaException(Message.of("score.answer.regionIndicatorPerInnovation", code),
          Location.pointer(pointer));
    }
    throw new IgaException(Message.of("score.answer.unknownRegionIndicator", rubric.year(), code,
        codes(compiled.regionIndicators())), Location.pointer(pointer));
  }

  private IgaException notPerInnovation(String code, @Nullable CompiledRubric.Row row, int k) {
    String pointer = Location.pointerOf("innovations", k, "answers", code);
    if (row != null) {
      return new IgaException(Message.of("score.answer.innovationIndicatorPerRegion", code),
          Location.pointer(pointer));
    }
    return new IgaException(Message.of("score.answer.unknownInnovationIndicator", rubric.year(), code,
        codes(compiled.innovationIndicators())), Location.pointer(pointer));
  }

  private static String codes(List<Indicator> indicators) {
    return indicators.stream().map(Indicator::code).collect(Collectors.joining(", "));
  }
}

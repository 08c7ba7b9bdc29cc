package id.iga.generate;

import id.iga.IgaException;
import id.iga.Location;
import id.iga.Message;
import id.iga.rubric.Fact;
import id.iga.rubric.FactKind;
import id.iga.rubric.Indicator;
import id.iga.rubric.Rubric;
import id.iga.rubric.Scope;
import id.iga.rubric.Term;
import id.iga.submission.Affair;
import id.iga.submission.Answer;
import id.iga.submission.Innovation;
import id.iga.submission.Region;
import id.iga.submission.Regions;
import id.iga.submission.Stage;
import id.iga.submission.Submission;
import id.iga.submission.Verification;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * Random {@link Submission}s valid for a given rubric, and the edits a property test applies to them: raise one
 * answer, shuffle the innovations, shuffle the order of the answers, corrupt one answer.
 *
 * <p>A generated submission sends 0 to {@value #MAX_INNOVATIONS} innovations spread over the {@link Affair}s (how many
 * of the six basic-service affairs they cover varies from 0 to 6), leaves some indicators, mandatory ones included,
 * unanswered, and answers the rest either with a level 0..3 or with a fact chosen among those that meet each level,
 * meet no level, and sit on the edges of the rubric's ranges. Verification decisions are mixed: accepted, rejected
 * and pending.
 *
 * <p>Every method is deterministic: the same rubric, submission and random state give an equal result.
 *
 * @since 1.0
 */
public final class SubmissionGenerator {
  /** The most innovations a generated submission sends. */
  public static final int MAX_INNOVATIONS = 40;

  private static final List<Affair> BASIC =
      Arrays.stream(Affair.values()).filter(Affair::basicService).toList();
  private static final List<Affair> OTHER =
      Arrays.stream(Affair.values()).filter(a -> !a.basicService()).toList();
  private static final List<Stage> STAGES = Arrays.asList(Stage.values());
  private static final List<String> AGENCIES = List.of("Dinas Pendidikan", "Dinas Kesehatan", "Bappeda",
      "Dinas Sosial", "Dinas Komunikasi dan Informatika", "Badan Pendapatan Daerah", "RSUD", "Sekretariat Daerah");

  private SubmissionGenerator() {}

  /**
   * @param rubric the rubric the submission must be valid for
   * @param seed any seed
   * @return the submission that seed gives
   */
  public static Submission submission(Rubric rubric, long seed) {
    return submission(rubric, new SplittableRandom(seed));
  }

  /**
   * @param rubric the rubric the submission must be valid for
   * @param random the source of randomness; the submission depends only on it and the rubric
   * @return a random submission that scores under the rubric without error
   */
  public static Submission submission(Rubric rubric, SplittableRandom random) {
    Region region = region(random);
    Map<String, Answer> spd = answers(rubric.indicators(Scope.REGION), random);
    int n = Draw.chance(random, 25) ? random.nextInt(5) : random.nextInt(MAX_INNOVATIONS + 1);
    List<Affair> basic = Draw.subset(random, BASIC, random.nextInt(BASIC.size() + 1));
    List<Innovation> innovations = new ArrayList<>(n);
    for (int k = 1; k <= n; k++) {
      Affair affair = !basic.isEmpty() && Draw.chance(random, 60) ? Draw.oneOf(random, basic)
          : Draw.oneOf(random, OTHER);
      innovations.add(new Innovation("INV-" + k, "Inovasi " + k, Draw.oneOf(random, AGENCIES), affair,
          Draw.oneOf(random, STAGES), answers(rubric.indicators(Scope.INNOVATION), random)));
    }
    return new Submission(rubric.year(), region, spd, innovations);
  }

  /**
   * @param random the source of randomness
   * @return a random region of the official list ({@link Regions#autonomous()}): a province, kabupaten or kota with
   *     its official code, name and type, so that scoring it raises no region warning
   */
  public static Region region(SplittableRandom random) {
    return Draw.oneOf(random, Regions.autonomous());
  }

  private static Map<String, Answer> answers(List<Indicator> indicators, SplittableRandom random) {
    Map<String, Answer> out = new LinkedHashMap<>();
    for (Indicator ind : indicators) {
      if (!Draw.chance(random, 12)) {
        out.put(ind.code(), answer(ind, random));
      }
    }
    return out;
  }

  private static Answer answer(Indicator indicator, SplittableRandom random) {
    List<Fact> facts = FactCandidates.of(indicator);
    Answer a = facts.isEmpty() || Draw.chance(random, 25) ? Answer.level(random.nextInt(Indicator.LEVELS + 1))
        : Answer.fact(Draw.oneOf(random, facts));
    int v = random.nextInt(4);
    a = a.with(v <= 1 ? Verification.ACCEPTED : v == 2 ? Verification.REJECTED : Verification.PENDING);
    int documents = random.nextInt(3);
    List<String> evidence = new ArrayList<>(documents);
    for (int i = 1; i <= documents; i++) {
      evidence.add("bukti-" + indicator.code() + "-" + i + ".pdf");
    }
    return a.withEvidence(evidence);
  }

  /**
   * A copy of a submission with one answer raised: a level answer by one level, a fact answer replaced by a fact that
   * earns a higher level (the lowest such level the indicator's candidate facts reach). Evidence and verification are
   * kept. In CLAIMED mode the copy's exact total is higher than the original's.
   *
   * @param rubric the rubric the submission is valid for
   * @param submission a submission valid for the rubric
   * @param random chooses the answer
   * @return the copy, or empty when no answer can be raised (every answer is at level 3 or meets the highest level
   *     any fact of its indicator can reach)
   * @throws id.iga.IgaException when the submission answers an indicator the rubric does not have
   */
  public static Optional<Submission> raiseOneAnswer(Rubric rubric, Submission submission, SplittableRandom random) {
    List<Raise> raises = new ArrayList<>();
    collectRaises(rubric, submission.spd(), -1, random, raises);
    for (int k = 0; k < submission.innovations().size(); k++) {
      collectRaises(rubric, submission.innovations().get(k).answers(), k, random, raises);
    }
    if (raises.isEmpty()) {
      return Optional.empty();
    }
    Raise r = Draw.oneOf(random, raises);
    return Optional.of(replace(submission, r.innovation(), r.code(), r.answer()));
  }

  /** A raised answer and its place: innovation index, or -1 for spd, and indicator code. */
  private record Raise(int innovation, String code, Answer answer) {}

  private static void collectRaises(Rubric rubric, Map<String, Answer> answers, int k, SplittableRandom random,
      List<Raise> out) {
    for (Map.Entry<String, Answer> e : answers.entrySet()) {
      Indicator ind = rubric.indicator(e.getKey()).orElseThrow(() -> new IgaException(Message.of(
          "generate.noIndicator", rubric.year(), e.getKey())));
      raise(ind, e.getValue(), random).ifPresent(a -> out.add(new Raise(k, e.getKey(), a)));
    }
  }

  private static Optional<Answer> raise(Indicator indicator, Answer answer, SplittableRandom random) {
    if (answer instanceof Answer.Leveled l) {
      return l.level() < Indicator.LEVELS
          ? Optional.of(new Answer.Leveled(l.level() + 1, l.evidence(), l.verification())) : Optional.empty();
    }
    Answer.Stated s = (Answer.Stated) answer;
    int current = indicator.levelOf(s.fact());
    int best = Indicator.LEVELS + 1;
    List<Fact> higher = new ArrayList<>();
    for (Fact f : FactCandidates.of(indicator)) {
      int level = indicator.levelOf(f);
      if (level > current && level < best) {
        best = level;
        higher.clear();
      }
      if (level > current && level == best) {
        higher.add(f);
      }
    }
    return higher.isEmpty() ? Optional.empty()
        : Optional.of(new Answer.Stated(Draw.oneOf(random, higher), s.evidence(), s.verification()));
  }

  /**
   * @param submission a submission
   * @param random chooses the order
   * @return the same submission with its innovations in a random order
   */
  public static Submission shuffleInnovations(Submission submission, SplittableRandom random) {
    return new Submission(submission.year(), submission.region(), submission.spd(),
        Draw.shuffled(random, submission.innovations()));
  }

  /**
   * @param submission a submission
   * @param random chooses the orders
   * @return the same submission with the entries of its region answers and of every innovation's answers in a random
   *     order
   */
  public static Submission shuffleAnswerOrder(Submission submission, SplittableRandom random) {
    List<Innovation> innovations = new ArrayList<>();
    for (Innovation inv : submission.innovations()) {
      innovations.add(new Innovation(inv.id(), inv.title(), inv.agency(), inv.affair(), inv.stage(),
          shuffled(inv.answers(), random)));
    }
    return new Submission(submission.year(), submission.region(), shuffled(submission.spd(), random), innovations);
  }

  private static Map<String, Answer> shuffled(Map<String, Answer> answers, SplittableRandom random) {
    Map<String, Answer> out = new LinkedHashMap<>();
    for (Map.Entry<String, Answer> e : Draw.shuffled(random, new ArrayList<>(answers.entrySet()))) {
      out.put(e.getKey(), e.getValue());
    }
    return out;
  }

  /**
   * A copy of a valid submission made invalid in one place: an indicator code the rubric does not have, a code
   * answered in the wrong aspect (a region indicator per innovation, an innovation indicator in {@code spd}), a fact
   * of the wrong kind, or a category, code or basis outside the indicator's vocabulary. The bad answer carries a
   * random verification decision, since validation does not depend on it.
   *
   * @param rubric the rubric the submission is valid for
   * @param submission a submission valid for the rubric
   * @param random chooses the corruption and its place
   * @return the corrupted copy and the pointer of the bad answer
   */
  public static Corrupted corrupt(Rubric rubric, Submission submission, SplittableRandom random) {
    int n = submission.innovations().size();
    List<Indicator> region = rubric.indicators(Scope.REGION);
    List<Indicator> innovation = rubric.indicators(Scope.INNOVATION);
    Verification verification = Draw.oneOf(random, Arrays.asList(Verification.values()));
    int kind = random.nextInt(4);
    if (kind == 1) {
      if (n > 0 && !region.isEmpty() && random.nextBoolean()) {
        String code = Draw.oneOf(random, region).code();
        return corrupted(submission, random.nextInt(n), code, Answer.level(random.nextInt(4)).with(verification),
            "region indicator " + code + " answered per innovation");
      }
      String code = Draw.oneOf(random, innovation).code();
      return corrupted(submission, -1, code, Answer.level(random.nextInt(4)).with(verification),
          "innovation indicator " + code + " answered in spd");
    }
    if (kind == 2 || kind == 3) {
      List<Indicator> targets = new ArrayList<>(region);
      if (n > 0) {
        targets.addAll(innovation);
      }
      if (kind == 3) {
        targets.removeIf(i -> i.fact().terms().isEmpty());
      }
      if (!targets.isEmpty()) {
        Indicator target = Draw.oneOf(random, targets);
        int k = target.scope() == Scope.REGION ? -1 : random.nextInt(n);
        Fact bad = kind == 2 ? wrongKind(target, random) : outsideVocabulary(target, random);
        return corrupted(submission, k, target.code(), Answer.fact(bad).with(verification),
            (kind == 2 ? "a " + bad.kind() + " fact for a " + target.fact().kind() + " indicator "
                : "a fact outside the vocabulary of indicator ") + target.code());
      }
    }
    String code = unknownCode(rubric, random);
    int k = n > 0 && random.nextBoolean() ? random.nextInt(n) : -1;
    return corrupted(submission, k, code, Answer.level(random.nextInt(4)).with(verification),
        "unknown indicator code '" + code + "'");
  }

  private static Corrupted corrupted(Submission s, int k, String code, Answer bad, String description) {
    String pointer = k < 0 ? Location.pointerOf("spd", code) : Location.pointerOf("innovations", k, "answers", code);
    return new Corrupted(replace(s, k, code, bad), pointer, description);
  }

  /** The submission with one answer put in place: in spd when k is negative, else in innovation k. */
  private static Submission replace(Submission s, int k, String code, Answer answer) {
    if (k < 0) {
      Map<String, Answer> spd = new LinkedHashMap<>(s.spd());
      spd.put(code, answer);
      return new Submission(s.year(), s.region(), spd, s.innovations());
    }
    List<Innovation> innovations = new ArrayList<>(s.innovations());
    Innovation inv = innovations.get(k);
    Map<String, Answer> answers = new LinkedHashMap<>(inv.answers());
    answers.put(code, answer);
    innovations.set(k, new Innovation(inv.id(), inv.title(), inv.agency(), inv.affair(), inv.stage(), answers));
    return new Submission(s.year(), s.region(), s.spd(), innovations);
  }

  private static String unknownCode(Rubric rubric, SplittableRandom random) {
    while (true) {
      String code = Draw.chance(random, 50) ? String.valueOf(1 + random.nextInt(99)) + "z" : "X" + random.nextInt(100);
      if (rubric.indicator(code).isEmpty()) {
        return code;
      }
    }
  }

  private static Fact wrongKind(Indicator indicator, SplittableRandom random) {
    List<Fact> others = new ArrayList<>(List.of(Fact.quantity(random.nextInt(100)), Fact.category("K1"),
        Fact.codes("M1"), Fact.measure("B1", BigDecimal.valueOf(random.nextInt(100)))));
    FactKind kind = indicator.fact().kind();
    others.removeIf(f -> f.kind() == kind);
    return Draw.oneOf(random, others);
  }

  private static Fact outsideVocabulary(Indicator indicator, SplittableRandom random) {
    List<Term> terms = indicator.fact().terms();
    String unknown = "UNKNOWN_" + random.nextInt(100);
    while (indicator.fact().term(unknown).isPresent()) {
      unknown = unknown + "_";
    }
    switch (indicator.fact().kind()) {
      case CATEGORY:
        return Fact.category(unknown);
      case CODES:
        return Draw.chance(random, 50) ? Fact.codes(unknown) : Fact.codes(Draw.oneOf(random, terms).code(), unknown);
      case MEASURE:
        return Fact.measure(unknown, BigDecimal.valueOf(random.nextInt(100)));
      default:
        throw new AssertionError("indicator " + indicator.code() + " has no vocabulary");
    }
  }
}

package id.iga.score;

import id.iga.rubric.Fact;
import id.iga.rubric.Rubric;
import id.iga.rubric.Scope;
import id.iga.submission.Affair;
import id.iga.submission.Answer;
import id.iga.submission.Innovation;
import id.iga.submission.Region;
import id.iga.submission.RegionType;
import id.iga.submission.Stage;
import id.iga.submission.Submission;
import id.iga.submission.Verification;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Submissions written in test code. */
final class Submissions {
  static final Region SRAGEN = new Region("33.14", "Kabupaten Sragen", RegionType.KABUPATEN, "33");

  private Submissions() {}

  /**
   * @param codesAndAnswers code, answer, code, answer, ...
   * @return the answers in that order
   */
  static Map<String, Answer> answers(Object... codesAndAnswers) {
    Map<String, Answer> out = new LinkedHashMap<>();
    for (int i = 0; i < codesAndAnswers.length; i += 2) {
      out.put((String) codesAndAnswers[i], (Answer) codesAndAnswers[i + 1]);
    }
    return out;
  }

  /**
   * @param rubric a rubric
   * @param scope an aspect
   * @param level 0..3
   * @return that level for every indicator of the aspect
   */
  static Map<String, Answer> allAt(Rubric rubric, Scope scope, int level) {
    Map<String, Answer> out = new LinkedHashMap<>();
    rubric.indicators(scope).forEach(i -> out.put(i.code(), Answer.level(level)));
    return out;
  }

  static Innovation innovation(String id, Affair affair, Map<String, Answer> answers) {
    return new Innovation(id, "Inovasi " + id, "Dinas " + affair.label(), affair, Stage.PENERAPAN, answers);
  }

  /**
   * The mixed submission scored on {@link TestRubrics#mini}: region rows 1 (level 3, accepted) and 2 (90 percent,
   * level 3, rejected); innovation A (Pendidikan): 3 PERDA (level 3, accepted), 4 WEB + APP (level 2, pending),
   * 5 350 persons (level 2, accepted); innovation B (Kesehatan), every answer rejected: 3 PERKADA (2), 4 four codes
   * (3), 5 level 1; innovation C (Kominfo): 3 an agency head's SK (meets no level, accepted), 4 level 3 (accepted),
   * mandatory 5 unanswered.
   */
  static Submission mixed() {
    Innovation a = innovation("A", Affair.PENDIDIKAN, answers(
        "3", Answer.fact(Fact.category("PERDA")).with(Verification.ACCEPTED),
        "4", Answer.fact(Fact.codes("WEB", "APP")),
        "5", Answer.fact(Fact.measure("persons", new BigDecimal("350"))).with(Verification.ACCEPTED)));
    Innovation b = innovation("B", Affair.KESEHATAN, answers(
        "3", Answer.fact(Fact.category("PERKADA")).with(Verification.REJECTED),
        "4", Answer.fact(Fact.codes("WEB", "APP", "SOCMED", "PRINT")).with(Verification.REJECTED),
        "5", Answer.level(1).with(Verification.REJECTED)));
    Innovation c = innovation("C", Affair.KOMINFO, answers(
        "3", Answer.fact(Fact.category("SK_KEPALA_PD")).with(Verification.ACCEPTED),
        "4", Answer.level(3).with(Verification.ACCEPTED)));
    return submission(answers(
        "1", Answer.level(3).with(Verification.ACCEPTED),
        "2", Answer.fact(Fact.quantity(90)).with(Verification.REJECTED)), List.of(a, b, c));
  }

  static Submission submission(Map<String, Answer> spd, List<Innovation> innovations) {
    return new Submission(2024, SRAGEN, spd, innovations);
  }
}

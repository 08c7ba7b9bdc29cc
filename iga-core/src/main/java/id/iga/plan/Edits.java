package id.iga.plan;

import id.iga.score.Mode;
import id.iga.submission.Affair;
import id.iga.submission.Answer;
import id.iga.submission.Innovation;
import id.iga.submission.Stage;
import id.iga.submission.Submission;
import id.iga.submission.Verification;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.annotation.Nullable;

/** Applies plan steps to a submission. */
final class Edits {
  /**
   * The affair a new innovation is filed under when any affair scores the same. Filing it under a basic-service
   * affair cannot change the count score then: the gate is met already, or more affairs are missing than the plan's
   * new innovations could cover, or the count score pays nothing.
   */
  static final Affair ANY_AFFAIR = Affair.PENDIDIKAN;

  private Edits() {}

  /**
   * @param level 0..3
   * @param mode the plan's mode
   * @return an answer at that level that counts in that mode
   */
  static Answer answer(int level, Mode mode) {
    Answer.Leveled a = Answer.level(level);
    return mode == Mode.VERIFIED ? a.with(Verification.ACCEPTED) : a;
  }

  /**
   * One answer set to a level.
   *
   * @param innovation the innovation's id, or null for a region row
   * @param code the indicator code
   * @param level the level
   */
  record Edit(@Nullable String innovation, String code, int level) {}

  /**
   * @param submission a submission
   * @param steps the plan's steps
   * @param mode the plan's mode
   * @return the submission with the steps applied
   */
  static Submission apply(Submission submission, List<Step> steps, Mode mode) {
    List<Object> edits = new ArrayList<>();
    for (Step step : steps) {
      edits.add(step instanceof Step.Raise r ? new Edit(r.innovation(), r.indicator().code(), r.to()) : step);
    }
    return applyEdits(submission, edits, mode);
  }

  /**
   * @param submission a submission
   * @param edits {@link Edit}s and {@link Step.NewInnovation}s, in order
   * @param mode the plan's mode
   * @return the submission with the edits applied
   */
  static Submission applyEdits(Submission submission, Collection<Object> edits, Mode mode) {
    Map<String, Answer> spd = new LinkedHashMap<>(submission.spd());
    List<Innovation> innovations = new ArrayList<>(submission.innovations());
    Map<String, Integer> position = new LinkedHashMap<>();
    for (int i = 0; i < innovations.size(); i++) {
      position.put(innovations.get(i).id(), i);
    }
    for (Object edit : edits) {
      if (edit instanceof Edit e) {
        if (e.innovation() == null) {
          spd.put(e.code(), answer(e.level(), mode));
        } else {
          int at = position.get(e.innovation());
          innovations.set(at, withAnswer(innovations.get(at), e.code(), answer(e.level(), mode)));
        }
      } else {
        Step.NewInnovation n = (Step.NewInnovation) edit;
        Map<String, Answer> answers = new LinkedHashMap<>();
        n.levels().forEach((code, level) -> answers.put(code, answer(level, mode)));
        position.put(n.id(), innovations.size());
        innovations.add(new Innovation(n.id(), "Planned innovation " + n.id(), "",
            n.affair() == null ? ANY_AFFAIR : n.affair(), Stage.PENERAPAN, answers));
      }
    }
    return new Submission(submission.year(), submission.region(), spd, innovations);
  }

  static Innovation withAnswer(Innovation inv, String code, Answer answer) {
    Map<String, Answer> answers = new LinkedHashMap<>(inv.answers());
    answers.put(code, answer);
    return new Innovation(inv.id(), inv.title(), inv.agency(), inv.affair(), inv.stage(), answers);
  }
}

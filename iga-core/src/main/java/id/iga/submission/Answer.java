package id.iga.submission;

import id.iga.IgaException;
import id.iga.Message;
import id.iga.rubric.Fact;
import java.util.List;
import java.util.Objects;

/**
 * One answer to one indicator: either a level stated directly, or a fact the rubric's predicates map to a level.
 * Either may carry the names of the evidence documents and the verifier's decision.
 *
 * @since 1.0
 */
public sealed interface Answer permits Answer.Leveled, Answer.Stated {

  /** @return the evidence documents' names, in order */
  List<String> evidence();

  /** @return the verifier's decision */
  Verification verification();

  /**
   * @param level 0..3
   * @return an unverified answer stating that level
   */
  static Leveled level(int level) {
    return new Leveled(level, List.of(), Verification.PENDING);
  }

  /**
   * @param fact a fact
   * @return an unverified answer stating that fact
   */
  static Stated fact(Fact fact) {
    return new Stated(fact, List.of(), Verification.PENDING);
  }

  /**
   * @param verification the verifier's decision
   * @return this answer with that decision
   */
  Answer with(Verification verification);

  /**
   * @param evidence the evidence documents' names
   * @return this answer with that evidence
   */
  Answer withEvidence(List<String> evidence);

  /**
   * A level stated directly, used when only the level is known. JSON: {@code {"level": 2}}.
   *
   * @param level 0..3
   * @param evidence evidence documents
   * @param verification the verifier's decision
   */
  record Leveled(int level, List<String> evidence, Verification verification) implements Answer {
    /**
     * Checks the components, as the type's documentation describes them.
     *
     * @param level 0..3
     * @param evidence evidence documents
     * @param verification the verifier's decision
     */
    public Leveled {
      if (level < 0 || level > 3) {
        throw new IgaException(Message.of("submission.level", level));
      }
      evidence = List.copyOf(evidence);
      Objects.requireNonNull(verification, "verification");
    }

    @Override
    public Leveled with(Verification v) {
      return new Leveled(level, evidence, v);
    }

    @Override
    public Leveled withEvidence(List<String> e) {
      return new Leveled(level, e, verification);
    }
  }

  /**
   * A fact, mapped to a level by the rubric's predicates. JSON: {@code {"value": 350}}, {@code {"category": "PERDA"}},
   * {@code {"codes": ["WEB"]}} or {@code {"basis": "persons", "value": 350}}.
   *
   * @param fact the fact
   * @param evidence evidence documents
   * @param verification the verifier's decision
   */
  record Stated(Fact fact, List<String> evidence, Verification verification) implements Answer {
    /**
     * Checks the components, as the type's documentation describes them.
     *
     * @param fact the fact
     * @param evidence evidence documents
     * @param verification the verifier's decision
     */
    public Stated {
      Objects.requireNonNull(fact, "fact");
      evidence = List.copyOf(evidence);
      Objects.requireNonNull(verification, "verification");
    }

    @Override
    public Stated with(Verification v) {
      return new Stated(fact, evidence, v);
    }

    @Override
    public Stated withEvidence(List<String> e) {
      return new Stated(fact, e, verification);
    }
  }
}

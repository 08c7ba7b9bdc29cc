package id.iga.score;

/**
 * Which answers count.
 *
 * @since 1.0
 */
public enum Mode {
  /** Self-assessment: every answer counts. */
  CLAIMED,
  /**
   * Verified result: only answers the verifier accepted ({@code "verified": true}) count. What the others score, and
   * what an innovation none of whose answers the verifier accepted counts for, are the rubric's rules
   * {@link id.iga.rubric.Rules#notAcceptedAnswer() notAcceptedAnswer} (they score 0) and
   * {@link id.iga.rubric.Rules#notAcceptedInnovation() notAcceptedInnovation} (it still counts in n, the number of
   * innovations sent, and its affair toward the basic-service gate).
   */
  VERIFIED
}

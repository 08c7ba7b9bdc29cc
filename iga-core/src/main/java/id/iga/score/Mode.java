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
   * Verified result: only answers the verifier accepted ({@code "verified": true}) count; the rest score 0. An
   * innovation whose answers were all rejected still counts in n, the number of innovations sent (BSKDN, 2022), and
   * its government affair still counts towards the basic-service gate: the sources say nothing of the gate in
   * verification, so the library treats the affairs of the innovations sent, as it treats n.
   */
  VERIFIED
}

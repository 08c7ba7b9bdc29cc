package id.iga.score;

/** Which answers count. */
public enum Mode {
  /** Self-assessment: every answer counts. */
  CLAIMED,
  /**
   * Verified result: only answers the verifier accepted ({@code "verified": true}) count; the rest score 0. An
   * innovation whose answers were all rejected still counts in n, the number of innovations sent.
   */
  VERIFIED
}

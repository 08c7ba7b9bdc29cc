package id.iga.submission;

/**
 * The verifier's decision on an answer. JSON: {@code "verified": true | false}, or absent.
 *
 * @since 1.0
 */
public enum Verification {
  /** Not yet verified (no {@code verified} field). */
  PENDING,
  /** Accepted by the verifier ({@code "verified": true}). */
  ACCEPTED,
  /** Rejected by the verifier ({@code "verified": false}). */
  REJECTED
}

package id.iga.submission;

/**
 * How far an innovation has come (tahapan inovasi). Descriptive: the score does not depend on it.
 *
 * @since 1.0
 */
public enum Stage {
  /** Inisiatif: an idea being prepared. */
  INISIATIF,
  /** Uji coba: on trial. */
  UJI_COBA,
  /** Penerapan: applied. */
  PENERAPAN
}

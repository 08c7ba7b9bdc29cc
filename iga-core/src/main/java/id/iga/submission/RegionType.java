package id.iga.submission;

/**
 * The three kinds of autonomous regional government the IID ranks.
 *
 * @since 1.0
 */
public enum RegionType {
  /** A province. */
  PROVINSI,
  /** A regency. */
  KABUPATEN,
  /** A city. */
  KOTA
}

package id.iga.submission;

/** The three kinds of autonomous regional government the IID ranks. */
public enum RegionType {
  /** A province. */
  PROVINSI,
  /** A regency. */
  KABUPATEN,
  /** A city. */
  KOTA
}

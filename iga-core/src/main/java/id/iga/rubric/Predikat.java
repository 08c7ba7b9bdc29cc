package id.iga.rubric;

/**
 * The predikat a region earns, read from its reported (rounded) IID through the rubric's bands.
 *
 * @since 1.0
 */
public enum Predikat {
  /** Sangat Inovatif: the top band. */
  SANGAT_INOVATIF("Sangat Inovatif"),
  /** Inovatif. */
  INOVATIF("Inovatif"),
  /** Kurang Inovatif. */
  KURANG_INOVATIF("Kurang Inovatif"),
  /** Tidak Dapat Dinilai: an IID of zero. */
  TIDAK_DAPAT_DINILAI("Tidak Dapat Dinilai");

  private final String label;

  Predikat(String label) {
    this.label = label;
  }

  /** @return the official Indonesian label */
  public String label() {
    return label;
  }
}

package id.iga.rubric;

/**
 * The two aspects of the index: what an indicator is answered for.
 *
 * @since 1.0
 */
public enum Scope {
  /** Satuan Pemerintah Daerah (SPD): indicators 1-15, answered once per region. */
  REGION("Satuan Pemerintah Daerah"),
  /** Satuan Inovasi Daerah (SID): indicators 16-35, answered for every innovation a region sends. */
  INNOVATION("Satuan Inovasi Daerah");

  private final String aspect;

  Scope(String aspect) {
    this.aspect = aspect;
  }

  /** @return the aspect's official name */
  public String aspect() {
    return aspect;
  }
}

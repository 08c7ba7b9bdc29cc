package id.iga.rank;

/**
 * Among whom a region is ranked.
 *
 * @since 1.0
 */
public enum RankScope {
  /** Among the regions of the chosen types in the whole country. */
  NATIONAL,
  /** Among the regions of the chosen types in the same province. */
  PROVINCE
}

/**
 * Ranks of regions by IID the way regions quote them: among the kabupaten (or the chosen types) nationally, within
 * their province, or within a peer group ({@link id.iga.rank.Cohort}), with standard competition ranking for ties
 * ({@link id.iga.rank.Ranking}).
 */
@ParametersAreNonnullByDefault
package id.iga.rank;

import javax.annotation.ParametersAreNonnullByDefault;

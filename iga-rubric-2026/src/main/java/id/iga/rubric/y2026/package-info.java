/**
 * The IID rubric of assessment year 2026 as a {@link id.iga.rubric.RubricProvider}: the 2026 rubric of Surat Kepala BSKDN 400.10.11/1887/BSKDN, with the SPD thresholds over regional statistics as predicates. The data is the
 * reviewable document {@code rubric-2026.json} in this package.
 */
@ParametersAreNonnullByDefault
package id.iga.rubric.y2026;

import javax.annotation.ParametersAreNonnullByDefault;

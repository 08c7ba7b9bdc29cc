/**
 * The IID rubric of assessment year 2027 as a {@link id.iga.rubric.RubricProvider}: a projection, not yet in force,
 * of the 2026 rubric with the divisor floor and basic-service gate the 2026 guideline announces for 2027 (PROJECTED).
 * The data is the reviewable document {@code rubric-2027.json} in this package.
 */
@ParametersAreNonnullByDefault
package id.iga.rubric.y2027;

import javax.annotation.ParametersAreNonnullByDefault;

/**
 * How sure a result is: the IID and predikat of a region over every combination of the plausible values a rubric
 * declares for the facts it assumes ({@link id.iga.rubric.Alternative}), computed exactly by
 * {@link id.iga.uncertainty.Uncertainty}.
 *
 * @since 1.0
 */
@ParametersAreNonnullByDefault
package id.iga.uncertainty;

import javax.annotation.ParametersAreNonnullByDefault;

/**
 * The IID rubric of assessment year 2023 as a {@link id.iga.rubric.RubricProvider}: the formula, the divisor floor and
 * the band edges confirmed by the BSKDN 2023 slides, with the 2024 indicator table carried back (ASSUMED). The data is
 * the reviewable document {@code rubric-2023.json} in this package.
 */
@ParametersAreNonnullByDefault
package id.iga.rubric.y2023;

import javax.annotation.ParametersAreNonnullByDefault;

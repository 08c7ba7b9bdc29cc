/**
 * The IID rubric of assessment year 2025 as a {@link id.iga.rubric.RubricProvider}: the 2025 rubric: the 2024 indicator table and parameters carried forward (ASSUMED), with the 2025 Sangat Inovatif band. The data is the
 * reviewable document {@code rubric-2025.json} in this package.
 */
@ParametersAreNonnullByDefault
package id.iga.rubric.y2025;

import javax.annotation.ParametersAreNonnullByDefault;

/**
 * The IID rubric of assessment year 2024 as a {@link id.iga.rubric.RubricProvider}: the 2024 rubric: the innovation indicators of the IGA 2024 assessment app, SPD rows carried from 2026 and answered by level only. The data is the
 * reviewable document {@code rubric-2024.json} in this package.
 */
@ParametersAreNonnullByDefault
package id.iga.rubric.y2024;

import javax.annotation.ParametersAreNonnullByDefault;

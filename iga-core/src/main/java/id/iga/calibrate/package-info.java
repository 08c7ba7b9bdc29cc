/**
 * Published results as evidence about a rubric: the IIDs, counts and mean maturities that regions and the ministry
 * published ({@link id.iga.calibrate.PublishedResult}, shipped with the library and read by
 * {@link id.iga.json.PublishedJson}), and {@link id.iga.calibrate.Calibration}, which asks of each whether the rubric
 * could have produced it: an SPD reachable on the rubric's grid, a sum of maturities reachable by the published
 * number of innovations, and a gate outcome, that give the published IID after rounding.
 *
 * @since 1.0
 */
@ParametersAreNonnullByDefault
package id.iga.calibrate;

import javax.annotation.ParametersAreNonnullByDefault;

/**
 * The exact scoring engine ({@link id.iga.score.Scorer}) and its results: IID, predikat, every component,
 * the per-indicator breakdown, points lost per indicator (reason codes), warnings and assumptions.
 */
@ParametersAreNonnullByDefault
package id.iga.score;

import javax.annotation.ParametersAreNonnullByDefault;

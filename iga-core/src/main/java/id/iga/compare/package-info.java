/**
 * The same submissions scored under several rubrics, side by side: other assessment years
 * ({@link id.iga.compare.YearComparison}, {@link id.iga.compare.DatasetComparison}) or what-if parameters of one year
 * ({@link id.iga.compare.Sensitivity}, {@link id.iga.compare.Sweep}), with what changed and why.
 */
@ParametersAreNonnullByDefault
package id.iga.compare;

import javax.annotation.ParametersAreNonnullByDefault;

/**
 * A self-contained HTML report of scored datasets: predikat counts, the IID distribution as an SVG histogram with the
 * band edges, the top and bottom regions, and the predikat flows between years ({@link id.iga.report.ReportData},
 * {@link id.iga.report.HtmlReport}).
 */
@ParametersAreNonnullByDefault
package id.iga.report;

import javax.annotation.ParametersAreNonnullByDefault;

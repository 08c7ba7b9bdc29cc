/**
 * CSV out, streaming, for spreadsheets and data tools: scored results ({@link id.iga.csv.ResultCsv}), ranks
 * ({@link id.iga.csv.RankCsv}), one submission under several rubric years ({@link id.iga.csv.ComparisonCsv}),
 * what-if differences and sweeps ({@link id.iga.csv.DifferenceCsv}), and plans and readiness
 * ({@link id.iga.csv.PlanCsv}). Each factory returns a {@link id.iga.csv.CsvWriter} that writes the header once and
 * then the rows of each item as it is given.
 *
 * <p>Every output has the same form:
 * <ul>
 *   <li>UTF-8, without a byte-order mark; the header row first, written when the writer is made, so that an empty
 *       input still gives a header;</li>
 *   <li>each row ends with {@code \n} (LF). RFC 4180 asks for CRLF; the command line has always written LF, Unix tools
 *       expect it and spreadsheets and CSV readers accept it, so LF it stays. A line break inside a text cell is kept,
 *       inside the cell's quotes;</li>
 *   <li>cells separated by commas; a cell that holds a comma, a double quote, a CR or an LF is enclosed in double
 *       quotes, its own double quotes doubled (RFC 4180);</li>
 *   <li>numbers exactly as the library reports them: a dot before the decimals, at the reporting scale
 *       ({@code 53.53}, {@code -3.31}, {@code 250.00}), never grouped or formatted for a locale, never quoted or
 *       prefixed; an empty cell where a row has no such number;</li>
 *   <li>spreadsheet formula injection neutralised as OWASP recommends: a text cell (a region or innovation name, a
 *       title, an id, a requirement, the overrides, the problems of a year not scored...) that begins with {@code =},
 *       {@code +}, {@code -}, {@code @}, a tab (0x09) or a carriage return (0x0D) is written with a leading
 *       apostrophe ({@code '=1+1}), so that a spreadsheet shows it as text instead of evaluating it, and then quoted
 *       if it needs to be. Numeric cells are never changed, so a negative change stays {@code -3.31}. Each writer's
 *       documentation names its numeric columns; every other column is text (codes, enum names and booleans are
 *       text too, but never begin with those characters).</li>
 * </ul>
 *
 * <p>Each output's columns are one list in the library, from which both the header and every row are made, so the
 * two cannot disagree: every row has as many cells as the header.
 */
@ParametersAreNonnullByDefault
package id.iga.csv;

import javax.annotation.ParametersAreNonnullByDefault;

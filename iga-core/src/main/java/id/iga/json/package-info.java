/**
 * JSON in and out, and the only package that uses Jackson: submissions ({@link id.iga.json.SubmissionJson}), inputs
 * of many submissions streamed in order: JSON Lines datasets and standard input ({@link id.iga.json.SubmissionSource}),
 * rubric documents ({@link id.iga.json.RubricJson}), and results of scoring, comparing, ranking and planning
 * ({@link id.iga.json.ResultJson}, {@link id.iga.json.ComparisonJson}, {@link id.iga.json.RankJson},
 * {@link id.iga.json.PlanJson}). Reading is strict, with errors that name the file, line, column and JSON pointer.
 */
@ParametersAreNonnullByDefault
package id.iga.json;

import javax.annotation.ParametersAreNonnullByDefault;

/**
 * JSON in and out: submissions ({@link id.iga.json.SubmissionJson}), JSONL datasets of submissions
 * ({@link id.iga.json.DatasetReader}), scored results ({@link id.iga.json.ResultJson}) and rubric documents
 * ({@link id.iga.json.RubricJson}), read strictly with Jackson's streaming API; every error names the source, line,
 * column and JSON pointer.
 */
@ParametersAreNonnullByDefault
package id.iga.json;

import javax.annotation.ParametersAreNonnullByDefault;

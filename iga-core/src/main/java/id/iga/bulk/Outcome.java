package id.iga.bulk;

import id.iga.IgaException;
import java.util.Objects;

/**
 * What became of one input of a bulk run that reports every bad input ({@link BulkScorer#scoreEach},
 * {@link BulkScorer#mapEach}): its output, or the error that rejected it. A run delivers one outcome per input, in
 * input order, so that a caller can write the good inputs' results and name every bad one, and can tell a whole
 * result from a partial one: the run is whole exactly when no outcome is {@link Rejected}.
 *
 * <pre>{@code
 * bulk.scoreEach(data, scorer, Mode.CLAIMED, BulkScorer.OnRejection.GO_ON, outcome -> {
 *   if (outcome instanceof Outcome.Done<ScoreResult> done) {
 *     write(done.value());
 *   } else if (outcome instanceof Outcome.Rejected<ScoreResult> bad) {
 *     report(bad.problem());   // file:line:column pointer: problem
 *   }
 * });
 * }</pre>
 *
 * @param <R> the output type
 * @since 1.0
 */
public sealed interface Outcome<R> permits Outcome.Done, Outcome.Rejected {
  /**
   * An input that was scored (or mapped): its output.
   *
   * @param value the output
   * @param <R> the output type
   * @since 1.0
   */
  record Done<R>(R value) implements Outcome<R> {
    /**
     * @param value the output
     * @throws NullPointerException when the value is null
     */
    public Done {
      Objects.requireNonNull(value, "value");
    }
  }

  /**
   * An input that was not scored, and why: it could not be read or parsed, has no scorer, or does not fit its
   * rubric.
   *
   * @param problem the error; for a dataset its location names the file, line, column and JSON pointer
   * @param stops whether the run stops at this input, so that nothing after it in the input was scored: the input
   *     cannot be read past it (bytes that are not UTF-8, a failure to read, malformed JSON in a stream of
   *     documents), or the run was asked to stop at the first rejection ({@link BulkScorer.OnRejection#STOP}).
   *     The last outcome of a run, when true.
   * @param <R> the output type the input would have had
   * @since 1.0
   */
  record Rejected<R>(IgaException problem, boolean stops) implements Outcome<R> {
    /**
     * @param problem the error
     * @param stops whether nothing after this input was scored
     * @throws NullPointerException when the problem is null
     */
    public Rejected {
      Objects.requireNonNull(problem, "problem");
    }
  }
}

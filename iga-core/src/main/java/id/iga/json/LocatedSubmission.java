package id.iga.json;

import id.iga.IgaException;
import id.iga.Location;
import id.iga.score.Mode;
import id.iga.score.ScoreResult;
import id.iga.score.Scorer;
import id.iga.submission.Submission;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A submission with the places it was read from, so that an error found later, when the submission is scored, can
 * name the line and column of the answer at fault and not only its JSON pointer.
 *
 * <pre>{@code
 * LocatedSubmission read = SubmissionJson.readLocated(Path.of("sragen.json"));
 * ScoreResult result = read.score(Scorer.of(Rubrics.forYear(2024)), Mode.CLAIMED);
 * // an unknown indicator fails with "sragen.json:14:5 /spd/99: rubric 2024 has no region indicator '99'; ..."
 * }</pre>
 *
 * @param submission the submission
 * @param source the name of the document it was read from
 * @param index the place of every object and array of the document, by its JSON pointer ({@code ""} is the root)
 */
public record LocatedSubmission(Submission submission, String source, Map<String, Location> index) {
  /**
   * @param submission the submission
   * @param source the name of the document it was read from
   * @param index the place of every object and array by its JSON pointer (copied)
   */
  public LocatedSubmission {
    Objects.requireNonNull(submission, "submission");
    Objects.requireNonNull(source, "source");
    index = Map.copyOf(index);
  }

  /**
   * The place of a JSON pointer: the line and column of the deepest object or array read that contains it (the
   * pointer itself, or its longest prefix that names one).
   *
   * @param pointer an RFC 6901 pointer into the document
   * @return the place, with this source and the given pointer; empty when not even the root is known
   */
  public Optional<Location> locationOf(String pointer) {
    String p = pointer;
    while (true) {
      Location known = index.get(p);
      if (known != null) {
        return Optional.of(new Location(source, known.line(), known.column(), pointer));
      }
      if (p.isEmpty()) {
        return Optional.empty();
      }
      p = p.substring(0, p.lastIndexOf('/'));
    }
  }

  /**
   * Gives an error that names only a JSON pointer (as {@link Scorer#score} throws) the source, line and column of
   * the place it points to. An error that already names a line is returned as it is; one without a pointer gets
   * this source.
   *
   * @param e an error about this submission
   * @return the same problem with the fullest place known
   */
  public IgaException locate(IgaException e) {
    Optional<Location> where = e.location();
    if (where.isPresent() && where.get().line() > 0) {
      return e;
    }
    String pointer = where.map(Location::pointer).orElse(null);
    if (pointer == null) {
      return e.at(Location.source(source));
    }
    return e.at(locationOf(pointer).orElse(new Location(source, 0, 0, pointer)));
  }

  /**
   * Scores the submission, giving any error the place it was read from.
   *
   * @param scorer a scorer
   * @param mode which answers count
   * @return the result
   * @throws IgaException when the submission does not fit the scorer's rubric; the location names the source, line,
   *     column and JSON pointer of the answer at fault
   */
  public ScoreResult score(Scorer scorer, Mode mode) {
    try {
      return scorer.score(submission, mode);
    } catch (IgaException e) {
      throw locate(e);
    }
  }
}

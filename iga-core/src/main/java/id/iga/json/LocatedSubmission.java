package id.iga.json;

import id.iga.IgaException;
import id.iga.Location;
import id.iga.score.Mode;
import id.iga.score.ScoreResult;
import id.iga.score.Scorer;
import id.iga.submission.Answer;
import id.iga.submission.Submission;
import java.util.Map;
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
 * <p>The places are recorded by the reader as it reads, a pair of numbers per container: the document, its region,
 * {@code spd} and each of its answers, {@code innovations}, each innovation, its {@code answers} and each of them.
 * Those are what a scorer points at ({@code /spd/3}, {@code /innovations/4/answers/99}); nothing is read again.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 1.0
 */
public final class LocatedSubmission {
  private final Submission submission;
  private final String source;
  private final Places places;

  /**
   * @param submission the submission
   * @param source the name of the document it was read from
   * @param places where its containers start
   */
  LocatedSubmission(Submission submission, String source, Places places) {
    this.submission = submission;
    this.source = source;
    this.places = places;
  }

  /**
   * Where the containers of a document start, as the reader met them: each packed into a long by {@link #pack}, the
   * line counted from the document's first (add {@code lineOffset} for the source's line) and the column. The arrays may be
   * longer than what they hold; the submission says how many of each there are.
   *
   * @param lineOffset what to add to a line for the source's line
   * @param root the document
   * @param region its region
   * @param spd its {@code spd}
   * @param innovations its {@code innovations}
   * @param spdAnswers each answer of {@code spd}, in document order
   * @param innovationObjects for innovation {@code i}, at {@code 2i} the innovation and at {@code 2i + 1} its
   *     {@code answers}
   * @param innovationAnswers each answer of every innovation, in document order
   */
  record Places(long lineOffset, long root, long region, long spd, long innovations, long[] spdAnswers,
      long[] innovationObjects, long[] innovationAnswers) {

    /**
     * @param line a line, counted from the document's first
     * @param column a column
     * @return both in one long
     */
    static long pack(long line, long column) {
      return (line << 32) | (column & 0xFFFF_FFFFL);
    }

    /**
     * @param place a packed place
     * @return its line
     */
    static long line(long place) {
      return place >>> 32;
    }

    /**
     * @param place a packed place
     * @return its column
     */
    static long column(long place) {
      return place & 0xFFFF_FFFFL;
    }

    /**
     * @param pointer an RFC 6901 pointer
     * @param s the submission read
     * @return the place of the deepest container recorded that holds what the pointer names
     */
    long of(String pointer, Submission s) {
      if (!pointer.startsWith("/")) {
        return root;
      }
      // The tokens are compared as escaped: no key recorded (a field's name, an indicator code, an index) holds a '~'
      // or a '/', so a token with an escape names none of them, unescaped or not.
      String[] tokens = pointer.substring(1).split("/", -1);
      switch (tokens[0]) {
        case "region":
          return region;
        case "spd": {
          int k = tokens.length > 1 ? indexOf(s.spd(), tokens[1]) : -1;
          return k < 0 ? spd : spdAnswers[k];
        }
        case "innovations": {
          int i = tokens.length > 1 ? index(tokens[1], s.innovations().size()) : -1;
          if (i < 0) {
            return innovations;
          }
          if (tokens.length < 3 || !tokens[2].equals("answers")) {
            return innovationObjects[2 * i];
          }
          Map<String, Answer> answers = s.innovations().get(i).answers();
          int k = tokens.length > 3 ? indexOf(answers, tokens[3]) : -1;
          if (k < 0) {
            return innovationObjects[2 * i + 1];
          }
          int before = 0;
          for (int j = 0; j < i; j++) {
            before += s.innovations().get(j).answers().size();
          }
          return innovationAnswers[before + k];
        }
        default:
          return root;
      }
    }

    /** @return the position of the key in the map's order (the document's), or -1 */
    private static int indexOf(Map<String, Answer> answers, String code) {
      int k = 0;
      for (String key : answers.keySet()) {
        if (key.equals(code)) {
          return k;
        }
        k++;
      }
      return -1;
    }

    /** @return the array index a token names (digits, no leading zero), or -1 when it names none below {@code size} */
    private static int index(String token, int size) {
      int n = token.length();
      if (n == 0 || (n > 1 && token.charAt(0) == '0')) {
        return -1;
      }
      long i = 0;
      for (int k = 0; k < n; k++) {
        char c = token.charAt(k);
        if (c < '0' || c > '9') {
          return -1;
        }
        // i is below size, an int, before each digit: a long cannot overflow.
        i = 10 * i + (c - '0');
        if (i >= size) {
          return -1;
        }
      }
      return (int) i;
    }
  }

  /** @return the submission */
  public Submission submission() {
    return submission;
  }

  /** @return the name of the document it was read from */
  public String source() {
    return source;
  }

  /**
   * The place of a JSON pointer: the line and column where the deepest container that holds what it names starts.
   * The containers are the document, its {@code region}, {@code spd} and each of its answers, {@code innovations},
   * each innovation, its {@code answers} and each of them; so {@code /spd/3/value} is placed at the answer
   * {@code /spd/3}, {@code /innovations/0/answers/99} (no such answer) at {@code /innovations/0/answers}, and a
   * pointer into nothing recorded at the document.
   *
   * @param pointer an RFC 6901 pointer into the document
   * @return the place, with this source and the given pointer
   */
  public Location locationOf(String pointer) {
    long place = places.of(pointer, submission);
    return new Location(source, Places.line(place) + places.lineOffset(), Places.column(place), pointer);
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
    return e.at(locationOf(pointer));
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

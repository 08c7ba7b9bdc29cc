package id.iga.jackson;

import id.iga.IgaException;
import id.iga.Location;
import java.util.Locale;
import tools.jackson.core.JsonParser;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.DatabindException;

/**
 * A submission that the library's reader rejected, as Jackson reports a value it could not read. The message is the
 * library's ({@link IgaException#getMessage()}): the place, then what is wrong and what was expected, for example
 * {@code line 7:11 /innovations/0/answers/17/valeu: unknown field 'valeu'; expected one of level, value, category,
 * codes, basis, evidence, verified}. The place is in the document the mapper read: its line and column
 * ({@link #getLocation()} too), and the JSON pointer from its root, which includes where the submission sits in it
 * ({@code /submission/innovations/0/...} for a submission under a key {@code submission}).
 *
 * <p>Jackson's {@link #getMessage()} adds its own location and reference chain; {@link #getOriginalMessage()} is the
 * library's message alone, and {@link #error()} the library's exception at the same place, with the message key and
 * arguments for an application's own words, and the text in Bahasa Indonesia ({@link IgaException#message(Locale)}).
 *
 * @since 1.0
 */
public final class SubmissionReadException extends DatabindException {
  private static final long serialVersionUID = 1L;

  /** The library's error, at the place in the application's document. */
  private final IgaException error;
  /** The JSON pointer of the value at fault, from the root of the application's document. */
  private final String pointer;

  private SubmissionReadException(JsonParser p, IgaException error, String pointer, TokenStreamLocation place) {
    super(p, error.getMessage(), place, error);
    this.error = error;
    this.pointer = pointer;
  }

  /**
   * @param p the application's parser
   * @param e the library's error, placed in the transcript it read
   * @param at the JSON pointer of the submission in the application's document
   * @param place where the token at fault is in the application's document, or null when the error has no line
   * @return the error, placed in the application's document
   */
  static SubmissionReadException of(JsonParser p, IgaException e, String at, TokenStreamLocation place) {
    String inSubmission = e.location().map(Location::pointer).orElse(null);
    String pointer = inSubmission == null ? at : at + inSubmission;
    long line = place == null ? 0 : Math.max(0, place.getLineNr());
    long column = place == null || line == 0 ? 0 : Math.max(0, place.getColumnNr());
    return new SubmissionReadException(p, e.at(new Location(null, line, column, pointer)), pointer,
        place == null ? TokenStreamLocation.NA : place);
  }

  /** @return the library's error, at the line, column and pointer in the application's document; its cause is the
   *     library's error as the library's reader placed it */
  public IgaException error() {
    return error;
  }

  /** @return the JSON pointer of the value at fault, from the root of the application's document */
  public String pointer() {
    return pointer;
  }

  /** @return what is wrong and what was expected, in English, without the place */
  public String problem() {
    return error.problem();
  }
}

package id.iga;

import java.util.Optional;

import javax.annotation.Nullable;

/**
 * The one exception this library throws for bad input or a bad rubric: an invalid submission, a malformed JSON
 * document, a rubric that fails validation, an unknown year. Like {@code java.time.DateTimeException}, it is
 * unchecked and is the only type a caller needs to catch.
 *
 * <p>The message always says what was expected. When the problem has a place, {@link #location()} names it
 * (file, line, column, JSON pointer, indicator), and the message starts with that place.
 *
 * @since 1.0
 */
public class IgaException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final transient @Nullable Location location;
  /** The problem in words, without the place. */
  private final String problem;

  /**
   * An error with no particular place.
   *
   * @param problem what is wrong and what was expected
   */
  public IgaException(String problem) {
    this(problem, null, null);
  }

  /**
   * An error at a place.
   *
   * @param problem what is wrong and what was expected
   * @param location where, or null when it has no place
   */
  public IgaException(String problem, @Nullable Location location) {
    this(problem, location, null);
  }

  /**
   * An error at a place, caused by another exception.
   *
   * @param problem what is wrong and what was expected
   * @param location where, or null when it has no place
   * @param cause the underlying exception, or null
   */
  public IgaException(String problem, @Nullable Location location, @Nullable Throwable cause) {
    super(location == null ? problem : location + ": " + problem, cause);
    this.problem = problem;
    this.location = location;
  }

  /** @return where the problem is, when it has a place */
  public Optional<Location> location() {
    return Optional.ofNullable(location);
  }

  /** @return the problem without the place */
  public String problem() {
    return problem;
  }

  /**
   * The same problem at a more precise place; used when a caller knows the file and line of a pointer.
   *
   * @param where the new place
   * @return a new exception with this one as its cause
   */
  public IgaException at(Location where) {
    return new IgaException(problem, where, this);
  }
}

package id.iga;

import java.util.List;
import java.util.Locale;
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
 * <p>The problem is a {@link Message}: {@link #key()} and {@link #arguments()} let an embedding application show it in
 * its own words, {@link #message(Locale)} gives it in Bahasa Indonesia or English, and {@link #getMessage()} is always
 * English, so that logs read the same on every machine. {@link #getLocalizedMessage()} follows the JVM's default
 * display locale.
 *
 * @since 1.0
 */
public class IgaException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final transient @Nullable Location location;
  /** The problem, without the place. */
  private final transient Message problem;

  /**
   * An error with no particular place.
   *
   * @param problem what is wrong and what was expected
   */
  public IgaException(Message problem) {
    this(problem, null, null);
  }

  /**
   * An error at a place.
   *
   * @param problem what is wrong and what was expected
   * @param location where, or null when it has no place
   */
  public IgaException(Message problem, @Nullable Location location) {
    this(problem, location, null);
  }

  /**
   * An error at a place, caused by another exception.
   *
   * @param problem what is wrong and what was expected
   * @param location where, or null when it has no place
   * @param cause the underlying exception, or null
   */
  public IgaException(Message problem, @Nullable Location location, @Nullable Throwable cause) {
    super(compose(problem, location, Locale.ENGLISH), cause);
    this.problem = problem;
    this.location = location;
  }

  /** @return where the problem is, when it has a place */
  public Optional<Location> location() {
    return Optional.ofNullable(location);
  }

  /** @return the problem's message key, {@code PACKAGE.name}; stable across releases of one major version */
  public String key() {
    return problem.key();
  }

  /** @return the values the problem's text refers to, in order */
  public List<Object> arguments() {
    return problem.arguments();
  }

  /** @return the problem without the place, as a key and its arguments */
  public Message problemMessage() {
    return problem;
  }

  /** @return the problem without the place, in English */
  public String problem() {
    return problem.text(Locale.ENGLISH);
  }

  /**
   * @param locale the language: Indonesian for an {@code id} locale, English otherwise
   * @return the problem without the place, in that language
   */
  public String problem(Locale locale) {
    return problem.text(locale);
  }

  /**
   * @param locale the language: Indonesian for an {@code id} locale, English otherwise
   * @return the place, when there is one, then the problem, in that language
   */
  public String message(Locale locale) {
    return compose(problem, location, locale);
  }

  /** @return the message in the JVM's default display language */
  @Override
  public String getLocalizedMessage() {
    return message(Locale.getDefault(Locale.Category.DISPLAY));
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

  private static String compose(Message problem, @Nullable Location location, Locale locale) {
    String text = problem.text(locale);
    return location == null ? text : location.text(locale) + ": " + text;
  }
}

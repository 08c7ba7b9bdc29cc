package id.iga.compare;

import id.iga.Message;
import id.iga.score.ScoreResult;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

import javax.annotation.Nullable;

/**
 * One year's side of a comparison: the result, or why the year could not score the submission.
 *
 * @param year the rubric year
 * @param result the result, or null when the submission does not fit the year's rubric
 * @param problemMessages why the year could not score it (answers not in its vocabulary or rubric), as messages to
 *     show in either language; empty when scored
 *
 * @since 1.0
 */
public record YearScore(int year, @Nullable ScoreResult result, List<Message> problemMessages) {
  /**
   * Checks the components, as the type's documentation describes them.
   *
   * @param year the rubric year
   * @param result the result, or null when the submission does not fit the year's rubric
   * @param problemMessages why the year could not score it (answers not in its vocabulary or rubric); empty when scored
   */
  public YearScore {
    problemMessages = List.copyOf(problemMessages);
    if ((result == null) == problemMessages.isEmpty()) {
      throw new IllegalArgumentException("a year is either scored or has problems, not both and not neither");
    }
    if (result != null && result.year() != year) {
      throw new IllegalArgumentException("a result of " + result.year() + " given as year " + year);
    }
  }

  /**
   * @param result a result
   * @return the year scored
   */
  public static YearScore of(ScoreResult result) {
    return new YearScore(Objects.requireNonNull(result, "result").year(), result, List.of());
  }

  /** @return why the year could not score the submission, in English; empty when scored */
  public List<String> problems() {
    return problems(Locale.ENGLISH);
  }

  /**
   * @param locale the language: Indonesian for an {@code id} locale, English otherwise
   * @return why the year could not score the submission, in that language; empty when scored
   */
  public List<String> problems(Locale locale) {
    return problemMessages.stream().map(m -> m.text(locale)).toList();
  }

  /** @return the result, when the year could score the submission */
  public Optional<ScoreResult> scored() {
    return Optional.ofNullable(result);
  }
}

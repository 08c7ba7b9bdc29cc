package id.iga.compare;

import id.iga.Message;
import id.iga.rubric.Fact;
import id.iga.submission.Answer;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

import javax.annotation.Nullable;

/**
 * One answer of a submission as each compared year read it.
 *
 * @param indicator the indicator code
 * @param innovation the innovation's id, or null for a region (SPD) answer
 * @param answer the answer as given
 * @param cells one per compared year, in the comparison's year order
 *
 * @since 1.0
 */
public record RowComparison(String indicator, @Nullable String innovation, Answer answer, List<Cell> cells) {
  /**
   * Checks the components, as the type's documentation describes them.
   *
   * @param indicator the indicator code
   * @param innovation the innovation's id, or null for a region (SPD) answer
   * @param answer the answer as given
   * @param cells one per compared year, in the comparison's year order
   */
  public RowComparison {
    Objects.requireNonNull(indicator, "indicator");
    Objects.requireNonNull(answer, "answer");
    cells = List.copyOf(cells);
  }

  /** @return the innovation's id, when the answer is an innovation's */
  public Optional<String> innovationId() {
    return Optional.ofNullable(innovation);
  }

  /** @return whether the answer was given only as a level, and so is carried into every year unchanged */
  public boolean carried() {
    return answer instanceof Answer.Leveled;
  }

  /**
   * @return whether the years disagree: a level differs, or some year cannot read the answer while another can
   */
  public boolean differs() {
    Cell first = cells.get(0);
    for (Cell c : cells) {
      if (c.applies() != first.applies() || c.level() != first.level()) {
        return true;
      }
    }
    return false;
  }

  /**
   * @return the answer in words, in English: {@code level 2}, {@code 16}, {@code PERDA}, {@code T0, T1},
   *     {@code persons 350}
   */
  public String given() {
    return given(Locale.ENGLISH);
  }

  /**
   * @param locale the language: Indonesian for an {@code id} locale, English otherwise
   * @return the answer in words, in that language: {@code tingkat 2}, {@code 16,5}, {@code PERDA} in Indonesian
   */
  public String given(Locale locale) {
    if (answer instanceof Answer.Leveled l) {
      return Message.of("compare.given.level", l.level()).text(locale);
    }
    return describe(((Answer.Stated) answer).fact(), locale);
  }

  /**
   * @param fact a fact
   * @return the fact in words, in English: a number, a category code, codes joined by {@code ", "}, or a basis and a
   *     number
   */
  public static String describe(Fact fact) {
    return describe(fact, Locale.ENGLISH);
  }

  /**
   * @param fact a fact
   * @param locale the language: Indonesian for an {@code id} locale, English otherwise
   * @return the fact in words, in that language: a number with the language's decimal separator, a category code,
   *     codes joined by {@code ", "}, or a basis and a number
   */
  public static String describe(Fact fact, Locale locale) {
    if (fact instanceof Fact.Quantity q) {
      return Message.plain(q.value(), locale);
    }
    if (fact instanceof Fact.Category c) {
      return c.code();
    }
    if (fact instanceof Fact.Codes cs) {
      return cs.codes().isEmpty() ? Message.of("compare.given.noCodes").text(locale)
          : cs.codes().stream().collect(Collectors.joining(", "));
    }
    Fact.Measure m = (Fact.Measure) fact;
    return m.basis() + " " + Message.plain(m.value(), locale);
  }
}

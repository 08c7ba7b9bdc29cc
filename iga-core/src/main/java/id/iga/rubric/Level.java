package id.iga.rubric;

import id.iga.IgaException;
import id.iga.Message;
import java.util.Objects;
import java.util.Optional;

import javax.annotation.Nullable;

/**
 * One of an indicator's three ordered levels (the scorecard's attribute): the published option text and the predicate
 * a fact must meet to earn it.
 *
 * @param number 1, 2 or 3
 * @param label the published option, in the rubric's words
 * @param predicate the condition on the indicator's fact, or null when the indicator is answered by level only
 * @param provenance where the option comes from
 *
 * @since 1.0
 */
public record Level(int number, String label, @Nullable Predicate predicate, Provenance provenance) {
  /**
   * Checks the components, as the type's documentation describes them.
   *
   * @param number 1, 2 or 3
   * @param label the published option, in the rubric's words
   * @param predicate the condition on the indicator's fact, or null when the indicator is answered by level only
   * @param provenance where the option comes from
   */
  public Level {
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(provenance, "provenance");
    if (number < 1 || number > Indicator.LEVELS) {
      throw new IgaException(Message.of("rubric.level.number", Indicator.LEVELS, number));
    }
  }

  /** @return the predicate, when the level is defined over a fact */
  public Optional<Predicate> condition() {
    return Optional.ofNullable(predicate);
  }
}

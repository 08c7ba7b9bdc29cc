package id.iga.score;

import id.iga.submission.Answer;
import java.math.BigDecimal;
import java.util.Optional;

import javax.annotation.Nullable;

/**
 * One indicator row of a result: the answer, whether it counted, the level it earned and its exact score.
 *
 * @param indicator the indicator code
 * @param answer the answer given, or null when none was
 * @param counted whether the answer counted (in VERIFIED mode only accepted answers do)
 * @param level the level earned, 0..3
 * @param score {@code level x weight}, exact
 * @param max {@code 3 x weight}, exact
 *
 * @since 1.0
 */
public record RowScore(String indicator, @Nullable Answer answer, boolean counted, int level, BigDecimal score,
    BigDecimal max) {

  /** @return the answer, when one was given */
  public Optional<Answer> given() {
    return Optional.ofNullable(answer);
  }
}

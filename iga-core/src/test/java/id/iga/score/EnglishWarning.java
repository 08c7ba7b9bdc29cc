package id.iga.score;

import java.util.List;
import java.util.Locale;

import javax.annotation.Nullable;

/**
 * A warning as an English reader sees it: its kind, what it concerns, and its English text. Tests that pin the
 * English wording of warnings compare these, since a {@link Warning} itself carries a message key and arguments.
 *
 * @param kind the warning's kind
 * @param indicator the indicator it concerns, or null
 * @param innovation the innovation it concerns, or null
 * @param text its English text
 */
public record EnglishWarning(Warning.Kind kind, @Nullable String indicator, @Nullable String innovation, String text) {
  /**
   * @param w a warning
   * @return it as an English reader sees it
   */
  public static EnglishWarning of(Warning w) {
    return new EnglishWarning(w.kind(), w.indicator(), w.innovation(), w.text(Locale.ENGLISH));
  }

  /**
   * @param warnings warnings
   * @return each as an English reader sees it, in order
   */
  public static List<EnglishWarning> of(List<Warning> warnings) {
    return warnings.stream().map(EnglishWarning::of).toList();
  }
}

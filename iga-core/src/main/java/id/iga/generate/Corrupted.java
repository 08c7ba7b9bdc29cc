package id.iga.generate;

import id.iga.submission.Submission;
import java.util.Objects;

/**
 * A submission made invalid for a rubric in exactly one place, and that place.
 *
 * @param submission the corrupted submission; scoring it under the rubric must throw {@link id.iga.IgaException}
 * @param pointer the JSON pointer of the one bad answer ({@code /spd/9z}, {@code /innovations/3/answers/17})
 * @param description what was done, in words ({@code "unknown indicator code '9z'"})
 *
 * @since 1.0
 */
public record Corrupted(Submission submission, String pointer, String description) {
  /**
   * Checks the components, as the type's documentation describes them.
   *
   * @param submission the corrupted submission; scoring it under the rubric must throw {@link id.iga.IgaException}
   * @param pointer the JSON pointer of the one bad answer ({@code /spd/9z}, {@code /innovations/3/answers/17})
   * @param description what was done, in words ({@code "unknown indicator code '9z'"})
   */
  public Corrupted {
    Objects.requireNonNull(submission, "submission");
    Objects.requireNonNull(pointer, "pointer");
    Objects.requireNonNull(description, "description");
  }
}

package id.iga.compare;

import id.iga.IgaException;
import id.iga.Message;
import id.iga.rubric.Overrides;
import id.iga.rubric.Rubric;
import id.iga.score.Mode;
import id.iga.score.Scorer;
import id.iga.submission.Submission;
import java.util.List;

/**
 * What overridden parameters change: submissions scored under a published rubric and under a rubric derived from it
 * ({@link Overrides}), side by side. Immutable and thread-safe.
 *
 * <pre>{@code
 * Sensitivity s = Sensitivity.of(Rubrics.forYear(2025), List.of(Overrides.parse("k=12"), Overrides.parse("gate=5")));
 * Difference d = s.score(submission, Mode.CLAIMED);
 * d.iidChange();   // derived IID - published IID
 * }</pre>
 *
 * @since 1.0
 */
public final class Sensitivity {
  private final Scorer published;
  private final Scorer derived;

  private Sensitivity(Rubric published, Rubric derived) {
    this.published = Scorer.of(published);
    this.derived = Scorer.of(derived);
  }

  /**
   * @param published the published rubric
   * @param settings the what-if settings
   * @return the published rubric against the one the settings derive from it
   * @throws IgaException when a setting is not valid (see {@link Overrides#apply})
   */
  public static Sensitivity of(Rubric published, List<Overrides.Setting> settings) {
    return of(published, Overrides.apply(published, settings));
  }

  /**
   * @param published the published rubric
   * @param derived a rubric derived from it ({@link Rubric#derive})
   * @return the two side by side
   * @throws IgaException when the two rubrics are of different years
   */
  public static Sensitivity of(Rubric published, Rubric derived) {
    if (published.year() != derived.year()) {
      throw new IgaException(Message.of("compare.whatIf.otherYear", published.year(), derived.year()));
    }
    return new Sensitivity(published, derived);
  }

  /** @return the published rubric */
  public Rubric published() {
    return published.rubric();
  }

  /** @return the derived rubric */
  public Rubric derived() {
    return derived.rubric();
  }

  /**
   * @param submission a submission valid for the rubric
   * @param mode which answers count
   * @return its result under both rubrics
   * @throws IgaException when the submission does not fit the rubric
   */
  public Difference score(Submission submission, Mode mode) {
    return new Difference(published.score(submission, mode), derived.score(submission, mode));
  }
}

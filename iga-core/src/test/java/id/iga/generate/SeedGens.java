package id.iga.generate;

import id.iga.rubric.Rubric;
import id.iga.submission.Submission;
import java.util.SplittableRandom;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * The seeded generators as QuickTheories {@link Gen}s: QuickTheories draws (and shrinks) a seed, and the seed is
 * mapped through {@link RubricGenerator} and {@link SubmissionGenerator}. A failing example is reported by its seed.
 */
public final class SeedGens {
  private SeedGens() {}

  /**
   * A random rubric and a random submission valid for it, both drawn from one seed.
   *
   * @param seed the seed
   * @param rubric the rubric
   * @param submission the submission
   */
  public record Case(long seed, Rubric rubric, Submission submission) {
    /** @return a source of randomness for edits of this case (shuffles, raises, corruptions), fixed by the seed */
    public SplittableRandom edits() {
      return new SplittableRandom(~seed);
    }

    @Override
    public String toString() {
      return "Case[seed=" + seed + "L]";
    }
  }

  /**
   * @param seed a seed
   * @return the case that seed gives
   */
  public static Case caseOf(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    Rubric rubric = RubricGenerator.rubric(random.split());
    return new Case(seed, rubric, SubmissionGenerator.submission(rubric, random.split()));
  }

  /** @return seeds over the whole range of long */
  public static Gen<Long> seeds() {
    return Generate.longRange(Long.MIN_VALUE, Long.MAX_VALUE);
  }

  /** @return random rubrics, one per seed */
  public static Gen<Rubric> rubrics() {
    return seeds().map(seed -> RubricGenerator.rubric(seed));
  }

  /** @return random rubrics with a random submission valid for each */
  public static Gen<Case> cases() {
    return seeds().map(seed -> caseOf(seed));
  }
}

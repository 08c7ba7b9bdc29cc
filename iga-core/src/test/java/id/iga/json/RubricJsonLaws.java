package id.iga.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;

import id.iga.generate.RubricGenerator;
import id.iga.generate.SeedGens;
import id.iga.rubric.Overrides;
import id.iga.rubric.Rubric;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Laws of the rubric document over random rubrics ({@link RubricGenerator}) and random what-if rubrics derived from
 * them ({@link RubricGenerator#settings}); {@code iga-tests} checks the same laws over every shipped year.
 */
class RubricJsonLaws {
  /** A generated rubric, or a what-if rubric derived from one with random valid settings (half of the seeds). */
  static Rubric rubricOrWhatIf(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    Rubric rubric = RubricGenerator.rubric(random.split());
    return random.nextBoolean() ? rubric : Overrides.apply(rubric, RubricGenerator.settings(rubric, random));
  }

  @Test
  void aWrittenRubricReadsBackEqual() {
    qt().withFixedSeed(20_261_129L).withExamples(300).forAll(SeedGens.seeds()).checkAssert(seed -> {
      Rubric rubric = rubricOrWhatIf(seed);
      assertEquals(rubric, RubricJson.read(RubricJson.toJson(rubric)));
    });
  }

  @Test
  void aReadRubricWritesTheSameDocumentAgain() {
    qt().withFixedSeed(20_261_130L).withExamples(300).forAll(SeedGens.seeds()).checkAssert(seed -> {
      String once = RubricJson.toJson(rubricOrWhatIf(seed));
      assertEquals(once, RubricJson.toJson(RubricJson.read(once)));
    });
  }
}

package id.iga.years;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import id.iga.generate.RubricGenerator;
import id.iga.json.RubricJson;
import id.iga.rubric.Overrides;
import id.iga.rubric.Rubric;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Laws of the rubric document over every shipped year, as published and as what-if rubrics derived from it with
 * random valid settings ({@link RubricGenerator#settings}): what {@code iga rubric YEAR [--set ...] --format json}
 * writes. The core checks the same laws over generated rubrics.
 */
class RubricDocumentLaws {
  private static final List<Integer> YEARS = Rubrics.available();

  /** The shipped year at {@code index}, published (seed 0) or derived with the settings the seed draws. */
  private static Rubric yearOrWhatIf(int index, long seed) {
    Rubric published = Rubrics.forYear(YEARS.get(index));
    return seed == 0 ? published
        : Overrides.apply(published, RubricGenerator.settings(published, new SplittableRandom(seed)));
  }

  @Test
  void aWrittenYearReadsBackEqual() {
    qt().withFixedSeed(20_261_129L).withExamples(200)
        .forAll(integers().between(0, YEARS.size() - 1), longs().between(0, Long.MAX_VALUE))
        .checkAssert((index, seed) -> {
          Rubric rubric = yearOrWhatIf(index, seed);
          assertEquals(rubric, RubricJson.read(RubricJson.toJson(rubric)));
        });
  }

  @Test
  void aReadYearWritesTheSameDocumentAgain() {
    qt().withFixedSeed(20_261_130L).withExamples(200)
        .forAll(integers().between(0, YEARS.size() - 1), longs().between(0, Long.MAX_VALUE))
        .checkAssert((index, seed) -> {
          String once = RubricJson.toJson(yearOrWhatIf(index, seed));
          assertEquals(once, RubricJson.toJson(RubricJson.read(once)));
        });
  }
}

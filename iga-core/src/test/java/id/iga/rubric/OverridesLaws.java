package id.iga.rubric;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;

import id.iga.generate.RubricGenerator;
import id.iga.generate.SeedGens;
import java.math.BigDecimal;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Laws of what-if settings over random rubrics ({@link RubricGenerator}). */
class OverridesLaws {
  @Test
  void aMovedBandEdgeIsTheFirstValueOfItsBandAndTheBandBelowEndsOneStepUnder() {
    qt().withFixedSeed(20_260_502L).withExamples(300).forAll(SeedGens.seeds()).checkAssert(seed -> {
      SplittableRandom random = new SplittableRandom(seed);
      Rubric rubric = RubricGenerator.rubric(random.split());
      List<Band> bands = rubric.bands();
      int i = random.nextInt(bands.size() - 1);
      Band band = bands.get(i);
      Band below = bands.get(i + 1);
      BigDecimal step = BigDecimal.ONE.movePointLeft(rubric.parameters().reportingScale().value());
      // Any edge from one step above the lower edge of the band below up to the band's own upper edge.
      long room = band.upper().subtract(below.lower()).divide(step).longValueExact();
      BigDecimal edge = below.lower().add(step.multiply(BigDecimal.valueOf(1 + random.nextLong(room))));
      Rubric derived = Overrides.apply(rubric, List.of(new Overrides.Setting("band." + band.predikat(),
          edge.toPlainString())));
      assertEquals(band.predikat(), derived.predikatOf(edge));
      assertEquals(below.predikat(), derived.predikatOf(edge.subtract(step)));
    });
  }
}

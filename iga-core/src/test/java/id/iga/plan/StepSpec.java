package id.iga.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;

import id.iga.rubric.Predikat;
import id.iga.score.Fraction;
import id.iga.score.Reported;
import id.iga.score.Standing;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StepSpec {
  private static final Reported NOTHING = Reported.of(Fraction.of(0, 1), 2, RoundingMode.HALF_UP);

  private static Step.NewInnovation builtWith(Map<String, Integer> levels) {
    return new Step.NewInnovation("new-1", null, levels, NOTHING, 6, NOTHING,
        new Standing(NOTHING, Predikat.TIDAK_DAPAT_DINILAI));
  }

  @Test
  void aNewInnovationsLevelsReadAsTheRowsAboveLevelZeroInRubricOrder() {
    Map<String, Integer> levels = new LinkedHashMap<>();
    levels.put("16", 3);
    levels.put("17", 0);
    levels.put("18", 2);
    assertEquals("16=3, 18=2", builtWith(levels).levelsText());
  }

  @Test
  void aNewInnovationWithEveryRowAtLevelZeroSaysSo() {
    assertEquals("every row at level 0", builtWith(Map.of("16", 0)).levelsText());
  }
}

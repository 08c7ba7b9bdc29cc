package id.iga.rubric;

import static id.iga.rubric.RubricFixtures.band;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import id.iga.IgaException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The value a setting replaces, and band edges set at the very ends of what they may be. */
class OverridesValuesSpec {
  private static Rubric apply(Rubric rubric, String... settings) {
    return Overrides.apply(rubric, java.util.Arrays.stream(settings).map(Overrides::parse).toList());
  }

  private static String bands(Rubric r) {
    return String.join(", ", r.bands().stream().map(b -> b.predikat() + " " + b.lower().toPlainString() + ".."
        + b.upper().toPlainString()).toList());
  }

  @Test
  void theValueASettingReplacesIsWrittenAsASettingWouldBe() {
    Rubric r = OverridesTest.published();
    assertEquals(List.of("10", "0.38", "200", "2", "2", "HALF_UP", "35.00"),
        List.of(Overrides.valueIn(r, "k"), Overrides.valueIn(r, "countScorePerInnovation"),
            Overrides.valueIn(r, "cap"), Overrides.valueIn(r, "gate"), Overrides.valueIn(r, "reportingScale"),
            Overrides.valueIn(r, "rounding"), Overrides.valueIn(r, "band.INOVATIF")));
  }

  @Test
  void aBandEdgeMayBeOneStepAboveTheBandBelowOrAtItsOwnUpperEdge() {
    assertEquals("SANGAT_INOVATIF 60.01..100.00, INOVATIF 0.02..60.00, KURANG_INOVATIF 0.01..0.01, "
        + "TIDAK_DAPAT_DINILAI 0.00..0.00", bands(apply(OverridesTest.published(), "band.INOVATIF=0.02")));
    assertEquals("SANGAT_INOVATIF 60.01..100.00, INOVATIF 60.00..60.00, KURANG_INOVATIF 0.01..59.99, "
        + "TIDAK_DAPAT_DINILAI 0.00..0.00", bands(apply(OverridesTest.published(), "band.INOVATIF=60.00")));
  }

  @Test
  void aSettingWithoutANameIsRefused() {
    assertEquals("expected a setting name=value (divisorFloor=12, gate=5, band.SANGAT_INOVATIF=70.01), not '=12'",
        assertThrows(IgaException.class, () -> Overrides.parse("=12")).getMessage());
  }
}

package id.iga.compare;

import static id.iga.compare.CompareFixtures.sragen;
import static id.iga.compare.CompareFixtures.y2024;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import id.iga.IgaException;
import id.iga.rubric.Overrides;
import id.iga.score.Mode;
import java.util.List;
import org.junit.jupiter.api.Test;

class SweepTest {
  private static String row(Sweep.Row r) {
    return r.value() + ": " + r.difference().derived().iid() + " " + r.difference().derived().predikat() + " "
        + r.difference().iidChangeText();
  }

  @Test
  void aSweepGivesOneRowPerValueAgainstThePublishedRubric() {
    // 2024 fixture: sum of maturities 44, SPD 10, count 1, maximum 50. k = 3: 44 / 3 = 14.666..., total 25.666...,
    // IID 51.333... -> 51.33.
    Sweep sweep = Sweep.of(y2024(), List.of(), "divisorFloor=2,3,4");
    assertEquals("divisorFloor", sweep.parameter());
    assertEquals(List.of("2", "3", "4"), sweep.values());
    assertEquals(List.of("2: 66.00 SANGAT_INOVATIF 0.00", "3: 51.33 INOVATIF -14.67", "4: 44.00 INOVATIF -22.00"),
        sweep.score(sragen(), Mode.CLAIMED).stream().map(SweepTest::row).toList());
  }

  @Test
  void everyRowNamesTheSweptParameterByItsCanonicalName() {
    assertEquals(List.of("divisorFloor", "divisorFloor"), Sweep.of(y2024(), List.of(), "k=2,4")
        .score(sragen(), Mode.CLAIMED).stream().map(Sweep.Row::parameter).toList());
  }

  @Test
  void theBaseSettingsApplyToEveryValue() {
    Sweep sweep = Sweep.of(y2024(), List.of(Overrides.parse("gate=3")), "k=2,4");
    assertEquals(List.of("2: 64.00 SANGAT_INOVATIF -2.00", "4: 42.00 INOVATIF -24.00"),
        sweep.score(sragen(), Mode.CLAIMED).stream().map(SweepTest::row).toList());
    assertEquals(2, sweep.rubrics().get(1).overrides().size());
  }

  @Test
  void aParameterBothSetAndSweptIsRefused() {
    IgaException e = assertThrows(IgaException.class,
        () -> Sweep.of(y2024(), List.of(Overrides.parse("k=3")), "divisorFloor=2,4"));
    assertEquals("divisorFloor is both set (divisorFloor=3) and swept (divisorFloor=2,4); give it once",
        e.getMessage());
  }

  @Test
  void aRepeatedOrEmptyValueIsRefused() {
    assertEquals("the sweep 'k=2,4,2' lists 2 twice",
        assertThrows(IgaException.class, () -> Sweep.of(y2024(), List.of(), "k=2,4,2")).getMessage());
    assertEquals("the sweep 'k=2,,4' has an empty value; expected name=v1,v2,...",
        assertThrows(IgaException.class, () -> Sweep.of(y2024(), List.of(), "k=2,,4")).getMessage());
  }

  @Test
  void anInvalidValueIsRefusedBeforeAnythingIsScored() {
    IgaException e = assertThrows(IgaException.class, () -> Sweep.of(y2024(), List.of(), "gate=2,7"));
    assertEquals("basicServiceGate must be 0..6, not 7", e.getMessage());
  }
}

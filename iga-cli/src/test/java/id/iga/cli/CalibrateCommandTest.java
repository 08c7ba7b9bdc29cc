package id.iga.cli;

import static id.iga.cli.CompareCommandTest.cells;
import static id.iga.cli.Iga.iga;
import static id.iga.cli.Iga.ok;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** End to end: {@code iga calibrate} on the published results shipped with the library. */
class CalibrateCommandTest {

  private static List<String> checked(String... args) {
    return cells(ok(args)).stream().filter(l -> !l.contains("NOT CHECKED")).toList();
  }

  @Test
  void theRowsOf2024ThatCarryACountAreExplainedWithWhatTheyImply() {
    assertEquals(List.of(
        "Published results 2024 checked against rubric 2024",
        "REGION | PUBLISHED | N | VERDICT | WHAT IT IMPLIES OR WHY",
        "Kabupaten Tegal | 67.8 | 89 | CONSISTENT | gate met; SPD 56.00",
        "Kabupaten Kotawaringin Timur | 58.09 | 28 | CONSISTENT | only if the gate was not met; SPD 34.25 to 63.00 "
            + "(113 values)",
        ""),
        checked("calibrate", "--year", "2024"));
  }

  @Test
  void tegal2023NeedsThePublishedFigureToBeRoundedFurther() {
    assertEquals("Kabupaten Tegal | 60.3 | 157 sent, 129 accepted | CONSISTENT | gate met; only if 60.3 is the IID "
        + "rounded to 1 decimal(s); SPD 39.00 to 49.75 (2 values)",
        checked("calibrate", "--year", "2023").get(2));
  }

  @Test
  void underAWhatIfRubricARowMayNoLongerBeExplained() {
    assertEquals("Kabupaten Kotawaringin Timur | 58.09 | 28 | INCONSISTENT | nearest reachable IIDs: gate met "
        + "58.08 / 58.10", checked("calibrate", "--year", "2024", "--set", "gate=0").get(3));
  }

  @Test
  void aYearNoModuleServesIsAUsageError() {
    assertEquals(Main.USAGE, iga("calibrate", "--year", "1999").code());
  }
}

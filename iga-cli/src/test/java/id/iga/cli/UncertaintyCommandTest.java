package id.iga.cli;

import static id.iga.cli.CompareCommandTest.cells;
import static id.iga.cli.Iga.iga;
import static id.iga.cli.Iga.ok;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** End to end: {@code iga score --uncertainty} on the bundled examples. */
class UncertaintyCommandTest {

  @Test
  void theDatasetUnder2025ShowsEachRegionsIntervalPredikatsAndRanks() {
    assertEquals(List.of(
        "Uncertainty under rubric 2025: 480 combination(s) of divisorFloor (10, 12), basicServiceGate (2, 3, 4, 5), "
            + "countScorePerInnovation (0.38, ... 5 values), rounding (HALF_UP, HALF_EVEN, DOWN), band.INOVATIF "
            + "(40.01, 35.00), rule.gap (ZERO, LOWER_LEVEL)",
        "CODE | REGION | IID | MIN | MAX | PREDIKAT | POSSIBLE | DECIDED BY | RANK",
        "33.07 | Kabupaten Wonosobo | 53.53 | 46.70 | 54.08 | INOVATIF | certain | - | 1-2 of 5",
        "13.75 | Kota Bukittinggi | 37.79 | 33.04 | 38.36 | KURANG_INOVATIF | INOVATIF or KURANG_INOVATIF | "
            + "band.INOVATIF | 2 of 2",
        "52 | Nusa Tenggara Barat | 50.55 | 47.51 | 51.25 | INOVATIF | certain | - | 1 of 1",
        "34.01 | Kabupaten Kulon Progo | 49.96 | 47.38 | 50.67 | INOVATIF | certain | - | 1-2 of 5",
        "73.06 | Kabupaten Gowa | 46.68 | 46.07 | 47.31 | INOVATIF | certain | - | 3 of 5",
        "61.71 | Kota Pontianak | 55.22 | 54.45 | 56.02 | INOVATIF | certain | - | 1 of 2",
        "52.03 | Kabupaten Lombok Timur | 41.81 | 37.34 | 42.40 | INOVATIF | INOVATIF or KURANG_INOVATIF | "
            + "divisorFloor | 4 of 5",
        "91.03 | Kabupaten Jayapura | 21.30 | 18.24 | 21.61 | KURANG_INOVATIF | certain | - | 5 of 5",
        "2 of 8 region(s) have a predikat that depends on an assumption"),
        cells(ok("score", "--uncertainty", "--year", "2025", "examples/2024/dataset.jsonl")));
  }

  @Test
  void oneRegionUnder2024IsCertainWithItsInterval() {
    assertEquals("33.07,Kabupaten Wonosobo,KABUPATEN,33,2024,53.53,INOVATIF,53.00,54.08,INOVATIF,true,,false,1,1,1",
        ok("score", "--uncertainty", "--format", "csv", "examples/2024/kabupaten-wonosobo.json").lines().toList()
            .get(1));
  }

  @Test
  void uncertaintyGoesWithoutWhatIfSettings() {
    assertEquals(Main.USAGE, iga("score", "--uncertainty", "--set", "k=12", "examples/2024/kabupaten-wonosobo.json")
        .code());
  }
}

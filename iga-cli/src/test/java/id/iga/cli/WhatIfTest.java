package id.iga.cli;

import static id.iga.cli.CompareCommandTest.cells;
import static id.iga.cli.Iga.iga;
import static id.iga.cli.Iga.ok;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** End to end: {@code iga score --set} and {@code --sweep}, what-if parameters against the published rubric. */
class WhatIfTest {
  @Test
  void setRescoresUnderTheDerivedRubricAndShowsTheDifference() {
    // Wonosobo sends 40 innovations covering 4 basic-service affairs: k = 12 changes nothing (MAX(12, 40) = 40),
    // gate 5 takes the count score of 15.20: 133.83 - 15.20 = 118.63 of 250, IID 47.45.
    assertEquals(List.of(
        "What-if for rubric 2025: divisorFloor 10 -> 12, basicServiceGate 2 -> 5",
        "CODE | REGION | YEAR | PUBLISHED | PREDIKAT | WHAT-IF | PREDIKAT | CHANGE",
        "33.07 | Kabupaten Wonosobo | 2025 | 53.53 | INOVATIF | 47.45 | INOVATIF | -6.08"),
        cells(ok("score", "--year", "2025", "--set", "divisorFloor=12", "--set", "gate=5",
            "examples/2024/kabupaten-wonosobo.json")));
  }

  @Test
  void aSweepPrintsOneRowPerValue() {
    // Bukittinggi sends 6 innovations, maturities summing to 497: 497 / k + 42.50 + 2.28, of 250.
    assertEquals(List.of(
        "What-if for rubric 2025: divisorFloor swept over 10, 12, 14, 16 (published 10)",
        "CODE | REGION | YEAR | divisorFloor | PUBLISHED | PREDIKAT | WHAT-IF | PREDIKAT | CHANGE",
        "13.75 | Kota Bukittinggi | 2025 | 10 | 37.79 | KURANG_INOVATIF | 37.79 | KURANG_INOVATIF | 0.00",
        "13.75 | Kota Bukittinggi | 2025 | 12 | 37.79 | KURANG_INOVATIF | 34.48 | KURANG_INOVATIF | -3.31",
        "13.75 | Kota Bukittinggi | 2025 | 14 | 37.79 | KURANG_INOVATIF | 32.11 | KURANG_INOVATIF | -5.68",
        "13.75 | Kota Bukittinggi | 2025 | 16 | 37.79 | KURANG_INOVATIF | 30.34 | KURANG_INOVATIF | -7.45"),
        cells(ok("score", "--year", "2025", "--sweep", "divisorFloor=10,12,14,16",
            "examples/2024/kota-bukittinggi.json")));
  }

  @Test
  void aBandEdgeMovesThePredikatNotTheIid() {
    List<String> out = cells(ok("score", "--year", "2026", "--set", "band.SANGAT_INOVATIF=45.01",
        "examples/2024/dataset.jsonl"));
    assertEquals("What-if for rubric 2026: band.SANGAT_INOVATIF 65.01..100.00 -> 45.01..100.00, band.INOVATIF "
        + "40.01..65.00 -> 40.01..45.00", out.get(0));
    assertEquals("33.07 | Kabupaten Wonosobo | 2026 | 45.55 | INOVATIF | 45.55 | SANGAT_INOVATIF | 0.00", out.get(2));
    assertEquals("73.06 | Kabupaten Gowa | 2026 | 44.91 | INOVATIF | 44.91 | INOVATIF | 0.00", out.get(6));
  }

  @Test
  void csvOfASweepOverADatasetHasOneRowPerRegionPerValue() {
    String out = ok("score", "--year", "2025", "--sweep", "k=10,60", "--format", "csv", "examples/2024/dataset.jsonl");
    List<String> lines = out.lines().toList();
    assertEquals(17, lines.size());
    assertEquals("code,name,year,parameter,value,publishedIid,publishedPredikat,iid,predikat,iidChange,overrides",
        lines.get(0));
    assertEquals("33.07,Kabupaten Wonosobo,2025,divisorFloor,10,53.53,INOVATIF,53.53,INOVATIF,0.00,", lines.get(1));
    assertEquals("33.07,Kabupaten Wonosobo,2025,divisorFloor,60,53.53,INOVATIF,43.51,INOVATIF,-10.02,divisorFloor=60",
        lines.get(2));
  }

  @Test
  void jsonIsTheResultContractOfTheWhatIfListingItsOverrides() {
    String out = ok("score", "--year", "2025", "--set", "k=12", "--format", "json",
        "examples/2024/kota-bukittinggi.json");
    assertTrue(out.startsWith("{\n  \"region\": {\"code\": \"13.75\""), out);
    assertTrue(out.contains("  \"iid\": 34.48,\n"), out);
    assertTrue(out.contains("""
          "overrides": [
            {"name": "divisorFloor", "published": "10", "value": "12"}
          ]
        """), out);
  }

  @Test
  void aValueTheRubricCannotTakeIsAUsageError() {
    Iga.Run r = iga("score", "--set", "gate=9", "examples/2024/kota-bukittinggi.json");
    assertEquals(2, r.code());
    assertEquals("iga score: --set for rubric 2024: basicServiceGate must be 0..6, not 9\n"
        + "Run 'iga score --help' for help.\n", r.err());
  }

  @Test
  void anUnknownParameterIsAUsageErrorListingTheNames() {
    Iga.Run r = iga("score", "--set", "floor=12", "examples/2024/kota-bukittinggi.json");
    assertEquals(2, r.code());
    assertTrue(r.err().startsWith("iga score: --set floor=12: unknown parameter 'floor'; expected one of divisorFloor, "
        + "countScorePerInnovation, countCap, basicServiceGate, reportingScale, rounding, k, countScore, cap, gate, "
        + "band.SANGAT_INOVATIF,"), r.err());
  }

  @Test
  void theHelpShowsTheWhatIfExamples() {
    String out = ok("score", "--help");
    assertTrue(out.contains("  iga score --year 2025 --set divisorFloor=12 --set gate=5 "
        + "examples/2024/kabupaten-wonosobo.json\n"), out);
  }
}

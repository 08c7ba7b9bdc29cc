package id.iga.csv;

import static id.iga.compare.CompareFixtures.sragen;
import static id.iga.compare.CompareFixtures.y2024;
import static id.iga.csv.CsvFixtures.csv;
import static org.junit.jupiter.api.Assertions.assertEquals;

import id.iga.compare.Sensitivity;
import id.iga.compare.Sweep;
import id.iga.rubric.Overrides;
import id.iga.score.Mode;
import java.util.List;
import org.junit.jupiter.api.Test;

class DifferenceCsvTest {
  private static final String HEADER =
      "code,name,year,parameter,value,publishedIid,publishedPredikat,iid,predikat,iidChange,overrides\n";

  @Test
  void aDifferenceLeavesParameterAndValueEmptyAndANegativeChangeStaysANumber() {
    // k = 3 instead of 2: 44 / 3 = 14.67 for the maturity mean, IID 51.33, 14.67 down.
    var d = Sensitivity.of(y2024(), List.of(Overrides.parse("k=3"), Overrides.parse("gate=2"))).score(sragen(),
        Mode.CLAIMED);
    assertEquals(HEADER + "33.14,Kabupaten Sragen,2024,,,66.00,SANGAT_INOVATIF,51.33,INOVATIF,-14.67,"
        + "divisorFloor=3;basicServiceGate=2\n", csv(DifferenceCsv::writer, List.of(d)));
  }

  @Test
  void aSweepIsOneRowPerValueNamingTheParameter() {
    var rows = Sweep.of(y2024(), List.of(), "k=2,3,4").score(sragen(), Mode.CLAIMED);
    assertEquals(HEADER + """
        33.14,Kabupaten Sragen,2024,divisorFloor,2,66.00,SANGAT_INOVATIF,66.00,SANGAT_INOVATIF,0.00,
        33.14,Kabupaten Sragen,2024,divisorFloor,3,66.00,SANGAT_INOVATIF,51.33,INOVATIF,-14.67,divisorFloor=3
        33.14,Kabupaten Sragen,2024,divisorFloor,4,66.00,SANGAT_INOVATIF,44.00,INOVATIF,-22.00,divisorFloor=4
        """, csv(DifferenceCsv::sweepWriter, rows));
  }
}

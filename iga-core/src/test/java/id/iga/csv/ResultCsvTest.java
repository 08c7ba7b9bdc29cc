package id.iga.csv;

import static id.iga.csv.CsvFixtures.csv;
import static id.iga.csv.CsvFixtures.result;
import static id.iga.csv.CsvFixtures.sragenNamed;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class ResultCsvTest {
  private static final String HEADER = "code,name,type,provinceCode,year,mode,iid,predikat,spd,maturityMean,countScore,"
      + "sid,total,maxTotal,divisor,innovationCount,basicServicesCovered,assumptions,overrides\n";

  @Test
  void aResultIsOneRowUnderTheHeaderWithEveryNumberAtTheReportingScale() {
    assertEquals(HEADER + "33.14,Kabupaten Sragen,KABUPATEN,33,2024,CLAIMED,66.00,SANGAT_INOVATIF,10.00,22.00,1.00,"
        + "23.00,33.00,50.00,2,2,2,0,0\n", csv(ResultCsv::writer, List.of(result(sragenNamed("Kabupaten Sragen")))));
  }

  @Test
  void theHeaderIsWrittenWhenTheWriterIsMadeSoThatNoResultsStillGiveIt() {
    assertEquals(HEADER, csv(ResultCsv::writer, List.of()));
  }

  @Test
  void aNameASpreadsheetWouldReadAsAFormulaIsWrittenAfterAnApostropheAndQuotedWhenItMustBe() {
    List<String> names = List.of("=1+1", "+x", "-x", "@x", "\tx", "\rx", "Kabupaten \"Baru\", Selatan",
        "=HYPERLINK(\"http://x\",\"y\")", "x=1", "'x");
    String rows = """
        33.14,'=1+1,KABUPATEN,33,2024,CLAIMED,66.00,SANGAT_INOVATIF,10.00,22.00,1.00,23.00,33.00,50.00,2,2,2,0,0
        33.14,'+x,KABUPATEN,33,2024,CLAIMED,66.00,SANGAT_INOVATIF,10.00,22.00,1.00,23.00,33.00,50.00,2,2,2,0,0
        33.14,'-x,KABUPATEN,33,2024,CLAIMED,66.00,SANGAT_INOVATIF,10.00,22.00,1.00,23.00,33.00,50.00,2,2,2,0,0
        33.14,'@x,KABUPATEN,33,2024,CLAIMED,66.00,SANGAT_INOVATIF,10.00,22.00,1.00,23.00,33.00,50.00,2,2,2,0,0
        33.14,'\tx,KABUPATEN,33,2024,CLAIMED,66.00,SANGAT_INOVATIF,10.00,22.00,1.00,23.00,33.00,50.00,2,2,2,0,0
        33.14,"'\rx",KABUPATEN,33,2024,CLAIMED,66.00,SANGAT_INOVATIF,10.00,22.00,1.00,23.00,33.00,50.00,2,2,2,0,0
        33.14,"Kabupaten ""Baru"", Selatan",KABUPATEN,33,2024,CLAIMED,66.00,SANGAT_INOVATIF,10.00,22.00,1.00,23.00,\
        33.00,50.00,2,2,2,0,0
        33.14,"'=HYPERLINK(""http://x"",""y"")",KABUPATEN,33,2024,CLAIMED,66.00,SANGAT_INOVATIF,10.00,22.00,1.00,\
        23.00,33.00,50.00,2,2,2,0,0
        33.14,x=1,KABUPATEN,33,2024,CLAIMED,66.00,SANGAT_INOVATIF,10.00,22.00,1.00,23.00,33.00,50.00,2,2,2,0,0
        33.14,'x,KABUPATEN,33,2024,CLAIMED,66.00,SANGAT_INOVATIF,10.00,22.00,1.00,23.00,33.00,50.00,2,2,2,0,0
        """;
    assertEquals(HEADER + rows, csv(ResultCsv::writer, names.stream().map(n -> result(sragenNamed(n))).toList()));
  }
}

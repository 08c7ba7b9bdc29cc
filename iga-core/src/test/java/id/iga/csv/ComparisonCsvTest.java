package id.iga.csv;

import static id.iga.compare.CompareFixtures.sragen;
import static id.iga.compare.CompareFixtures.y2024;
import static id.iga.compare.CompareFixtures.y2025;
import static id.iga.compare.CompareFixtures.y2026;
import static id.iga.csv.CsvFixtures.csv;
import static org.junit.jupiter.api.Assertions.assertEquals;

import id.iga.compare.YearComparison;
import id.iga.score.Mode;
import java.util.List;
import org.junit.jupiter.api.Test;

class ComparisonCsvTest {
  @Test
  void aComparisonIsOneRowPerYearAndAYearNotScoredSaysWhyWithEmptyNumbers() {
    // 2024: IID 66.00; 2026: 56.00. 2025 has no SK_PD in its vocabulary, so it cannot read innovation X's row 4,
    // and no region row 2: its problems are joined in one quoted cell.
    var c = YearComparison.of(List.of(y2024(), y2025(), y2026())).compare(sragen(), Mode.CLAIMED);
    assertEquals("""
        code,name,type,provinceCode,year,mode,scored,iid,predikat,spd,maturityMean,countScore,sid,total,divisor,\
        innovationCount,notScored
        33.14,Kabupaten Sragen,KABUPATEN,33,2024,CLAIMED,true,66.00,SANGAT_INOVATIF,10.00,22.00,1.00,23.00,33.00,2,2,
        33.14,Kabupaten Sragen,KABUPATEN,33,2025,CLAIMED,false,,,,,,,,,,"spd 2: rubric 2025 has no region indicator 2; \
        innovation X indicator 4 (Regulasi inovasi): unknown category 'SK_PD'; expected one of [SK_KDH, PERKADA, PERDA]"
        33.14,Kabupaten Sragen,KABUPATEN,33,2026,CLAIMED,true,56.00,INOVATIF,10.00,17.00,1.00,18.00,28.00,2,2,
        """, csv(ComparisonCsv::writer, List.of(c)));
  }
}

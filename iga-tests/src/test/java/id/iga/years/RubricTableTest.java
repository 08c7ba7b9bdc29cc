package id.iga.years;

import static org.junit.jupiter.api.Assertions.assertEquals;

import id.iga.rubric.Indicator;
import id.iga.rubric.Rubric;
import id.iga.rubric.Scope;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The rubric documents agree with the published indicator tables (indicators-2024.csv and indicators-2026.csv of
 * the project's rubric facts, typed in here): code, scope, weight, mandatory flag and three levels, in rubric order.
 * The weights and mandatory flags are the same in both CSVs, and in indicators-2023.csv; 2023 and 2025 carry 2024's,
 * 2027 carries 2026's.
 */
class RubricTableTest {

  private record Row(String code, Scope scope, String weight, boolean mandatory) {}

  private static Row spd(String code, String weight, boolean mandatory) {
    return new Row(code, Scope.REGION, weight, mandatory);
  }

  private static Row sid(String code, String weight, boolean mandatory) {
    return new Row(code, Scope.INNOVATION, weight, mandatory);
  }

  private static final List<Row> TABLE = List.of(
      spd("1", "1", true), spd("2a", "1", false), spd("2b", "1", false), spd("3", "1", true), spd("4", "1", true),
      spd("5a", "0.75", true), spd("5b", "0.75", true), spd("6", "1.5", true), spd("7", "1.5", true),
      spd("8", "1.5", true), spd("9", "1", true), spd("10a", "0.75", true), spd("10b", "0.75", true),
      spd("11a", "0.75", true), spd("11b", "0.75", true), spd("12", "2", false), spd("13a", "1", false),
      spd("13b", "1", false), spd("14", "1", false), spd("15", "1", false),
      sid("16", "3", true), sid("17", "2", true), sid("18", "2", false), sid("19", "2", false),
      sid("20", "1", false), sid("21", "2", false), sid("22", "1", false), sid("23", "1", false),
      sid("24", "1", false), sid("25", "1", false), sid("26", "1", false), sid("27", "1", false),
      sid("28", "2", false), sid("29", "1", false), sid("30", "2", false), sid("31", "3", false),
      sid("32", "2", true), sid("33", "3", true), sid("34", "2", false), sid("35", "4", true));

  private static void assertAgrees(Rubric rubric) {
    assertEquals(TABLE.stream().map(Row::code).toList(), rubric.indicators().stream().map(Indicator::code).toList(),
        rubric.year() + ": rows in rubric order");
    for (Row row : TABLE) {
      Indicator i = rubric.indicator(row.code()).orElseThrow();
      String where = rubric.year() + " indicator " + row.code();
      assertEquals(row.scope(), i.scope(), where);
      assertEquals(0, new BigDecimal(row.weight()).compareTo(i.weight()),
          where + ": weight " + row.weight() + " expected, found " + i.weight().toPlainString());
      assertEquals(row.mandatory(), i.mandatory(), where);
      assertEquals(3, i.levels().size(), where);
    }
  }

  @Test
  void the2024DocumentAgreesWithTheTable() {
    assertAgrees(Rubrics.forYear(2024));
  }

  @Test
  void the2025DocumentAgreesWithTheTable() {
    assertAgrees(Rubrics.forYear(2025));
  }

  @Test
  void the2026DocumentAgreesWithTheTable() {
    assertAgrees(Rubrics.forYear(2026));
  }

  @Test
  void the2023DocumentAgreesWithTheTable() {
    assertAgrees(Rubrics.forYear(2023));
  }

  @Test
  void the2027DocumentAgreesWithTheTable() {
    assertAgrees(Rubrics.forYear(2027));
  }

  @Test
  void namesThatChangedBetween2024And2026() {
    Rubric y2024 = Rubrics.forYear(2024);
    Rubric y2026 = Rubrics.forYear(2026);
    assertEquals("Ketersediaan SDM terhadap inovasi daerah", y2024.indicator("17").orElseThrow().name());
    assertEquals("Ketersediaan dan peran SDM terhadap inovasi daerah", y2026.indicator("17").orElseThrow().name());
    assertEquals("Kualitas inovasi daerah (video)", y2024.indicator("35").orElseThrow().name());
    assertEquals("Video inovasi daerah", y2026.indicator("35").orElseThrow().name());
  }
}

package id.iga.years;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;

import id.iga.rubric.Fact;
import id.iga.rubric.FactKind;
import id.iga.rubric.Indicator;
import id.iga.rubric.Rubric;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * Every published option is reachable: for each indicator and level defined over a fact, a fact (listed below) that
 * earns exactly that level. The SPD rows of 2023, 2024 and 2025 have no known thresholds and are answered by level
 * only. 2023 carries the 2024 table and 2027 the 2026 one, so the same facts reach their levels.
 */
class LevelReachabilityTest {

  private record Case(String code, int level, Fact fact) {}

  private static Case c(String code, int level, Fact fact) {
    return new Case(code, level, fact);
  }

  private static Fact q(String value) {
    return Fact.quantity(new BigDecimal(value));
  }

  private static Fact cat(String code) {
    return Fact.category(code);
  }

  private static Fact codes(String... codes) {
    return Fact.codes(codes);
  }

  private static Fact m(String basis, String value) {
    return Fact.measure(basis, new BigDecimal(value));
  }

  /** The innovation rows of 2024 (and, carried, of 2023 and 2025). */
  private static final List<Case> SID_2024 = List.of(
      c("16", 1, cat("SK_KEPALA_PD")), c("16", 2, cat("SK_KEPALA_DAERAH")), c("16", 3, cat("PERDA")),
      c("17", 1, q("1")), c("17", 2, q("11")), c("17", 3, q("45")),
      c("18", 1, codes("T0")), c("18", 2, codes("T2")), c("18", 3, codes("T0", "T1", "T2")),
      c("19", 1, cat("MANUAL")), c("19", 2, cat("ELECTRONIC")), c("19", 3, cat("ONLINE_SYSTEM")),
      c("20", 1, q("1")), c("20", 2, q("2")), c("20", 3, q("5")),
      c("21", 1, codes("RKPD_T1")), c("21", 2, codes("RKPD_T1", "RKPD_T2")),
      c("21", 3, codes("RKPD_T0", "RKPD_T1", "RKPD_T2")),
      c("22", 1, q("3")), c("22", 2, q("4")), c("22", 3, q("5")),
      c("23", 1, cat("TANPA_PENETAPAN")), c("23", 2, cat("SK_KEPALA_PD")), c("23", 3, cat("SK_KEPALA_DAERAH")),
      c("24", 1, q("1")), c("24", 2, q("3")), c("24", 3, q("5")),
      c("25", 1, cat("FACE_TO_FACE_OR_PRINT")), c("25", 2, cat("SOCIAL_MEDIA")), c("25", 3, cat("OWN_NEWS")),
      c("26", 1, cat("PRINTED_MANUAL")), c("26", 2, cat("E_BOOK")), c("26", 3, cat("VIDEO_TUTORIAL")),
      c("27", 1, codes("SOCIAL_MEDIA")), c("27", 2, codes("MANUAL", "HOTLINE")),
      c("27", 3, codes("MANUAL", "HOTLINE", "SOCIAL_MEDIA", "ONLINE_SERVICE")),
      c("28", 1, q("6")), c("28", 2, q("5")), c("28", 3, q("0")),
      c("29", 1, q("40")), c("29", 2, q("60")), c("29", 3, q("86")),
      c("30", 1, cat("NON_DIGITAL_INDEPENDENT")), c("30", 2, cat("DIGITAL_ONE_PORTAL")),
      c("30", 3, cat("NON_DIGITAL_CROSS_UNIT")),
      c("31", 1, q("1")), c("31", 2, q("2")), c("31", 3, q("3")),
      c("32", 1, q("9")), c("32", 2, q("8")), c("32", 3, q("4")),
      c("33", 1, m("products", "100")), c("33", 2, m("spending_efficiency", "15.00")), c("33", 3, m("persons", "350")),
      c("34", 1, cat("INTERNAL")), c("34", 2, cat("SATISFACTION_SURVEY")), c("34", 3, cat("EXTERNAL")),
      c("35", 1, q("1")), c("35", 2, q("3")), c("35", 3, q("5")));

  /** Every row of 2026 (and, carried, of 2027). */
  private static final List<Case> ALL_2026 = List.of(
      c("1", 1, codes("MISSION")), c("1", 2, codes("VISION")), c("1", 3, codes("MISSION", "VISION")),
      c("2a", 1, q("1")), c("2a", 2, q("2")), c("2a", 3, q("3")),
      c("2b", 1, q("2")), c("2b", 2, q("3")), c("2b", 3, q("4")),
      c("3", 1, q("-60.00")), c("3", 2, q("0.00")), c("3", 3, q("8.17")),
      c("4", 1, q("1.50")), c("4", 2, q("3.00")), c("4", 3, q("5.23")),
      c("5a", 1, q("-0.10")), c("5a", 2, q("0.20")), c("5a", 3, q("0.36")),
      c("5b", 1, q("7.00")), c("5b", 2, q("4.00")), c("5b", 3, q("2.35")),
      c("6", 1, q("-50.00")), c("6", 2, q("10.00")), c("6", 3, q("94.76")),
      c("7", 1, q("-10.00")), c("7", 2, q("5.00")), c("7", 3, q("33.85")),
      c("8", 1, cat("TW")), c("8", 2, cat("WDP")), c("8", 3, cat("WTP")),
      c("9", 1, cat("C")), c("9", 2, cat("B")), c("9", 3, cat("A")),
      c("10a", 1, q("0.07")), c("10a", 2, q("0.50")), c("10a", 3, q("1.16")),
      c("10b", 1, q("15.00")), c("10b", 2, q("9.00")), c("10b", 3, q("4.82")),
      c("11a", 1, q("0.30")), c("11a", 2, q("0.70")), c("11a", 3, q("0.90")),
      c("11b", 1, q("65.00")), c("11b", 2, q("75.00")), c("11b", 3, q("80.00")),
      c("12", 1, codes("CERTIFICATE")), c("12", 2, codes("CERTIFICATE", "INCENTIVE")),
      c("12", 3, codes("CERTIFICATE", "INCENTIVE", "CULTURE_CONTROL")),
      c("13a", 1, q("2")), c("13a", 2, q("5")), c("13a", 3, q("8")),
      c("13b", 1, cat("KURANG")), c("13b", 2, cat("BAIK")), c("13b", 3, cat("UNGGUL")),
      c("14", 1, cat("DRAFT")), c("14", 2, cat("AGREED")), c("14", 3, cat("PERKADA")),
      c("15", 1, codes("SOCIALIZATION")), c("15", 2, codes("SOCIALIZATION", "ADMIN_FACILITATION")),
      c("15", 3, codes("SOCIALIZATION", "ADMIN_FACILITATION", "FUNDING_INCENTIVE")),
      c("16", 1, cat("SK_KEPALA_PD_AN_KDH")), c("16", 2, cat("PERKADA")), c("16", 3, cat("PERDA")),
      c("17", 1, q("10")), c("17", 2, q("30")), c("17", 3, q("31")),
      c("18", 1, codes("T2")), c("18", 2, codes("T1", "T0")), c("18", 3, codes("T0", "T1", "T2")),
      c("19", 1, cat("MANUAL")), c("19", 2, cat("ELECTRONIC")), c("19", 3, cat("AI")),
      c("20", 1, q("1")), c("20", 2, q("2")), c("20", 3, q("3")),
      c("21", 1, codes("RKPD_T2")), c("21", 2, codes("RKPD_T1", "RKPD_T2")),
      c("21", 3, codes("RKPD_T0", "RKPD_T1", "RKPD_T2")),
      c("22", 1, q("3")), c("22", 2, q("4")), c("22", 3, q("6")),
      c("23", 1, cat("TANPA_PENETAPAN")), c("23", 2, cat("SK_KEPALA_PD")), c("23", 3, cat("SK_KEPALA_PD_AN_KDH")),
      c("24", 1, q("2")), c("24", 2, q("4")), c("24", 3, q("7")),
      c("25", 1, cat("BANNER_PHOTO")), c("25", 2, cat("OWN_NEWS")), c("25", 3, cat("INDEPENDENT_NEWS")),
      c("26", 1, cat("PRINTED_MANUAL")), c("26", 2, cat("E_BOOK")), c("26", 3, cat("ONLINE_BOOK")),
      c("27", 1, codes("MANUAL")), c("27", 2, codes("HOTLINE", "SOCIAL_MEDIA")),
      c("27", 3, codes("MANUAL", "HOTLINE", "ONLINE_SERVICE")),
      c("28", 1, q("7")), c("28", 2, q("3")), c("28", 3, q("1")),
      c("29", 1, q("0")), c("29", 2, q("88")), c("29", 3, q("91")),
      c("30", 1, cat("DIGITAL_SEPARATE")), c("30", 2, cat("NON_DIGITAL_ONE_UNIT")),
      c("30", 3, cat("DIGITAL_CROSS_UNIT")),
      c("31", 1, q("1")), c("31", 2, q("2")), c("31", 3, q("4")),
      c("32", 1, q("12")), c("32", 2, q("6")), c("32", 3, q("3")),
      c("33", 1, m("revenue_increase", "5.00")), c("33", 2, m("persons", "300")), c("33", 3, m("positive_trend", "3")),
      c("34", 1, cat("INTERNAL")), c("34", 2, cat("SATISFACTION_SURVEY")), c("34", 3, cat("EXTERNAL")),
      c("35", 1, q("2")), c("35", 2, q("4")), c("35", 3, q("5")));

  private static void assertEveryLevelReached(Rubric rubric, List<Case> table, List<String> levelOnly) {
    List<Executable> checks = new ArrayList<>();
    TreeSet<String> covered = new TreeSet<>();
    for (Case k : table) {
      Indicator i = rubric.indicator(k.code()).orElseThrow();
      String what = rubric.year() + " indicator " + k.code() + " level " + k.level() + " with " + k.fact();
      checks.add(() -> assertEquals(Optional.empty(), i.fact().problemWith(k.fact()), what));
      checks.add(() -> assertEquals(k.level(), i.levelOf(k.fact()), what));
      covered.add(k.code() + "/" + k.level());
    }
    TreeSet<String> expected = new TreeSet<>();
    List<String> noFact = new ArrayList<>();
    for (Indicator i : rubric.indicators()) {
      if (i.fact().kind() == FactKind.NONE) {
        noFact.add(i.code());
      } else {
        i.levels().forEach(l -> expected.add(i.code() + "/" + l.number()));
      }
    }
    checks.add(() -> assertEquals(expected, covered, rubric.year() + ": the levels the table reaches"));
    checks.add(() -> assertEquals(levelOnly, noFact, rubric.year() + ": the rows answered by level only"));
    assertAll(checks.stream());
  }

  private static final List<String> SPD_ROWS = List.of("1", "2a", "2b", "3", "4", "5a", "5b", "6", "7", "8", "9",
      "10a", "10b", "11a", "11b", "12", "13a", "13b", "14", "15");

  @Test
  void everyOptionOf2024IsReachedByAFact() {
    assertEveryLevelReached(Rubrics.forYear(2024), SID_2024, SPD_ROWS);
  }

  @Test
  void everyOptionOf2025IsReachedByThe2024Facts() {
    assertEveryLevelReached(Rubrics.forYear(2025), SID_2024, SPD_ROWS);
  }

  @Test
  void everyOptionOf2026IsReachedByAFact() {
    assertEveryLevelReached(Rubrics.forYear(2026), ALL_2026, List.of());
  }

  @Test
  void everyOptionOf2023IsReachedByThe2024Facts() {
    assertEveryLevelReached(Rubrics.forYear(2023), SID_2024, SPD_ROWS);
  }

  @Test
  void everyOptionOf2027IsReachedByThe2026Facts() {
    assertEveryLevelReached(Rubrics.forYear(2027), ALL_2026, List.of());
  }
}

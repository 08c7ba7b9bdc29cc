package id.iga.years;

import static org.junit.jupiter.api.Assertions.assertEquals;

import id.iga.rubric.Fact;
import id.iga.rubric.FactKind;
import id.iga.rubric.FactSpec;
import id.iga.rubric.Indicator;
import id.iga.rubric.Level;
import id.iga.rubric.Rubric;
import id.iga.rubric.RubricLint;
import id.iga.rubric.Term;
import id.iga.score.Mode;
import id.iga.score.ScoreResult;
import id.iga.submission.Affair;
import id.iga.submission.Answer;
import id.iga.submission.Innovation;
import id.iga.submission.Region;
import id.iga.submission.RegionType;
import id.iga.submission.Stage;
import id.iga.submission.Submission;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The same facts under each year's predicates. The years share one vocabulary: a real-world fact has one code in
 * every year, so one submission can be scored under each of them. 2023 carries the 2024 table back and 2027 the 2026
 * table forward.
 */
class CrossYearTest {
  private static final Rubric Y2023 = Rubrics.forYear(2023);
  private static final Rubric Y2024 = Rubrics.forYear(2024);
  private static final Rubric Y2025 = Rubrics.forYear(2025);
  private static final Rubric Y2026 = Rubrics.forYear(2026);
  private static final Rubric Y2027 = Rubrics.forYear(2027);
  /** Every year the class path serves. */
  private static final List<Rubric> SERVED = Rubrics.available().stream().map(Rubrics::forYear).toList();

  private static int level(Rubric rubric, String code, Fact fact) {
    return rubric.indicator(code).orElseThrow().levelOf(fact);
  }

  private static int level(Rubric rubric, String code, String category) {
    return level(rubric, code, Fact.category(category));
  }

  /** A fact of the spec's kind that uses the term: its category, a set of just that code, or a measure on it. */
  private static Fact using(FactSpec spec, Term term) {
    switch (spec.kind()) {
      case CATEGORY:
        return Fact.category(term.code());
      case CODES:
        return Fact.codes(term.code());
      case MEASURE:
        return Fact.measure(term.code(), BigDecimal.ONE);
      default:
        throw new IllegalArgumentException(spec.kind() + " facts have no vocabulary");
    }
  }

  @Test
  void everyCodeOfEveryYearsVocabularyIsAcceptedByEveryYear() {
    List<String> refused = new ArrayList<>();
    int checked = 0;
    for (Rubric from : SERVED) {
      for (Indicator i : from.indicators()) {
        for (Term t : i.fact().terms()) {
          Fact fact = using(i.fact(), t);
          for (Rubric to : SERVED) {
            FactSpec there = to.indicator(i.code()).orElseThrow().fact();
            if (there.kind() == FactKind.NONE) {
              continue;
            }
            checked++;
            Optional<String> problem = there.problemWith(fact);
            if (problem.isPresent()) {
              refused.add(from.year() + " " + i.code() + " " + t.code() + " under " + to.year() + ": " + problem.get());
            }
          }
        }
      }
    }
    assertEquals(List.of(), refused);
    // 2023 to 2027: 25 pairs of years for the innovation rows' codes, 4 for the SPD codes of 2026 and 2027.
    assertEquals(1346, checked);
  }

  @Test
  void theOnlyRowsAnsweredByLevelAreTheSpdRowsOf2023To2025() {
    List<String> levelOnly = new ArrayList<>();
    for (Rubric r : SERVED) {
      r.indicators().stream().filter(i -> i.fact().kind() == FactKind.NONE)
          .forEach(i -> levelOnly.add(r.year() + "/" + i.code()));
    }
    List<String> expected = new ArrayList<>();
    for (int year : List.of(2023, 2024, 2025)) {
      for (String code : List.of("1", "2a", "2b", "3", "4", "5a", "5b", "6", "7", "8", "9", "10a", "10b", "11a",
          "11b", "12", "13a", "13b", "14", "15")) {
        expected.add(year + "/" + code);
      }
    }
    assertEquals(expected, levelOnly);
  }

  @Test
  void whereTwoYearsDefineAFactItIsTheSameKindUnitAndVocabulary() {
    List<String> differ = new ArrayList<>();
    for (Indicator a : Y2026.indicators()) {
      for (Rubric other : SERVED) {
        FactSpec b = other.indicator(a.code()).orElseThrow().fact();
        if (b.kind() == FactKind.NONE) {
          continue;
        }
        List<String> codesAndUnits = a.fact().terms().stream().map(t -> t.code() + ":" + t.unit()).toList();
        if (b.kind() != a.fact().kind() || !Objects.equals(b.unit(), a.fact().unit())
            || !b.terms().stream().map(t -> t.code() + ":" + t.unit()).toList().equals(codesAndUnits)) {
          differ.add(other.year() + " " + a.code());
        }
      }
    }
    assertEquals(List.of(), differ);
  }

  @Test
  void aCodeAYearsOptionsDoNotNameMeetsNoLevelThereAndTheLintSaysSo() {
    List<String> findings = new ArrayList<>();
    for (Rubric r : SERVED) {
      RubricLint.check(r).stream().filter(f -> f.kind() == RubricLint.Kind.GAP && f.interval() == null)
          .forEach(f -> findings.add(r.year() + " " + f.message()));
    }
    assertEquals(List.of(
        "2023 indicator 19: category AI (Kecerdasan artifisial / AI (artificial intelligence): not an option in 2023"
            + " (nor in the 2024 table it carries)) meets no level",
        "2023 indicator 30: category NOT_MEASURABLE (Tidak dapat diukur (not measurable: the 2024 app scores it 0, so"
            + " it meets no level)) meets no level",
        "2023 indicator 33: basis positive_trend (f) Jumlah periode tren positif (periods of positive trend): not an"
            + " option in 2023 (nor in the 2024 table it carries)) meets no level",
        "2024 indicator 19: category AI (Kecerdasan artifisial / AI (artificial intelligence): not an option in 2024)"
            + " meets no level",
        "2024 indicator 30: category NOT_MEASURABLE (Tidak dapat diukur (not measurable: the 2024 app scores it 0, so"
            + " it meets no level)) meets no level",
        "2024 indicator 33: basis positive_trend (f) Jumlah periode tren positif (periods of positive trend): not an"
            + " option in 2024) meets no level",
        "2025 indicator 19: category AI (Kecerdasan artifisial / AI (artificial intelligence): not an option in 2025"
            + " (nor in the 2024 table it carries)) meets no level",
        "2025 indicator 30: category NOT_MEASURABLE (Tidak dapat diukur (not measurable: the 2024 app scores it 0, so"
            + " it meets no level)) meets no level",
        "2025 indicator 33: basis positive_trend (f) Jumlah periode tren positif (periods of positive trend): not an"
            + " option in 2025 (nor in the 2024 table it carries)) meets no level",
        "2026 indicator 16: category SK_KEPALA_PD (SK Kepala Perangkat Daerah atas nama sendiri (decree of the agency"
            + " head alone): not an option in 2026) meets no level",
        "2026 indicator 25: category FACE_TO_FACE_OR_PRINT (Tatap muka (luring/daring) atau media fisik: pamflet,"
            + " banner, baliho, pameran, without a photo of the event against the innovation's banner: not an option"
            + " in 2026) meets no level",
        "2026 indicator 26: category VIDEO_TUTORIAL (Video tutorial: not an option in 2026) meets no level",
        "2026 indicator 30: category NOT_MEASURABLE (Tidak dapat diukur (not measurable): not an option in 2026) meets"
            + " no level",
        "2027 indicator 16: category SK_KEPALA_PD (SK Kepala Perangkat Daerah atas nama sendiri (decree of the agency"
            + " head alone): not an option in 2027 (nor in the 2026 table it carries)) meets no level",
        "2027 indicator 25: category FACE_TO_FACE_OR_PRINT (Tatap muka (luring/daring) atau media fisik: pamflet,"
            + " banner, baliho, pameran, without a photo of the event against the innovation's banner: not an option"
            + " in 2027 (nor in the 2026 table it carries)) meets no level",
        "2027 indicator 26: category VIDEO_TUTORIAL (Video tutorial: not an option in 2027 (nor in the 2026 table it"
            + " carries)) meets no level",
        "2027 indicator 30: category NOT_MEASURABLE (Tidak dapat diukur (not measurable): not an option in 2027 (nor in"
            + " the 2026 table it carries)) meets no level"), findings);
  }

  @Test
  void aFactOnlyOneYearNamesMeetsNoLevelInTheOthers() {
    assertEquals(List.of(0, 0, 0, 3, 3), SERVED.stream().map(r -> level(r, "19", "AI")).toList());
    assertEquals(List.of(3, 3, 3, 0, 0), SERVED.stream().map(r -> level(r, "26", "VIDEO_TUTORIAL")).toList());
    Fact trend = Fact.measure("positive_trend", new BigDecimal("3"));
    assertEquals(List.of(0, 0, 0, 3, 3), SERVED.stream().map(r -> level(r, "33", trend)).toList());
  }

  @Test
  void socializationTheSameChannelUnderEachYear() {
    assertEquals(List.of(1, 1, 1, 0, 0), SERVED.stream().map(r -> level(r, "25", "FACE_TO_FACE_OR_PRINT")).toList());
    assertEquals(List.of(1, 1, 1, 1, 1), SERVED.stream().map(r -> level(r, "25", "BANNER_PHOTO")).toList());
    assertEquals(List.of(2, 2, 2, 2, 2), SERVED.stream().map(r -> level(r, "25", "SOCIAL_MEDIA")).toList());
    assertEquals(List.of(3, 3, 3, 2, 2), SERVED.stream().map(r -> level(r, "25", "OWN_NEWS")).toList());
    assertEquals(List.of(3, 3, 3, 3, 3), SERVED.stream().map(r -> level(r, "25", "INDEPENDENT_NEWS")).toList());
  }

  @Test
  void decreesAndLettersOfTheRegionHeadAndOnItsBehalfUnderEachYear() {
    assertEquals(List.of(2, 2, 2, 1, 1), SERVED.stream().map(r -> level(r, "16", "SK_KEPALA_PD_AN_KDH")).toList());
    assertEquals(List.of(3, 3, 3, 3, 3), SERVED.stream().map(r -> level(r, "23", "SK_KEPALA_PD_AN_KDH")).toList());
    assertEquals(List.of(1, 1, 1, 2, 2), SERVED.stream().map(r -> level(r, "23", "SURAT_TUGAS_KEPALA_PD")).toList());
    assertEquals(List.of(1, 1, 1, 3, 3),
        SERVED.stream().map(r -> level(r, "23", "SURAT_TUGAS_KEPALA_DAERAH")).toList());
  }

  @Test
  void aNonDigitalServiceIntegratedWithinOneUnitIsLevel2InEveryYear() {
    assertEquals(List.of(2, 2, 2, 2, 2), SERVED.stream().map(r -> level(r, "30", "NON_DIGITAL_ONE_UNIT")).toList());
    assertEquals(List.of(1, 1, 1, 1, 1), SERVED.stream().map(r -> level(r, "30", "NON_DIGITAL_INDEPENDENT")).toList());
  }

  @Test
  void threeHundredFiftyPersonsBenefitingIsLevel3In2024AndLevel2In2026() {
    Fact persons = Fact.measure("persons", new BigDecimal("350"));
    assertEquals(3, level(Y2024, "33", persons));
    assertEquals(3, level(Y2025, "33", persons));
    assertEquals(2, level(Y2026, "33", persons));
  }

  @Test
  void anAgencyHeadsDecreeIsLevel1In2024AndLevel0In2026() {
    Fact decree = Fact.category("SK_KEPALA_PD");
    assertEquals(1, level(Y2024, "16", decree));
    assertEquals(1, level(Y2025, "16", decree));
    assertEquals(0, level(Y2026, "16", decree));
  }

  @Test
  void eightyEightPercentOfComplaintsResolvedIsLevel3In2024AndLevel2In2026() {
    Fact resolved = Fact.quantity(88);
    assertEquals(3, level(Y2024, "29", resolved));
    assertEquals(3, level(Y2025, "29", resolved));
    assertEquals(2, level(Y2026, "29", resolved));
  }

  @Test
  void oneAgencyInTheNetworkIsLevel1In2024AndLevel0In2026() {
    Fact agencies = Fact.quantity(1);
    assertEquals(1, level(Y2024, "24", agencies));
    assertEquals(0, level(Y2026, "24", agencies));
  }

  /** Asserts that a carried year's table is the published one, but for the "not an option in" labels. */
  private static void assertCarried(Rubric published, Rubric carried, String notAnOption, String carriedNotAnOption) {
    List<Indicator> from = published.indicators();
    List<Indicator> to = carried.indicators();
    assertEquals(from.stream().map(Indicator::code).toList(), to.stream().map(Indicator::code).toList());
    for (int i = 0; i < from.size(); i++) {
      Indicator a = from.get(i);
      Indicator b = to.get(i);
      assertEquals(a.scope(), b.scope(), a.code());
      assertEquals(a.variable(), b.variable(), a.code());
      assertEquals(a.name(), b.name(), a.code());
      assertEquals(a.weight(), b.weight(), a.code());
      assertEquals(a.mandatory(), b.mandatory(), a.code());
      assertEquals(a.evidence(), b.evidence(), a.code());
      assertEquals(a.fact().kind(), b.fact().kind(), a.code());
      assertEquals(a.fact().unit(), b.fact().unit(), a.code());
      assertEquals(a.fact().terms().stream().map(t -> new Term(t.code(), t.label().replace(notAnOption,
          carriedNotAnOption), t.unit())).toList(), b.fact().terms(), a.code());
      assertEquals(a.levels().stream().map(Level::label).toList(), b.levels().stream().map(Level::label).toList(),
          a.code());
      assertEquals(a.levels().stream().map(Level::predicate).toList(),
          b.levels().stream().map(Level::predicate).toList(), a.code());
    }
  }

  @Test
  void the2025TableIsThe2024TableCarriedForward() {
    assertCarried(Y2024, Y2025, "not an option in 2024", "not an option in 2025 (nor in the 2024 table it carries)");
  }

  @Test
  void the2023TableIsThe2024TableCarriedBack() {
    assertCarried(Y2024, Y2023, "not an option in 2024", "not an option in 2023 (nor in the 2024 table it carries)");
  }

  @Test
  void the2027TableIsThe2026TableCarriedForward() {
    assertCarried(Y2026, Y2027, "not an option in 2026", "not an option in 2027 (nor in the 2026 table it carries)");
  }

  @Test
  void the2025And2026BandsAreOneSetAnd2024sAnother() {
    BigDecimal iid = new BigDecimal("62.50");
    assertEquals("SANGAT_INOVATIF", Y2024.predikatOf(iid).name());
    assertEquals("INOVATIF", Y2025.predikatOf(iid).name());
    assertEquals("INOVATIF", Y2026.predikatOf(iid).name());
  }

  @Test
  void the2023BandsAreThe2024OnesAnd2027sThe2026Ones() {
    for (String iid : List.of("0.00", "0.01", "34.99", "35.00", "40.00", "40.01", "60.00", "60.01", "65.00", "65.01",
        "100.00")) {
      BigDecimal v = new BigDecimal(iid);
      assertEquals(Y2024.predikatOf(v), Y2023.predikatOf(v), iid);
      assertEquals(Y2026.predikatOf(v), Y2027.predikatOf(v), iid);
    }
    assertEquals("SANGAT_INOVATIF", Y2023.predikatOf(new BigDecimal("60.30")).name());
    assertEquals("INOVATIF", Y2027.predikatOf(new BigDecimal("60.30")).name());
  }

  @Test
  void theDivisorFloorAndTheGateByYear() {
    assertEquals(List.of(10, 10, 10, 12, 14), SERVED.stream().map(r -> r.parameters().divisorFloor().value()).toList());
    assertEquals(List.of(2, 2, 2, 5, 6), SERVED.stream().map(r -> r.parameters().basicServiceGate().value()).toList());
  }

  @Test
  void onlyThe2027RubricIsProjected() {
    assertEquals(List.of(false, false, false, false, true), SERVED.stream().map(Rubric::projected).toList());
  }

  @Test
  void theCountScoreWithheldForTheGateIsListedWhereNoSourceOfTheYearStatesIt() {
    // One innovation in Pendidikan misses every year's gate (2 of 6 to 2025, 5 in 2026, 6 in 2027). The 2026 guideline
    // states that the count score is then 0; 2023 to 2025 assume it, 2027 projects it.
    Submission one = new Submission(2024, new Region("33.14", "Kabupaten Sragen", RegionType.KABUPATEN, "33"),
        Map.of(), List.of(new Innovation("sr-1", "Inovasi", "Dinas Pendidikan", Affair.PENDIDIKAN, Stage.PENERAPAN,
            Map.of("16", Answer.level(3)))));
    List<String> listed = new ArrayList<>();
    for (Rubric r : List.of(Y2023, Y2024, Y2025, Y2026, Y2027)) {
      ScoreResult result = Rubrics.scorer(r.year()).score(one, Mode.CLAIMED);
      listed.add(r.year() + " " + result.countScore().value() + " " + result.assumptions().stream()
          .filter(a -> a.subject().equals("rule countScoreWithoutGate"))
          .map(a -> a.status() + " " + a.value()).findFirst().orElse("not listed"));
    }
    assertEquals(List.of(
        "2023 0.00 ASSUMED ZERO, applied: 1 of 6 basic-service affairs covered, gate 2",
        "2024 0.00 ASSUMED ZERO, applied: 1 of 6 basic-service affairs covered, gate 2",
        "2025 0.00 ASSUMED ZERO, applied: 1 of 6 basic-service affairs covered, gate 2",
        "2026 0.00 not listed",
        "2027 0.00 PROJECTED ZERO, applied: 1 of 6 basic-service affairs covered, gate 6"), listed);
  }
}

package id.iga.rubric.y2027;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import id.iga.contract.PublishedRubricContract;
import id.iga.rubric.Assumption;
import id.iga.rubric.Band;
import id.iga.rubric.Fact;
import id.iga.rubric.FactKind;
import id.iga.rubric.Indicator;
import id.iga.rubric.Parameters;
import id.iga.rubric.Predikat;
import id.iga.rubric.Rubric;
import id.iga.rubric.RubricProvider;
import id.iga.rubric.Sourced;
import id.iga.rubric.Status;
import id.iga.score.Mode;
import id.iga.score.Scorer;
import id.iga.score.Warning;
import id.iga.submission.Regions;
import id.iga.submission.Submission;
import id.iga.years.Rubrics;
import java.util.Locale;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The 2027 rubric as the year module serves it: a projection, not yet in force, of the 2026 rubric with the divisor
 * floor and the basic-service gate the 2026 guideline announces for 2027.
 */
class Rubric2027Test extends PublishedRubricContract {
  private static final Rubric RUBRIC = Rubrics.forYear(2027);
  private static final String GUIDELINE = "Lampiran I/II, Surat Kepala BSKDN 400.10.11/1887/BSKDN (29 Apr 2026), as "
      + "copied in https://github.com/prjctpy/simonda/blob/91316a399bdd85f703ba61852acbf83e8186bb60/backend/inovasi/"
      + "iga.py";

  @Override
  protected Rubric rubric() {
    return RUBRIC;
  }

  @Override
  protected RubricProvider provider() {
    return new Rubric2027Provider();
  }

  @Test
  void theProviderServesItsYearUnderItsTitle() {
    assertEquals(2027, new Rubric2027Provider().year());
    assertEquals("Indeks Inovasi Daerah 2027 (projected)", RUBRIC.title());
  }

  @Test
  void noLetterSetsItYet() {
    assertEquals(Optional.empty(), RUBRIC.officialLetter());
  }

  @Test
  void theRubricAndEveryIndicatorAreProjected() {
    assertEquals(Status.PROJECTED, RUBRIC.provenance().status());
    assertEquals(true, RUBRIC.projected());
    assertEquals(List.of(), RUBRIC.indicators().stream().filter(i -> i.provenance().status() != Status.PROJECTED)
        .map(Indicator::code).toList());
    assertEquals(List.of(), RUBRIC.indicators().stream().filter(i -> i.fact().kind() == FactKind.NONE)
        .map(Indicator::code).toList());
  }

  @Test
  void theDivisorFloorOf14AndTheGateOf6AreAnnouncedByThe2026Guideline() {
    Parameters p = RUBRIC.parameters();
    assertEquals(14, p.divisorFloor().value());
    assertEquals(6, p.basicServiceGate().value());
    assertEquals("announced in the 2026 guideline for 2027 (divisor floor 14 in 2027, 16 in 2028, 18 in 2029; "
        + "CONFIRMED_SECONDARY as an announcement, not yet in force): " + GUIDELINE,
        p.divisorFloor().provenance().source());
    assertEquals("announced in the 2026 guideline: basic-service gate 6 of 6 from 2027 (CONFIRMED_SECONDARY as an "
        + "announcement, not yet in force): " + GUIDELINE, p.basicServiceGate().provenance().source());
  }

  @Test
  void parametersWithTheirStatusTheRoundingModeStaysAssumed() {
    Parameters p = RUBRIC.parameters();
    assertNumber("0.38", p.countScorePerInnovation().value());
    assertEquals(200, p.countCap().value());
    assertEquals(2, p.reportingScale().value());
    assertEquals(RoundingMode.HALF_UP, p.rounding().value());
    assertEquals(List.of(Status.PROJECTED, Status.PROJECTED, Status.PROJECTED, Status.PROJECTED, Status.PROJECTED,
        Status.ASSUMED), p.named().values().stream().map(Sourced::provenance).map(s -> s.status()).toList());
    assertEquals("carried from 2026, where it is CONFIRMED_SECONDARY (" + GUIDELINE + "); not among the changes the "
        + "2026 guideline announces for 2027", p.countScorePerInnovation().provenance().source());
  }

  @Test
  void bandEdgesAtTheReportingScaleAreThe2026Ones() {
    assertEquals(Predikat.SANGAT_INOVATIF, RUBRIC.predikatOf(new BigDecimal("100.00")));
    assertEquals(Predikat.SANGAT_INOVATIF, RUBRIC.predikatOf(new BigDecimal("65.01")));
    assertEquals(Predikat.INOVATIF, RUBRIC.predikatOf(new BigDecimal("65.00")));
    assertEquals(Predikat.INOVATIF, RUBRIC.predikatOf(new BigDecimal("40.01")));
    assertEquals(Predikat.KURANG_INOVATIF, RUBRIC.predikatOf(new BigDecimal("40.00")));
    assertEquals(Predikat.KURANG_INOVATIF, RUBRIC.predikatOf(new BigDecimal("0.01")));
    assertEquals(Predikat.TIDAK_DAPAT_DINILAI, RUBRIC.predikatOf(new BigDecimal("0.00")));
    assertEquals(List.of(Status.PROJECTED, Status.PROJECTED, Status.PROJECTED, Status.PROJECTED),
        RUBRIC.bands().stream().map(Band::provenance).map(p -> p.status()).toList());
  }

  @Test
  void assumptionsAreFiftyProjectedFactsAndTheAssumedRoundingMode() {
    List<String> expected = Stream.of(
        Stream.of("rubric 2027", "divisorFloor", "countScorePerInnovation", "countCap", "basicServiceGate",
            "reportingScale", "rounding", "band SANGAT_INOVATIF", "band INOVATIF", "band KURANG_INOVATIF",
            "band TIDAK_DAPAT_DINILAI"),
        SPD_ROWS.stream().map(c -> "indicator " + c),
        SID_ROWS.stream().map(c -> "indicator " + c)).flatMap(s -> s).toList();
    assertEquals(expected, RUBRIC.assumptions().stream().map(Assumption::subject).toList());
    assertEquals(List.of("rounding"), RUBRIC.assumptions().stream().filter(a -> a.status() == Status.ASSUMED)
        .map(Assumption::subject).toList());
    assertEquals(50, RUBRIC.assumptions().stream().filter(Assumption::projected).count());
  }

  @Test
  void everyResultSaysItIsProjectedBeforeItsAssumedFact() {
    Submission nothingSent = new Submission(2027, Regions.find("33.07").orElseThrow().region(), Map.of(), List.of());
    List<Warning> warnings = Scorer.of(RUBRIC).score(nothingSent, Mode.CLAIMED).warnings();
    assertEquals(Warning.Kind.PROJECTED_RUBRIC, warnings.get(0).kind());
    assertEquals("rubric 2027 is projected, not yet in force: it rests on 50 PROJECTED fact(s): rubric 2027, "
        + "divisorFloor, countScorePerInnovation, countCap, basicServiceGate, reportingScale, band SANGAT_INOVATIF, "
        + "band INOVATIF, band KURANG_INOVATIF, band TIDAK_DAPAT_DINILAI, "
        + String.join(", ", Stream.concat(SPD_ROWS.stream(), SID_ROWS.stream()).map(c -> "indicator " + c).toList()),
        warnings.get(0).text(Locale.ENGLISH));
    Warning assumed = warnings.get(1);
    assertEquals(Warning.Kind.ASSUMED_PARAMETER, assumed.kind());
    assertNull(assumed.indicator());
    assertNull(assumed.innovation());
    assertEquals("rubric 2027 rests on 1 ASSUMED fact(s): rounding", assumed.text(Locale.ENGLISH));
  }

  @Test
  void aLevelTheLibraryReadsIn2026IsProjectedWithTheReadingInItsSource() {
    assertEquals(Status.PROJECTED, indicator("28").level(3).provenance().status());
    assertEquals("carried from 2026, where it is INFERRED: \"1 hari\" read as at most 1 day: a result the same day "
        + "(0 days) earns this level too; read as exactly 1 day, it would earn nothing. Lampiran II, Surat Kepala "
        + "BSKDN 400.10.11/1887/BSKDN (29 Apr 2026), as copied in https://github.com/prjctpy/simonda/blob/"
        + "91316a399bdd85f703ba61852acbf83e8186bb60/backend/inovasi/iga.py",
        indicator("28").level(3).provenance().source());
  }

  @Test
  void the2026PredicatesCarry() {
    assertEquals(0, indicator("16").levelOf(Fact.category("SK_KEPALA_PD")));
    assertEquals(1, indicator("16").levelOf(Fact.category("SK_KEPALA_PD_AN_KDH")));
    assertEquals(2, indicator("29").levelOf(Fact.quantity(88)));
    assertEquals(2, indicator("33").levelOf(Fact.measure("persons", new BigDecimal("350"))));
    assertEquals(3, indicator("33").levelOf(Fact.measure("positive_trend", new BigDecimal("3"))));
    assertEquals(3, indicator("4").levelOf(Fact.quantity(new BigDecimal("5.23"))));
    assertEquals(3, indicator("19").levelOf(Fact.category("AI")));
  }

  @Test
  void aCodeNotAnOptionSaysSoForTheProjectedYear() {
    assertEquals("Video tutorial: not an option in 2027 (nor in the 2026 table it carries)",
        indicator("26").fact().term("VIDEO_TUTORIAL").orElseThrow().label());
    assertEquals(0, indicator("26").levelOf(Fact.category("VIDEO_TUTORIAL")));
  }
}

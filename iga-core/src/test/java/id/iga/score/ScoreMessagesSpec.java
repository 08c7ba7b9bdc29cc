package id.iga.score;

import static id.iga.score.Submissions.answers;
import static id.iga.score.Submissions.innovation;
import static id.iga.score.Submissions.submission;
import static id.iga.MessageAssertions.assertError;
import static id.iga.MessageAssertions.assertMessage;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import id.iga.IgaException;
import id.iga.Message;
import id.iga.rubric.Fact;
import id.iga.rubric.Provenance;
import id.iga.rubric.Rubric;
import id.iga.rubric.RubricFixtures;
import id.iga.rubric.Scope;
import id.iga.rubric.Status;
import id.iga.submission.Affair;
import id.iga.submission.Answer;
import id.iga.submission.Region;
import id.iga.submission.RegionType;
import id.iga.submission.Submission;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Scoring's warnings and errors in Bahasa Indonesia, one of each kind, with the key and arguments an application
 * would show in its own words. Scored on {@link TestRubrics#mini} and {@link Submissions#mixed}.
 */
class ScoreMessagesSpec {
  private static final Rubric MINI = TestRubrics.mini();
  private static final Scorer SCORER = Scorer.of(MINI);

  private static void assertWarning(Warning.Kind kind, String key, List<Object> arguments, String indonesian,
      Warning w) {
    assertEquals(kind, w.kind());
    assertMessage(key, arguments, indonesian, w.message());
    assertEquals(indonesian, w.text(Message.INDONESIAN));
  }

  private static List<Warning> warnings(Scorer scorer, Submission s, Mode mode) {
    return scorer.score(s, mode).warnings();
  }

  /** The region's warning, the first of a submission that answers nothing (mandatory row 1 is warned after it). */
  private static Warning regionWarning(Region region) {
    return warnings(SCORER, new Submission(2024, region, Map.of(), List.of()), Mode.CLAIMED).get(0);
  }

  @Test
  void aUserRubricWarnsWithTheReasonAsTheCallerGaveIt() {
    Scorer own = Scorer.ofUserRubric(MINI, "rubrik buatan sendiri");
    Warning w = warnings(own, Submissions.mixed(), Mode.CLAIMED).get(0);

    assertWarning(Warning.Kind.USER_RUBRIC, "score.warning.userRubric", List.of("rubrik buatan sendiri"),
        "rubrik buatan sendiri", w);
    assertEquals(w.message(), own.userRubricMessage().orElseThrow());
    assertEquals(List.of(Optional.of("rubrik buatan sendiri"), Optional.empty()),
        List.of(own.userRubric(), SCORER.userRubric()));
  }

  @Test
  void aProjectedRubricAndItsAssumedFactAreWarnedInIndonesian() {
    Rubric base = TestRubrics.mini(Provenance.of(Status.ASSUMED, "carried over from 2023"));
    Rubric projected = Rubric.builder(2024).title("Mini").provenance(Provenance.of(Status.PROJECTED, "for 2025"))
        .indicators(base.indicators()).bands(base.bands()).parameters(base.parameters()).build();
    List<Warning> w = warnings(Scorer.of(projected), Submissions.mixed(), Mode.CLAIMED);

    assertWarning(Warning.Kind.PROJECTED_RUBRIC, "score.warning.projectedRubric",
        List.of(2024, 1, Message.list(List.of(Message.of("rubric.assumption.rubric", 2024)))),
        "rubrik 2024 merupakan proyeksi dan belum berlaku: rubrik ini bertumpu pada 1 fakta PROJECTED: rubrik 2024",
        w.get(0));
    assertWarning(Warning.Kind.ASSUMED_PARAMETER, "score.warning.assumedParameter",
        List.of(2024, 1, Message.list(List.of(Message.of("rubric.assumption.parameter", "rounding")))),
        "rubrik 2024 bertumpu pada 1 fakta yang diasumsikan (ASSUMED): parameter rounding", w.get(1));
  }

  @Test
  void overriddenParametersAreWarnedInIndonesian() {
    Rubric derived = MINI.derive(RubricFixtures.parameters(10, "0.5", 20, 2, RoundingMode.HALF_UP), MINI.bands());

    assertWarning(Warning.Kind.OVERRIDDEN_PARAMETER, "score.warning.overriddenParameter",
        List.of(2024, "divisorFloor 4 -> 10"),
        "dinilai dengan parameter yang berbeda dari rubrik 2024 yang dipublikasikan: divisorFloor 4 -> 10",
        warnings(Scorer.of(derived), Submissions.mixed(), Mode.CLAIMED).get(0));
  }

  @Test
  void anInnovationsFactThatMeetsNoLevelAndItsUnansweredMandatoryRowAreWarnedInIndonesian() {
    List<Warning> w = warnings(SCORER, Submissions.mixed(), Mode.CLAIMED);

    assertWarning(Warning.Kind.NO_LEVEL_MET, "score.warning.noLevelMetInnovation",
        List.of("C", "3", "Regulasi Inovasi Daerah"), "inovasi C: fakta yang diberikan untuk indikator 3 (Regulasi "
            + "Inovasi Daerah) tidak memenuhi tingkat mana pun sehingga diberi skor 0", w.get(0));
    assertWarning(Warning.Kind.MANDATORY_UNANSWERED, "score.warning.mandatoryInnovationUnanswered",
        List.of("C", "5", "Manfaat inovasi"), "inovasi C belum menjawab indikator wajib 5 (Manfaat inovasi)", w.get(1));
  }

  @Test
  void aRegionFactThatMeetsNoLevelAndAnUnansweredMandatoryRegionRowAreWarnedInIndonesian() {
    List<Warning> w = warnings(SCORER, submission(answers("2", Answer.fact(Fact.quantity(-1))), List.of()),
        Mode.CLAIMED);

    assertWarning(Warning.Kind.MANDATORY_UNANSWERED, "score.warning.mandatoryRegionUnanswered",
        List.of("1", "Dokumen perencanaan"), "indikator daerah wajib 1 (Dokumen perencanaan) belum dijawab", w.get(0));
    assertWarning(Warning.Kind.NO_LEVEL_MET, "score.warning.noLevelMet", List.of("2", "Penyelesaian pengaduan"),
        "fakta yang diberikan untuk indikator 2 (Penyelesaian pengaduan) tidak memenuhi tingkat mana pun sehingga "
            + "diberi skor 0", w.get(1));
  }

  @Test
  void answersTheVerifierDidNotAcceptAreCountedInIndonesian() {
    List<Warning> w = warnings(SCORER, Submissions.mixed(), Mode.VERIFIED);

    assertWarning(Warning.Kind.NOT_ACCEPTED, "score.warning.notAccepted", List.of(5),
        "5 jawaban yang tidak diterima verifikator diberi skor 0 dalam mode VERIFIED", w.get(w.size() - 1));
  }

  @Test
  void theRegionWarningsReadInIndonesian() {
    assertWarning(Warning.Kind.UNKNOWN_REGION, "score.warning.unknownRegion", List.of("13.99"),
        "kode wilayah 13.99 tidak terdapat dalam daftar daerah pustaka ini; dinilai sebagaimana adanya (daerah yang "
            + "dibentuk setelah daftar disusun, atau kode yang keliru)",
        regionWarning(new Region("13.99", "Kabupaten Baru", RegionType.KABUPATEN, "13")));
    assertWarning(Warning.Kind.REGION_NAME_DIFFERS, "score.warning.regionNameDiffers",
        List.of("33.14", "Kabupaten Sragen", "Kab. Sragen"),
        "nama resmi daerah 33.14 adalah 'Kabupaten Sragen', bukan 'Kab. Sragen'",
        regionWarning(new Region("33.14", "Kab. Sragen", RegionType.KABUPATEN, "33")));
    assertWarning(Warning.Kind.PREVIOUS_REGION_CODE, "score.warning.previousRegionCode",
        List.of("91.01", "Kabupaten Merauke", "93.01", "93", "Papua Selatan"),
        "kode wilayah 91.01 adalah kode sebelum pemekaran Papua tahun 2022; Kabupaten Merauke kini berkode 93.01 di "
            + "provinsi 93 (Papua Selatan)",
        regionWarning(new Region("91.01", "Kabupaten Merauke", RegionType.KABUPATEN, "91")));
    assertWarning(Warning.Kind.NOT_AUTONOMOUS, "score.warning.notAutonomous",
        List.of("Kota Administrasi Jakarta Pusat"),
        "Kota Administrasi Jakarta Pusat bukan pemerintah daerah otonom; IID hanya memeringkat daerah otonom",
        regionWarning(new Region("31.71", "Kota Administrasi Jakarta Pusat", RegionType.KOTA, "31")));
  }

  @Test
  void aRegionTypeTheListContradictsIsAnErrorAtItsTypeInIndonesian() {
    Submission s = new Submission(2024, new Region("13.75", "Kota Bukittinggi", RegionType.KABUPATEN, "13"), Map.of(),
        List.of());
    IgaException e = assertThrows(IgaException.class, () -> SCORER.score(s, Mode.CLAIMED));

    assertError("score.region.typeDiffers", List.of("13.75", "Kota Bukittinggi", "KOTA", "KABUPATEN"),
        "/region/type: daerah 13.75 adalah Kota Bukittinggi dengan jenis KOTA, bukan KABUPATEN", e);
  }

  @Test
  void answersThatDoNotFitTheRubricAreRefusedInIndonesianAtTheirPointer() {
    Submission unknownRegionRow = submission(answers("1", Answer.level(1), "99", Answer.level(2)), List.of());
    assertError("score.answer.unknownRegionIndicator", List.of(2024, "99", "1, 2"),
        "/spd/99: rubrik 2024 tidak memiliki indikator daerah '99'; seharusnya salah satu dari 1, 2",
        assertThrows(IgaException.class, () -> SCORER.score(unknownRegionRow, Mode.CLAIMED)));

    Submission unknownInnovationRow = submission(Map.of(),
        List.of(innovation("A", Affair.SOSIAL, answers("17", Answer.level(1)))));
    assertError("score.answer.unknownInnovationIndicator", List.of(2024, "17", "3, 4, 5"),
        "/innovations/0/answers/17: rubrik 2024 tidak memiliki indikator inovasi '17'; seharusnya salah satu dari "
            + "3, 4, 5",
        assertThrows(IgaException.class, () -> SCORER.score(unknownInnovationRow, Mode.CLAIMED)));

    Submission regionRowPerInnovation = submission(Map.of(),
        List.of(innovation("A", Affair.SOSIAL, answers("1", Answer.level(1)))));
    assertError("score.answer.innovationIndicatorPerRegion", List.of("1"),
        "/innovations/0/answers/1: indikator 1 dijawab satu kali per daerah (spd), bukan per inovasi",
        assertThrows(IgaException.class, () -> SCORER.score(regionRowPerInnovation, Mode.CLAIMED)));

    Submission innovationRowInSpd = submission(answers("3", Answer.level(3)), List.of());
    assertError("score.answer.regionIndicatorPerInnovation", List.of("3"),
        "/spd/3: indikator 3 dijawab per inovasi, bukan pada jawaban spd daerah",
        assertThrows(IgaException.class, () -> SCORER.score(innovationRowInSpd, Mode.CLAIMED)));
  }

  @Test
  void aFactOutsideTheVocabularyNamesTheIndicatorAndTheFactSpecsProblem() {
    Submission s = submission(answers("2", Answer.fact(Fact.category("PERDA"))), List.of());
    IgaException e = assertThrows(IgaException.class, () -> SCORER.score(s, Mode.CLAIMED));

    // The third argument is the fact spec's own problem (id.iga.rubric): shown in the same language as the rest.
    assertEquals("score.answer.doesNotFit", e.key());
    assertEquals(List.of("2", "Penyelesaian pengaduan"), e.arguments().subList(0, 2));
    assertEquals("/spd/2: indikator 2 (Penyelesaian pengaduan): " + Message.plain(e.arguments().get(2),
        Message.INDONESIAN), e.message(Message.INDONESIAN));
  }

  @Test
  void theEnginesExactRangeIsExplainedInIndonesianWithDecimalCommas() {
    Rubric heavy = Rubric.builder(2024).title("Large").provenance(RubricFixtures.KNOWN)
        .indicator(RubricFixtures.levelOnly("1", Scope.INNOVATION, "Satu", "10000000000000", false))
        .bands(RubricFixtures.bands2024()).parameters(RubricFixtures.parameters(10, "0.38", 200, 2,
            RoundingMode.HALF_UP)).build();

    assertError("score.rubric.maxTotalTooLarge",
        List.of(2024, new BigDecimal("30000000000076.00"), new BigDecimal("9223372036854.7758")),
        "rubrik 2024 memiliki total maksimum 30000000000076,00 poin; mesin penilaian menghitung secara tepat paling "
            + "tinggi 9223372036854,7758 poin",
        assertThrows(IgaException.class, () -> Scorer.of(heavy)));
    assertError("score.divisor.beyondExactRange",
        List.of(2000000000000000000L, 2024, 2000000000000000000L, new BigDecimal("40.00"), Long.MAX_VALUE, 10000L),
        "2000000000000000000 inovasi dalam rubrik 2024 melampaui rentang hitung tepat mesin penilaian: 100 x pembagi "
            + "2000000000000000000 x total maksimum 40,00 harus tetap dalam 9223372036854775807 satuan 1/10000",
        assertThrows(IgaException.class, () -> SCORER.compiled().divisor(2000000000000000000L)));
  }

  @Test
  void anInnovationScoreOfAnIndicatorTheRubricLacksAndAnImpossibleAggregateAreRefusedInIndonesian() {
    InnovationScore a = SCORER.score(Submissions.mixed(), Mode.CLAIMED).innovations().get(0);

    assertError("score.rubric.noInnovationIndicator", List.of(2024, "1"),
        "rubrik 2024 tidak memiliki indikator inovasi 1", assertThrows(IgaException.class, () -> a.level("1")));
    assertError("score.aggregate.invalid", List.of(0L, 0L, 0, 7),
        "agregat harus memiliki SPD, jumlah skor kematangan, dan n bernilai 0 atau lebih serta mencakup 0 sampai 6 "
            + "urusan, bukan 0, 0, 0, 7", assertThrows(IgaException.class, () -> new Aggregate(0, 0, 0, 7)));
  }
}

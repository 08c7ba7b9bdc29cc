package id.iga.plan;

import static id.iga.plan.PlanFixtures.answers;
import static id.iga.plan.PlanFixtures.innovation;
import static id.iga.plan.PlanFixtures.submission;
import static id.iga.MessageAssertions.assertError;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import id.iga.IgaException;
import id.iga.Message;
import id.iga.rubric.Predikat;
import id.iga.score.Fraction;
import id.iga.score.Mode;
import id.iga.score.Reported;
import id.iga.score.Standing;
import id.iga.submission.Affair;
import id.iga.submission.Submission;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The plan's explanations and errors in Bahasa Indonesia, with the key and arguments an application would show in its
 * own words; the English forms, which the JSON and CSV writers use, stay as they were.
 */
class PlanMessagesSpec {
  private static final Planner FACTS = Planner.of(PlanFixtures.facts());

  @Test
  void aStepSaysWhatItsLevelRequiresInTheRubricsWordsWithTheUnitOfAQuantity() {
    Plan p = FACTS.plan(PlanFixtures.factsSubmission(), Mode.CLAIMED, Target.predikat(Predikat.SANGAT_INOVATIF));
    Step.Raise percent = (Step.Raise) p.steps().get(0);
    Step.Raise option = (Step.Raise) p.steps().get(2);

    Message requirement = Step.requirement(percent.indicator(), percent.to());
    assertEquals("plan.requirement.quantity", requirement.key());
    assertEquals(">= 87 percent", requirement.toString());
    assertEquals(">= 87 percent", percent.requires(Message.INDONESIAN));
    assertEquals(">= 87 percent", percent.requires());
    assertEquals(Message.of("plan.requirement", "option 2"), Step.requirement(option.indicator(), option.to()));
    assertEquals("option 2", option.requires(Message.INDONESIAN));
  }

  @Test
  void aPlanInBriefReadsInIndonesianWithDecimalCommas() {
    Plan reached = FACTS.plan(PlanFixtures.factsSubmission(), Mode.CLAIMED, Target.predikat(Predikat.SANGAT_INOVATIF));
    assertEquals("Rencana[33.14 2024 CLAIMED: 42,50 INOVATIF -> 62,50 SANGAT_INOVATIF untuk sasaran SANGAT_INOVATIF, "
        + "3 satuan kerja]", reached.text(Message.INDONESIAN));
    assertEquals("Plan[33.14 2024 CLAIMED: 42.50 INOVATIF -> 62.50 SANGAT_INOVATIF for SANGAT_INOVATIF, 3 units]",
        reached.toString());

    Plan out = FACTS.plan(PlanFixtures.factsSubmission(), Mode.CLAIMED, Target.iid(new BigDecimal("100.00")));
    assertEquals("Rencana[33.14 2024 CLAIMED: 42,50 INOVATIF -> 42,50 INOVATIF untuk sasaran IID 100,00, tidak "
        + "tercapai (batas tertinggi 65,00 SANGAT_INOVATIF)]", out.text(Message.INDONESIAN));
    assertEquals("Plan[33.14 2024 CLAIMED: 42.50 INOVATIF -> 42.50 INOVATIF for IID 100.00, out of reach (ceiling "
        + "65.00 SANGAT_INOVATIF)]", out.text(Locale.ENGLISH));
  }

  @Test
  void aTargetIsDescribedWithTheLanguagesDecimalSeparator() {
    Target iid = Target.iid(new BigDecimal("65.01"));

    assertEquals(Message.of("plan.target.iid", new BigDecimal("65.01")), iid.description());
    assertEquals("IID 65,01", iid.describe(Message.INDONESIAN));
    assertEquals("IID 65.01", iid.describe());
    assertEquals("SANGAT_INOVATIF", Target.predikat(Predikat.SANGAT_INOVATIF).describe(Message.INDONESIAN));
  }

  @Test
  void aNewInnovationWithEveryRowAtLevelZeroSaysSoInIndonesian() {
    Reported nothing = Reported.of(Fraction.of(0, 1), 2, RoundingMode.HALF_UP);
    Step.NewInnovation bare = new Step.NewInnovation("new-1", null, Map.of("16", 0), nothing, 6, nothing,
        new Standing(nothing, Predikat.TIDAK_DAPAT_DINILAI));
    Step.NewInnovation built = new Step.NewInnovation("new-1", null, Map.of("16", 3), nothing, 6, nothing,
        new Standing(nothing, Predikat.TIDAK_DAPAT_DINILAI));

    assertEquals("semua baris pada tingkat 0", bare.levelsText(Message.INDONESIAN));
    assertEquals("16=3", built.levelsText(Message.INDONESIAN));
  }

  @Test
  void aReadinessStepSaysWhatItsLevelRequiresInIndonesian() {
    Planner planner = Planner.of(PlanFixtures.readiness());
    Submission s = submission(Map.of(), innovation("A", Affair.PENDIDIKAN, answers("1", 1, "2", 1, "3", 1)));
    Readiness.Raise raise = planner.readiness(s, Mode.CLAIMED, new BigDecimal("12")).below().get(0).steps().get(0);

    assertEquals("option 3", raise.requires(Message.INDONESIAN));
    assertEquals("option 3", raise.requires());
    assertError("plan.readiness.negativeTarget", List.of(new BigDecimal("-1.5")),
        "sasaran skor kematangan paling sedikit 0, bukan -1,5",
        assertThrows(IgaException.class, () -> planner.readiness(s, Mode.CLAIMED, new BigDecimal("-1.5"))));
  }

  @Test
  void aTargetThatIsNoReportedIidIsRefusedInIndonesian() {
    Submission s = submission(Map.of());

    assertError("plan.target.finerThanScale",
        List.of(new BigDecimal("65.011"), 2024, 2, new BigDecimal("65.01")),
        "sasaran IID 65,011 lebih rinci daripada skala pelaporan rubrik 2024, yaitu 2 angka desimal; IID yang "
            + "dilaporkan berbentuk seperti 65,01",
        assertThrows(IgaException.class, () -> FACTS.plan(s, Mode.CLAIMED, Target.iid(new BigDecimal("65.011")))));
    assertError("plan.target.iidOutOfRange", List.of(new BigDecimal("100.00"), new BigDecimal("100.01")),
        "sasaran IID harus 0..100,00, bukan 100,01",
        assertThrows(IgaException.class, () -> FACTS.plan(s, Mode.CLAIMED, Target.iid(new BigDecimal("100.01")))));
  }

  @Test
  void newInnovationTermsThatCannotBeMetAreRefusedInIndonesian() {
    Planner readiness = Planner.of(PlanFixtures.readiness());
    assertError("plan.newInnovation.maturityAboveMaximum",
        List.of(new BigDecimal("18"), 2024, new BigDecimal("18.01")),
        "skor kematangan yang diharapkan dari inovasi baru harus 0..18 (maksimum rubrik 2024), bukan 18,01",
        assertThrows(IgaException.class, () -> readiness.newInnovationLevels(new BigDecimal("18.01"))));
    assertError("plan.newInnovation.costsNothing", List.of(BigDecimal.ZERO),
        "inovasi baru dengan skor kematangan yang diharapkan 0 tidak memerlukan langkah tingkat sehingga tidak "
            + "berbiaya; tetapkan biayanya dalam satuan kerja (paling sedikit 1)",
        assertThrows(IgaException.class, () -> FACTS.plan(submission(Map.of()), Mode.CLAIMED,
            Target.predikat(Predikat.INOVATIF), NewInnovations.ofMaturity(BigDecimal.ZERO))));
    assertError("plan.newInnovation.negativeMaturity", List.of(new BigDecimal("-0.5")),
        "skor kematangan yang diharapkan dari inovasi baru paling sedikit 0, bukan -0,5",
        assertThrows(IgaException.class, () -> NewInnovations.ofMaturity(new BigDecimal("-0.5"))));
    assertError("plan.newInnovation.costBelowOne", List.of(0),
        "biaya satu inovasi baru paling sedikit 1 satuan kerja, bukan 0",
        assertThrows(IgaException.class, () -> NewInnovations.ofMaturity(BigDecimal.ONE).costing(0)));
    assertError("plan.newInnovation.negativeLimit", List.of(-1),
        "jumlah terbanyak inovasi baru yang boleh ditambahkan rencana paling sedikit 0, bukan -1",
        assertThrows(IgaException.class, () -> NewInnovations.ofMaturity(BigDecimal.ONE).limitedTo(-1)));
  }
}

package id.iga.submission;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import id.iga.IgaException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A submission refuses two innovations with one id, naming where the second one is. */
class SubmissionSpec {
  static final Region SRAGEN = new Region("33.14", "Kabupaten Sragen", RegionType.KABUPATEN, "33");

  static Innovation innovation(String id) {
    return new Innovation(id, "Inovasi " + id, "Dinas Kesehatan", Affair.KESEHATAN, Stage.UJI_COBA, Map.of());
  }

  @Test
  void twoInnovationsWithOneIdAreRefusedAtTheSecond() {
    IgaException e = assertThrows(IgaException.class, () -> new Submission(2026, SRAGEN, Map.of(),
        List.of(innovation("A"), innovation("B"), innovation("A"))));

    assertEquals("innovation id 'A' is used twice (first at /innovations/0); ids must be unique", e.problem());
    assertEquals("/innovations/2/id", e.location().orElseThrow().pointer());
    assertEquals("/innovations/2/id: innovation id 'A' is used twice (first at /innovations/0); ids must be unique",
        e.getMessage());
  }

  @Test
  void innovationsAndAnswersKeepTheOrderGiven() {
    Submission s = new Submission(2026, SRAGEN, Map.of("1", Answer.level(1)),
        List.of(innovation("C"), innovation("A"), innovation("B")));
    assertEquals(List.of("C", "A", "B"), s.innovations().stream().map(Innovation::id).toList());
  }

  @Test
  void aLevelIsZeroToThree() {
    assertEquals("a level is 0..3, not 4", assertThrows(IgaException.class, () -> Answer.level(4)).getMessage());
    assertEquals("a level is 0..3, not -1", assertThrows(IgaException.class, () -> Answer.level(-1)).getMessage());
  }

  @Test
  void anAnswerIsPendingUntilAVerifierDecides() {
    Answer a = Answer.level(2).withEvidence(List.of("sk.pdf"));
    assertEquals(new Answer.Leveled(2, List.of("sk.pdf"), Verification.PENDING), a);
    assertEquals(new Answer.Leveled(2, List.of("sk.pdf"), Verification.ACCEPTED), a.with(Verification.ACCEPTED));
  }

  @Test
  void sixAffairsAreBasicServices() {
    assertEquals(List.of(Affair.PENDIDIKAN, Affair.KESEHATAN, Affair.PEKERJAAN_UMUM, Affair.PERUMAHAN,
        Affair.TRANTIBUM, Affair.SOSIAL), Arrays.stream(Affair.values()).filter(Affair::basicService)
        .toList());
  }
}

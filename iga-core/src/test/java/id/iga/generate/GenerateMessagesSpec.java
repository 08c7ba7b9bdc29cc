package id.iga.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import id.iga.IgaException;
import id.iga.Message;
import id.iga.rubric.Rubric;
import id.iga.submission.Answer;
import id.iga.submission.Submission;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The generators' errors in Bahasa Indonesia, with the key and arguments an application would use. */
class GenerateMessagesSpec {
  private static final Rubric RUBRIC = NationalFixtures.rubric2024Shaped();

  @Test
  void aNegativeNumberOfInnovationsIsRefused() {
    NationalDataset data = NationalDataset.of(RUBRIC, NationalDataset.Coverage.KABUPATEN, 42);
    IgaException e = assertThrows(IgaException.class, () -> data.withInnovationsPerRegion(-1));
    assertEquals("satu daerah mengirim 0 inovasi atau lebih, bukan -1", e.message(Message.INDONESIAN));
    assertEquals("generate.innovationsPerRegion", e.key());
    assertEquals(List.of(-1), e.arguments());
  }

  @Test
  void raisingAnAnswerTheRubricDoesNotKnowNamesTheIndicator() {
    Submission valid = SubmissionGenerator.submission(RUBRIC, 7);
    Submission unknown = new Submission(valid.year(), valid.region(), Map.of("99", Answer.level(1)), List.of());
    IgaException e = assertThrows(IgaException.class,
        () -> SubmissionGenerator.raiseOneAnswer(RUBRIC, unknown, new SplittableRandom(1)));
    assertEquals("rubrik 2024 tidak memiliki indikator '99'; raiseOneAnswer memerlukan data penilaian yang sah "
        + "menurut rubrik tersebut", e.message(Message.INDONESIAN));
    assertEquals("generate.noIndicator", e.key());
    assertEquals(List.of(2024, "99"), e.arguments());
  }
}

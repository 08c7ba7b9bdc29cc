package id.iga.generate;

import static id.iga.MessageAssertions.assertIndonesian;

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
    assertIndonesian(() -> data.withInnovationsPerRegion(-1), "satu daerah mengirim 0 inovasi atau lebih, bukan -1",
        "generate.innovationsPerRegion", -1);
  }

  @Test
  void raisingAnAnswerTheRubricDoesNotKnowNamesTheIndicator() {
    Submission valid = SubmissionGenerator.submission(RUBRIC, 7);
    Submission unknown = new Submission(valid.year(), valid.region(), Map.of("99", Answer.level(1)), List.of());
    assertIndonesian(() -> SubmissionGenerator.raiseOneAnswer(RUBRIC, unknown, new SplittableRandom(1)),
        "rubrik 2024 tidak memiliki indikator '99'; raiseOneAnswer memerlukan data penilaian yang sah menurut rubrik "
            + "tersebut", "generate.noIndicator", 2024, "99");
  }
}

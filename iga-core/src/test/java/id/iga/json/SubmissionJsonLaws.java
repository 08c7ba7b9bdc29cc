package id.iga.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;

import org.junit.jupiter.api.Test;

class SubmissionJsonLaws {

  @Test
  void readingWhatWasWrittenGivesAnEqualSubmission() {
    qt().withExamples(500).forAll(RandomSubmissions.SUBMISSIONS)
        .checkAssert(s -> assertEquals(s, SubmissionJson.read(SubmissionJson.toJson(s))));
  }

  @Test
  void writingWhatWasReadReproducesTheDocument() {
    qt().withExamples(200).forAll(RandomSubmissions.SUBMISSIONS)
        .checkAssert(s -> assertEquals(SubmissionJson.toJson(s),
            SubmissionJson.toJson(SubmissionJson.read(SubmissionJson.toJson(s)))));
  }
}

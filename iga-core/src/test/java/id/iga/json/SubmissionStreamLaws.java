package id.iga.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import id.iga.IgaException;
import id.iga.submission.Submission;
import java.io.StringReader;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class SubmissionStreamLaws {

  /** Characters that change what a document means: structure, quotes, digits, letters, spaces. */
  private static final String EDITS = "{}[]\":,0123456789.-eE aztfnul\\";

  /** A written submission with one character deleted, inserted or replaced at a random place. */
  private static final Gen<String> EDITED = in -> {
    String json = SubmissionJson.toJson(RandomSubmissions.SUBMISSIONS.generate(in));
    int at = integers().between(0, json.length() - 1).generate(in);
    char c = EDITS.charAt(integers().between(0, EDITS.length() - 1).generate(in));
    switch (integers().between(0, 2).generate(in)) {
      case 0:
        return json.substring(0, at) + json.substring(at + 1);
      case 1:
        return json.substring(0, at) + c + json.substring(at);
      default:
        return json.substring(0, at) + c + json.substring(at + 1);
    }
  };

  private static Optional<Submission> byTree(String json) {
    try {
      return Optional.of(SubmissionJson.build(new Doc(Json.STRING_SOURCE),
          Json.parse(new StringReader(json), Json.STRING_SOURCE, 1)).submission());
    } catch (IgaException e) {
      return Optional.empty();
    }
  }

  @Test
  void theStreamReadsExactlyTheDocumentsTheTreeReadsIntoEqualSubmissions() {
    qt().withExamples(2000).forAll(EDITED)
        .checkAssert(json -> assertEquals(byTree(json), Optional.ofNullable(SubmissionStream.read(json))));
  }

  @Test
  void theStreamReadsWhatWasWrittenIntoAnEqualSubmission() {
    qt().withExamples(500).forAll(RandomSubmissions.SUBMISSIONS)
        .checkAssert(s -> assertEquals(Optional.of(s),
            Optional.ofNullable(SubmissionStream.read(SubmissionJson.toJson(s)))));
  }
}

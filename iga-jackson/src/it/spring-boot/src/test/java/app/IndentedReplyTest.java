package app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import id.iga.json.ResultJson;
import id.iga.json.SubmissionJson;
import id.iga.score.Mode;
import id.iga.submission.Submission;
import id.iga.years.Rubrics;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;

/** With Boot's indent-output switched on, the reply is the library's indented document. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {"server.address=127.0.0.1", "spring.jackson.serialization.indent-output=true"})
class IndentedReplyTest {
  @Value("${local.server.port}")
  int port;

  @Test
  void theReplyIsTheLibrarysIndentedDocument() throws Exception {
    Path example = Path.of(System.getProperty("iga.examples"), "verified", "kabupaten-kulon-progo.json");
    String json = Files.readString(example, StandardCharsets.UTF_8);
    Submission s = SubmissionJson.read(json);
    HttpResponse<String> r = ScoreOverHttpTest.post(HttpClient.newHttpClient(), port, "?mode=VERIFIED", json);
    assertEquals(200, r.statusCode(), r.body());
    String indented = ResultJson.toJson(Rubrics.scorerFor(s).score(s, Mode.VERIFIED), false);
    assertEquals(indented.substring(0, indented.length() - 1), r.body());
  }
}

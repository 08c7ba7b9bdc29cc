package app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.iga.jackson.IgaModule;
import id.iga.json.ResultJson;
import id.iga.json.SubmissionJson;
import id.iga.score.Mode;
import id.iga.score.ScoreResult;
import id.iga.submission.Submission;
import id.iga.years.Rubrics;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The application on a real embedded server bound to 127.0.0.1 at a random port, asked over HTTP: a valid submission
 * is answered with exactly the JSON the library writes, a malformed one with 400, the library's words and the JSON
 * pointer of the value at fault.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "server.address=127.0.0.1")
class ScoreOverHttpTest {
  @Value("${local.server.port}")
  int port;

  @Autowired
  JsonMapper mapper;

  private final HttpClient http = HttpClient.newHttpClient();

  static HttpResponse<String> post(HttpClient http, int port, String query, String body) throws Exception {
    HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/score" + query))
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build();
    return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  /** @return every example submission document under the repository's examples/ */
  static List<Path> examples() throws IOException {
    try (Stream<Path> files = Files.walk(Path.of(System.getProperty("iga.examples")))) {
      List<Path> out = files.filter(f -> f.toString().endsWith(".json")).sorted().toList();
      assertEquals(5, out.size(), out.toString());
      return out;
    }
  }

  static String libraryLine(ScoreResult r) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ResultJson.lines(out, false).write(r);
    String line = out.toString(StandardCharsets.UTF_8);
    return line.substring(0, line.length() - 1);
  }

  @Test
  void bootsMapperFoundTheModule() {
    assertEquals(1, mapper.registeredModules().stream().filter(m -> m instanceof IgaModule).count());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("examples")
  void aValidSubmissionIsAnsweredWithTheLibrarysResult(Path example) throws Exception {
    String json = Files.readString(example, StandardCharsets.UTF_8);
    Submission s = SubmissionJson.read(json);
    for (Mode mode : Mode.values()) {
      HttpResponse<String> r = post(http, port, "?mode=" + mode, json);
      assertEquals(200, r.statusCode(), r.body());
      assertEquals("application/json", r.headers().firstValue("Content-Type").orElseThrow());
      assertEquals(libraryLine(Rubrics.scorerFor(s).score(s, mode)), r.body());
    }
  }

  @Test
  void anUnknownFieldIsA400WithTheLibrarysWordsAndThePointer() throws Exception {
    Path example = Path.of(System.getProperty("iga.examples"), "2024", "kota-bukittinggi.json");
    String json = Files.readString(example, StandardCharsets.UTF_8);
    String spoiled = json.replaceFirst("\\{\"level\": 3\\}", "{\"levle\": 3}");
    assertTrue(!spoiled.equals(json));
    HttpResponse<String> r = post(http, port, "", spoiled);
    assertEquals(400, r.statusCode(), r.body());
    assertEquals("application/problem+json", r.headers().firstValue("Content-Type").orElseThrow());
    JsonNode problem = mapper.readTree(r.body());
    assertEquals("Invalid submission", problem.get("title").stringValue());
    assertEquals(400, problem.get("status").intValue());
    assertEquals("unknown field 'levle'; expected one of level, value, category, codes, basis, evidence, verified",
        problem.get("detail").stringValue());
    assertEquals("/spd/1/levle", problem.get("pointer").stringValue());
    assertEquals(5, problem.get("line").intValue());
    assertEquals(11, problem.get("column").intValue());
    assertEquals("/score", problem.get("instance").stringValue());
  }

  @Test
  void aDuplicateKeyIsA400Too() throws Exception {
    String json = "{\"year\": 2024, \"year\": 2025}";
    HttpResponse<String> r = post(http, port, "", json);
    assertEquals(400, r.statusCode(), r.body());
    JsonNode problem = mapper.readTree(r.body());
    assertEquals("duplicate key 'year'; a key may appear only once in an object", problem.get("detail").stringValue());
    assertEquals("/year", problem.get("pointer").stringValue());
    assertEquals(1, problem.get("line").intValue());
    assertEquals(16, problem.get("column").intValue());
  }

  @Test
  void aBodyThatIsNotJsonIsA400OfItsOwn() throws Exception {
    HttpResponse<String> r = post(http, port, "", "{\"year\": 2024,");
    assertEquals(400, r.statusCode(), r.body());
    JsonNode problem = mapper.readTree(r.body());
    assertEquals("Unreadable request", problem.get("title").stringValue());
  }

  @Test
  void aSubmissionThatDoesNotFitTheYearAskedForIsA422WithThePointer() throws Exception {
    Path example = Path.of(System.getProperty("iga.examples"), "2026", "kabupaten-wonosobo.json");
    HttpResponse<String> r = post(http, port, "?year=2024", Files.readString(example, StandardCharsets.UTF_8));
    assertEquals(422, r.statusCode(), r.body());
    JsonNode problem = mapper.readTree(r.body());
    assertEquals("/spd/1", problem.get("pointer").stringValue());
    assertEquals("indicator 1 (Visi dan Misi): this indicator is answered by level only ({\"level\": 0..3}); no "
        + "fact is defined for it", problem.get("detail").stringValue());
  }
}

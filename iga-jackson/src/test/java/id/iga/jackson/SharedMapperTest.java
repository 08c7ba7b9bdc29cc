package id.iga.jackson;

import static org.junit.jupiter.api.Assertions.assertEquals;

import id.iga.jackson.Examples.Example;
import id.iga.json.ResultJson;
import id.iga.json.SubmissionJson;
import id.iga.score.Mode;
import id.iga.score.ScoreResult;
import id.iga.submission.Submission;
import id.iga.years.Rubrics;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** One mapper shared by several threads, as an application shares it, reads and writes as it does alone. */
class SharedMapperTest {
  private static final int THREADS = 4;
  private static final int ROUNDS = 5;

  @Test
  void fourThreadsReadScoreAndWriteEveryExampleThroughOneMapper() throws Exception {
    JsonMapper mapper = JsonMapper.builder().addModule(new IgaModule())
        .enable(SerializationFeature.INDENT_OUTPUT).build();
    List<Example> examples = Examples.all();
    // What the library alone gives, computed first on this thread.
    List<Submission> submissions = new ArrayList<>();
    List<String> expected = new ArrayList<>();
    for (Example e : examples) {
      Submission s = SubmissionJson.read(e.json());
      submissions.add(s);
      expected.add(ResultJson.toJson(Rubrics.scorer(s.year()).score(s, Mode.VERIFIED), false));
    }
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    try {
      List<Future<Integer>> done = new ArrayList<>();
      for (int t = 0; t < THREADS; t++) {
        int offset = t;
        done.add(pool.submit(() -> {
          start.await();
          int checked = 0;
          for (int round = 0; round < ROUNDS; round++) {
            // Each thread starts at another example, so that different documents are in flight at once.
            for (int k = 0; k < examples.size(); k++) {
              int i = (k + offset * 3) % examples.size();
              Submission s = mapper.readValue(examples.get(i).json(), Submission.class);
              assertEquals(submissions.get(i), s, examples.get(i).name());
              ScoreResult r = Rubrics.scorer(s.year()).score(s, Mode.VERIFIED);
              assertEquals(expected.get(i), mapper.writeValueAsString(r) + "\n", examples.get(i).name());
              checked++;
            }
          }
          return checked;
        }));
      }
      start.countDown();
      int total = 0;
      for (Future<Integer> f : done) {
        total += f.get(5, TimeUnit.MINUTES);
      }
      assertEquals(THREADS * ROUNDS * examples.size(), total);
    } finally {
      pool.shutdownNow();
    }
  }
}

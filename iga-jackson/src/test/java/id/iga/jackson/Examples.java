package id.iga.jackson;

import id.iga.json.SubmissionJson;
import id.iga.submission.Submission;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** The example submissions of the repository ({@code examples/}, passed by the build as {@code iga.examples}). */
final class Examples {
  private Examples() {}

  /**
   * One example document.
   *
   * @param name its file, and for a line of a dataset its line number
   * @param json its text
   */
  record Example(String name, String json) {
    Submission submission() {
      return SubmissionJson.read(json);
    }

    @Override
    public String toString() {
      return name;
    }
  }

  static Path root() {
    return Path.of(System.getProperty("iga.examples", "../examples"));
  }

  /** @return every {@code .json} document under {@code examples/}, by name */
  static List<Example> documents() {
    List<Example> out = new ArrayList<>();
    for (Path f : files(".json")) {
      out.add(new Example(root().relativize(f).toString(), read(f)));
    }
    if (out.size() < 5) {
      throw new IllegalStateException("expected the five example documents under " + root() + ", found " + out);
    }
    return out;
  }

  /** @return every line of the example dataset ({@code examples/2024/dataset.jsonl}): eight regions, each once */
  static List<Example> datasetLines() {
    Path f = root().resolve("2024/dataset.jsonl");
    List<Example> out = new ArrayList<>();
    String[] lines = read(f).split("\n");
    for (int i = 0; i < lines.length; i++) {
      out.add(new Example("2024/dataset.jsonl:" + (i + 1), lines[i]));
    }
    return out;
  }

  /** @return the documents, then the dataset's lines */
  static List<Example> all() {
    List<Example> out = new ArrayList<>(documents());
    out.addAll(datasetLines());
    return out;
  }

  private static List<Path> files(String suffix) {
    try (Stream<Path> s = Files.walk(root())) {
      return s.filter(p -> p.toString().endsWith(suffix)).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String read(Path f) {
    try {
      return Files.readString(f, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

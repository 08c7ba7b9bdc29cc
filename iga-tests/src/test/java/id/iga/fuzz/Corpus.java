package id.iga.fuzz;

import id.iga.generate.NationalDataset;
import id.iga.generate.SubmissionGenerator;
import id.iga.json.SubmissionJson;
import id.iga.rubric.Rubric;
import id.iga.submission.Submission;
import id.iga.years.Rubrics;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;

/**
 * The valid documents mutations start from: the bundled examples (each {@code .json} file and each line of each
 * {@code .jsonl}), and a pool of submissions drawn by {@code id.iga.generate}'s seeded generators from the run's seed
 * for every year available, written pretty or as one line.
 */
final class Corpus {
  /** The repository's examples: Surefire runs in iga-tests, they sit beside it. */
  static final Path EXAMPLES = Path.of("..", "examples");

  private final List<Base> examples;
  private final List<Integer> years = Rubrics.available();
  private final List<Base> generated = new ArrayList<>();
  private final List<Base> national = new ArrayList<>();
  private final Base neighbourLine;
  private final Base neighbourDocument;

  /**
   * @param seed the run's seed
   * @param pool how many documents to generate
   */
  Corpus(long seed, int pool) {
    this.examples = examples();
    generate(new SplittableRandom(seed), pool);
    this.neighbourLine = Stream.concat(examples.stream(), generated.stream()).filter(Base::oneLine)
        .min(Comparator.comparingInt(b -> b.text().length())).orElseThrow();
    this.neighbourDocument = new Base(neighbourLine.name() + " pretty",
        SubmissionJson.toJson(neighbourLine.submission()), neighbourLine.submission());
  }

  /** @return the examples, one base each */
  List<Base> examples() {
    List<Base> out = new ArrayList<>();
    try (Stream<Path> files = Files.walk(EXAMPLES)) {
      for (Path file : files.sorted().toList()) {
        String name = EXAMPLES.relativize(file).toString();
        if (name.endsWith(".json")) {
          String text = Files.readString(file);
          out.add(new Base(name, text, SubmissionJson.read(text)));
        } else if (name.endsWith(".jsonl")) {
          List<String> lines = Files.readAllLines(file);
          for (int i = 0; i < lines.size(); i++) {
            if (!lines.get(i).isBlank()) {
              out.add(new Base(name + ":" + (i + 1), lines.get(i), SubmissionJson.read(lines.get(i))));
            }
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (out.size() < 5) {
      throw new IllegalStateException("expected the examples under " + EXAMPLES.toAbsolutePath() + ", found " + out);
    }
    return out;
  }

  /** @return the shortest valid line, example or generated: the line every case's dataset begins and ends with */
  Base neighbourLine() {
    return neighbourLine;
  }

  /** @return the same submission pretty-printed: the document that every case's standard input begins with */
  Base neighbourDocument() {
    return neighbourDocument;
  }

  /**
   * @param random the case's randomness
   * @return a valid document: an example (one case in twenty), a region of a generated national dataset (one in a
   *     hundred, as they send up to 220 innovations), or a generated submission (most with a few innovations), each
   *     drawn from the run's pool: a large document costs every reader, and is spoiled in the same ways as a small one
   */
  Base draw(SplittableRandom random) {
    int choice = random.nextInt(100);
    if (choice < 5) {
      return examples.get(random.nextInt(examples.size()));
    }
    if (choice < 6) {
      return national.get(random.nextInt(national.size()));
    }
    return generated.get(random.nextInt(generated.size()));
  }

  /**
   * Draws the generated documents once, since drawing a submission costs more than checking it: each case picks one.
   *
   * @param random the run's randomness
   * @param count how many
   */
  private void generate(SplittableRandom random, int count) {
    for (int i = 0; i < count; i++) {
      int year = years.get(random.nextInt(years.size()));
      Rubric rubric = Rubrics.forYear(year);
      Submission s;
      String name;
      if (i % 8 == 0) {
        NationalDataset d = NationalDataset.of(rubric, NationalDataset.Coverage.ALL, random.nextLong());
        int index = random.nextInt(d.size());
        s = d.submission(index);
        name = "NationalDataset.of(rubric " + year + ", ALL, seed " + d.seed() + ").submission(" + index + ")";
      } else {
        long seed = random.nextLong();
        s = SubmissionGenerator.submission(rubric, seed);
        name = "SubmissionGenerator.submission(rubric " + year + ", seed " + seed + ")";
        if (random.nextInt(12) > 0) {
          // Most keep a few innovations: a smaller document is read many times faster, and spoiled the same ways.
          int keep = Math.min(s.innovations().size(), random.nextInt(8));
          s = new Submission(s.year(), s.region(), s.spd(), s.innovations().subList(0, keep));
          name += " with its first " + keep + " innovations";
        }
      }
      boolean line = random.nextBoolean();
      Base b = new Base(name + (line ? " as a line" : " pretty"), line ? compact(s) : SubmissionJson.toJson(s), s);
      (i % 8 == 0 ? national : generated).add(b);
    }
  }

  private static String compact(Submission s) {
    var out = new java.io.ByteArrayOutputStream();
    SubmissionJson.writeLine(s, out);
    String line = out.toString(java.nio.charset.StandardCharsets.UTF_8);
    return line.substring(0, line.length() - 1);
  }
}

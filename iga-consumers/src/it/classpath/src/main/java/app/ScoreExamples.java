package app;

import id.iga.IgaException;
import id.iga.Location;
import id.iga.json.LocatedSubmission;
import id.iga.json.SubmissionSource;
import id.iga.score.Mode;
import id.iga.score.ScoreResult;
import id.iga.years.Rubrics;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Scores every submission under an examples folder (each .json document and each line of each .jsonl dataset) under
 * every year the class path serves: CLAIMED, and VERIFIED too for those under verified/. One line per score:
 * {@code 2024/dataset.jsonl:2 2025 CLAIMED 37.79 KURANG_INOVATIF}, or, when the year cannot score the submission,
 * {@code ... rejected 5:10 /spd/1}: the line, column and JSON pointer of the answer at fault.
 */
public final class ScoreExamples {
  private ScoreExamples() {}

  public static void main(String[] args) throws IOException {
    Path examples = Path.of(args[0]);
    List<Integer> years = Rubrics.available();
    System.out.println("years " + years);
    for (Path file : files(examples)) {
      String name = examples.relativize(file).toString().replace('\\', '/');
      boolean dataset = name.endsWith(".jsonl");
      List<Mode> modes = name.startsWith("verified/") ? List.of(Mode.CLAIMED, Mode.VERIFIED) : List.of(Mode.CLAIMED);
      try (SubmissionSource in = SubmissionSource.open(file)) {
        int line = 0;
        while (in.hasNext()) {
          LocatedSubmission read = in.next();
          line++;
          String label = dataset ? name + ":" + line : name;
          for (int year : years) {
            for (Mode mode : modes) {
              System.out.println(label + " " + year + " " + mode + " " + score(read, year, mode));
            }
          }
        }
      }
    }
  }

  private static String score(LocatedSubmission read, int year, Mode mode) {
    try {
      ScoreResult r = read.score(Rubrics.scorer(year), mode);
      return r.iid().value().toPlainString() + " " + r.predikat();
    } catch (IgaException e) {
      Location at = e.location().orElseThrow(() -> e);
      return "rejected " + at.line() + ":" + at.column() + " " + at.pointer();
    }
  }

  private static List<Path> files(Path examples) throws IOException {
    try (Stream<Path> all = Files.walk(examples)) {
      List<Path> files = new ArrayList<>();
      all.filter(p -> p.toString().endsWith(".json") || p.toString().endsWith(".jsonl")).sorted().forEach(files::add);
      if (files.isEmpty()) {
        throw new IllegalArgumentException("no .json or .jsonl file under " + examples);
      }
      return files;
    }
  }
}

package app;

import id.iga.json.SubmissionJson;
import id.iga.score.Mode;
import id.iga.submission.Submission;
import id.iga.years.Rubrics;
import java.nio.file.Path;

/**
 * Prints the years {@link Rubrics} finds on the class path ({@code years [2023, 2024]}), then the IID of the
 * submission named by the argument under each of them: what a fat jar must still serve.
 */
public final class Years {
  private Years() {}

  public static void main(String[] args) {
    System.out.println("years " + Rubrics.available());
    Submission submission = SubmissionJson.read(Path.of(args[0]));
    for (int year : Rubrics.available()) {
      System.out.println(year + " " + Rubrics.scorer(year).score(submission, Mode.CLAIMED).iid().value().toPlainString());
    }
  }
}

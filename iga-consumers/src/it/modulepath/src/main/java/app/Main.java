package app;

import id.iga.json.LocatedSubmission;
import id.iga.json.SubmissionJson;
import id.iga.rubric.RubricProvider;
import id.iga.score.Mode;
import id.iga.score.ScoreResult;
import id.iga.score.Scorer;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.ServiceLoader;
import java.util.TreeSet;

/**
 * Prints the application modules of the boot layer (what the module system resolved, or what jlink put in the
 * image), then, for every {@link RubricProvider} that {@link ServiceLoader} finds, its year, the module it came
 * from, and the IID of the submission named by the argument under that year.
 */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    TreeSet<String> modules = new TreeSet<>();
    for (Module m : ModuleLayer.boot().modules()) {
      if (!m.getName().startsWith("java.") && !m.getName().startsWith("jdk.")) {
        modules.add(m.getName());
      }
    }
    System.out.println("modules " + modules);
    LocatedSubmission read = SubmissionJson.readLocated(Path.of(args[0]));
    ServiceLoader.load(RubricProvider.class).stream()
        .map(ServiceLoader.Provider::get)
        .sorted(Comparator.comparingInt(RubricProvider::year))
        .forEach(provider -> {
          ScoreResult r = read.score(Scorer.of(provider.load()), Mode.CLAIMED);
          System.out.println(provider.year() + " " + provider.getClass().getModule().getName() + " "
              + r.iid().value().toPlainString() + " " + r.predikat());
        });
  }
}

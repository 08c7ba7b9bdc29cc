package id.iga.years;

import static org.junit.jupiter.api.Assertions.assertEquals;

import id.iga.rubric.RubricProvider;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.ServiceLoader;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Every year module the build lists is served, and each follows the convention the architecture rules and
 * docs/adding-a-year.md rely on: module {@code iga-rubric-YEAR}, package {@code id.iga.rubric.yYEAR}, provider
 * {@code RubricYEARProvider}, document {@code rubric-YEAR.json}. This module sees the years through iga-cli's
 * dependencies, so a year module missing from the command line fails here.
 */
class YearModulesTest {
  private static final Pattern YEAR_MODULE = Pattern.compile("<module>iga-rubric-(\\d{4})</module>");

  /** The years of the {@code iga-rubric-YEAR} modules of the parent POM, in its order. */
  static List<Integer> ofTheBuild() throws IOException {
    // Surefire runs in iga-tests; the parent POM is beside it.
    String pom = Files.readString(Path.of("").toAbsolutePath().getParent().resolve("pom.xml"));
    Matcher m = YEAR_MODULE.matcher(pom);
    return m.results().map(r -> Integer.valueOf(r.group(1))).toList();
  }

  private static List<RubricProvider> providers() {
    return ServiceLoader.load(RubricProvider.class).stream().map(ServiceLoader.Provider::get)
        .sorted(Comparator.comparingInt(RubricProvider::year)).toList();
  }

  @Test
  void theCommandLineServesEveryYearModuleOfTheBuildAndNoOther() throws IOException {
    assertEquals(ofTheBuild().stream().sorted().toList(), Rubrics.available());
  }

  @Test
  void eachProviderIsNamedAfterItsYearInThePackageOfItsYear() {
    assertEquals(Rubrics.available().stream().map(y -> "id.iga.rubric.y" + y + ".Rubric" + y + "Provider").toList(),
        providers().stream().map(p -> p.getClass().getName()).toList());
  }

  @Test
  void eachProviderComesFromTheModuleOfItsYear() {
    // A jar iga-rubric-YEAR-VERSION.jar, or the folder iga-rubric-YEAR/target/classes when the reactor stops short of
    // packaging.
    assertEquals(Rubrics.available().stream().map(y -> "iga-rubric-" + y).toList(), providers().stream()
        .map(p -> p.getClass().getProtectionDomain().getCodeSource().getLocation().getPath())
        .map(YearModulesTest::moduleOf).toList());
  }

  private static String moduleOf(String location) {
    Matcher m = Pattern.compile("/(iga-rubric-\\d{4})(?:-[^/]*\\.jar$|/[^/]+/classes/$)").matcher(location);
    return m.find() ? m.group(1) : location;
  }

  @Test
  void eachYearsDocumentIsNamedAfterItsYearAndLiesBesideItsProvider() {
    assertEquals(Rubrics.available().stream().map(y -> "rubric-" + y + ".json").toList(),
        providers().stream().map(YearModulesTest::documentBeside).toList());
  }

  private static String documentBeside(RubricProvider p) {
    String document = "rubric-" + p.year() + ".json";
    return p.getClass().getResource(document) != null ? document : "no " + document + " beside " + p.getClass();
  }
}

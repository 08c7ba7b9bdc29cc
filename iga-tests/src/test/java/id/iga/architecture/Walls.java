package id.iga.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.describe;
import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import id.iga.rubric.RubricProvider;
import java.util.regex.Pattern;

/**
 * The walls between the project's packages and modules, each rule defined once: {@link WallsTest} checks them over
 * the classes the command line ships, {@link WallFixturesTest} shows that each reports a class that breaks it.
 *
 * <p>A year module is known by its package, {@code id.iga.rubric.y} and the four digits of its year (see
 * docs/adding-a-year.md): no rule names a year.
 */
public final class Walls {
  private Walls() {}

  private static final Pattern YEAR_PACKAGE = Pattern.compile("id\\.iga\\.rubric\\.y\\d{4}(\\..+)?");

  /** Classes of a year module: package {@code id.iga.rubric.yYEAR}, or a package below it. */
  public static final DescribedPredicate<JavaClass> IN_A_YEAR_MODULE = describe(
      "reside in a year module (package id.iga.rubric.yYEAR)", c -> YEAR_PACKAGE.matcher(c.getPackageName()).matches());

  /** Classes of the command line. */
  public static final DescribedPredicate<JavaClass> IN_THE_CLI = resideInAPackage("id.iga.cli..")
      .as("reside in the command line (id.iga.cli..)");

  /** Classes of iga-core: the rest of {@code id.iga..}. */
  public static final DescribedPredicate<JavaClass> IN_THE_CORE = resideInAPackage("id.iga..")
      .and(not(IN_A_YEAR_MODULE)).and(not(IN_THE_CLI))
      .as("reside in iga-core (id.iga.., outside the year modules and the command line)");

  /** Each package of {@code id.iga..}, {@code id.iga} itself included, is a slice of its own. */
  private static final SliceAssignment EACH_PACKAGE_OF_ID_IGA = new SliceAssignment() {
    @Override
    public SliceIdentifier getIdentifierOf(JavaClass c) {
      String p = c.getPackageName();
      return p.equals("id.iga") || p.startsWith("id.iga.") ? SliceIdentifier.of(p) : SliceIdentifier.ignore();
    }

    @Override
    public String getDescription() {
      return "each package of id.iga..";
    }
  };

  /** No cycle between the packages of {@code id.iga..}. */
  public static final ArchRule NO_PACKAGE_CYCLES = slices().assignedFrom(EACH_PACKAGE_OF_ID_IGA)
      .should().beFreeOfCycles();

  /** Jackson stays behind the JSON package: the model and the engine know no JSON library. */
  public static final ArchRule JACKSON_ONLY_IN_THE_JSON_PACKAGE = noClasses()
      .that().resideOutsideOfPackage("id.iga.json..")
      .should().dependOnClassesThat().resideInAPackage("com.fasterxml.jackson..")
      .because("the JSON package reads and writes with jackson-core's streaming API so that errors can name their "
          + "place; nothing else may depend on the library");

  /** The core knows no year and no command line: years arrive through ServiceLoader. */
  public static final ArchRule THE_CORE_KNOWS_NO_YEAR_AND_NO_CLI = noClasses().that(IN_THE_CORE)
      .should().dependOnClassesThat(IN_A_YEAR_MODULE.or(IN_THE_CLI)
          .as("reside in a year module (package id.iga.rubric.yYEAR) or in the command line (id.iga.cli..)"))
      .because("the rubric years arrive through java.util.ServiceLoader, and the command line is built on the core");

  /** A year module's main code is its provider and its package-info: the rest is its rubric document. */
  public static final ArchRule A_YEAR_MODULE_IS_ITS_PROVIDER = classes().that(IN_A_YEAR_MODULE)
      .should().beAssignableTo(RubricProvider.class).orShould().haveSimpleName("package-info")
      .because("a year is data: a rubric document and the provider that serves it");
}

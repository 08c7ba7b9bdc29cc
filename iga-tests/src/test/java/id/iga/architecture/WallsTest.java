package id.iga.architecture;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The walls hold over the main classes of every module on this class path: iga-core, iga-cli and every year module
 * the command line serves (tests and their fixtures are left out).
 */
@AnalyzeClasses(packages = "id.iga", importOptions = ImportOption.DoNotIncludeTests.class)
class WallsTest {
  @ArchTest
  static final ArchRule noCycleBetweenThePackagesOfIdIga = Walls.NO_PACKAGE_CYCLES;

  @ArchTest
  static final ArchRule jacksonIsUsedOnlyByTheJsonPackage = Walls.JACKSON_ONLY_IN_THE_JSON_PACKAGE;

  @ArchTest
  static final ArchRule theCoreDependsOnNoYearModuleAndNotOnTheCommandLine = Walls.THE_CORE_KNOWS_NO_YEAR_AND_NO_CLI;

  @ArchTest
  static final ArchRule aYearModulesMainCodeIsItsProviderAndItsPackageInfo = Walls.A_YEAR_MODULE_IS_ITS_PROVIDER;
}

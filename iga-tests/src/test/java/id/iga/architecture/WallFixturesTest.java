package id.iga.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Each wall can fail: evaluated on a fixture that breaks it (classes of this module's tests, under
 * {@code id.iga.architecture.fixture} and the fixture year {@code id.iga.rubric.y1999}), the same rule that
 * {@link WallsTest} checks reports exactly the violations the fixture holds.
 */
class WallFixturesTest {
  private static List<String> violations(ArchRule rule, String fixture) {
    return rule.evaluate(new ClassFileImporter().importPackages(fixture)).getFailureReport().getDetails();
  }

  @Test
  void twoPackagesThatUseEachOtherAreACycle() {
    assertEquals(List.of("""
        Cycle detected: Slice id.iga.architecture.fixture.cycle.a -> \n\
                        Slice id.iga.architecture.fixture.cycle.b -> \n\
                        Slice id.iga.architecture.fixture.cycle.a
          1. Dependencies of Slice id.iga.architecture.fixture.cycle.a
            - Method <id.iga.architecture.fixture.cycle.a.Ask.bid()> has return type \
        <id.iga.architecture.fixture.cycle.b.Bid> in (Ask.java:0)
            - Method <id.iga.architecture.fixture.cycle.a.Ask.bid()> calls method \
        <id.iga.architecture.fixture.cycle.b.Bid.answer()> in (Ask.java:11)
          2. Dependencies of Slice id.iga.architecture.fixture.cycle.b
            - Method <id.iga.architecture.fixture.cycle.b.Bid.answer()> calls method \
        <id.iga.architecture.fixture.cycle.a.Ask.bid()> in (Bid.java:11)"""),
        violations(Walls.NO_PACKAGE_CYCLES, "id.iga.architecture.fixture.cycle"));
  }

  @Test
  void aClassOutsideTheJsonPackageThatUsesJacksonIsReported() {
    assertEquals(List.of(
        "Method <id.iga.architecture.fixture.jackson.ParsesByHand.factory()> calls constructor "
            + "<com.fasterxml.jackson.core.JsonFactory.<init>()> in (ParsesByHand.java:11)",
        "Method <id.iga.architecture.fixture.jackson.ParsesByHand.factory()> has return type "
            + "<com.fasterxml.jackson.core.JsonFactory> in (ParsesByHand.java:0)"),
        violations(Walls.JACKSON_ONLY_IN_THE_JSON_PACKAGE, "id.iga.architecture.fixture.jackson"));
  }

  @Test
  void aCoreClassThatNamesAYearModuleOrTheCommandLineIsReported() {
    assertEquals(List.of(
        "Method <id.iga.architecture.fixture.core.ReachesOut.run()> calls method "
            + "<id.iga.cli.Main.main([Ljava.lang.String;)> in (ReachesOut.java:18)",
        "Method <id.iga.architecture.fixture.core.ReachesOut.year1999()> calls constructor "
            + "<id.iga.rubric.y1999.Rubric1999Provider.<init>()> in (ReachesOut.java:13)",
        "Method <id.iga.architecture.fixture.core.ReachesOut.year1999()> calls method "
            + "<id.iga.rubric.y1999.Rubric1999Provider.load()> in (ReachesOut.java:13)"),
        violations(Walls.THE_CORE_KNOWS_NO_YEAR_AND_NO_CLI, "id.iga.architecture.fixture.core"));
  }

  @Test
  void aYearModuleClassBesideItsProviderAndPackageInfoIsReported() {
    assertEquals(List.of("Class <id.iga.rubric.y1999.Thresholds> does not have simple name 'package-info' in "
        + "(Thresholds.java:0) and Class <id.iga.rubric.y1999.Thresholds> is not assignable to "
        + "id.iga.rubric.RubricProvider in (Thresholds.java:0)"),
        violations(Walls.A_YEAR_MODULE_IS_ITS_PROVIDER, "id.iga.rubric.y1999"));
  }
}

package id.iga.csv;

import static id.iga.compare.CompareFixtures.withRegion;
import static id.iga.compare.CompareFixtures.y2024;
import static id.iga.compare.CompareFixtures.y2025;
import static id.iga.csv.CsvFixtures.csv;
import static id.iga.csv.CsvFixtures.result;
import static id.iga.csv.CsvFixtures.sragenNamed;
import static id.iga.plan.PlanFixtures.answers;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.lists;

import id.iga.compare.Sensitivity;
import id.iga.compare.Sweep;
import id.iga.compare.YearComparison;
import id.iga.plan.NewInnovations;
import id.iga.plan.PlanFixtures;
import id.iga.plan.Planner;
import id.iga.plan.Target;
import id.iga.rank.RankScope;
import id.iga.rank.Ranking;
import id.iga.rubric.Fact;
import id.iga.rubric.Overrides;
import id.iga.score.Mode;
import id.iga.submission.Affair;
import id.iga.submission.Answer;
import id.iga.submission.Innovation;
import id.iga.submission.Region;
import id.iga.submission.RegionType;
import id.iga.submission.Stage;
import id.iga.submission.Submission;
import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.quicktheories.QuickTheory;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Laws of every CSV writer over generated names: a region's name, and an innovation's id and title, drawn often to
 * begin with a character a spreadsheet reads as a formula and to hold commas, quotes and line breaks. Each output is
 * read back by a strict RFC 4180 reader. The seed is fixed, so a run is reproducible.
 */
class CsvLaws {
  private static final int EXAMPLES = 300;

  private static QuickTheory laws() {
    return qt().withFixedSeed(20_260_611L).withExamples(EXAMPLES);
  }

  /** The six characters OWASP lists, the characters RFC 4180 quotes for, and some that need nothing. */
  private static final List<String> CHARACTERS = List.of("=", "+", "-", "@", "\t", "\r", ",", "\"", "\n", "'", " ",
      "a", "Z", "7", ".", "é", "ŋ", "中", ";", "(");

  /** Names of 1 to 12 of those characters, not blank (a region's name never is). */
  private static Gen<String> names() {
    return lists().of(Generate.pick(CHARACTERS)).ofSizeBetween(1, 12).map(cs -> String.join("", cs))
        .assuming(n -> !n.isBlank());
  }

  /** Every writer, each fed items that carry the name: the output's name, and its text. */
  private static Map<String, String> outputs(String name) {
    Region region = sragenNamed(name);
    Submission comparisonFixture = withRegion(region, "15", "SK_PD");
    Submission plannable = new Submission(2024, region, answers("1", Answer.fact(Fact.quantity(60))), List.of(
        new Innovation(name, name, "Dinas", Affair.PENDIDIKAN, Stage.PENERAPAN,
            answers("2", Answer.fact(Fact.category("PERKADA")), "3", 1))));
    Submission ready = new Submission(2024, region, Map.of(), List.of(
        new Innovation(name, name, "Dinas", Affair.PENDIDIKAN, Stage.PENERAPAN, answers("1", 1, "2", 1, "3", 1))));
    Map<String, String> out = new LinkedHashMap<>();
    out.put("result", csv(ResultCsv::writer, List.of(result(region))));
    out.put("rank", csv(RankCsv::writer, Ranking.of(List.of(result(region), result(new Region("33.07", "Wonosobo",
        RegionType.KABUPATEN, "33"))), RankScope.NATIONAL, EnumSet.of(RegionType.KABUPATEN), null).rows()));
    out.put("comparison", csv(ComparisonCsv::writer, List.of(YearComparison.of(List.of(y2024(), y2025()))
        .compare(comparisonFixture, Mode.CLAIMED))));
    out.put("difference", csv(DifferenceCsv::writer, List.of(Sensitivity.of(y2024(), List.of(Overrides.parse("k=3")))
        .score(comparisonFixture, Mode.CLAIMED))));
    out.put("sweep", csv(DifferenceCsv::sweepWriter, Sweep.of(y2024(), List.of(), "k=2,3")
        .score(comparisonFixture, Mode.CLAIMED)));
    Planner facts = Planner.of(PlanFixtures.facts());
    out.put("plan", csv(PlanCsv::writer, List.of(
        facts.plan(plannable, Mode.CLAIMED, Target.iid(new BigDecimal("100")),
            NewInnovations.ofMaturity(BigDecimal.TEN)),
        facts.plan(plannable, Mode.VERIFIED, Target.iid(new BigDecimal("90"))))));
    Planner readiness = Planner.of(PlanFixtures.readiness());
    out.put("readiness", csv(PlanCsv::readinessWriter, List.of(
        readiness.readiness(ready, Mode.CLAIMED, new BigDecimal("12")),
        readiness.readiness(ready, Mode.CLAIMED, new BigDecimal("20")))));
    return out;
  }

  /**
   * Whether a cell was given the name: every one of its column, except the other region of the ranking and, in a
   * plan, the innovation of a start, of a region row's raise, and of a new innovation ({@code new-1}, which no
   * generated name can be: they have no {@code n} or {@code w}).
   */
  private static boolean carriesTheName(String kind, String column, List<String> header, List<String> row) {
    return switch (kind) {
      case "rank" -> !row.get(header.indexOf("code")).equals("33.07");
      case "plan" -> !column.equals("innovation") || row.get(header.indexOf("kind")).equals("RAISE")
          && !row.get(header.indexOf("innovation")).isEmpty()
          && !row.get(header.indexOf("innovation")).startsWith("new-");
      default -> true;
    };
  }

  private static boolean startsAFormula(String text) {
    return !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0;
  }

  @Test
  void aTextCellReadsBackAsTheNameOrAsAnApostropheAndTheNameExactlyWhenTheNameStartsAFormula() {
    laws().forAll(names()).checkAssert(name -> {
      String expected = startsAFormula(name) ? "'" + name : name;
      outputs(name).forEach((kind, text) -> {
        List<List<String>> records = Rfc4180.read(text);
        List<String> header = records.get(0);
        for (String column : List.of("name", "innovation", "title")) {
          int i = header.indexOf(column);
          for (List<String> row : i < 0 ? List.<List<String>>of() : records.subList(1, records.size())) {
            if (carriesTheName(kind, column, header, row)) {
              assertEquals(expected, row.get(i), () -> kind + " " + column + " of " + row);
            }
          }
        }
      });
    });
  }

  @Test
  void everyRowHasAsManyCellsAsTheHeader() {
    laws().forAll(names()).checkAssert(name -> outputs(name).forEach((kind, text) -> {
      List<List<String>> records = Rfc4180.read(text);
      for (List<String> row : records) {
        assertEquals(records.get(0).size(), row.size(), () -> kind + ": " + row);
      }
    }));
  }
}

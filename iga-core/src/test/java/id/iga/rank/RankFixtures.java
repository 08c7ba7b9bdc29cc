package id.iga.rank;

import static id.iga.rubric.RubricFixtures.KNOWN;
import static id.iga.rubric.RubricFixtures.bands2024;
import static id.iga.rubric.RubricFixtures.levelOnly;
import static id.iga.rubric.RubricFixtures.parameters;

import id.iga.rubric.Rubric;
import id.iga.rubric.Scope;
import id.iga.score.Mode;
import id.iga.score.ScoreResult;
import id.iga.score.Scorer;
import id.iga.submission.Answer;
import id.iga.submission.Region;
import id.iga.submission.RegionType;
import id.iga.submission.Submission;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Results whose IID is chosen digit by digit: region rows of weight 10, 1, 0.1 and 0.01 answered at levels 0..3, an
 * innovation row of weight 22.22 and a count score of at most 0.01, so the maximum total is 100 and a submission
 * without innovations has IID = 10a + b + 0.1c + 0.01d exactly.
 */
final class RankFixtures {
  private RankFixtures() {}

  static Rubric digits(int year) {
    return Rubric.builder(year).title("Digits").provenance(KNOWN)
        .indicators(List.of(levelOnly("1", Scope.REGION, "Puluhan", "10", false),
            levelOnly("2", Scope.REGION, "Satuan", "1", false),
            levelOnly("3", Scope.REGION, "Persepuluhan", "0.1", false),
            levelOnly("4", Scope.REGION, "Perseratusan", "0.01", false),
            levelOnly("5", Scope.INNOVATION, "Inovasi", "22.22", false)))
        .bands(bands2024()).parameters(parameters(1, "0.01", 1, 0, RoundingMode.HALF_UP)).build();
  }

  private static final Scorer Y2024 = Scorer.of(digits(2024));

  /**
   * @param region the region
   * @param levels the levels of rows 1..4: {@code "3210"} gives IID 32.10
   * @return its 2024 result
   */
  static ScoreResult result(Region region, String levels) {
    return result(Y2024, region, levels);
  }

  static ScoreResult result(Scorer scorer, Region region, String levels) {
    Map<String, Answer> spd = new LinkedHashMap<>();
    for (int i = 0; i < 4; i++) {
      spd.put(String.valueOf(i + 1), Answer.level(levels.charAt(i) - '0'));
    }
    return scorer.score(new Submission(2024, region, spd, List.of()), Mode.CLAIMED);
  }

  static Region kabupaten(String code, String name) {
    return new Region(code, "Kabupaten " + name, RegionType.KABUPATEN, code.substring(0, 2));
  }

  static Region kota(String code, String name) {
    return new Region(code, "Kota " + name, RegionType.KOTA, code.substring(0, 2));
  }
}

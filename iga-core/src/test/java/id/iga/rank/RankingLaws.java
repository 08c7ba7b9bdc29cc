package id.iga.rank;

import static id.iga.rank.RankFixtures.result;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

import id.iga.score.ScoreResult;
import id.iga.submission.Region;
import id.iga.submission.RegionType;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** Laws of ranking over datasets of random IIDs, with many ties, spread over three provinces. */
class RankingLaws {
  /** Levels of the four digit rows, each 0..3: IIDs from 0.00 to 33.33, often equal. The first is a kabupaten. */
  private static Gen<List<String>> levels() {
    return lists().of(strings().betweenCodePoints('0', '3').ofLength(4)).ofSizeBetween(1, 40);
  }

  private static List<ScoreResult> dataset(List<String> levels) {
    List<ScoreResult> out = new ArrayList<>();
    for (int i = 0; i < levels.size(); i++) {
      // Provinces 97, 98 and 99 are not in the list of regions, so any type may be given for their codes.
      String province = String.valueOf(97 + i % 3);
      RegionType type = i % 4 == 3 ? RegionType.KOTA : RegionType.KABUPATEN;
      String code = province + "." + String.format(Locale.ROOT, "%02d", 1 + i);
      out.add(result(new Region(code, "Daerah " + code, type, province), levels.get(i)));
    }
    return out;
  }

  @Test
  void aRankIsOnePlusTheNumberOfRegionsInItsGroupWithAHigherIid() {
    qt().withFixedSeed(20_260_503L).withExamples(300).forAll(levels()).checkAssert(levels -> {
      List<ScoreResult> data = dataset(levels);
      for (RankScope scope : RankScope.values()) {
        Ranking r = Ranking.of(data, scope, EnumSet.allOf(RegionType.class), null);
        for (Ranked x : r.rows()) {
          long higher = r.rows().stream().filter(y -> y.group().equals(x.group())
              && y.result().iid().compareTo(x.result().iid()) > 0).count();
          assertEquals(1 + higher, x.rank(), x::toString);
        }
      }
    });
  }

  @Test
  void everyRegionOfTheChosenTypesIsRankedOnceAndOfCountsItsGroup() {
    qt().withFixedSeed(20_260_504L).withExamples(300).forAll(levels()).checkAssert(levels -> {
      List<ScoreResult> data = dataset(levels);
      List<String> kabupaten = data.stream().filter(s -> s.region().type() == RegionType.KABUPATEN)
          .map(s -> s.region().code()).sorted().toList();
      Ranking r = Ranking.of(data, RankScope.PROVINCE, EnumSet.of(RegionType.KABUPATEN), null);
      assertEquals(kabupaten, r.rows().stream().map(Ranked::code).sorted().toList());
      for (Ranked x : r.rows()) {
        assertEquals(r.rows().stream().filter(y -> y.group().equals(x.group())).count(), x.of());
      }
    });
  }
}

package id.iga.csv;

import static id.iga.compare.CompareFixtures.withRegion;
import static id.iga.compare.CompareFixtures.y2024;

import id.iga.score.Mode;
import id.iga.score.ScoreResult;
import id.iga.score.Scorer;
import id.iga.submission.Region;
import id.iga.submission.RegionType;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Function;

/** Items to write, and the text a writer makes of them. */
final class CsvFixtures {
  private CsvFixtures() {}

  private static final Scorer Y2024 = Scorer.of(y2024());

  /**
   * @param name a region name
   * @return Kabupaten Sragen (33.14) under that name
   */
  static Region sragenNamed(String name) {
    return new Region("33.14", name, RegionType.KABUPATEN, "33");
  }

  /**
   * @param region a region
   * @return the comparison fixture's submission for that region under its 2024 rubric: IID 66.00, Sangat Inovatif
   */
  static ScoreResult result(Region region) {
    return Y2024.score(withRegion(region, "15", "SK_PD"), Mode.CLAIMED);
  }

  /**
   * @param writer a writer factory
   * @param items what to write
   * @return what the writer writes, as UTF-8 text
   */
  static <T> String csv(Function<OutputStream, CsvWriter<T>> writer, List<T> items) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (CsvWriter<T> w = writer.apply(out)) {
      items.forEach(w::write);
    }
    return out.toString(StandardCharsets.UTF_8);
  }
}

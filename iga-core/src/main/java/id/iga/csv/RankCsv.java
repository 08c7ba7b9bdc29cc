package id.iga.csv;

import id.iga.rank.Ranked;
import id.iga.submission.Regions;
import java.io.OutputStream;

/**
 * Ranks as CSV, one row per ranked region, in the order given (a {@link id.iga.rank.Ranking}'s rows are in rank
 * order):
 *
 * <pre>
 * rank,of,code,name,type,provinceCode,province,iid,predikat
 * 1,7,61.71,Kota Pontianak,KOTA,61,Kalimantan Barat,55.22,INOVATIF
 * </pre>
 *
 * <p>The numeric columns are {@code rank}, {@code of} (how many regions the group has) and the reported {@code iid}.
 * {@code province} is the province's name from {@link Regions}, or its code for a region the list does not have.
 * The form of every cell is described in the package documentation.
 *
 * <pre>{@code
 * try (CsvWriter<Ranked> csv = RankCsv.writer(out)) {
 *   ranking.rows().forEach(csv::write);
 * }
 * }</pre>
 *
 * @since 1.0
 */
public final class RankCsv {
  private static final Columns<Ranked> COLUMNS = Columns.<Ranked>builder()
      .number("rank", Ranked::rank)
      .number("of", Ranked::of)
      .region(r -> r.result().region())
      .text("province", r -> Regions.provinceName(r.result().region()))
      .number("iid", r -> r.result().iid().value())
      .text("predikat", r -> r.result().predikat().name())
      .build();

  private RankCsv() {}

  /**
   * @param out where to write, in UTF-8 (flushed by {@link CsvWriter#close()}, never closed)
   * @return a writer of one row per ranked region; the header is written already
   * @throws java.io.UncheckedIOException when the stream fails
   */
  public static CsvWriter<Ranked> writer(OutputStream out) {
    return COLUMNS.writer(out);
  }
}

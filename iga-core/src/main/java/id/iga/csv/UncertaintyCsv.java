package id.iga.csv;

import id.iga.rubric.Predikat;
import id.iga.uncertainty.RegionUncertainty;
import java.io.OutputStream;
import java.util.stream.Collectors;

/**
 * How sure each region's result is, as CSV: one row per region with its published IID and predikat, the least and
 * greatest IID over every combination of the rubric's alternatives, the predikats that can occur (highest first,
 * separated by {@code |}), whether the predikat is certain, the facts that decide it (separated by {@code |}), and
 * for a dataset the best and worst rank among the regions of its type.
 *
 * @since 1.0
 */
public final class UncertaintyCsv {
  private static final Columns<RegionUncertainty> COLUMNS = Columns.<RegionUncertainty>builder()
      .region(RegionUncertainty::region)
      .number("iid", u -> u.published().iid().value())
      .text("predikat", u -> u.published().predikat().name())
      .number("iidMin", u -> u.min().value())
      .number("iidMax", u -> u.max().value())
      .text("possible", u -> u.possible().stream().map(Predikat::name).collect(Collectors.joining("|")))
      .text("certain", u -> String.valueOf(u.certain()))
      .text("deciding", u -> String.join("|", u.deciding()))
      .text("inCombination", u -> String.valueOf(u.inCombination()))
      .number("rankBest", u -> u.rank() == null ? null : u.rank().best())
      .number("rankWorst", u -> u.rank() == null ? null : u.rank().worst())
      .number("rankOf", u -> u.rank() == null ? null : u.rank().of())
      .build();

  private UncertaintyCsv() {}

  /**
   * @param out where to write, in UTF-8 (flushed by {@link CsvWriter#close()}, never closed)
   * @return a writer of one row per region; the header is written already
   * @throws java.io.UncheckedIOException when the stream fails
   */
  public static CsvWriter<RegionUncertainty> writer(OutputStream out) {
    return COLUMNS.writer(out);
  }
}

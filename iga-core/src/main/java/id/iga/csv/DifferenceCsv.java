package id.iga.csv;

import id.iga.compare.Difference;
import id.iga.compare.Sweep;
import id.iga.score.ScoreResult;
import java.io.OutputStream;
import java.util.List;
import java.util.stream.Collectors;

import javax.annotation.Nullable;

/**
 * What-if results as CSV: a submission under the published rubric and under a derived one ({@link Difference}), or
 * one row of a parameter swept over values ({@link Sweep.Row}), one row each:
 *
 * <pre>
 * code,name,year,parameter,value,publishedIid,publishedPredikat,iid,predikat,iidChange,overrides
 * 13.75,Kota Bukittinggi,2025,divisorFloor,12,37.79,KURANG_INOVATIF,34.48,KURANG_INOVATIF,-3.31,divisorFloor=12
 * </pre>
 *
 * <p>{@code parameter} and {@code value} name the swept parameter and its value as written; they are empty for a
 * plain difference. {@code overrides} lists every parameter the derived rubric changes, {@code name=value} joined by
 * {@code ;}. The numeric columns are {@code year}, the reported {@code publishedIid} and {@code iid}, and
 * {@code iidChange}, the derived IID minus the published one as reported, with its sign ({@code -3.31},
 * {@code 0.00}, {@code 1.25}): numbers are never neutralised. The form of every cell is described in the package
 * documentation.
 *
 * @since 1.0
 */
public final class DifferenceCsv {
  private record Row(@Nullable String parameter, @Nullable String value, Difference difference) {
    ScoreResult derived() {
      return difference.derived();
    }
  }

  private static final Columns<Row> COLUMNS = Columns.<Row>builder()
      .codeAndName(r -> r.derived().region())
      .number("year", r -> r.derived().year())
      .text("parameter", Row::parameter)
      .text("value", Row::value)
      .number("publishedIid", r -> r.difference().published().iid().value())
      .text("publishedPredikat", r -> r.difference().published().predikat().name())
      .number("iid", r -> r.derived().iid().value())
      .text("predikat", r -> r.derived().predikat().name())
      .number("iidChange", r -> r.difference().iidChange())
      .text("overrides", r -> r.derived().overrides().stream().map(o -> o.name() + "=" + o.value())
          .collect(Collectors.joining(";")))
      .build();

  private DifferenceCsv() {}

  /**
   * @param out where to write, in UTF-8 (flushed by {@link CsvWriter#close()}, never closed)
   * @return a writer of one row per difference, with empty {@code parameter} and {@code value}; the header is
   *     written already
   * @throws java.io.UncheckedIOException when the stream fails
   */
  public static CsvWriter<Difference> writer(OutputStream out) {
    return COLUMNS.writer(out, d -> List.of(new Row(null, null, d)));
  }

  /**
   * @param out where to write, in UTF-8 (flushed by {@link CsvWriter#close()}, never closed)
   * @return a writer of one row per row of a sweep, naming its parameter and value; the header is written already
   * @throws java.io.UncheckedIOException when the stream fails
   */
  public static CsvWriter<Sweep.Row> sweepWriter(OutputStream out) {
    return COLUMNS.writer(out, s -> List.of(new Row(s.parameter(), s.value(), s.difference())));
  }
}

package id.iga.csv;

import static id.iga.csv.Columns.ifScored;

import id.iga.compare.Comparison;
import id.iga.compare.YearScore;
import id.iga.score.ScoreResult;
import java.io.OutputStream;

import javax.annotation.Nullable;

/**
 * Submissions compared across rubric years ({@link Comparison}) as CSV, one row per submission per year, in the
 * order of the comparison's years:
 *
 * <pre>
 * code,name,type,provinceCode,year,mode,scored,iid,predikat,spd,maturityMean,countScore,sid,total,divisor,innovationCount,notScored
 * 13.75,Kota Bukittinggi,KOTA,13,2024,CLAIMED,true,37.79,INOVATIF,42.50,49.70,2.28,51.98,94.48,10,6,
 * 33.07,Kabupaten Wonosobo,KABUPATEN,33,2024,CLAIMED,false,,,,,,,,,,"spd 1 (Visi dan Misi): ..."
 * </pre>
 *
 * <p>The numeric columns are {@code year}, the reported {@code iid}, {@code spd}, {@code maturityMean},
 * {@code countScore}, {@code sid} and {@code total}, and the counts {@code divisor} and {@code innovationCount}; they
 * are empty for a year that could not score the submission ({@code scored} {@code false}), whose {@code notScored}
 * gives the reasons, joined by {@code "; "}. The form of every cell is described in the package documentation.
 *
 * @since 1.0
 */
public final class ComparisonCsv {
  private record Row(Comparison comparison, YearScore year) {
    @Nullable
    ScoreResult result() {
      return year.result();
    }
  }

  private static final Columns<Row> COLUMNS = Columns.<Row>builder()
      .region(r -> r.comparison().region())
      .number("year", r -> r.year().year())
      .text("mode", r -> r.comparison().mode().name())
      .text("scored", r -> String.valueOf(r.result() != null))
      .scores(Row::result)
      .number("divisor", r -> ifScored(r.result(), ScoreResult::divisor))
      .number("innovationCount", r -> ifScored(r.result(), ScoreResult::innovationCount))
      .text("notScored", r -> String.join("; ", r.year().problems()))
      .build();

  private ComparisonCsv() {}

  /**
   * @param out where to write, in UTF-8 (flushed by {@link CsvWriter#close()}, never closed)
   * @return a writer of one row per compared year of each comparison; the header is written already
   * @throws java.io.UncheckedIOException when the stream fails
   */
  public static CsvWriter<Comparison> writer(OutputStream out) {
    return COLUMNS.writer(out, c -> c.years().stream().map(y -> new Row(c, y)).toList());
  }
}

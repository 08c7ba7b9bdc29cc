package id.iga.csv;

import id.iga.score.ScoreResult;
import java.io.OutputStream;

/**
 * Scored results as CSV, one row per result:
 *
 * <pre>
 * code,name,type,provinceCode,year,mode,iid,predikat,spd,maturityMean,countScore,sid,total,maxTotal,divisor,innovationCount,basicServicesCovered,assumptions,overrides
 * 33.07,Kabupaten Wonosobo,KABUPATEN,33,2026,CLAIMED,45.55,INOVATIF,43.50,70.38,0.00,70.38,113.88,250.00,40,40,4,1,0
 * </pre>
 *
 * <p>The numeric columns are {@code year}, the reported {@code iid}, {@code spd}, {@code maturityMean},
 * {@code countScore}, {@code sid}, {@code total} and {@code maxTotal} at the reporting scale, and the counts
 * {@code divisor}, {@code innovationCount}, {@code basicServicesCovered} (basic-service affairs covered),
 * {@code assumptions} (ASSUMED and PROJECTED facts and rules the result rests on) and {@code overrides} (parameters
 * set by the user). The
 * rest are text; the form of every cell is described in the package documentation.
 *
 * @since 1.0
 */
public final class ResultCsv {
  private static final Columns<ScoreResult> COLUMNS = Columns.<ScoreResult>builder()
      .region(ScoreResult::region)
      .number("year", ScoreResult::year)
      .text("mode", r -> r.mode().name())
      .scores(r -> r)
      .number("maxTotal", ScoreResult::maxTotal)
      .number("divisor", ScoreResult::divisor)
      .number("innovationCount", ScoreResult::innovationCount)
      .number("basicServicesCovered", r -> r.gate().covered().size())
      .number("assumptions", r -> r.assumptions().size())
      .number("overrides", r -> r.overrides().size())
      .build();

  private ResultCsv() {}

  /**
   * @param out where to write, in UTF-8 (flushed by {@link CsvWriter#close()}, never closed)
   * @return a writer of one row per result; the header is written already
   * @throws java.io.UncheckedIOException when the stream fails
   */
  public static CsvWriter<ScoreResult> writer(OutputStream out) {
    return COLUMNS.writer(out);
  }
}

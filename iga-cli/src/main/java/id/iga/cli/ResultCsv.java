package id.iga.cli;

import id.iga.score.ScoreResult;
import java.util.List;

/** Results as CSV: a header row, UTF-8, a dot as decimal separator, one row per region. */
final class ResultCsv {
  private ResultCsv() {}

  static final String HEADER = "code,name,type,provinceCode,year,mode,iid,predikat,spd,maturityMean,countScore,sid,"
      + "total,maxTotal,divisor,innovationCount,basicServicesCovered,assumptions,overrides";

  static String row(ScoreResult r) {
    return String.join(",", List.of(r.region().code(), field(r.region().name()), r.region().type().name(),
        r.region().provinceCode(), String.valueOf(r.year()), r.mode().name(), r.iid().value().toPlainString(),
        r.predikat().name(), r.spd().value().toPlainString(), r.maturityMean().value().toPlainString(),
        r.countScore().value().toPlainString(), r.sid().value().toPlainString(), r.total().value().toPlainString(),
        r.maxTotal().toPlainString(), String.valueOf(r.divisor()), String.valueOf(r.innovationCount()),
        String.valueOf(r.gate().covered().size()), String.valueOf(r.assumptions().size()),
        String.valueOf(r.overrides().size())));
  }

  /**
   * @param s a text
   * @return it as one RFC 4180 field, quoted when it holds a comma, a quote or a line break
   */
  static String field(String s) {
    if (s.indexOf(',') < 0 && s.indexOf('"') < 0 && s.indexOf('\n') < 0 && s.indexOf('\r') < 0) {
      return s;
    }
    return '"' + s.replace("\"", "\"\"") + '"';
  }
}

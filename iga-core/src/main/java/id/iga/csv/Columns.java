package id.iga.csv;

import id.iga.score.ScoreResult;
import id.iga.submission.Region;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import javax.annotation.Nullable;

/**
 * The columns of one CSV output, in order, each with its name, whether it holds text or numbers, and how a row gives
 * its cell. The header and every row are made from this one list, so they cannot disagree.
 *
 * @param <R> the rows
 */
final class Columns<R> {
  /** The characters a spreadsheet may read as the start of a formula: {@code = + - @}, tab and carriage return. */
  static final String FORMULA_STARTS = "=+-@\t\r";

  private enum Kind { TEXT, NUMBER }

  private record Column<R>(String name, Kind kind, Function<? super R, String> cell) {}

  private final List<Column<R>> columns;

  private Columns(List<Column<R>> columns) {
    this.columns = List.copyOf(columns);
  }

  static <R> Builder<R> builder() {
    return new Builder<>();
  }

  /** @return the header row, without its line end */
  String header() {
    return String.join(",", columns.stream().map(Column::name).toList());
  }

  /** Appends one row, ending with {@code \n}. */
  void append(R row, StringBuilder b) {
    for (int i = 0; i < columns.size(); i++) {
      Column<R> c = columns.get(i);
      String cell = c.cell().apply(row);
      if (i > 0) {
        b.append(',');
      }
      b.append(quoted(c.kind() == Kind.TEXT ? neutralised(cell) : cell));
    }
    b.append('\n');
  }

  /** @return a writer of one row per item */
  CsvWriter<R> writer(OutputStream out) {
    return new CsvWriter<R>(out, header(), this::append);
  }

  /** @return a writer of the rows each item gives, in order */
  <T> CsvWriter<T> writer(OutputStream out, Function<? super T, ? extends Iterable<? extends R>> rows) {
    return new CsvWriter<T>(out, header(), (item, b) -> rows.apply(item).forEach(r -> append(r, b)));
  }

  /** @return the text with a leading apostrophe when it begins with one of {@link #FORMULA_STARTS} (OWASP) */
  static String neutralised(String text) {
    return !text.isEmpty() && FORMULA_STARTS.indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
  }

  /** @return the cell as one RFC 4180 field: quoted, its quotes doubled, when it holds a comma, a quote, CR or LF */
  static String quoted(String cell) {
    for (int i = 0; i < cell.length(); i++) {
      char ch = cell.charAt(i);
      if (ch == ',' || ch == '"' || ch == '\n' || ch == '\r') {
        return '"' + cell.replace("\"", "\"\"") + '"';
      }
    }
    return cell;
  }

  /** Adds columns in order. */
  static final class Builder<R> {
    private final List<Column<R>> columns = new ArrayList<>();

    private Builder() {}

    /**
     * A text column: neutralised against formulas, quoted when needed.
     *
     * @param name its name in the header
     * @param cell the row's text, or null for an empty cell
     */
    Builder<R> text(String name, Function<? super R, String> cell) {
      columns.add(new Column<R>(name, Kind.TEXT, r -> {
        String text = cell.apply(r);
        return text == null ? "" : text;
      }));
      return this;
    }

    /**
     * A numeric column: a {@link BigDecimal} as its plain string (a dot before the decimals, its own scale), an
     * integer as it is; never neutralised.
     *
     * @param name its name in the header
     * @param cell the row's number, or null for an empty cell
     */
    Builder<R> number(String name, Function<? super R, Number> cell) {
      columns.add(new Column<R>(name, Kind.NUMBER, r -> {
        Number n = cell.apply(r);
        return n == null ? "" : n instanceof BigDecimal d ? d.toPlainString() : n.toString();
      }));
      return this;
    }

    /** The region's {@code code} and {@code name}. */
    Builder<R> codeAndName(Function<? super R, Region> region) {
      return text("code", r -> region.apply(r).code()).text("name", r -> region.apply(r).name());
    }

    /** The region's {@code code}, {@code name}, {@code type} and {@code provinceCode}. */
    Builder<R> region(Function<? super R, Region> region) {
      return codeAndName(region).text("type", r -> region.apply(r).type().name())
          .text("provinceCode", r -> region.apply(r).provinceCode());
    }

    /**
     * A result's reported {@code iid}, {@code predikat}, {@code spd}, {@code maturityMean}, {@code countScore},
     * {@code sid} and {@code total}; empty cells for a row with no result.
     */
    Builder<R> scores(Function<? super R, ScoreResult> result) {
      return number("iid", r -> ifScored(result.apply(r), s -> s.iid().value()))
          .text("predikat", r -> ifScored(result.apply(r), s -> s.predikat().name()))
          .number("spd", r -> ifScored(result.apply(r), s -> s.spd().value()))
          .number("maturityMean", r -> ifScored(result.apply(r), s -> s.maturityMean().value()))
          .number("countScore", r -> ifScored(result.apply(r), s -> s.countScore().value()))
          .number("sid", r -> ifScored(result.apply(r), s -> s.sid().value()))
          .number("total", r -> ifScored(result.apply(r), s -> s.total().value()));
    }

    Columns<R> build() {
      return new Columns<>(columns);
    }
  }

  /** @return the value of a result, or null when there is none */
  @Nullable
  static <V> V ifScored(@Nullable ScoreResult result, Function<ScoreResult, V> value) {
    return result == null ? null : value.apply(result);
  }
}

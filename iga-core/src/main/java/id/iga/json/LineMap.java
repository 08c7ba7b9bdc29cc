package id.iga.json;

import com.fasterxml.jackson.core.JsonLocation;
import java.util.Arrays;
import java.util.function.IntPredicate;

/**
 * Turns the parser's line and column into the source's. Every reader of this package counts lines by one rule, JSON
 * Lines' rule: only {@code \n} ends a line; a {@code \r} is white space and ends none (so {@code \r\n} ends one line,
 * and a lone {@code \r} none). Jackson counts a lone {@code \r} as a line end, and its columns start again after one.
 * This map records each lone {@code \r} of a source, as the parser line that starts after it and the column it has in
 * the source; with none (nearly every source) it changes nothing.
 *
 * <p>A source read as characters ({@link SourceText}) adds to its map as it reads, before the parser can count past
 * the {@code \r}; a line of JSON Lines gets its map before it is parsed ({@link #ofLine}).
 */
final class LineMap {
  /** The map of a source without a lone {@code \r}; nothing is ever added to it. */
  static final LineMap NONE = new LineMap();

  /** For each lone {@code \r}, in order: the parser line that starts after it. */
  private long[] after = new long[0];
  /** For each lone {@code \r}: its column in the source. */
  private long[] columns = new long[0];
  private int size;

  /**
   * Records a lone {@code \r}.
   *
   * @param parserLine the parser line that starts after it (greater than any recorded before)
   * @param column its column in the source
   */
  void add(long parserLine, long column) {
    if (size == after.length) {
      after = Arrays.copyOf(after, Math.max(4, 2 * size));
      columns = Arrays.copyOf(columns, after.length);
    }
    after[size] = parserLine;
    columns[size++] = column;
  }

  /**
   * The map of one line of JSON Lines, which holds no {@code \n}: every {@code \r} in it is a lone one.
   *
   * @param length the number of characters of the line
   * @param isReturn whether the character at an index is a {@code \r}
   * @return its map
   */
  static LineMap ofLine(int length, IntPredicate isReturn) {
    LineMap map = new LineMap();
    for (int i = 0; i < length; i++) {
      if (isReturn.test(i)) {
        map.add(map.size + 2, i + 1);
      }
    }
    return map;
  }

  /**
   * @param l a place the parser gave
   * @return its line in the source (counted from the parser's first line)
   */
  long line(JsonLocation l) {
    return line(l.getLineNr());
  }

  /**
   * @param parserLine a line as the parser counts
   * @return the line in the source
   */
  long line(long parserLine) {
    return parserLine - before(parserLine);
  }

  /**
   * @param l a place the parser gave
   * @return its column in the source
   */
  long column(JsonLocation l) {
    return column(l.getLineNr(), l.getColumnNr());
  }

  /**
   * @param parserLine a line as the parser counts
   * @param parserColumn a column of that line as the parser counts
   * @return the column in the source
   */
  long column(long parserLine, long parserColumn) {
    int k = before(parserLine);
    // After a lone \r the parser counts from 1 again; in the source the line goes on from the \r's column.
    return k > 0 && after[k - 1] == parserLine ? columns[k - 1] + parserColumn : parserColumn;
  }

  /**
   * @param parserLine a line as the parser counts
   * @return the number of lone {@code \r} before it
   */
  private int before(long parserLine) {
    int k = size;
    while (k > 0 && after[k - 1] > parserLine) {
      k--;
    }
    return k;
  }
}

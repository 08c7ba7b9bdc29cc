package id.iga.json;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;

/**
 * The characters of a source as the parser takes them, whatever gave them (UTF-8 bytes through
 * {@link Json.Utf8Reader}, or a Java string): a leading byte order mark skipped; lines counted by the package's rule
 * ({@link LineMap}: only {@code \n} ends a line), each lone {@code \r} recorded in {@link #lines}; a byte that is not
 * UTF-8 reported with the line and column its character would have had; and at most
 * {@link Json#MAX_DOCUMENT_LENGTH} characters given to the parser for each document, counted from the end of the
 * one before it (the white space between them included).
 */
final class SourceText extends Reader {
  private final Reader in;
  /** The lone {@code \r} read so far. */
  final LineMap lines = new LineMap();
  private boolean started;
  /** Whether the last character given was a {@code \r}, not yet known to be lone. */
  private boolean afterCr;
  private long crColumn;
  /** The line and column of the next character, in the source. */
  private long line = 1;
  private long column = 1;
  /** The line of the next character as the parser counts. */
  private long parserLine = 1;
  private long delivered;
  /** The most characters of one document. */
  private final long maxLength;
  private long end;
  private final char[] one = new char[1];

  /**
   * @param in the characters; closed by {@link #close()}
   */
  SourceText(Reader in) {
    this(in, Json.MAX_DOCUMENT_LENGTH);
  }

  /**
   * @param in the characters; closed by {@link #close()}
   * @param maxLength the most characters of one document (the specifications check the limit with a small one)
   */
  SourceText(Reader in, long maxLength) {
    this.in = in;
    this.maxLength = maxLength;
    this.end = maxLength;
  }

  /**
   * Starts the next document's budget.
   *
   * @param offset the number of characters before it: where the parser stands after the previous document
   */
  void next(long offset) {
    end = offset + maxLength;
  }

  @Override
  public int read(char[] cbuf, int off, int len) throws IOException {
    if (len == 0) {
      return 0;
    }
    if (delivered >= end) {
      // The document has had its characters: the input may end here, or go on beyond the limit.
      long l = line;
      long c = column;
      if (counted(one, 0, 1) == -1) {
        return -1;
      }
      throw new Json.DocumentTooLongException(l, c);
    }
    return counted(cbuf, off, (int) Math.min(len, end - delivered));
  }

  /**
   * Reads at least one character ({@code len} is at least one) and counts them.
   *
   * @return the number read, or -1 at the end
   */
  private int counted(char[] cbuf, int off, int len) throws IOException {
    int n;
    do {
      try {
        n = in.read(cbuf, off, len);
      } catch (CharacterCodingException e) {
        throw new Json.BadUtf8Exception(line, column);
      }
      if (n == -1) {
        if (afterCr) {
          afterCr = false;
          lines.add(parserLine, crColumn);
        }
        return -1;
      }
      // A reader gives at least one character (len is not 0); a byte order mark alone leaves none: read on.
      if (!started) {
        started = true;
        if (cbuf[off] == '\uFEFF') {
          System.arraycopy(cbuf, off + 1, cbuf, off, n - 1);
          n--;
        }
      }
    } while (n == 0);
    delivered += n;
    for (int i = off, to = off + n; i < to; i++) {
      char c = cbuf[i];
      if (c > '\r' && !afterCr) {
        column++;
        continue;
      }
      boolean cr = afterCr;
      if (cr && c != '\n') {
        lines.add(parserLine, crColumn);
      }
      afterCr = c == '\r';
      if (c == '\n') {
        line++;
        column = 1;
        if (!cr) {
          parserLine++;
        }
      } else {
        if (c == '\r') {
          crColumn = column;
          parserLine++;
        }
        column++;
      }
    }
    return n;
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}

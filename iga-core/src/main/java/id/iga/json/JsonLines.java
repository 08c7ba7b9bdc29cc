package id.iga.json;

import com.fasterxml.jackson.core.JsonParser;
import id.iga.IgaException;
import id.iga.Location;
import id.iga.Message;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import javax.annotation.Nullable;

/**
 * Splits UTF-8 bytes into the non-blank lines of a JSON Lines input, holding only the line being read. A line of
 * ASCII bytes (nearly every one) is kept as bytes and parsed as bytes, where Jackson's columns are characters; any
 * other line is decoded here, strictly, and parsed as characters. A line with a byte that is not UTF-8 is parsed up
 * to that byte, which is then reported with its line, column and JSON pointer, as every reader of the package does;
 * the next line is read after it (a {@code \n} byte is never part of another character). (A line that outgrew the
 * buffer and is decoded as it is read is the exception: a bad byte there ends the input.)
 *
 * <p>Only {@code \n} ends a line (see {@link LineMap}); a {@code \r} is JSON white space, before the {@code \n} or
 * anywhere else between tokens. A blank line (empty, or only spaces, tabs and carriage returns) is skipped. A leading
 * byte order mark is skipped. A line longer than the limit ({@link Json#MAX_DOCUMENT_LENGTH} characters) is an error,
 * after which the next line is read; after a failure to read there are no more lines.
 *
 * <p>Memory: the byte buffer never grows past the limit and one read more, so a line one byte over the limit is
 * reported as soon as that byte is read, and skipped without growing the buffer. A line of ASCII is handed to its
 * parser in that buffer, not copied: 64 MiB for a line of the limit. A line with other characters is decoded into
 * characters, two bytes each; one that outgrows the buffer (more bytes than the limit, fewer characters) is decoded as
 * it is read, into room for the limit's characters. Either way a line of the limit holds at most the largest buffer
 * and 128 MiB of characters at once: 192 MiB.
 *
 * <p>Those sizes are {@link Sizes#DOCUMENTED}; the package's specifications check the same logic with small ones.
 */
final class JsonLines implements Closeable {
  /** Eight bytes of a byte array as one long, the first byte lowest. */
  private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
  private static final long NEWLINES = 0x0A0A_0A0A_0A0A_0A0AL;
  private static final long RETURNS = 0x0D0D_0D0D_0D0D_0D0DL;
  private static final long ONES = 0x0101_0101_0101_0101L;
  private static final long HIGHS = 0x8080_8080_8080_8080L;

  /**
   * The sizes a reader works with.
   *
   * @param read the bytes asked for at once, and the buffer's first size: at least 3 (a byte order mark)
   * @param kept a buffer grown for a long line is let go when it is larger than this
   * @param maxLength the most characters a line may have
   */
  record Sizes(int read, int kept, int maxLength) {
    /** The sizes of every reader but the specifications': the limit is {@link Json#MAX_DOCUMENT_LENGTH}, 64 MiB. */
    static final Sizes DOCUMENTED = new Sizes(1 << 16, 1 << 22, (int) Json.MAX_DOCUMENT_LENGTH);
  }

  private final InputStream in;
  private final String source;
  private final int read;
  /** A buffer grown for a long line is let go when it is larger than this. */
  private final int keptCapacity;
  private final int maxLength;
  /** The largest the buffer grows: a line of the limit and one read more, so that a longer line is seen as such. */
  private final int maxBuffer;
  private byte[] buffer;
  private int position;
  private int limit;
  private boolean started;
  private boolean ended;
  /** Whether reading ended at an error (bytes that are not UTF-8, a failure to read) rather than at the end. */
  private boolean broken;
  private long lines;
  private @Nullable CharsetDecoder decoder;
  /** The characters of a line that outgrew the buffer, decoded as it is read; null for any other line. */
  private @Nullable CharBuffer spill;

  /**
   * @param in the bytes; closed by {@link #close()}
   * @param source the name errors give them
   */
  JsonLines(InputStream in, String source) {
    this(in, source, Sizes.DOCUMENTED);
  }

  /**
   * @param in the bytes; closed by {@link #close()}
   * @param source the name errors give them
   * @param sizes the sizes to work with
   */
  JsonLines(InputStream in, String source, Sizes sizes) {
    this.in = in;
    this.source = source;
    this.read = sizes.read();
    this.keptCapacity = sizes.kept();
    this.maxLength = sizes.maxLength();
    this.maxBuffer = maxLength + read;
    this.buffer = new byte[read];
  }

  /**
   * One non-blank line, read but not parsed: as bytes when they are all ASCII, else as characters.
   *
   * @param number its line number, 1-based
   * @param ascii its bytes, or null
   * @param chars its characters (the first {@code length}), or null
   * @param length the number of bytes or characters
   * @param returns whether it may hold a {@code \r} (which the parser would count as a line end)
   * @param badByte whether a byte that is not UTF-8 follows its characters (the line is then only what came before
   *     that byte, so that what the document has before it is read, and reported first, as every reader does)
   */
  record Line(long number, @Nullable byte[] ascii, @Nullable char[] chars, int length, boolean returns,
      boolean badByte) {
    /**
     * @param source the name errors give the input
     * @return its submission, placed in the input
     * @throws IgaException when the line is not exactly one valid submission document, or is not UTF-8
     */
    LocatedSubmission parse(String source) {
      LineMap lines = !returns ? LineMap.NONE : ascii != null ? LineMap.ofLine(length, i -> ascii[i] == '\r')
          : LineMap.ofLine(length, i -> chars[i] == '\r');
      return SubmissionReader.only(() -> ascii != null ? Json.SUBMISSION_FACTORY.createParser(ascii, 0, length)
          : badByte ? Json.SUBMISSION_FACTORY.createParser(new BeforeBadByte(chars, length))
          : Json.SUBMISSION_FACTORY.createParser(chars, 0, length), source, number - 1, lines);
    }
  }

  /** The characters of a line up to its first byte that is not UTF-8, and then that byte's error. */
  private static final class BeforeBadByte extends Reader {
    private final char[] chars;
    private final int length;
    private int next;

    BeforeBadByte(char[] chars, int length) {
      this.chars = chars;
      this.length = length;
    }

    @Override
    public int read(char[] cbuf, int off, int len) throws IOException {
      if (next == length) {
        throw new Json.BadUtf8Exception(1, length + 1L);
      }
      int n = Math.min(len, length - next);
      System.arraycopy(chars, next, cbuf, off, n);
      next += n;
      return n;
    }

    @Override
    public void close() {
      // nothing held
    }
  }

  /**
   * @return whether reading ended at an error after which no line can be read (bytes that are not UTF-8, a failure
   *     to read), rather than at the end of the input
   */
  boolean broken() {
    return broken;
  }

  /** @return the number of the last line read, blank or not */
  long lines() {
    return lines;
  }

  /**
   * @return the next non-blank line, or null at the end of the input
   * @throws IgaException for a line that is too long (it is then skipped), bytes that are not UTF-8 or a failure to
   *     read (there are no more lines then)
   */
  @Nullable Line next() {
    while (!ended) {
      Line line = line();
      if (line != null) {
        return line;
      }
    }
    return null;
  }

  /** @return the next line, or null for a blank one or at the end */
  private @Nullable Line line() {
    int start = position;
    int i = start;
    long bits = 0;
    long returns = 0;
    scan:
    while (true) {
      byte[] b = buffer;
      int end = limit;
      // Eight bytes at a time: the first '\n' among them, the high bit of every byte before it, and whether one of
      // those is a '\r'. The lowest byte a test marks is one (it marks a byte above only when one below is), so the
      // first '\n' marked ends the line.
      while (i < end - 7) {
        long w = (long) LONGS.get(b, i);
        long x = w ^ NEWLINES;
        long found = (x - ONES) & ~x & HIGHS;
        long r = w ^ RETURNS;
        long cr = (r - ONES) & ~r & HIGHS;
        if (found != 0) {
          int k = Long.numberOfTrailingZeros(found) >>> 3;
          long before = (1L << (8 * k)) - 1;
          bits |= w & before;
          returns |= cr & before;
          i += k;
          break scan;
        }
        bits |= w;
        returns |= cr;
        i += 8;
      }
      while (i < end) {
        byte c = b[i];
        if (c == '\n') {
          break scan;
        }
        bits |= c;
        returns |= c == '\r' ? 1 : 0;
        i++;
      }
      // The line goes on past what was read: keep it at the buffer's start and read more after it.
      if (tooLong(start, i, bits)) {
        skipLine();
        throw tooLong();
      }
      if (i - start == maxBuffer) {
        // Not ASCII (that would be too long), and the buffer is as large as it grows, and holds only this line (from
        // 0): decode what it holds.
        start = spill(i);
      }
      int length = i - start;
      if (!fill(start)) {
        if (length == 0 && spill == null) {
          return null;
        }
        i = limit;
        start = 0;
        break;
      }
      i = length;
      start = 0;
    }
    int length = i - start;
    lines++;
    position = Math.min(i + 1, limit);
    if (tooLong(start, i, bits)) {
      spill = null;
      forget();
      throw tooLong();
    }
    Line line;
    if (spill != null) {
      line = unspill(i, returns != 0);
    } else if (blank(start, i)) {
      line = null;
    } else if ((bits & HIGHS) != 0) {
      line = decode(start, length, returns != 0);
    } else if (buffer.length > keptCapacity) {
      // Handed over, not copied: forget() reads on in a new buffer. (A buffer this large holds only this line, from
      // 0: it grew for it, or forget() moved the line to its start when the line before ended.)
      line = new Line(lines, buffer, null, length, returns != 0, false);
    } else {
      line = new Line(lines, Arrays.copyOfRange(buffer, start, i), null, length, returns != 0, false);
    }
    forget();
    return line;
  }

  /**
   * @return whether the bytes from {@code start} to {@code end}, with the characters already spilled, are too long;
   *     the bytes are ASCII when no byte of {@code bits} has its high bit
   */
  private boolean tooLong(int start, int end, long bits) {
    long spilled = spill == null ? 0 : spill.position();
    return spilled + end - start > maxLength && ((bits & HIGHS) == 0 || spilled + chars(start, end) > maxLength);
  }

  /**
   * Decodes the bytes of a line that fill the largest buffer (from 0 to {@code end}) into {@link #spill}, which has
   * room for the limit.
   *
   * @return the first byte not decoded: an incomplete character at the end, to decode with the bytes after it
   */
  private int spill(int end) {
    if (spill == null) {
      spill = CharBuffer.allocate(maxLength);
      decoder().reset();
    }
    ByteBuffer bytes = ByteBuffer.wrap(buffer, 0, end);
    check(decoder().decode(bytes, spill, false), spill);
    return bytes.position();
  }

  /**
   * @return the line that outgrew the buffer: its spilled characters and the bytes from 0 to {@code end} (the buffer
   *     was filled after the spill, which moved the line's rest to its start)
   */
  private Line unspill(int end, boolean returns) {
    CharBuffer out = spill;
    spill = null;
    return decoded(decoder().decode(ByteBuffer.wrap(buffer, 0, end), out, true), out, returns);
  }

  /**
   * @return the line decoded into {@code out}: all of it, or (when {@code r} is an error) what came before its first
   *     byte that is not UTF-8, to be parsed up to that byte
   */
  private Line decoded(CoderResult r, CharBuffer out, boolean returns) {
    if (!r.isError()) {
      r = decoder().flush(out);
    }
    return new Line(lines, null, out.array(), out.position(), returns, r.isError());
  }

  /** Fails on bytes that are not UTF-8, at the line being read and the column of the character they stand for. */
  private void check(CoderResult r, CharBuffer out) {
    if (r.isError()) {
      ended = true;
      broken = true;
      spill = null;
      lines++;
      throw new IgaException(Message.of("json.badUtf8"), new Location(source, lines, out.position() + 1, null));
    }
  }

  private CharsetDecoder decoder() {
    if (decoder == null) {
      decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT);
    }
    return decoder;
  }

  /** @return the error for the line just read */
  private IgaException tooLong() {
    return new IgaException(Message.of("json.lineTooLong", (long) maxLength), new Location(source, lines,
        maxLength + 1L, null));
  }

  /** Lets go of a buffer that a long line made large. */
  private void forget() {
    if (buffer.length > keptCapacity) {
      byte[] rest = Arrays.copyOfRange(buffer, position, Math.max(position + read, limit));
      limit -= position;
      position = 0;
      buffer = rest;
    }
  }

  private boolean blank(int from, int to) {
    for (int i = from; i < to; i++) {
      byte c = buffer[i];
      if (c != ' ' && c != '\t' && c != '\r') {
        return false;
      }
    }
    return true;
  }

  /** The characters UTF-8 bytes decode to: every byte but a continuation byte, and two for a four-byte one. */
  private long chars(int from, int to) {
    long n = 0;
    for (int i = from; i < to; i++) {
      int c = buffer[i] & 0xFF;
      if ((c & 0xC0) != 0x80) {
        n += c >= 0xF0 ? 2 : 1;
      }
    }
    return n;
  }

  /** @return the line of {@code length} bytes from {@code start}, decoded into exactly as many characters as it has */
  private Line decode(int start, int length, boolean returns) {
    decoder().reset();
    CharBuffer out = CharBuffer.allocate((int) chars(start, start + length));
    return decoded(decoder().decode(ByteBuffer.wrap(buffer, start, length), out, true), out, returns);
  }


  /** Reads on past the rest of a line that is too long, keeping none of it. */
  private void skipLine() {
    lines++;
    spill = null;
    position = limit;
    forget();
    while (fill(limit)) {
      for (int i = position; i < limit; i++) {
        if (buffer[i] == '\n') {
          position = i + 1;
          return;
        }
      }
      position = limit;
    }
  }

  /**
   * Reads more bytes, keeping those from {@code keep} on at the start of the buffer (which grows when they fill it).
   *
   * @param keep the first byte still needed
   * @return whether bytes were read; false at the end of the input
   */
  private boolean fill(int keep) {
    int kept = limit - keep;
    if (kept == buffer.length) {
      // Doubling, but never past the largest buffer (from half the limit straight to it, to copy less).
      buffer = Arrays.copyOf(buffer, 2 * buffer.length >= maxLength ? maxBuffer : 2 * buffer.length);
    }
    System.arraycopy(buffer, keep, buffer, 0, kept);
    position = 0;
    limit = kept;
    try {
      int n = in.read(buffer, kept, buffer.length - kept);
      if (n < 0) {
        ended = true;
        return false;
      }
      limit += n;
      if (!started) {
        started = true;
        skipByteOrderMark();
      }
      return true;
    } catch (IOException e) {
      ended = true;
      broken = true;
      throw new IgaException(Message.of("json.cannotRead", Json.reason(e)), new Location(source, lines + 1, 0, null),
          e);
    }
  }

  private void skipByteOrderMark() throws IOException {
    while (limit < 3) {
      int n = in.read(buffer, limit, buffer.length - limit);
      if (n < 0) {
        break;
      }
      limit += n;
    }
    if (limit >= 3 && (buffer[0] & 0xFF) == 0xEF && (buffer[1] & 0xFF) == 0xBB && (buffer[2] & 0xFF) == 0xBF) {
      System.arraycopy(buffer, 3, buffer, 0, limit - 3);
      limit -= 3;
    }
  }

  /**
   * Closes the input.
   *
   * @throws UncheckedIOException when closing fails
   */
  @Override
  public void close() {
    ended = true;
    try {
      in.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

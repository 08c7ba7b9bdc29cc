package id.iga.json;

import id.iga.IgaException;
import id.iga.Location;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

import javax.annotation.Nullable;

/**
 * Reads a dataset: a JSON Lines file of submissions, one {@linkplain SubmissionJson submission document} per line.
 * It streams: only the line being read is held in memory, so a file of any length can be scored in constant memory.
 *
 * <pre>{@code
 * try (DatasetReader data = DatasetReader.open(Path.of("regions-2024.jsonl"))) {
 *   while (data.hasNext()) {
 *     ScoreResult r = data.next().score(scorer, Mode.CLAIMED);
 *     ...
 *   }
 * }
 * }</pre>
 *
 * <p>Lines end with {@code \n} (a {@code \r} before it is JSON whitespace and so is allowed). A blank line (empty,
 * or only spaces, tabs and carriage returns) carries no submission and is skipped; every other line must hold exactly
 * one JSON object, a valid submission, of at most 64 MiB. A leading byte order mark is skipped.
 *
 * <p>Errors are {@link IgaException}s whose location gives the file's real line number and the column within that
 * line, with the JSON pointer inside the line's document; {@link LocatedSubmission#score} does the same for errors
 * found when scoring. When {@link #next()} throws for an invalid line, that line has been consumed: calling
 * {@link #hasNext()} and {@link #next()} again continues with the following line, so a caller may report bad lines
 * and go on. After an input that is not valid UTF-8 or fails to read, the reader ends.
 *
 * <p>Not thread-safe. {@link #close()} closes the underlying stream.
 */
public final class DatasetReader implements Iterator<LocatedSubmission>, AutoCloseable {
  private final Reader in;
  private final String source;
  private static final int KEPT_CAPACITY = 1 << 20;
  private final char[] buffer = new char[8192];
  private StringBuilder text = new StringBuilder();
  private int position;
  private int limit;
  private boolean ended;
  private long linesRead;
  private @Nullable String pending;
  private long pendingLine;
  private long lastLine;

  private DatasetReader(Reader in, String source) {
    this.in = in;
    this.source = source;
  }

  /**
   * @param file a JSON Lines file
   * @return a reader of it; close it when done
   * @throws IgaException when the file cannot be opened
   */
  public static DatasetReader open(Path file) {
    String source = file.toString();
    InputStream in;
    try {
      in = Files.newInputStream(file);
    } catch (NoSuchFileException e) {
      throw new IgaException("no such file", Location.source(source), e);
    } catch (IOException e) {
      throw new IgaException("cannot read the file: " + e, Location.source(source), e);
    }
    return of(in, source);
  }

  /**
   * @param in JSON Lines in UTF-8; closed by {@link #close()}
   * @param source the name errors give it ({@code <stdin>}, a file name)
   * @return a reader of it
   */
  public static DatasetReader of(InputStream in, String source) {
    return new DatasetReader(Json.utf8(in), source);
  }

  /**
   * @return whether another non-blank line follows
   * @throws IgaException when the input is not valid UTF-8, cannot be read, or has a line longer than 64 MiB (that
   *     line is then skipped)
   */
  @Override
  public boolean hasNext() {
    while (pending == null && !ended) {
      String line = readLine();
      if (line != null && !blank(line)) {
        pending = line;
        pendingLine = linesRead;
      }
    }
    return pending != null;
  }

  /**
   * @return the next line's submission, with the places it was read from
   * @throws NoSuchElementException when no line is left
   * @throws IgaException when the line is not exactly one valid submission document (the line is consumed)
   */
  @Override
  public LocatedSubmission next() {
    return nextLine().parse();
  }

  /**
   * Reads the next non-blank line without parsing it, so that a caller can read lines in order on one thread and
   * parse them on others ({@link Line#parse()} is what {@link #next()} does with the line).
   *
   * @return the next line
   * @throws NoSuchElementException when no line is left
   * @throws IgaException as {@link #hasNext()} does
   */
  public Line nextLine() {
    if (!hasNext()) {
      throw new NoSuchElementException("no more lines in " + source);
    }
    String line = pending;
    pending = null;
    lastLine = pendingLine;
    return new Line(source, pendingLine, line);
  }

  /**
   * One line of a dataset, read but not yet parsed. Parsing it does not touch the reader, so lines can be parsed on
   * any thread.
   *
   * @param source the name errors give the dataset
   * @param number the line's number in the dataset, 1-based
   * @param text the line without its line break
   */
  public record Line(String source, long number, String text) {
    /**
     * @return the line's submission, with the places (in the dataset) it was read from
     * @throws IgaException when the line is not exactly one valid submission document; the location names the
     *     dataset's line
     */
    public LocatedSubmission parse() {
      return SubmissionReader.only(() -> Json.SUBMISSION_FACTORY.createParser(text), source, number - 1);
    }
  }

  /** @return the line number of the line {@link #next()} last read (or failed on), 0 before the first */
  public long line() {
    return lastLine;
  }

  /**
   * @return the remaining submissions as a sequential stream; closing the stream closes this reader
   */
  public Stream<LocatedSubmission> stream() {
    return StreamSupport.stream(Spliterators.spliteratorUnknownSize(this, Spliterator.ORDERED | Spliterator.NONNULL),
        false).onClose(this::close);
  }

  /**
   * Closes the underlying stream.
   *
   * @throws UncheckedIOException when closing fails
   */
  @Override
  public void close() {
    ended = true;
    pending = null;
    try {
      in.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static boolean blank(String line) {
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c != ' ' && c != '\t' && c != '\r') {
        return false;
      }
    }
    return true;
  }

  /** @return the next line without its {@code \n}, or null at the end of the input */
  private @Nullable String readLine() {
    StringBuilder line = text;
    line.setLength(0);
    boolean any = false;
    boolean tooLong = false;
    while (true) {
      if (position == limit && !fill(!any ? 1 : tooLong ? 0 : line.length() + 1)) {
        if (!any && !tooLong) {
          return null;
        }
        linesRead++;
        break;
      }
      any = true;
      int start = position;
      while (position < limit && buffer[position] != '\n') {
        position++;
      }
      if (!tooLong) {
        if (line.length() + (position - start) > Json.MAX_DOCUMENT_LENGTH) {
          tooLong = true;
        } else {
          line.append(buffer, start, position - start);
        }
      }
      if (position < limit) {
        position++;
        linesRead++;
        break;
      }
    }
    if (tooLong) {
      lastLine = linesRead;
      forget();
      throw new IgaException("expected a line of at most " + Json.MAX_DOCUMENT_LENGTH
          + " characters (one submission), found a longer one", new Location(source, linesRead,
              Json.MAX_DOCUMENT_LENGTH + 1, null));
    }
    String read = line.toString();
    forget();
    return read;
  }

  /** Keeps the line buffer for the next line, unless a long line made it big. */
  private void forget() {
    if (text.capacity() > KEPT_CAPACITY) {
      text = new StringBuilder();
    }
  }

  /**
   * @param column the column the next character would have in its line, or 0 when unknown
   * @return whether characters were read; false at the end of the input
   */
  private boolean fill(long column) {
    try {
      int n = in.read(buffer, 0, buffer.length);
      if (n < 0) {
        ended = true;
        return false;
      }
      position = 0;
      limit = n;
      return true;
    } catch (CharacterCodingException e) {
      ended = true;
      lastLine = linesRead + 1;
      throw new IgaException("the input is not valid UTF-8", new Location(source, linesRead + 1,
          column, null), e);
    } catch (IOException e) {
      ended = true;
      throw new IgaException("cannot read the input: " + e, new Location(source, linesRead + 1, 0, null), e);
    }
  }
}

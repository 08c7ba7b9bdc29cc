package id.iga.json;

import com.fasterxml.jackson.core.JsonParser;
import id.iga.IgaException;
import id.iga.Location;
import id.iga.Message;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

import javax.annotation.Nullable;

/**
 * An input of submissions, read in order, one {@link LocatedSubmission} at a time: a submission document
 * ({@code .json}), a dataset in JSON Lines ({@code .jsonl}), or standard input ({@code -}). Every error names the
 * source, line, column and JSON pointer; a dataset is streamed, holding only the document being read.
 *
 * <pre>{@code
 * try (SubmissionSource in = SubmissionSource.open(Path.of("regions-2024.jsonl"))) {
 *   while (in.hasNext()) {
 *     ScoreResult r = in.next().score(scorer, Mode.CLAIMED);
 *     ...
 *   }
 * }
 * }</pre>
 *
 * <p>How each {@link Kind} is read:
 * <ul>
 *   <li>{@link Kind#DOCUMENT} ({@code .json}): exactly one submission document, laid out in any way.
 *   <li>{@link Kind#LINES} ({@code .jsonl}): one submission document on each line, each on one line, lines ending in
 *       {@code \n} (a {@code \r} before it is allowed). Blank lines (empty, or only spaces, tabs and carriage returns)
 *       are skipped; a line may have at most 64 MiB characters. Errors name the line's number in the file and the
 *       column within it.
 *   <li>{@link Kind#DOCUMENTS} (standard input): submission documents one after another, separated by nothing but
 *       white space, each laid out in any way: one pretty-printed document (as {@code cat sragen.json} gives), JSON
 *       Lines, or several documents (as {@code cat *.json} gives). Errors name the real line and column in the
 *       input. A document, with the blank space before it, may have at most 64 MiB characters.
 * </ul>
 * A leading byte order mark is skipped. The input must be UTF-8. Every kind counts lines alike: only {@code \n} ends
 * a line; a {@code \r} is white space, and a lone one starts no line (see {@code docs/submission-format.md}).
 *
 * <p>When {@link #next()} throws for a document that is not a valid submission, that document has been consumed:
 * calling {@link #hasNext()} and {@link #next()} again goes on with the next one (the next line of JSON Lines), so a
 * caller may report every bad document (a line of JSON Lines with a byte that is not UTF-8 is one). Where the next
 * document starts cannot be known after malformed JSON or bytes that are not UTF-8 in a stream of documents, or a
 * failure to read; the source then has no more documents, and {@link #stopped()} says so, so that a caller can tell
 * the end of the input from an error that ends the reading.
 *
 * <p>Not thread-safe; {@link Document#parse()} is, so that documents read in order on one thread can be parsed on
 * others. {@link #close()} closes the underlying stream.
 *
 * @since 1.0
 */
public final class SubmissionSource implements Iterator<LocatedSubmission>, AutoCloseable {
  /** The name that stands for standard input on a command line. */
  public static final String STANDARD_INPUT = "-";
  /** The name errors give standard input. */
  public static final String STANDARD_INPUT_SOURCE = "<stdin>";

  /** How an input holds its submissions. */
  public enum Kind {
    /** Exactly one submission document ({@code .json}). */
    DOCUMENT,
    /** JSON Lines: one submission document on each non-blank line ({@code .jsonl}). */
    LINES,
    /** Submission documents one after another, each on one line or many (standard input). */
    DOCUMENTS;

    /**
     * @param name a file name, or {@link #STANDARD_INPUT}
     * @return how an input of that name holds its submissions: {@code -} standard input, a name ending in
     *     {@code .json} one document, in {@code .jsonl} JSON Lines; empty for any other name
     */
    public static Optional<Kind> of(String name) {
      if (name.equals(STANDARD_INPUT)) {
        return Optional.of(DOCUMENTS);
      }
      if (name.endsWith(".jsonl")) {
        return Optional.of(LINES);
      }
      if (name.endsWith(".json")) {
        return Optional.of(DOCUMENT);
      }
      return Optional.empty();
    }
  }

  private final String source;
  private final Kind kind;
  private final Counting in;
  private final long length;
  private final Reading reading;
  private boolean closed;
  private boolean stopped;

  private SubmissionSource(Kind kind, InputStream in, String source, long length) {
    this.source = source;
    this.kind = kind;
    this.in = new Counting(in);
    this.length = length;
    this.reading = switch (kind) {
      case DOCUMENT -> new OneDocument();
      case LINES -> new Lines();
      case DOCUMENTS -> new Documents();
    };
  }

  /**
   * Opens a file by its name's ending: {@code .json} one submission document, {@code .jsonl} JSON Lines.
   *
   * @param file the file
   * @return its submissions; close when done
   * @throws IgaException when the name ends otherwise, or the file cannot be opened
   */
  public static SubmissionSource open(Path file) {
    Kind kind = Kind.of(file.toString()).filter(k -> k != Kind.DOCUMENTS).orElseThrow(() -> new IgaException(
        Message.of("json.fileKind"), Location.source(file.toString())));
    InputStream in = Json.open(file);
    long length;
    try {
      length = Files.size(file);
    } catch (IOException e) {
      length = -1;
    }
    return new SubmissionSource(kind, in, file.toString(), length);
  }

  /**
   * Opens an input as a command line names it: {@code -} is standard input (named {@code <stdin>} in errors),
   * anything else a file, resolved against a directory and opened by {@link #open(Path)}.
   *
   * @param name {@code -}, or a file name ending in {@code .json} or {@code .jsonl}
   * @param directory where a relative file name is resolved
   * @param standardInput standard input; closed by {@link #close()} when it is the one read
   * @return the input's submissions; close when done
   * @throws IgaException when the name is neither, or the file cannot be opened
   */
  public static SubmissionSource open(String name, Path directory, InputStream standardInput) {
    if (name.equals(STANDARD_INPUT)) {
      return of(Kind.DOCUMENTS, standardInput, STANDARD_INPUT_SOURCE);
    }
    return open(directory.resolve(name));
  }

  /**
   * @param kind how the input holds its submissions
   * @param in the input, UTF-8; closed by {@link #close()}
   * @param source the name errors give it ({@code <stdin>}, a file name)
   * @return its submissions
   */
  public static SubmissionSource of(Kind kind, InputStream in, String source) {
    return new SubmissionSource(kind, in, source, -1);
  }

  /** @return the name errors give the input */
  public String source() {
    return source;
  }

  /** @return how the input holds its submissions */
  public Kind kind() {
    return kind;
  }

  /** @return the number of bytes taken from the input so far, for showing progress */
  public long bytesRead() {
    return in.count();
  }

  /** @return the input's length in bytes, when it is a file */
  public OptionalLong length() {
    return length < 0 ? OptionalLong.empty() : OptionalLong.of(length);
  }

  /**
   * @return whether another document follows
   * @throws IgaException when the input fails before the next document: bytes that are not UTF-8 between documents
   *     of a stream, a failure to read, a line longer than 64 MiB (that line is then skipped), malformed JSON between
   *     documents
   */
  @Override
  public boolean hasNext() {
    try {
      return !closed && reading.hasNext();
    } catch (IgaException e) {
      stopped = reading.ended();
      throw e;
    }
  }

  /**
   * @return the next submission, with the places it was read from
   * @throws NoSuchElementException when no document is left
   * @throws IgaException when the document is not exactly one valid submission document (it is consumed)
   */
  @Override
  public LocatedSubmission next() {
    return nextDocument().parse();
  }

  /**
   * Reads the next document, parsing it only when it is not a line of JSON Lines, so that a caller can read lines in
   * order on one thread and parse them on others ({@link Document#parse()} is what {@link #next()} does with it).
   *
   * @return the next document
   * @throws NoSuchElementException when no document is left
   * @throws IgaException when the document is not a valid submission (it is consumed), or as {@link #hasNext()}
   */
  public Document nextDocument() {
    if (!hasNext()) {
      throw new NoSuchElementException("no more submissions in " + source);
    }
    try {
      return reading.next();
    } catch (IgaException e) {
      stopped = reading.ended();
      throw e;
    }
  }

  /**
   * Whether the last error ended the reading: after bytes that are not UTF-8, a failure to read, or malformed JSON in
   * a stream of documents, where the next document starts cannot be known, {@link #hasNext()} is false although the
   * input may hold more. False after an error that consumed only its document (the next one can be read), and when
   * no error came.
   *
   * @return whether reading stopped at the last error, leaving the rest of the input unread
   */
  public boolean stopped() {
    return stopped;
  }

  /** @return the line where the document {@link #next()} last read (or failed on) starts, 0 before the first */
  public long line() {
    return reading.line();
  }

  /** @return the remaining submissions as a sequential stream; closing the stream closes this source */
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
    closed = true;
    reading.close();
    try {
      in.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * One document of an input, read: a line of JSON Lines not yet parsed, or a submission already parsed.
   * {@link #parse()} does not touch the source, so documents can be parsed on any thread.
   */
  public static final class Document {
    private final String source;
    private final long line;
    private final @Nullable JsonLines.Line text;
    private final @Nullable LocatedSubmission read;

    private Document(String source, long line, @Nullable JsonLines.Line text, @Nullable LocatedSubmission read) {
      this.source = source;
      this.line = line;
      this.text = text;
      this.read = read;
    }

    /** @return the name errors give the input */
    public String source() {
      return source;
    }

    /** @return the line of the input where the document starts */
    public long line() {
      return line;
    }

    /**
     * @return the document's submission, with the places it was read from
     * @throws IgaException when it is not exactly one valid submission document
     */
    public LocatedSubmission parse() {
      return read != null ? read : text.parse(source);
    }
  }

  /** How a kind of input is split into documents. */
  private interface Reading {
    boolean hasNext();

    Document next();

    long line();

    /** @return after an error: whether it ended the reading (no document can be read after it) */
    boolean ended();

    /**
     * Lets go of what reading holds besides the input: a parser left open at an abandoned document does not give
     * its buffers back to Jackson's recycler. Nothing a caller sees depends on it (the parser never closes the input,
     * and {@code closed} already ends the iteration): it is hygiene no test can observe.
     */
    default void close() {}
  }

  /** {@code .json}: the whole input is one document. */
  private final class OneDocument implements Reading {
    private boolean read;
    private long line;

    @Override
    public boolean hasNext() {
      return !read;
    }

    @Override
    public Document next() {
      read = true;
      line = 1;
      LocatedSubmission s = SubmissionReader.only(Json.utf8(in), source);
      line = s.locationOf("").line();
      return new Document(source, line, null, s);
    }

    @Override
    public long line() {
      return line;
    }

    @Override
    public boolean ended() {
      // The one document is the whole input: nothing after it is left unread.
      return false;
    }
  }

  /** {@code .jsonl}: a document on each non-blank line. */
  private final class Lines implements Reading {
    private final JsonLines lines = new JsonLines(in, source);
    private @Nullable JsonLines.Line pending;
    private long line;

    @Override
    public boolean hasNext() {
      if (pending == null) {
        try {
          pending = lines.next();
        } catch (IgaException e) {
          line = lines.lines();
          throw e;
        }
      }
      return pending != null;
    }

    @Override
    public Document next() {
      JsonLines.Line l = pending;
      pending = null;
      line = l.number();
      return new Document(source, line, l, null);
    }

    @Override
    public long line() {
      return line;
    }

    @Override
    public boolean ended() {
      return lines.broken();
    }
  }

  /** Standard input: documents one after another, read by one parser. */
  private final class Documents implements Reading {
    private final SourceText text = Json.utf8(in);
    private @Nullable JsonParser parser;
    private @Nullable SubmissionReader reader;
    private boolean started;
    private boolean ended;
    private boolean skip;
    private long line;

    @Override
    public boolean hasNext() {
      if (started || ended) {
        return started;
      }
      if (reader == null) {
        try {
          parser = Json.SUBMISSION_FACTORY.createParser(text);
        } catch (IOException e) {
          ended = true;
          throw new IgaException(Message.of("json.cannotRead", Json.reason(e)), Location.source(source), e);
        }
        reader = new SubmissionReader(parser, source, 0, text.lines);
      }
      try {
        if (skip) {
          skip = false;
          reader.skipRest();
        }
        text.next(parser.currentLocation().getCharOffset());
        started = reader.advance();
      } catch (IgaException e) {
        ended = true;
        throw e;
      }
      ended = !started;
      line = started ? text.lines.line(parser.currentTokenLocation()) : line;
      return started;
    }

    @Override
    public Document next() {
      started = false;
      try {
        return new Document(source, line, null, reader.read());
      } catch (IgaException e) {
        ended = reader.broken();
        skip = !ended;
        throw e;
      }
    }

    @Override
    public long line() {
      return line;
    }

    @Override
    public boolean ended() {
      return ended;
    }

    @Override
    public void close() {
      if (parser != null) {
        try {
          parser.close();
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
    }
  }

  /** Counts the bytes read, for {@link #bytesRead()}. */
  static final class Counting extends FilterInputStream {
    private long count;

    Counting(InputStream in) {
      super(in);
    }

    /** @return the number of bytes read so far */
    long count() {
      return count;
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      if (b >= 0) {
        count++;
      }
      return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      int n = super.read(b, off, len);
      count += Math.max(n, 0);
      return n;
    }
  }
}

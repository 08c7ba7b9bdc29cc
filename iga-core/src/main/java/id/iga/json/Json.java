package id.iga.json;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonFactoryBuilder;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import id.iga.IgaException;
import id.iga.Location;
import id.iga.Message;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.annotation.Nullable;

/**
 * What every reader and writer of this package shares: the one configured {@link JsonFactory}, the reading limits,
 * reading a document into located {@link Node}s, and the generators.
 */
final class Json {
  private Json() {}

  /** The deepest nesting of objects and arrays accepted. */
  static final int MAX_NESTING_DEPTH = 64;
  /** The most characters one number may be written with, and the most it may take written out in full. */
  static final int MAX_NUMBER_LENGTH = 64;
  /** The most characters one string may have. */
  static final int MAX_STRING_LENGTH = 1_000_000;
  /** The most characters one key (field name) may have. */
  static final int MAX_KEY_LENGTH = 50_000;
  /**
   * The most characters one document (one JSONL line) may have: 64 MiB. Counted by {@link SourceText} and
   * {@link JsonLines}, not by the parser, which would count a stream of documents from its start, and place the
   * error after the end of its input buffer.
   */
  static final long MAX_DOCUMENT_LENGTH = 64L * 1024 * 1024;

  /**
   * The factory: strict duplicate detection, bounded input, plain decimals out, and no end marker written for a
   * writer that forgot one (a generator's close would otherwise close its open objects and arrays, and hide the
   * mistake in indented output); configured once.
   */
  static final JsonFactory FACTORY = factory(true);

  /**
   * The factory for submission documents: the same, but without Jackson's duplicate detection, which builds a hash
   * set for every object of three keys or more. {@link SubmissionReader} binds every object of a submission and
   * finds a repeated key itself, from what it records anyway.
   */
  static final JsonFactory SUBMISSION_FACTORY = factory(false);

  private static JsonFactory factory(boolean strictDuplicates) {
    return new JsonFactoryBuilder()
        .configure(StreamReadFeature.STRICT_DUPLICATE_DETECTION, strictDuplicates)
        .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
        .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
        .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
        .disable(StreamWriteFeature.AUTO_CLOSE_CONTENT)
        .streamReadConstraints(StreamReadConstraints.builder()
            .maxNestingDepth(MAX_NESTING_DEPTH)
            .maxNumberLength(MAX_NUMBER_LENGTH)
            .maxStringLength(MAX_STRING_LENGTH)
            .maxNameLength(MAX_KEY_LENGTH)
            .maxDocumentLength(0)
            .build())
        .build();
  }

  /** The source name of a document given as a Java string. */
  static final String STRING_SOURCE = "<string>";

  // ---------------------------------------------------------------------------------------------------- reading

  /**
   * @param in bytes that should be UTF-8
   * @return their characters as the parser takes them ({@link SourceText}): a byte that is not UTF-8 reported with its
   *     place instead of replaced, a leading byte order mark skipped
   */
  static SourceText utf8(InputStream in) {
    return new SourceText(new Utf8Reader(in));
  }

  /**
   * @param json a document given as a Java string
   * @return its characters as the parser takes them ({@link SourceText}), a leading byte order mark skipped
   */
  static SourceText text(String json) {
    return new SourceText(new StringReader(json));
  }

  /**
   * Strict UTF-8. Unlike {@link java.io.InputStreamReader}, which drops the characters decoded before a bad byte when
   * it reports it, this reader first returns every character before the bad byte, and throws a
   * {@link CharacterCodingException} on the next read ({@link SourceText} names its place).
   */
  static final class Utf8Reader extends Reader {
    private final InputStream in;
    private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    private final ByteBuffer bytes = ByteBuffer.allocate(8192).flip();
    private boolean eof;
    private boolean done;
    private @Nullable CoderResult error;

    Utf8Reader(InputStream in) {
      this.in = in;
    }

    @Override
    public int read(char[] cbuf, int off, int len) throws IOException {
      if (done) {
        return -1;
      }
      CharBuffer out = CharBuffer.wrap(cbuf, off, len);
      while (true) {
        if (error != null) {
          error.throwException();
        }
        CoderResult r = decoder.decode(bytes, out, eof);
        if (r.isError()) {
          error = r;
        } else if (r.isUnderflow() && eof) {
          decoder.flush(out);
          done = true;
          int n = out.position() - off;
          return n == 0 ? -1 : n;
        } else if (r.isUnderflow()) {
          if (out.position() > off && in.available() <= 0) {
            return out.position() - off;
          }
          bytes.compact();
          int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
          if (n < 0) {
            eof = true;
          } else {
            bytes.position(bytes.position() + n);
          }
          bytes.flip();
          continue;
        }
        if (out.position() > off) {
          return out.position() - off;
        }
      }
    }

    @Override
    public void close() throws IOException {
      in.close();
    }
  }

  /** A byte that is not UTF-8, at the line and column the character there would have had. */
  static final class BadUtf8Exception extends CharacterCodingException {
    private static final long serialVersionUID = 1L;
    final long line;
    final long column;

    BadUtf8Exception(long line, long column) {
      this.line = line;
      this.column = column;
    }
  }

  /**
   * A document longer than {@link #MAX_DOCUMENT_LENGTH} (see {@link SourceText}), at the line and column of the first
   * character beyond the limit. (The parser's own location is not right when its input fails.)
   */
  static final class DocumentTooLongException extends IOException {
    private static final long serialVersionUID = 1L;
    final long line;
    final long column;

    DocumentTooLongException(long line, long column) {
      super("document too long");
      this.line = line;
      this.column = column;
    }
  }

  /**
   * Reads one whole document from a file.
   *
   * @param file the file
   * @return its root value
   * @throws IgaException for a file that cannot be read or a document that is not one valid JSON value
   */
  static Node read(Path file) {
    try (InputStream in = open(file)) {
      return read(in, file.toString());
    } catch (IOException e) {
      throw new IgaException(Message.of("json.cannotCloseFile", reason(e)), Location.source(file.toString()), e);
    }
  }

  /**
   * @param file a file
   * @return its bytes, to close when done
   * @throws IgaException naming the file when it does not exist or cannot be opened
   */
  static InputStream open(Path file) {
    try {
      return Files.newInputStream(file);
    } catch (NoSuchFileException e) {
      throw new IgaException(Message.of("json.noSuchFile"), Location.source(file.toString()), e);
    } catch (IOException e) {
      throw new IgaException(Message.of("json.cannotReadFile", reason(e)), Location.source(file.toString()), e);
    }
  }

  /**
   * Reads one whole document from a stream (not closed).
   *
   * @param in UTF-8 bytes
   * @param source the name errors give the stream
   * @return its root value
   * @throws IgaException for input that cannot be read or is not one valid JSON value
   */
  static Node read(InputStream in, String source) {
    return parse(utf8(in), source);
  }

  /**
   * Reads one whole document.
   *
   * @param in the characters
   * @param source the name errors give the document
   * @return its root value
   * @throws IgaException for input that is not exactly one valid JSON value
   */
  static Node parse(SourceText in, String source) {
    JsonParser p;
    try {
      p = FACTORY.createParser(in);
    } catch (IOException e) {
      throw new IgaException(Message.of("json.cannotRead", reason(e)), Location.source(source), e);
    }
    try (JsonParser closing = p) {
      return new TreeReader(closing, source, in.lines).document();
    } catch (IOException e) {
      throw new IgaException(Message.of("json.cannotClose", reason(e)), Location.source(source), e);
    }
  }

  /**
   * @param e a failure of the input
   * @return what it says, in words for a message: never the name of its class; the system's own words (English, as
   *     the JVM gives them) when it has some
   */
  static Message reason(IOException e) {
    if (e instanceof AccessDeniedException) {
      return Message.of("json.reason.denied");
    }
    if (e instanceof FileSystemException f) {
      return f.getReason() != null ? Message.of("json.reason.system", f.getReason()) : Message.of("json.reason.refused");
    }
    String m = e.getMessage();
    return m == null || m.isBlank() ? Message.of("json.reason.failed") : Message.of("json.reason.system", m);
  }

  /**
   * The number of characters {@link BigDecimal#toPlainString()} gives, computed without building that string (which
   * for {@code 1e999999999} would not fit in memory).
   *
   * @param v a number
   * @return the length of its plain form
   */
  static long plainLength(BigDecimal v) {
    long p = v.precision();
    long s = v.scale();
    long sign = v.signum() < 0 ? 1 : 0;
    if (s <= 0) {
      // "0" for any zero without a fraction (0E+5 too); otherwise the digits and the zeros the exponent adds.
      return v.signum() == 0 ? 1 : sign + p - s;
    }
    // "0.0012" when the fraction has at least as many digits as the number, "12.5" otherwise.
    return sign + (s >= p ? 2 + s : p + 1);
  }

  /** Streams one document into located nodes, converting every parser error into an {@link IgaException}. */
  private static final class TreeReader extends Tokens {
    TreeReader(JsonParser p, String source, LineMap lines) {
      super(p, source, 0, lines);
    }

    Node document() {
      try {
        JsonToken t = p.nextToken();
        if (t == null) {
          throw new IgaException(Message.of("json.noValue"), at(p.currentLocation(), ""));
        }
        Node root = value(t, "");
        JsonToken after = p.nextToken();
        if (after != null) {
          throw new IgaException(Message.of("json.secondValue"), at(p.currentTokenLocation(), ""));
        }
        return root;
      } catch (IOException e) {
        throw problem(e);
      }
    }

    private Node value(JsonToken t, String pointer) throws IOException {
      Node.Pos pos = pos(p.currentTokenLocation(), pointer);
      switch (t) {
        case START_OBJECT: {
          Map<String, Node.Member> members = new LinkedHashMap<>();
          while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = wellFormedKey(p.currentName());
            String child = pointer + Location.pointerOf(name);
            Node.Pos key = pos(p.currentTokenLocation(), child);
            members.put(name, new Node.Member(key, value(p.nextToken(), child)));
          }
          return new Node.Obj(pos, members);
        }
        case START_ARRAY: {
          List<Node> items = new ArrayList<>();
          JsonToken item;
          while ((item = p.nextToken()) != JsonToken.END_ARRAY) {
            items.add(value(item, pointer + "/" + items.size()));
          }
          return new Node.Arr(pos, items);
        }
        case VALUE_STRING:
          return new Node.Str(pos, wellFormed(p.getText()));
        case VALUE_NUMBER_INT:
        case VALUE_NUMBER_FLOAT:
          return new Node.Num(pos, number(), t == JsonToken.VALUE_NUMBER_INT);
        case VALUE_TRUE:
          return new Node.Bool(pos, true);
        case VALUE_FALSE:
          return new Node.Bool(pos, false);
        case VALUE_NULL:
          return new Node.Null(pos);
        default:
          throw new IllegalStateException("unexpected token " + t);
      }
    }

    private Node.Pos pos(JsonLocation l, String pointer) {
      return new Node.Pos(lines.line(l), lines.column(l), pointer);
    }
  }

  // ---------------------------------------------------------------------------------------------------- writing

  /**
   * @param out where to write UTF-8 (not closed)
   * @param pretty whether to indent (two spaces, {@code \n} line ends) or write one line
   * @return a generator
   */
  static JsonGenerator generator(OutputStream out, boolean pretty) {
    try {
      JsonGenerator g = FACTORY.createGenerator(out, JsonEncoding.UTF8);
      if (pretty) {
        DefaultIndenter indent = new DefaultIndenter("  ", "\n");
        g.setPrettyPrinter(new DefaultPrettyPrinter(Separators.createDefaultInstance()
            .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
            .withObjectEmptySeparator("")
            .withArrayEmptySeparator("")
            .withRootSeparator(""))
            .withObjectIndenter(indent)
            .withArrayIndenter(indent));
      }
      return g;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Writes a document with a generator. */
  @FunctionalInterface
  interface Body {
    /**
     * @param g the generator
     * @throws IOException when the output fails
     */
    void write(JsonGenerator g) throws IOException;
  }

  /**
   * Writes one value on one line ({@code {"level": 1, "label": "SK"}}) when the generator indents, as it is when it
   * does not: small objects read best whole, as the format documents show them.
   *
   * @param g the generator
   * @param body writes exactly one value
   * @throws IOException when the output fails
   */
  static void inline(JsonGenerator g, Body body) throws IOException {
    if (g.getPrettyPrinter() == null) {
      body.write(g);
      return;
    }
    StringWriter text = new StringWriter();
    try (JsonGenerator one = FACTORY.createGenerator(text)) {
      one.setPrettyPrinter(new DefaultPrettyPrinter(Separators.createDefaultInstance()
          .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
          .withObjectEntrySpacing(Separators.Spacing.AFTER)
          .withArrayValueSpacing(Separators.Spacing.AFTER)
          .withObjectEmptySeparator("")
          .withArrayEmptySeparator("")
          .withRootSeparator(""))
          .withObjectIndenter(DefaultPrettyPrinter.NopIndenter.instance)
          .withArrayIndenter(DefaultPrettyPrinter.NopIndenter.instance));
      body.write(one);
    }
    g.writeRawValue(text.toString());
  }

  /**
   * Writes one document and a final {@code \n}, then flushes.
   *
   * @param out the stream (not closed)
   * @param pretty indented or one line
   * @param body what to write
   * @throws UncheckedIOException when the stream fails
   */
  static void write(OutputStream out, boolean pretty, Body body) {
    // Closing the generator flushes it and the stream (FLUSH_PASSED_TO_STREAM), without closing the stream.
    try (JsonGenerator g = generator(out, pretty)) {
      body.write(g);
      g.writeRaw('\n');
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * @param pretty indented or one line
   * @param body what to write
   * @return the document as a string, ending in {@code \n}
   */
  static String toJson(boolean pretty, Body body) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    write(out, pretty, body);
    return out.toString(StandardCharsets.UTF_8);
  }
}

package id.iga.json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import id.iga.IgaException;
import id.iga.Location;
import id.iga.Message;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.annotation.Nullable;

/**
 * A parser over one source, and what every reader of this package does with its tokens: names the place of the
 * current token (source, line, column, JSON pointer), turns the parser's and the input's failures into
 * {@link IgaException}s at the place where the parser stopped, and reads numbers exactly within the reading limits.
 */
abstract class Tokens {
  private static final Pattern SOURCE =
      Pattern.compile("(start marker at |starting at )\\[Source: [^\\]]*?; line: (\\d+), column: (\\d+)\\]");
  private static final Pattern LIMIT = Pattern.compile("\\((\\d+)\\) exceeds the maximum (?:allowed )?\\((\\d+)");

  /** The parser. */
  final JsonParser p;
  /** The name errors give the source. */
  final String source;
  /** What to add to the source's line numbers: the line before the document's first (0 for a file). */
  final long lineOffset;
  /** The parser's lines and columns as the source's. */
  final LineMap lines;

  /**
   * @param p the parser
   * @param source the name errors give the source
   * @param lineOffset what to add to the source's line numbers
   * @param lines the parser's lines and columns as the source's
   */
  Tokens(JsonParser p, String source, long lineOffset, LineMap lines) {
    this.p = p;
    this.source = source;
    this.lineOffset = lineOffset;
    this.lines = lines;
  }

  /** @return the JSON pointer of the current token (of the container, for an opening bracket) */
  final String pointer() {
    return p.getParsingContext().pathAsPointer().toString();
  }

  /**
   * @param l a location the parser gave
   * @param pointer a JSON pointer
   * @return that place in the source
   */
  final Location at(JsonLocation l, String pointer) {
    return new Location(source, lines.line(l) + lineOffset, lines.column(l), pointer);
  }

  /** @return where the current token starts, with its pointer */
  final Location here() {
    return at(p.currentTokenLocation(), pointer());
  }

  /**
   * @param problem what is wrong with the current token and what was expected
   * @return an error at the current token
   */
  final IgaException error(Message problem) {
    return new IgaException(problem, here());
  }

  /**
   * @param t a token that starts a value, or null at the end of the input
   * @return the value's JSON type, for messages, as {@link Node#describe()} names it ({@code an object}, {@code a
   *     string} in English); another token as its text ({@code ']'})
   */
  static Message describe(@Nullable JsonToken t) {
    if (t == null) {
      return Message.of("json.value.end");
    }
    switch (t) {
      case START_OBJECT:
        return Message.of("json.value.object");
      case START_ARRAY:
        return Message.of("json.value.array");
      case VALUE_STRING:
        return Message.of("json.value.string");
      case VALUE_NUMBER_INT:
      case VALUE_NUMBER_FLOAT:
        return Message.of("json.value.number");
      case VALUE_TRUE:
      case VALUE_FALSE:
        return Message.of("json.value.boolean");
      case VALUE_NULL:
        return Message.of("json.value.null");
      default:
        return t.asString() == null ? Message.of("json.value.tokenName", t.name())
            : Message.of("json.value.token", t.asString());
    }
  }

  /**
   * The current number token, exactly ({@link JsonParser#getDecimalValue()}, scale included), refused when it would
   * take more than {@link Json#MAX_NUMBER_LENGTH} characters written out in full.
   *
   * @return the number
   * @throws IgaException at the number when it is beyond the limit
   * @throws IOException when the parser fails
   */
  final BigDecimal number() throws IOException {
    BigDecimal v;
    try {
      v = p.getDecimalValue();
    } catch (NumberFormatException e) {
      // An exponent beyond an int (1e2436000000): no BigDecimal holds it, let alone 64 characters.
      throw new IgaException(Message.of("json.numberExponent", Json.MAX_NUMBER_LENGTH, p.getText()), here(), e);
    }
    long length = Json.plainLength(v);
    if (length > Json.MAX_NUMBER_LENGTH) {
      throw error(Message.of("json.numberTooLong", Json.MAX_NUMBER_LENGTH, v.toString(), length));
    }
    return v;
  }

  /**
   * Names a failure of the parser or of the input, at the place where the parser stopped.
   *
   * @param e what the parser or its input threw
   * @return the failure as an error of the source
   */
  final IgaException problem(IOException e) {
    if (e instanceof JsonProcessingException j) {
      return convert(j);
    }
    if (e instanceof Json.BadUtf8Exception bad) {
      return new IgaException(Message.of("json.badUtf8"), new Location(source, bad.line + lineOffset, bad.column,
          pointer()), e);
    }
    if (e instanceof Json.DocumentTooLongException tooLong) {
      return new IgaException(Message.of("json.documentTooLong", Json.MAX_DOCUMENT_LENGTH),
          new Location(source, tooLong.line, tooLong.column, pointer()), e);
    }
    return new IgaException(Message.of("json.cannotRead", Json.reason(e)), at(p.currentLocation(), pointer()), e);
  }

  private IgaException convert(JsonProcessingException e) {
    JsonLocation l = e.getLocation() != null ? e.getLocation() : p.currentLocation();
    Location where = at(l, pointer());
    String original = e.getOriginalMessage();
    if (e instanceof StreamConstraintsException) {
      // Placed where the parser stopped: just after the number or bracket that crossed the limit, inside the string
      // or key. A key being read is not yet the parser's current name: the pointer is its object's.
      return new IgaException(limit(original), original.startsWith("Name length") ? at(l,
          p.getParsingContext().getParent().pathAsPointer().toString()) : where, e);
    }
    String name = p.getParsingContext().getCurrentName();
    if (name != null && p.getParsingContext().inObject() && original.startsWith("Duplicate ")) {
      wellFormedKey(name);
      // Jackson finds the repeat before it records where the key's token starts: the place is just after the key.
      return new IgaException(duplicateKey(name), where, e);
    }
    return new IgaException(Message.of("json.malformed", withoutSource(original)), where, e);
  }

  /**
   * @param name a key an object has twice
   * @return the problem
   */
  static Message duplicateKey(String name) {
    return Message.of("json.duplicateKey", name);
  }

  /**
   * Jackson names where an object or array was opened as "start marker at [Source: REDACTED ...; line: 1, column:
   * 1]" or "starting at [Source: ...]": said here as "opened at line 1, column 1", the line in the source. The rest
   * is the parser's English, and so is this: the detail stays one English sentence in either language.
   */
  private String withoutSource(String original) {
    Matcher m = SOURCE.matcher(original);
    StringBuilder b = new StringBuilder();
    while (m.find()) {
      long line = Long.parseLong(m.group(2));
      m.appendReplacement(b, Matcher.quoteReplacement("opened at line " + (lines.line(line) + lineOffset)
          + ", column " + lines.column(line, Long.parseLong(m.group(3)))));
    }
    m.appendTail(b);
    return b.toString();
  }

  /**
   * @param original the message of a {@link StreamConstraintsException}, in the parser's English
   * @return the limit it names, with the maximum and what was found, in the library's words; a limit this reader
   *     does not know (a newer parser's) as "a reading limit", never the parser's own text
   */
  static Message limit(String original) {
    Matcher m = LIMIT.matcher(original);
    if (!m.find()) {
      return Message.of("json.limit.exceeded");
    }
    long found = Long.parseLong(m.group(1));
    long max = Long.parseLong(m.group(2));
    if (original.startsWith("Document nesting depth")) {
      return Message.of("json.limit.nesting", max, found);
    }
    if (original.startsWith("Number value length")) {
      return Message.of("json.limit.number", max, found);
    }
    // A string's or a key's length is checked as it is read: the parser stops there, and the rest is not counted.
    // The parser checks a number's digits against the string limit too, when there are that many.
    if (original.startsWith("String value length")) {
      return Message.of("json.limit.string", max, Json.MAX_NUMBER_LENGTH, found);
    }
    if (original.startsWith("Name length")) {
      return Message.of("json.limit.key", max, found);
    }
    return Message.of("json.limit.exceeded");
  }

  /**
   * Requires the current token, a string value, to be well-formed UTF-16: a lone surrogate (which a JSON escape such
   * as {@code \ud800}, or a Java string, can hold) stands for no character, and could be written nowhere.
   *
   * @param s the string's text
   * @return the text
   * @throws IgaException at the string when it has a lone surrogate
   */
  final String wellFormed(String s) {
    int i = loneSurrogate(s);
    if (i >= 0) {
      throw error(Message.of("json.loneSurrogateInString", surrogate(s, i), hex(s, i), i + 1));
    }
    return s;
  }

  /**
   * Requires the current token, a key, to be well-formed UTF-16 (see {@link #wellFormed(String)}).
   *
   * @param name the key
   * @return the key
   * @throws IgaException at the key, with the pointer of its object (which the key cannot name), when it has a lone
   *     surrogate
   */
  final String wellFormedKey(String name) {
    int i = loneSurrogate(name);
    if (i >= 0) {
      throw new IgaException(Message.of("json.loneSurrogateInKey", surrogate(name, i), hex(name, i), i + 1),
          at(p.currentTokenLocation(),
          p.getParsingContext().getParent().pathAsPointer().toString()));
    }
    return name;
  }

  /** @return the index of the first lone surrogate of a string, or -1 when it has none */
  static int loneSurrogate(String s) {
    for (int i = 0, n = s.length(); i < n; i++) {
      if (Character.isSurrogate(s.charAt(i))) {
        if (!Character.isHighSurrogate(s.charAt(i)) || i + 1 == n || !Character.isLowSurrogate(s.charAt(i + 1))) {
          return i;
        }
        i++;
      }
    }
    return -1;
  }

  /** @return which half of a pair the lone surrogate at {@code i} is: high or low */
  private static Message surrogate(String s, int i) {
    return Character.isHighSurrogate(s.charAt(i)) ? Message.of("json.surrogate.high")
        : Message.of("json.surrogate.low");
  }

  /** @return the code of the character at {@code i}, four upper-case hexadecimal digits ({@code D800}) */
  private static String hex(String s, int i) {
    return Integer.toHexString(s.charAt(i)).toUpperCase(Locale.ROOT);
  }
}

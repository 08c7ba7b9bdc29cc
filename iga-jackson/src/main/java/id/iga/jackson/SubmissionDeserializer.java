package id.iga.jackson;

import id.iga.IgaException;
import id.iga.json.SubmissionJson;
import id.iga.submission.Submission;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.io.JsonStringEncoder;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.std.StdDeserializer;

/**
 * Reads a submission with the library's reader. The value is copied from the application's parser into a transcript,
 * one token per line, and the transcript is read by {@link SubmissionJson#read(String)}: what the library accepts and
 * rejects, and the words of its errors, are the library's. Because each line of the transcript is one token, the line
 * of a library error names the token at fault, whose place in the application's document the copy recorded: the error
 * is given there, with the JSON pointer from that document's root.
 *
 * <p>The copy keeps what the library judges: every key in its order, repeated keys too (the application's parser does
 * not look for them unless its mapper enables {@code STRICT_DUPLICATE_DETECTION}, when the parser's error comes
 * first), the text of every number as written ({@code 35.0} stays {@code 35.0}), and strings exactly, lone surrogates
 * included.
 */
final class SubmissionDeserializer extends StdDeserializer<Submission> {
  SubmissionDeserializer() {
    super(Submission.class);
  }

  @Override
  public Submission deserialize(JsonParser p, DeserializationContext context) {
    String at = p.streamReadContext().pathAsPointer().toString();
    Transcript transcript = Transcript.of(p);
    try {
      return SubmissionJson.read(transcript.text());
    } catch (IgaException e) {
      throw SubmissionReadException.of(p, e, at, transcript.place(e));
    }
  }

  /** A JSON value copied one token per line, with where each token was in the application's document. */
  static final class Transcript {
    private final StringBuilder text = new StringBuilder();
    /** The place of each line's token; the first line's is at index 0. */
    private final List<TokenStreamLocation> places = new ArrayList<>();

    private Transcript() {}

    /**
     * Copies the value that starts at the parser's current token, leaving the parser on its last token (as a
     * deserializer must). A deserializer of an object may be called on its first key when the object's start was
     * read by someone else (a type id, a creator): the object's opening brace is then put back.
     *
     * @param p a parser on the first token of a value, or on a key of an object already entered
     * @return the value's transcript
     */
    static Transcript of(JsonParser p) {
      Transcript t = new Transcript();
      JsonToken token = p.currentToken();
      int depth = 0;
      boolean afterValue = false;
      if (token == JsonToken.PROPERTY_NAME || token == JsonToken.END_OBJECT) {
        t.line(false, "{", p.currentTokenLocation());
        depth = 1;
      }
      while (true) {
        if (token == null) {
          // Input that ends inside the value: a parser of JSON text says so itself; a token buffer may not.
          throw DatabindException.from(p, "expected a submission, found the end of the input");
        }
        boolean comma = afterValue && !token.isStructEnd();
        switch (token) {
          case START_OBJECT -> t.line(comma, "{", p.currentTokenLocation());
          case START_ARRAY -> t.line(comma, "[", p.currentTokenLocation());
          case END_OBJECT -> t.line(false, "}", p.currentTokenLocation());
          case END_ARRAY -> t.line(false, "]", p.currentTokenLocation());
          case PROPERTY_NAME -> t.line(comma, quoted(p.currentName()) + ":", p.currentTokenLocation());
          case VALUE_STRING -> t.line(comma, quoted(p.getString()), p.currentTokenLocation());
          // The number as written, whatever it is: the library reads it exactly, and judges its length and form.
          case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> t.line(comma, p.getText(), p.currentTokenLocation());
          case VALUE_TRUE -> t.line(comma, "true", p.currentTokenLocation());
          case VALUE_FALSE -> t.line(comma, "false", p.currentTokenLocation());
          case VALUE_NULL -> t.line(comma, "null", p.currentTokenLocation());
          // A Java object where JSON was expected (an embedded value of a TokenBuffer): nothing the library reads.
          default -> throw DatabindException.from(p, "expected a submission as JSON, found " + token);
        }
        if (token.isStructStart()) {
          depth++;
        } else if (token.isStructEnd()) {
          depth--;
        }
        afterValue = token != JsonToken.PROPERTY_NAME && !token.isStructStart();
        if (depth == 0) {
          return t;
        }
        token = p.nextToken();
      }
    }

    private static String quoted(String s) {
      StringBuilder b = new StringBuilder(s.length() + 2).append('"');
      JsonStringEncoder.getInstance().quoteAsString(s, b);
      return b.append('"').toString();
    }

    private void line(boolean comma, String token, TokenStreamLocation place) {
      if (!places.isEmpty()) {
        text.append(comma ? ",\n" : "\n");
      }
      text.append(token);
      places.add(place);
    }

    /** @return the transcript, one token per line */
    String text() {
      return text.toString();
    }

    /**
     * @param e an error of the library's reader of the transcript
     * @return where in the application's document the token at fault is, or null when the error has no line
     */
    TokenStreamLocation place(IgaException e) {
      long line = e.location().map(l -> l.line()).orElse(0L);
      if (line <= 0) {
        return null;
      }
      return places.get((int) Math.min(line, places.size()) - 1);
    }
  }
}

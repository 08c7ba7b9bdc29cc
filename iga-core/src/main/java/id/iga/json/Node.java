package id.iga.json;

import id.iga.Message;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * One value of a JSON document as read, with the place it was read at. The rubric reader first reads a document into
 * these nodes (streaming, with every limit of {@link Json#FACTORY} enforced), then builds model objects from them by
 * hand, so that every error can name the line, column and JSON pointer of the value at fault. (Submissions, which
 * come by the thousand, are bound straight from the parser's tokens by {@link SubmissionReader}.)
 */
sealed interface Node permits Node.Obj, Node.Arr, Node.Str, Node.Num, Node.Bool, Node.Null {

  /** @return where the value starts */
  Pos pos();

  /** @return the value's JSON type, for messages: {@code an object}, {@code a string} in English */
  Message describe();

  /**
   * Where a value or key starts.
   *
   * @param line 1-based line in the source (already shifted for a JSONL line)
   * @param column 1-based column within that line
   * @param pointer the RFC 6901 pointer of the value (of the member, for a key)
   */
  record Pos(long line, long column, String pointer) {}

  /**
   * One member of an object.
   *
   * @param key where the key starts; its pointer is the member's
   * @param value the value
   */
  record Member(Pos key, Node value) {}

  /**
   * An object.
   *
   * @param pos where its opening brace is
   * @param members its members by key, in document order
   */
  record Obj(Pos pos, Map<String, Member> members) implements Node {
    @Override
    public Message describe() {
      return Message.of("json.value.object");
    }
  }

  /**
   * An array.
   *
   * @param pos where its opening bracket is
   * @param items its items, in order
   */
  record Arr(Pos pos, List<Node> items) implements Node {
    @Override
    public Message describe() {
      return Message.of("json.value.array");
    }
  }

  /**
   * A string.
   *
   * @param pos where its opening quote is
   * @param value the string
   */
  record Str(Pos pos, String value) implements Node {
    @Override
    public Message describe() {
      return Message.of("json.value.string");
    }
  }

  /**
   * A number, exactly as written.
   *
   * @param pos where it starts
   * @param value the number, read with {@code getDecimalValue()}
   * @param integral whether it was written as a JSON integer (no fraction, no exponent)
   */
  record Num(Pos pos, BigDecimal value, boolean integral) implements Node {
    @Override
    public Message describe() {
      return Message.of("json.value.number");
    }
  }

  /**
   * {@code true} or {@code false}.
   *
   * @param pos where it starts
   * @param value the boolean
   */
  record Bool(Pos pos, boolean value) implements Node {
    @Override
    public Message describe() {
      return Message.of("json.value.boolean");
    }
  }

  /**
   * {@code null}.
   *
   * @param pos where it starts
   */
  record Null(Pos pos) implements Node {
    @Override
    public Message describe() {
      return Message.of("json.value.null");
    }
  }
}

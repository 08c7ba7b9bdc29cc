package id.iga.json;

import com.fasterxml.jackson.core.JsonGenerator;
import id.iga.IgaException;
import id.iga.Location;
import java.io.IOException;

/**
 * Writes the line that stands, in the JSON Lines written for a dataset (results, comparisons, plans), for an input
 * that was not scored: so that the output marks itself as partial, in place of what is missing. Its one field,
 * {@code rejected}, is a name no result, comparison or plan has, so a tool that reads each line as a result fails on
 * it rather than taking the rest for the whole:
 *
 * <pre>{@code
 * {"rejected":{"source":"national.jsonl","line":4,"column":37,"pointer":"/spd/99",
 *              "problem":"rubric 2024 has no region indicator '99'; expected one of 1, 2a, ...","stops":false}}
 * }</pre>
 *
 * <p>{@code source}, {@code line}, {@code column} and {@code pointer} are the error's {@link Location}, each left
 * out when it has none (a line or column of 0 is none); {@code problem} is the error without its place;
 * {@code stops} says whether nothing after this input was scored (the input could not be read past it, or the run
 * stopped at its first rejection). The schema is {@code rejected.schema.json}.
 *
 * @since 1.0
 */
public final class RejectedJson {
  private RejectedJson() {}

  /**
   * @param problem the error that rejected the input
   * @param stops whether nothing after the input was scored
   * @return the line, compact, ending with a line break
   */
  public static String toJsonLine(IgaException problem, boolean stops) {
    return Json.toJson(false, g -> write(g, problem, stops));
  }

  private static void write(JsonGenerator g, IgaException problem, boolean stops) throws IOException {
    g.writeStartObject();
    g.writeObjectFieldStart("rejected");
    Location where = problem.location().orElse(null);
    if (where != null) {
      if (where.source() != null) {
        g.writeStringField("source", where.source());
      }
      if (where.line() > 0) {
        g.writeNumberField("line", where.line());
        if (where.column() > 0) {
          g.writeNumberField("column", where.column());
        }
      }
      if (where.pointer() != null) {
        g.writeStringField("pointer", where.pointer());
      }
    }
    g.writeStringField("problem", problem.problem());
    g.writeBooleanField("stops", stops);
    g.writeEndObject();
    g.writeEndObject();
  }
}

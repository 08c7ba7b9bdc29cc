package id.iga.json;

import com.fasterxml.jackson.core.JsonGenerator;
import id.iga.rank.Ranked;
import id.iga.rank.Ranking;
import id.iga.submission.RegionType;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;

/**
 * Writes a {@link Ranking} as JSON: the ranking's year, mode, scope, region types and cohort, and one row per region
 * ranked, in the ranking's order. Field names and order are a contract:
 *
 * <pre>{@code
 * {
 *   "year": 2024,
 *   "mode": "CLAIMED",
 *   "scope": "PROVINCE",
 *   "types": ["KABUPATEN"],
 *   "cohort": "peers.txt",
 *   "rows": [
 *     {"code": "33.14", "name": "Kabupaten Sragen", "provinceCode": "33", "rank": 1, "of": 29, "iid": 71.12,
 *      "predikat": "SANGAT_INOVATIF"},
 *     ...
 *   ]
 * }
 * }</pre>
 *
 * <p>{@code cohort} is the cohort file's name, or {@code null} without one; {@code of} is the size of the region's
 * group (the nation or its province); {@code iid} is the reported IID, at the rubric's reporting scale. Each row is on
 * one line; {@link #toJsonLine} writes the whole ranking as one compact line.
 *
 * @since 1.0
 */
public final class RankJson {
  private RankJson() {}

  /**
   * @param ranking a ranking
   * @return it as an indented JSON object, ending with a line break
   */
  public static String toJson(Ranking ranking) {
    return Json.toJson(true, g -> write(g, ranking));
  }

  /**
   * @param ranking a ranking
   * @return it as one compact line of JSON, ending with a line break
   */
  public static String toJsonLine(Ranking ranking) {
    return Json.toJson(false, g -> write(g, ranking));
  }

  /**
   * @param ranking a ranking
   * @param out the stream (flushed, not closed)
   * @throws UncheckedIOException when the stream fails
   */
  public static void write(Ranking ranking, OutputStream out) {
    Json.write(out, true, g -> write(g, ranking));
  }

  private static void write(JsonGenerator g, Ranking r) throws IOException {
    g.writeStartObject();
    g.writeNumberField("year", r.year());
    g.writeStringField("mode", r.mode().name());
    g.writeStringField("scope", r.scope().name());
    g.writeFieldName("types");
    Json.inline(g, o -> {
      o.writeStartArray();
      for (RegionType t : r.types()) {
        o.writeString(t.name());
      }
      o.writeEndArray();
    });
    if (r.cohort().isPresent()) {
      g.writeStringField("cohort", r.cohort().get().source());
    } else {
      g.writeNullField("cohort");
    }
    g.writeArrayFieldStart("rows");
    for (Ranked x : r.rows()) {
      Json.inline(g, o -> {
        o.writeStartObject();
        o.writeStringField("code", x.code());
        o.writeStringField("name", x.result().region().name());
        o.writeStringField("provinceCode", x.result().region().provinceCode());
        o.writeNumberField("rank", x.rank());
        o.writeNumberField("of", x.of());
        o.writeNumberField("iid", x.result().iid().value());
        o.writeStringField("predikat", x.result().predikat().name());
        o.writeEndObject();
      });
    }
    g.writeEndArray();
    g.writeEndObject();
  }
}

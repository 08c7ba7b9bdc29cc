package id.iga.json;

import com.fasterxml.jackson.core.JsonGenerator;
import id.iga.calibrate.Calibration.Check;
import id.iga.calibrate.Calibration.Explanation;
import id.iga.calibrate.Calibration.Miss;
import id.iga.calibrate.Calibration.Reading;
import id.iga.calibrate.PublishedResult;
import id.iga.rubric.Rubric;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;
import javax.annotation.Nullable;

/**
 * Writes the checks of published results against a rubric as one JSON object: the rubric's year and overrides, then
 * one row per published result with its verdict, the readings that explain it (with the SPDs, maturity means and
 * reported IIDs they imply) and the readings that do not (with the nearest reachable IIDs).
 *
 * @since 1.0
 */
public final class CalibrationJson {
  private CalibrationJson() {}

  /**
   * @param rubric the rubric checked against
   * @param checks its checks
   * @return them as an indented JSON object, ending with a line break
   */
  public static String toJson(Rubric rubric, List<Check> checks) {
    return Json.toJson(true, g -> write(g, rubric, checks));
  }

  /**
   * @param rubric the rubric checked against
   * @param checks its checks
   * @param out the stream (flushed, not closed)
   * @throws UncheckedIOException when the stream fails
   */
  public static void write(Rubric rubric, List<Check> checks, OutputStream out) {
    Json.write(out, true, g -> write(g, rubric, checks));
  }

  private static void write(JsonGenerator g, Rubric rubric, List<Check> checks) throws IOException {
    g.writeStartObject();
    g.writeNumberField("year", rubric.year());
    g.writeArrayFieldStart("overrides");
    for (var o : rubric.overrides()) {
      Json.inline(g, x -> {
        x.writeStartObject();
        x.writeStringField("name", o.name());
        x.writeStringField("value", o.value());
        x.writeEndObject();
      });
    }
    g.writeEndArray();
    g.writeArrayFieldStart("rows");
    for (Check c : checks) {
      PublishedResult r = c.row();
      g.writeStartObject();
      g.writeStringField("code", r.region().code());
      g.writeStringField("name", r.region().name());
      g.writeNumberField("year", r.year());
      decimal(g, "published", r.score());
      g.writeStringField("verdict", c.verdict().name());
      g.writeStringField("reason", c.reason());
      g.writeArrayFieldStart("explanations");
      for (Explanation e : c.explanations()) {
        Json.inline(g, x -> {
          x.writeStartObject();
          reading(x, e.reading());
          decimals(x, "spd", e.spd());
          decimals(x, "maturityMean", e.maturityMean());
          decimals(x, "iid", e.iid());
          x.writeEndObject();
        });
      }
      g.writeEndArray();
      g.writeArrayFieldStart("misses");
      for (Miss m : c.misses()) {
        Json.inline(g, x -> {
          x.writeStartObject();
          reading(x, m.reading());
          decimal(x, "below", m.below());
          decimal(x, "above", m.above());
          x.writeEndObject();
        });
      }
      g.writeEndArray();
      g.writeStringField("source", r.source());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  private static void reading(JsonGenerator g, Reading r) throws IOException {
    g.writeStringField("count", r.count().name());
    g.writeNumberField("n", r.n());
    g.writeBooleanField("gateMet", r.gateMet());
    g.writeStringField("precision", r.precision().name());
  }

  private static void decimal(JsonGenerator g, String name, @Nullable BigDecimal value) throws IOException {
    if (value == null) {
      g.writeNullField(name);
    } else {
      g.writeNumberField(name, value);
    }
  }

  private static void decimals(JsonGenerator g, String name, List<BigDecimal> values) throws IOException {
    g.writeArrayFieldStart(name);
    for (BigDecimal v : values) {
      g.writeNumber(v);
    }
    g.writeEndArray();
  }
}

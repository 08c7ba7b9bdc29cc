package id.iga.json;

import com.fasterxml.jackson.core.JsonGenerator;
import id.iga.rubric.Alternative;
import id.iga.rubric.Predikat;
import id.iga.uncertainty.RegionUncertainty;
import id.iga.uncertainty.Uncertainty;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * Writes how sure results are as one JSON object: the rubric's year, its alternatives (each fact with its values and
 * source) and the number of combinations, then one row per region with its published IID and predikat, the least and
 * greatest IID (exact as a fraction, and reported), the predikats that can occur, whether the predikat is certain,
 * the facts that decide it, and for a dataset its rank interval.
 *
 * @since 1.0
 */
public final class UncertaintyJson {
  private UncertaintyJson() {}

  /**
   * @param analysis the analysis the rows come from
   * @param rows one per region
   * @return them as an indented JSON object, ending with a line break
   */
  public static String toJson(Uncertainty analysis, List<RegionUncertainty> rows) {
    return Json.toJson(true, g -> write(g, analysis, rows));
  }

  /**
   * @param analysis the analysis the rows come from
   * @param rows one per region
   * @param out the stream (flushed, not closed)
   * @throws UncheckedIOException when the stream fails
   */
  public static void write(Uncertainty analysis, List<RegionUncertainty> rows, OutputStream out) {
    Json.write(out, true, g -> write(g, analysis, rows));
  }

  private static void write(JsonGenerator g, Uncertainty analysis, List<RegionUncertainty> rows) throws IOException {
    g.writeStartObject();
    g.writeNumberField("year", analysis.rubric().year());
    g.writeNumberField("combinations", analysis.combinations());
    g.writeArrayFieldStart("alternatives");
    for (Alternative a : analysis.alternatives()) {
      Json.inline(g, x -> {
        x.writeStartObject();
        x.writeStringField("name", a.name());
        x.writeArrayFieldStart("values");
        for (String v : a.valuesFrom(analysis.rubric())) {
          x.writeString(v);
        }
        x.writeEndArray();
        x.writeStringField("source", a.source());
        x.writeEndObject();
      });
    }
    g.writeEndArray();
    g.writeArrayFieldStart("regions");
    for (RegionUncertainty u : rows) {
      Json.inline(g, x -> {
        x.writeStartObject();
        x.writeStringField("code", u.region().code());
        x.writeStringField("name", u.region().name());
        x.writeNumberField("iid", u.published().iid().value());
        x.writeStringField("predikat", u.published().predikat().name());
        x.writeNumberField("iidMin", u.min().value());
        x.writeNumberField("iidMax", u.max().value());
        x.writeStringField("iidMinExact", u.min().exact().toString());
        x.writeStringField("iidMaxExact", u.max().exact().toString());
        x.writeArrayFieldStart("possible");
        for (Predikat p : u.possible()) {
          x.writeString(p.name());
        }
        x.writeEndArray();
        x.writeBooleanField("certain", u.certain());
        x.writeArrayFieldStart("deciding");
        for (String d : u.deciding()) {
          x.writeString(d);
        }
        x.writeEndArray();
        x.writeBooleanField("inCombination", u.inCombination());
        if (u.rank() == null) {
          x.writeNullField("rank");
        } else {
          x.writeObjectFieldStart("rank");
          x.writeNumberField("best", u.rank().best());
          x.writeNumberField("worst", u.rank().worst());
          x.writeNumberField("of", u.rank().of());
          x.writeEndObject();
        }
        x.writeEndObject();
      });
    }
    g.writeEndArray();
    g.writeEndObject();
  }
}

package id.iga.json;

import com.fasterxml.jackson.core.JsonGenerator;
import id.iga.plan.Plan;
import id.iga.plan.Readiness;
import id.iga.plan.Step;
import id.iga.score.Standing;
import id.iga.submission.Region;
import java.io.IOException;
import java.util.Map;

/**
 * Writes improvement plans ({@link Plan}) and per-innovation readiness ({@link Readiness}) as JSON. The field names
 * and their order are a contract:
 *
 * <pre>{@code
 * {
 *   "region": {"code": "33.07", "name": "Kabupaten Wonosobo", "type": "KABUPATEN", "provinceCode": "33"},
 *   "year": 2026, "mode": "CLAIMED",
 *   "target": {"asked": "SANGAT_INOVATIF", "iid": 65.01, "predikat": "SANGAT_INOVATIF"},
 *   "start": {"iid": 58.12, "predikat": "INOVATIF"},
 *   "reached": true, "units": 14, "levelSteps": 8, "newInnovations": 1,
 *   "final": {"iid": 65.03, "predikat": "SANGAT_INOVATIF"},
 *   "ceiling": {"iid": 83.20, "predikat": "SANGAT_INOVATIF"},
 *   "steps": [
 *     {"step": 1, "kind": "NEW_INNOVATION", "innovation": "new-1", "affair": "KESEHATAN", "maturity": 60.00,
 *      "levels": {"16": 3, "17": 0}, "units": 6, "gain": 1.23, "iid": 59.35, "predikat": "INOVATIF"},
 *     {"step": 2, "kind": "RAISE", "indicator": "16", "name": "Regulasi Inovasi Daerah", "innovation": "inv-3",
 *      "from": 1, "to": 3, "requires": "one of PERDA", "label": "Peraturan Daerah", "units": 2, "gain": 0.45,
 *      "iid": 59.80, "predikat": "INOVATIF"}
 *   ]
 * }
 * }</pre>
 *
 * <p>A raise of a region (SPD) row has no {@code innovation}; a new innovation whose affair does not matter has no
 * {@code affair}. {@code target.asked} is the target as asked ({@code "IID 65.01"} or a predikat's name). Each step's
 * {@code iid} and {@code predikat} are where the region stands after that step and every step before it.
 *
 * <pre>{@code
 * {
 *   "region": {...}, "year": 2026, "mode": "CLAIMED",
 *   "targetMaturity": 100, "maxMaturity": 111.00,
 *   "atOrAbove": ["inv-1", "inv-4"],
 *   "below": [
 *     {"innovation": "inv-2", "title": "...", "maturity": 88.00, "reachable": true, "units": 4,
 *      "maturityAfter": 100.00,
 *      "steps": [{"indicator": "16", "name": "...", "from": 1, "to": 3, "requires": "one of PERDA",
 *                 "label": "Peraturan Daerah", "units": 2, "gain": 6.00, "maturity": 94.00}]}
 *   ]
 * }
 * }</pre>
 *
 * <p>Every IID, gain and maturity is the plan's reported value, at the rubric's reporting scale; {@code targetMaturity}
 * is written as given. {@link #toJson} indents (two spaces, each step on one line); {@link #toJsonLine} writes one
 * compact line, for one plan per region of a dataset.
 *
 * @since 1.0
 */
public final class PlanJson {
  private PlanJson() {}

  /**
   * @param plan a plan
   * @return it as an indented JSON object, ending with a line break
   */
  public static String toJson(Plan plan) {
    return Json.toJson(true, g -> writePlan(g, plan));
  }

  /**
   * @param plan a plan
   * @return it as one compact line of JSON, ending with a line break
   */
  public static String toJsonLine(Plan plan) {
    return Json.toJson(false, g -> writePlan(g, plan));
  }

  /**
   * @param readiness the readiness of a submission's innovations
   * @return it as an indented JSON object, ending with a line break
   */
  public static String toJson(Readiness readiness) {
    return Json.toJson(true, g -> writeReadiness(g, readiness));
  }

  /**
   * @param readiness the readiness of a submission's innovations
   * @return it as one compact line of JSON, ending with a line break
   */
  public static String toJsonLine(Readiness readiness) {
    return Json.toJson(false, g -> writeReadiness(g, readiness));
  }

  private static void writeRegion(JsonGenerator g, Region region) throws IOException {
    g.writeFieldName("region");
    Json.inline(g, o -> {
      o.writeStartObject();
      o.writeStringField("code", region.code());
      o.writeStringField("name", region.name());
      o.writeStringField("type", region.type().name());
      o.writeStringField("provinceCode", region.provinceCode());
      o.writeEndObject();
    });
  }

  private static void writePlan(JsonGenerator g, Plan p) throws IOException {
    g.writeStartObject();
    writeRegion(g, p.submission().region());
    g.writeNumberField("year", p.year());
    g.writeStringField("mode", p.mode().name());
    g.writeFieldName("target");
    Json.inline(g, o -> {
      o.writeStartObject();
      o.writeStringField("asked", p.target().describe());
      o.writeNumberField("iid", p.threshold().iid().value());
      o.writeStringField("predikat", p.threshold().predikat().name());
      o.writeEndObject();
    });
    writeStanding(g, "start", p.start());
    g.writeBooleanField("reached", p.reached());
    g.writeNumberField("units", p.units());
    g.writeNumberField("levelSteps", p.levelSteps());
    g.writeNumberField("newInnovations", p.newInnovations());
    writeStanding(g, "final", p.end());
    writeStanding(g, "ceiling", p.ceiling());
    g.writeArrayFieldStart("steps");
    int number = 0;
    for (Step step : p.steps()) {
      int n = ++number;
      Json.inline(g, o -> {
        o.writeStartObject();
        o.writeNumberField("step", n);
        if (step instanceof Step.Raise r) {
          o.writeStringField("kind", "RAISE");
          o.writeStringField("indicator", r.indicator().code());
          o.writeStringField("name", r.indicator().name());
          if (r.innovation() != null) {
            o.writeStringField("innovation", r.innovation());
          }
          o.writeNumberField("from", r.from());
          o.writeNumberField("to", r.to());
          o.writeStringField("requires", r.requires());
          o.writeStringField("label", r.level().label());
        } else {
          Step.NewInnovation ni = (Step.NewInnovation) step;
          o.writeStringField("kind", "NEW_INNOVATION");
          o.writeStringField("innovation", ni.id());
          if (ni.affair() != null) {
            o.writeStringField("affair", ni.affair().name());
          }
          o.writeNumberField("maturity", ni.maturity().value());
          o.writeObjectFieldStart("levels");
          for (Map.Entry<String, Integer> e : ni.levels().entrySet()) {
            o.writeNumberField(e.getKey(), e.getValue());
          }
          o.writeEndObject();
        }
        o.writeNumberField("units", step.units());
        o.writeNumberField("gain", step.gain().value());
        o.writeNumberField("iid", step.after().iid().value());
        o.writeStringField("predikat", step.after().predikat().name());
        o.writeEndObject();
      });
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  private static void writeStanding(JsonGenerator g, String field, Standing standing) throws IOException {
    g.writeFieldName(field);
    Json.inline(g, o -> {
      o.writeStartObject();
      o.writeNumberField("iid", standing.iid().value());
      o.writeStringField("predikat", standing.predikat().name());
      o.writeEndObject();
    });
  }

  private static void writeReadiness(JsonGenerator g, Readiness r) throws IOException {
    g.writeStartObject();
    writeRegion(g, r.submission().region());
    g.writeNumberField("year", r.year());
    g.writeStringField("mode", r.mode().name());
    g.writeNumberField("targetMaturity", r.target());
    g.writeNumberField("maxMaturity", r.maxMaturity());
    g.writeFieldName("atOrAbove");
    Json.inline(g, o -> {
      o.writeStartArray();
      for (String id : r.atOrAbove()) {
        o.writeString(id);
      }
      o.writeEndArray();
    });
    g.writeArrayFieldStart("below");
    for (Readiness.Entry e : r.below()) {
      g.writeStartObject();
      g.writeStringField("innovation", e.id());
      g.writeStringField("title", e.title());
      g.writeNumberField("maturity", e.maturity().value());
      g.writeBooleanField("reachable", e.reachable());
      g.writeNumberField("units", e.units());
      g.writeNumberField("maturityAfter", e.maturityAfter().value());
      g.writeArrayFieldStart("steps");
      for (Readiness.Raise s : e.steps()) {
        Json.inline(g, o -> {
          o.writeStartObject();
          o.writeStringField("indicator", s.indicator().code());
          o.writeStringField("name", s.indicator().name());
          o.writeNumberField("from", s.from());
          o.writeNumberField("to", s.to());
          o.writeStringField("requires", s.requires());
          o.writeStringField("label", s.level().label());
          o.writeNumberField("units", s.units());
          o.writeNumberField("gain", s.gain().value());
          o.writeNumberField("maturity", s.maturityAfter().value());
          o.writeEndObject();
        });
      }
      g.writeEndArray();
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
  }
}

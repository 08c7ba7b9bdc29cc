package id.iga.json;

import com.fasterxml.jackson.core.JsonGenerator;
import id.iga.compare.Cell;
import id.iga.compare.Comparison;
import id.iga.compare.DatasetComparison;
import id.iga.compare.RowComparison;
import id.iga.compare.YearScore;
import id.iga.rubric.Predikat;
import id.iga.score.ScoreResult;
import id.iga.submission.Region;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

/**
 * Writes a {@link Comparison} (one submission under several rubric years) as JSON. Field names and order are a
 * contract; each year's scores use the names of the result contract ({@link ResultJson}):
 *
 * <pre>{@code
 * {
 *   "region": {"code": "33.07", "name": "Kabupaten Wonosobo", "type": "KABUPATEN", "provinceCode": "33"},
 *   "mode": "CLAIMED",
 *   "years": [
 *     {"year": 2024, "iid": 55.12, "predikat": "INOVATIF", "spd": 40.50, "maturityMean": 61.25, "countScore": 34.20,
 *      "sid": 95.45, "total": 135.95, "divisor": 90, "innovationCount": 90, "assumptions": 24, "overrides": 0},
 *     {"year": 2026, "notScored": ["innovation wsb-001 indicator 25 (...): unknown category 'X'; ..."]}
 *   ],
 *   "differences": [
 *     {"indicator": "17", "innovation": "wsb-001", "given": "16", "years": [
 *       {"year": 2024, "kind": "DECIDED", "level": 2, "detail": "11..30"}, ...]}
 *   ],
 *   "carried": [{"indicator": "1", "given": "level 3"}, ...]
 * }
 * }</pre>
 *
 * <p>A year that could not score the submission has {@code notScored} (the problems) in place of its scores. An
 * answer's {@code innovation} is left out for a region (SPD) answer. {@code differences} lists the answers whose level
 * differs between the years, {@code carried} the answers given only as levels, carried into every year unchanged.
 * {@link #toJson} indents; {@link #writeLine} writes one compact object per line.
 *
 * <p>A {@link DatasetComparison} (a dataset under several years, as {@code iga compare} summarises it) is written as
 * how many regions earn each predikat in each year (every predikat, highest first, zeros included) and how many a year
 * could not score, then the regions whose predikat changes, in the order they were added:
 *
 * <pre>{@code
 * {
 *   "years": [2024, 2026],
 *   "regionCount": 8,
 *   "counts": [
 *     {"year": 2024, "predikat": {"SANGAT_INOVATIF": 2, "INOVATIF": 5, "KURANG_INOVATIF": 1, "TIDAK_DAPAT_DINILAI": 0},
 *      "notScored": 0},
 *     ...
 *   ],
 *   "changes": [
 *     {"region": {"code": "33.07", "name": "Kabupaten Wonosobo", "type": "KABUPATEN", "provinceCode": "33"},
 *      "predikat": {"2024": "INOVATIF", "2026": "SANGAT_INOVATIF"}}
 *   ]
 * }
 * }</pre>
 *
 * <p>A change's {@code predikat} has every compared year, in order, as a key: {@code null} for a year that could not
 * score the region. Each count and each change is on one line.
 *
 * @since 1.0
 */
public final class ComparisonJson {
  private ComparisonJson() {}

  /**
   * @param comparison a comparison
   * @return it as an indented JSON object, ending with a line break
   */
  public static String toJson(Comparison comparison) {
    return Json.toJson(true, g -> write(g, comparison));
  }

  /**
   * Writes one comparison as one line, flushed.
   *
   * @param comparison a comparison
   * @param out the stream (not closed)
   * @throws UncheckedIOException when the stream fails
   */
  public static void writeLine(Comparison comparison, OutputStream out) {
    Json.write(out, false, g -> write(g, comparison));
  }

  /**
   * @param comparison a dataset's comparison
   * @return it as an indented JSON object, ending with a line break
   */
  public static String toJson(DatasetComparison comparison) {
    return Json.toJson(true, g -> write(g, comparison));
  }

  /**
   * @param comparison a dataset's comparison
   * @return it as one compact line of JSON, ending with a line break
   */
  public static String toJsonLine(DatasetComparison comparison) {
    return Json.toJson(false, g -> write(g, comparison));
  }

  private static void write(JsonGenerator g, Comparison c) throws IOException {
    g.writeStartObject();
    g.writeFieldName("region");
    region(g, c.region());
    g.writeStringField("mode", c.mode().name());
    g.writeArrayFieldStart("years");
    for (YearScore y : c.years()) {
      Json.inline(g, o -> {
        o.writeStartObject();
        o.writeNumberField("year", y.year());
        if (y.result() != null) {
          ScoreResult r = y.result();
          o.writeNumberField("iid", r.iid().value());
          o.writeStringField("predikat", r.predikat().name());
          o.writeNumberField("spd", r.spd().value());
          o.writeNumberField("maturityMean", r.maturityMean().value());
          o.writeNumberField("countScore", r.countScore().value());
          o.writeNumberField("sid", r.sid().value());
          o.writeNumberField("total", r.total().value());
          o.writeNumberField("divisor", r.divisor());
          o.writeNumberField("innovationCount", r.innovationCount());
          o.writeNumberField("assumptions", r.assumptions().size());
          o.writeNumberField("overrides", r.overrides().size());
        } else {
          strings(o, "notScored", y.problems());
        }
        o.writeEndObject();
      });
    }
    g.writeEndArray();
    g.writeArrayFieldStart("differences");
    for (RowComparison row : c.differences()) {
      Json.inline(g, o -> {
        o.writeStartObject();
        answer(o, row);
        o.writeArrayFieldStart("years");
        for (Cell cell : row.cells()) {
          o.writeStartObject();
          o.writeNumberField("year", cell.year());
          o.writeStringField("kind", cell.kind().name());
          if (cell.applies()) {
            o.writeNumberField("level", cell.level());
          }
          o.writeStringField("detail", cell.detail());
          o.writeEndObject();
        }
        o.writeEndArray();
        o.writeEndObject();
      });
    }
    g.writeEndArray();
    g.writeArrayFieldStart("carried");
    for (RowComparison row : c.carried()) {
      Json.inline(g, o -> {
        o.writeStartObject();
        answer(o, row);
        o.writeEndObject();
      });
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  private static void write(JsonGenerator g, DatasetComparison d) throws IOException {
    g.writeStartObject();
    g.writeFieldName("years");
    Json.inline(g, o -> {
      o.writeStartArray();
      for (int year : d.years()) {
        o.writeNumber(year);
      }
      o.writeEndArray();
    });
    g.writeNumberField("regionCount", d.regions().size());
    g.writeArrayFieldStart("counts");
    for (int year : d.years()) {
      Json.inline(g, o -> {
        o.writeStartObject();
        o.writeNumberField("year", year);
        o.writeObjectFieldStart("predikat");
        for (Map.Entry<Predikat, Integer> e : d.counts(year).entrySet()) {
          o.writeNumberField(e.getKey().name(), e.getValue());
        }
        o.writeEndObject();
        o.writeNumberField("notScored", d.notScored(year));
        o.writeEndObject();
      });
    }
    g.writeEndArray();
    g.writeArrayFieldStart("changes");
    for (DatasetComparison.RegionYears r : d.changes()) {
      Json.inline(g, o -> {
        o.writeStartObject();
        o.writeFieldName("region");
        region(o, r.region());
        o.writeObjectFieldStart("predikat");
        for (int year : d.years()) {
          o.writeFieldName(String.valueOf(year));
          if (r.in(year).isPresent()) {
            o.writeString(r.in(year).get().name());
          } else {
            o.writeNull();
          }
        }
        o.writeEndObject();
        o.writeEndObject();
      });
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  private static void region(JsonGenerator g, Region region) throws IOException {
    Json.inline(g, o -> {
      o.writeStartObject();
      o.writeStringField("code", region.code());
      o.writeStringField("name", region.name());
      o.writeStringField("type", region.type().name());
      o.writeStringField("provinceCode", region.provinceCode());
      o.writeEndObject();
    });
  }

  private static void answer(JsonGenerator o, RowComparison row) throws IOException {
    o.writeStringField("indicator", row.indicator());
    if (row.innovation() != null) {
      o.writeStringField("innovation", row.innovation());
    }
    o.writeStringField("given", row.given());
  }

  private static void strings(JsonGenerator o, String field, List<String> values) throws IOException {
    o.writeArrayFieldStart(field);
    for (String v : values) {
      o.writeString(v);
    }
    o.writeEndArray();
  }
}

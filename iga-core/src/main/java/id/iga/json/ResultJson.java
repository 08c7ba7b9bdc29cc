package id.iga.json;

import com.fasterxml.jackson.core.JsonGenerator;
import id.iga.rubric.Assumption;
import id.iga.score.InnovationScore;
import id.iga.score.PointsLost;
import id.iga.score.RowScore;
import id.iga.score.ScoreResult;
import id.iga.score.Warning;
import id.iga.submission.Affair;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.RoundingMode;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Writes scored results as JSON: one result as one object, or many as JSON Lines. The field names and their order
 * are a contract tools rely on:
 *
 * <pre>{@code
 * {
 *   "region": {"code": "33.14", "name": "Kabupaten Sragen", "type": "KABUPATEN", "provinceCode": "33"},
 *   "year": 2024, "mode": "CLAIMED",
 *   "iid": 54.30, "predikat": "INOVATIF",
 *   "spd": 40.50, "maturityMean": 61.25, "countScore": 34.20, "sid": 95.45, "total": 135.95, "maxTotal": 250.00,
 *   "divisor": 90, "innovationCount": 90,
 *   "basicServicesCovered": 5, "basicServices": ["PENDIDIKAN", "KESEHATAN", ...], "gate": 2, "gateMet": true,
 *   "innovations": [{"id": "...", "title": "...", "agency": "...", "affair": "KESEHATAN", "maturity": 72.00,
 *                    "rows": [{"indicator": "16", "level": 3, "score": 9.00, "max": 9.00, "counted": true}, ...]}],
 *   "spdRows": [{"indicator": "1", "level": 2, "score": 6.00, "max": 9.00, "counted": true}, ...],
 *   "pointsLost": [{"kind": "COUNT_SCORE", "points": 41.80}, {"kind": "INDICATOR", "indicator": "31", "points": 4.95},
 *                  ...],
 *   "warnings": [{"kind": "NO_LEVEL_MET", "indicator": "17", "innovation": "...", "message": "..."}],
 *   "assumptions": [{"subject": "rounding", "value": "HALF_UP", "source": "...", "status": "ASSUMED"}],
 *   "overrides": [{"name": "divisorFloor", "published": "12", "value": "20"}]
 * }
 * }</pre>
 *
 * <p>{@code rows} (per innovation) and {@code spdRows} are written only when the breakdown is asked for. A warning's
 * {@code indicator} and {@code innovation} are left out when it has none. Enum values are written by name; the
 * affairs in {@code basicServices} in the order of {@link Affair}.
 *
 * <p>Every score (every field above written as a decimal) is a JSON number with exactly the result's reporting scale
 * (two decimals for the published rubrics, as in {@code 54.30}, {@code 100.00}, {@code 0.00}): the reported value of
 * each {@link id.iga.score.Reported}, rounded once by the scorer. A row's {@code score} and
 * {@code max} are exact products weight x level; they are written at the reporting scale too, exactly whenever the
 * weights have no more decimals than that scale (true of every published rubric), and otherwise rounded half-up.
 *
 * <p>{@link #write} indents (two spaces, {@code \n} line ends, each row, loss, warning, assumption and override on one
 * line, and each innovation too without the breakdown); {@link #lines} writes one compact object per line.
 *
 * @since 1.0
 */
public final class ResultJson {
  private ResultJson() {}

  /**
   * Writes one result as an indented JSON object in UTF-8, ending with a line break.
   *
   * @param result the result
   * @param out the stream (flushed, not closed)
   * @param breakdown whether to write the rows of every indicator
   * @throws UncheckedIOException when the stream fails
   */
  public static void write(ScoreResult result, OutputStream out, boolean breakdown) {
    Json.write(out, true, g -> writeResult(g, result, breakdown));
  }

  /**
   * @param result the result
   * @param breakdown whether to write the rows of every indicator
   * @return the result as an indented JSON object, ending with a line break
   */
  public static String toJson(ScoreResult result, boolean breakdown) {
    return Json.toJson(true, g -> writeResult(g, result, breakdown));
  }

  /**
   * @param out where to write JSON Lines in UTF-8 (not closed by the writer)
   * @param breakdown whether to write the rows of every indicator
   * @return a writer of one line per result
   */
  public static LineWriter lines(OutputStream out, boolean breakdown) {
    return new LineWriter(out, breakdown);
  }

  /**
   * Writes results as JSON Lines, one compact object per line, each as soon as it is given: nothing is buffered
   * beyond the line being written. Not thread-safe.
   */
  public static final class LineWriter implements AutoCloseable {
    private final OutputStream out;
    private final boolean breakdown;
    private long written;

    private LineWriter(OutputStream out, boolean breakdown) {
      this.out = Objects.requireNonNull(out, "out");
      this.breakdown = breakdown;
    }

    /**
     * Writes one result as one line and flushes it to the stream.
     *
     * @param result the result
     * @throws UncheckedIOException when the stream fails
     */
    public void write(ScoreResult result) {
      Json.write(out, false, g -> writeResult(g, result, breakdown));
      written++;
    }

    /** @return how many results were written */
    public long written() {
      return written;
    }

    /**
     * Flushes the stream; does not close it.
     *
     * @throws UncheckedIOException when the stream fails
     */
    @Override
    public void close() {
      try {
        out.flush();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  // ---------------------------------------------------------------------------------------------------- writing

  private static void writeResult(JsonGenerator g, ScoreResult r, boolean breakdown) throws IOException {
    int scale = r.iid().value().scale();
    g.writeStartObject();
    g.writeFieldName("region");
    Json.inline(g, o -> {
      o.writeStartObject();
      o.writeStringField("code", r.region().code());
      o.writeStringField("name", r.region().name());
      o.writeStringField("type", r.region().type().name());
      o.writeStringField("provinceCode", r.region().provinceCode());
      o.writeEndObject();
    });
    g.writeNumberField("year", r.year());
    g.writeStringField("mode", r.mode().name());
    g.writeNumberField("iid", r.iid().value());
    g.writeStringField("predikat", r.predikat().name());
    g.writeNumberField("spd", r.spd().value());
    g.writeNumberField("maturityMean", r.maturityMean().value());
    g.writeNumberField("countScore", r.countScore().value());
    g.writeNumberField("sid", r.sid().value());
    g.writeNumberField("total", r.total().value());
    g.writeNumberField("maxTotal", r.maxTotal());
    g.writeNumberField("divisor", r.divisor());
    g.writeNumberField("innovationCount", r.innovationCount());
    g.writeNumberField("basicServicesCovered", r.gate().covered().size());
    g.writeFieldName("basicServices");
    Json.inline(g, o -> {
      o.writeStartArray();
      for (Affair a : r.gate().covered()) {
        o.writeString(a.name());
      }
      o.writeEndArray();
    });
    g.writeNumberField("gate", r.gate().required());
    g.writeBooleanField("gateMet", r.gate().met());
    g.writeArrayFieldStart("innovations");
    for (InnovationScore s : r.innovations()) {
      Json.Body innovation = o -> {
        o.writeStartObject();
        o.writeStringField("id", s.id());
        o.writeStringField("title", s.innovation().title());
        o.writeStringField("agency", s.innovation().agency());
        o.writeStringField("affair", s.innovation().affair().name());
        o.writeNumberField("maturity", s.maturity().value());
        if (breakdown) {
          writeRows(o, "rows", s.rows(), scale);
        }
        o.writeEndObject();
      };
      if (breakdown) {
        innovation.write(g);
      } else {
        Json.inline(g, innovation);
      }
    }
    g.writeEndArray();
    if (breakdown) {
      writeRows(g, "spdRows", r.spdRows(), scale);
    }
    g.writeArrayFieldStart("pointsLost");
    for (PointsLost p : r.pointsLost()) {
      Json.inline(g, o -> {
        o.writeStartObject();
        o.writeStringField("kind", p.kind().name());
        if (p.indicator() != null) {
          o.writeStringField("indicator", p.indicator());
        }
        o.writeNumberField("points", p.points().value());
        o.writeEndObject();
      });
    }
    g.writeEndArray();
    g.writeArrayFieldStart("warnings");
    for (Warning w : r.warnings()) {
      Json.inline(g, o -> {
        o.writeStartObject();
        o.writeStringField("kind", w.kind().name());
        if (w.indicator() != null) {
          o.writeStringField("indicator", w.indicator());
        }
        if (w.innovation() != null) {
          o.writeStringField("innovation", w.innovation());
        }
        o.writeStringField("message", w.text(Locale.ENGLISH));
        o.writeEndObject();
      });
    }
    g.writeEndArray();
    g.writeArrayFieldStart("assumptions");
    for (Assumption a : r.assumptions()) {
      Json.inline(g, o -> {
        o.writeStartObject();
        o.writeStringField("subject", a.subject());
        o.writeStringField("value", a.value());
        o.writeStringField("source", a.source());
        o.writeStringField("status", a.status().name());
        o.writeEndObject();
      });
    }
    g.writeEndArray();
    RubricJson.writeOverrides(g, r.overrides());
    g.writeEndObject();
  }

  private static void writeRows(JsonGenerator g, String field, List<RowScore> rows, int scale) throws IOException {
    g.writeArrayFieldStart(field);
    for (RowScore row : rows) {
      Json.inline(g, o -> {
        o.writeStartObject();
        o.writeStringField("indicator", row.indicator());
        o.writeNumberField("level", row.level());
        o.writeNumberField("score", row.score().setScale(scale, RoundingMode.HALF_UP));
        o.writeNumberField("max", row.max().setScale(scale, RoundingMode.HALF_UP));
        o.writeBooleanField("counted", row.counted());
        o.writeEndObject();
      });
    }
    g.writeEndArray();
  }
}

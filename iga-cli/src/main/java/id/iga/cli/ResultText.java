package id.iga.cli;

import id.iga.rubric.Assumption;
import id.iga.rubric.Indicator;
import id.iga.rubric.Rubric;
import id.iga.score.InnovationScore;
import id.iga.score.PointsLost;
import id.iga.score.ScoreResult;
import id.iga.score.Warning;
import id.iga.submission.Affair;
import id.iga.years.Rubrics;
import java.util.Locale;
import java.util.stream.Collectors;

import javax.annotation.Nullable;

/** One result as a readable report. */
final class ResultText {
  private ResultText() {}

  /** What a heading adds to a projected rubric year. */
  private static final String PROJECTED = " (projected, not yet in force)";

  /**
   * @param r a result
   * @param rubric the rubric it was scored under
   * @param rubricName the rubric's name in the heading, as {@link #rubricName} gives it
   * @return the result as a report
   */
  static String of(ScoreResult r, Rubric rubric, String rubricName) {
    int scale = rubric.parameters().reportingScale().value();
    java.math.RoundingMode rounding = rubric.parameters().rounding().value();
    String maxSpd = rubric.maxima().spd().setScale(scale, rounding).toPlainString();
    String maxMaturity = rubric.maxima().maturity().setScale(scale, rounding).toPlainString();
    StringBuilder b = new StringBuilder();
    b.append(r.region().name()).append(" (").append(r.region().code()).append(", ").append(r.region().type())
        .append(", province ").append(r.region().provinceCode()).append(")\n");
    b.append("Rubric ").append(rubricName).append(", ").append(r.mode()).append(" answers\n\n");
    b.append(String.format("IID     %7s  %s%n", r.iid().value().toPlainString(), r.predikat().label().toUpperCase()));
    b.append(String.format("SPD     %7s  of %s%n", r.spd().value().toPlainString(), maxSpd));
    b.append(String.format("SID     %7s  = maturity mean %s + count score %s%n", r.sid().value().toPlainString(),
        r.maturityMean().value().toPlainString(), r.countScore().value().toPlainString()));
    b.append(String.format("Total   %7s  of %s%n%n", r.total().value().toPlainString(), r.maxTotal().toPlainString()));
    b.append("Maturity mean: sum of ").append(r.innovationCount()).append(" maturities / divisor ")
        .append(r.divisor()).append(" (MAX(k = ").append(rubric.parameters().divisorFloor().value()).append(", n = ")
        .append(r.innovationCount()).append("))\n");
    b.append("Count score: ").append(r.gate().covered().size()).append(" of ").append(r.gate().of())
        .append(" basic-service affairs covered")
        .append(r.gate().covered().isEmpty() ? "" : " (" + r.gate().covered().stream()
            .map(Affair::name).collect(Collectors.joining(", ")) + ")")
        .append("; gate ").append(r.gate().required())
        .append(r.gate().met() ? "" : ": not met, count score 0")
        .append('\n');

    if (!r.innovations().isEmpty()) {
      b.append("\nInnovations (maturity of ").append(maxMaturity).append(")\n");
      Table t = new Table("ID", "TITLE", "AGENCY", "AFFAIR", ">MATURITY");
      for (InnovationScore s : r.innovations()) {
        t.row(s.id(), shorten(s.innovation().title(), 48), shorten(s.innovation().agency(), 36),
            s.innovation().affair(), s.maturity().value().toPlainString());
      }
      indent(b, t);
    }
    if (!r.pointsLost().isEmpty()) {
      b.append("\nPoints lost against the maximum, largest first\n");
      Table t = new Table("REASON", "NAME", ">POINTS");
      for (PointsLost p : r.pointsLost()) {
        t.row(p.code(), lostName(p, rubric), p.points().value().toPlainString());
      }
      indent(b, t);
    }
    if (!r.warnings().isEmpty()) {
      b.append("\nWarnings\n");
      for (Warning w : r.warnings()) {
        b.append("  ").append(w.kind()).append(": ").append(w.text(Locale.ENGLISH)).append('\n');
      }
    }
    if (!r.overrides().isEmpty()) {
      b.append("\nOverridden parameters\n");
      r.overrides().forEach(o -> b.append("  ").append(o.name()).append(": ").append(o.published()).append(" -> ")
          .append(o.value()).append('\n'));
    }
    return b.toString();
  }

  static String lostName(PointsLost p, Rubric rubric) {
    return switch (p.kind()) {
      case COUNT_SCORE -> "Skor jumlah inovasi (count score)";
      case DIVISOR -> "Fewer innovations than the divisor floor";
      case INDICATOR -> rubric.indicator(p.code()).map(Indicator::name).orElse(p.code());
    };
  }

  /**
   * The note of a summary row on what a result rests on: its PROJECTED facts (a rubric year not yet in force) and its
   * ASSUMED facts; empty when every fact is known to be in force.
   */
  static String restsOn(ScoreResult r) {
    String own = r.warnings().stream().anyMatch(w -> w.kind() == Warning.Kind.USER_RUBRIC) ? "user rubric" : "";
    String rest = restsOnFacts(r);
    return own.isEmpty() || rest.isEmpty() ? own + rest : own + "; " + rest;
  }

  private static String restsOnFacts(ScoreResult r) {
    long projected = r.assumptions().stream().filter(Assumption::projected).count();
    long assumed = r.assumptions().size() - projected;
    String note = assumed == 0 ? "" : "rests on " + assumed + " ASSUMED facts";
    if (projected == 0) {
      return note;
    }
    return "projected (" + projected + " PROJECTED facts)" + (note.isEmpty() ? "" : "; " + note);
  }

  /** A rubric year in a heading: {@code 2027 (projected, not yet in force)} for a projected rubric year. */
  static String rubricYear(int year) {
    return rubricName(Rubrics.forYear(year), null);
  }

  /**
   * A rubric in a heading: {@code 2024}, {@code 2027 (projected, not yet in force)}, or {@code 2025 from
   * my-rubric.json} for a rubric document of one's own.
   */
  static String rubricName(Rubric rubric, @Nullable String file) {
    return rubric.year() + (file == null ? "" : " from " + file) + (rubric.projected() ? PROJECTED : "");
  }

  /** Cuts a long text for a table cell; the JSON output keeps it whole. */
  static String shorten(String s, int max) {
    return s.length() <= max ? s : s.substring(0, max - 3) + "...";
  }

  private static void indent(StringBuilder b, Table t) {
    for (String line : t.toString().split("\n")) {
      b.append("  ").append(line).append('\n');
    }
  }
}

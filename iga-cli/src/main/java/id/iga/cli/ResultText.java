package id.iga.cli;

import id.iga.Message;
import id.iga.rubric.Assumption;
import id.iga.rubric.Indicator;
import id.iga.rubric.Rubric;
import id.iga.score.InnovationScore;
import id.iga.score.Mode;
import id.iga.score.PointsLost;
import id.iga.score.ScoreResult;
import id.iga.score.Warning;
import id.iga.submission.Affair;
import id.iga.submission.Region;
import id.iga.years.Rubrics;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import javax.annotation.Nullable;

/** One result as a readable report, in the chosen language. Every number is the library's. */
final class ResultText {
  private ResultText() {}

  /**
   * @param r a result
   * @param rubric the rubric it was scored under
   * @param rubricName the rubric's name in the heading, as {@link #rubricName} gives it
   * @param t the language
   * @return the result as a report
   */
  static String of(ScoreResult r, Rubric rubric, String rubricName, Language t) {
    int scale = rubric.parameters().reportingScale().value();
    java.math.RoundingMode rounding = rubric.parameters().rounding().value();
    String maxSpd = t.number(rubric.maxima().spd().setScale(scale, rounding));
    String maxMaturity = t.number(rubric.maxima().maturity().setScale(scale, rounding));
    StringBuilder b = new StringBuilder();
    Region region = r.region();
    b.append(t.text("cli.result.region", region.name(), region.code(), region.type().name(), region.provinceCode()))
        .append('\n');
    b.append(t.text("cli.result.rubric", rubricName, answers(r.mode()))).append("\n\n");
    line(b, "IID", t.number(r.iid().value()), r.predikat().label().toUpperCase(java.util.Locale.ROOT));
    line(b, "SPD", t.number(r.spd().value()), t.text("cli.result.of", maxSpd));
    line(b, "SID", t.number(r.sid().value()), t.text("cli.result.sid", t.number(r.maturityMean().value()),
        t.number(r.countScore().value())));
    line(b, t.text("cli.result.total"), t.number(r.total().value()), t.text("cli.result.of",
        t.number(r.maxTotal())));
    b.append('\n');
    b.append(t.text("cli.result.mean", r.innovationCount(), r.divisor(),
        rubric.parameters().divisorFloor().value())).append('\n');
    String covered = r.gate().covered().isEmpty() ? ""
        : " (" + r.gate().covered().stream().map(Affair::name).collect(Collectors.joining(", ")) + ")";
    b.append(t.text("cli.result.countScore", r.gate().covered().size(), r.gate().of(), covered,
        r.gate().required(), r.gate().met() ? "" : t.text("cli.result.gateNotMet"))).append('\n');

    if (!r.innovations().isEmpty()) {
      b.append('\n').append(t.text("cli.result.innovations", maxMaturity)).append('\n');
      Table table = new Table(t.text("cli.column.id"), t.text("cli.column.title"), t.text("cli.column.agency"),
          t.text("cli.column.affair"), ">" + t.text("cli.column.maturity"));
      for (InnovationScore s : r.innovations()) {
        table.row(s.id(), shorten(s.innovation().title(), 48), shorten(s.innovation().agency(), 36),
            s.innovation().affair(), t.number(s.maturity().value()));
      }
      indent(b, table);
    }
    if (!r.pointsLost().isEmpty()) {
      b.append('\n').append(t.text("cli.result.pointsLost")).append('\n');
      Table table = new Table(t.text("cli.column.reason"), t.text("cli.column.name"),
          ">" + t.text("cli.column.points"));
      for (PointsLost p : r.pointsLost()) {
        table.row(p.code(), lostName(p, rubric, t), t.number(p.points().value()));
      }
      indent(b, table);
    }
    if (!r.warnings().isEmpty()) {
      b.append('\n').append(t.text("cli.result.warnings")).append('\n');
      for (Warning w : r.warnings()) {
        b.append("  ").append(w.kind()).append(": ").append(w.text(t.locale())).append('\n');
      }
    }
    if (!r.overrides().isEmpty()) {
      b.append('\n').append(t.text("cli.result.overrides")).append('\n');
      r.overrides().forEach(o -> b.append("  ").append(o.name()).append(": ").append(o.published()).append(" -> ")
          .append(o.value()).append('\n'));
    }
    return b.toString();
  }

  /** A line of the totals: the label, the number right-aligned, and what follows it. */
  private static void line(StringBuilder b, String label, String number, String rest) {
    b.append(String.format("%-8s%7s  %s%n", label, number, rest));
  }

  /**
   * @param mode which answers count
   * @return {@code CLAIMED answers} or {@code VERIFIED answers}, as a heading names them
   */
  static Message answers(Mode mode) {
    return switch (mode) {
      case CLAIMED -> Message.of("cli.mode.claimed");
      case VERIFIED -> Message.of("cli.mode.verified");
    };
  }

  private static String lostName(PointsLost p, Rubric rubric, Language t) {
    return switch (p.kind()) {
      case COUNT_SCORE -> t.text("cli.result.lostCountScore");
      case DIVISOR -> t.text("cli.result.lostDivisor");
      case INDICATOR -> rubric.indicator(p.code()).map(Indicator::name).orElse(p.code());
    };
  }

  /**
   * The note of a summary row on what a result rests on: a rubric of one's own, its PROJECTED facts (a rubric year not
   * yet in force) and its ASSUMED facts; empty when every fact is known to be in force.
   *
   * @param r a result
   * @param t the language
   * @return the note
   */
  static String restsOn(ScoreResult r, Language t) {
    List<String> notes = new ArrayList<>();
    if (r.warnings().stream().anyMatch(w -> w.kind() == Warning.Kind.USER_RUBRIC)) {
      notes.add(t.text("cli.note.userRubric"));
    }
    long projected = r.assumptions().stream().filter(Assumption::projected).count();
    long assumed = r.assumptions().size() - projected;
    if (projected > 0) {
      notes.add(t.text("cli.note.projected", projected));
    }
    if (assumed > 0) {
      notes.add(t.text("cli.note.assumed", assumed));
    }
    return String.join("; ", notes);
  }

  /**
   * A rubric year in a heading: {@code 2027 (projected, not yet in force)} for a projected rubric year.
   *
   * @param year a year a rubric module serves
   * @param t the language
   * @return its name
   */
  static String rubricYear(int year, Language t) {
    return rubricName(Rubrics.forYear(year), null, t);
  }

  /**
   * A rubric in a heading: {@code 2024}, {@code 2027 (projected, not yet in force)}, or {@code 2025 from
   * my-rubric.json} for a rubric document of one's own.
   *
   * @param rubric a rubric
   * @param file the document it was read from, or null for a shipped rubric
   * @param t the language
   * @return its name
   */
  static String rubricName(Rubric rubric, @Nullable String file, Language t) {
    String name = file == null ? String.valueOf(rubric.year()) : t.text("cli.rubric.fromFile", rubric.year(), file);
    return rubric.projected() ? t.text("cli.rubric.projected", name) : name;
  }

  /** Cuts a long text for a table cell; the JSON output keeps it whole. */
  static String shorten(String s, int max) {
    return s.length() <= max ? s : s.substring(0, max - 3) + "...";
  }

  /** Appends a table, each line indented by two spaces. */
  static void indent(StringBuilder b, Table t) {
    for (String line : t.toString().split("\n")) {
      b.append("  ").append(line).append('\n');
    }
  }

  /**
   * @param d a decimal or null
   * @param t the language
   * @return its text in the language, or {@code -}
   */
  static String numberOrDash(@Nullable BigDecimal d, Language t) {
    return d == null ? "-" : t.number(d);
  }
}

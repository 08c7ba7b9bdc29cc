package id.iga.cli;

import id.iga.IgaException;
import id.iga.calibrate.Calibration;
import id.iga.calibrate.Calibration.Check;
import id.iga.calibrate.Calibration.Count;
import id.iga.calibrate.Calibration.Miss;
import id.iga.calibrate.Calibration.Precision;
import id.iga.calibrate.Calibration.Verdict;
import id.iga.calibrate.PublishedResult;
import id.iga.json.CalibrationJson;
import id.iga.json.PublishedJson;
import id.iga.rubric.Overrides;
import id.iga.rubric.Rubric;
import id.iga.years.Rubrics;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** {@code iga calibrate}: the published results shipped with the library, checked against a year's rubric. */
final class CalibrateCommand implements Command {
  private enum Format { TABLE, JSON }

  @Override
  public String name() {
    return "calibrate";
  }

  @Override
  public String summary() {
    return "check the published results against a year's rubric: could it have produced each?";
  }

  @Override
  public String help() {
    return """
        Usage: iga calibrate [--year Y] [--set NAME=VALUE]... [--alternatives] [--format table|json]

        Checks each published result shipped with the library (IID, number of innovations, mean maturity and
        predikat, as decrees, regions and the press printed them) against the rubric of its year: is there an
        SPD the rubric's levels and weights reach, a sum of maturities the published number of innovations
        reaches, and a gate outcome, that give the published IID after rounding? Every reading of a row is
        tried: n as the innovations sent or accepted (where the source gives both), the gate met or not, and
        the printed figure as the reported IID or, where it has fewer decimals, as the reported IID rounded
        again. A consistent row shows what it implies (the SPD) and the readings it needs; an inconsistent
        one the nearest IIDs the rubric reaches.

        Options:
          --year Y            only the results of year Y (default: every year a rubric module serves)
          --set NAME=VALUE    check under the rubric with this parameter changed (as for iga score)
          --alternatives      check under every combination of the rubric's alternatives (its parameters and
                              band edges; iga rubric YEAR lists them) and say, for each value, in how many
                              combinations it explains every checked result
          --format F          table (default) or json (one object per year)

        Examples:
          iga calibrate --year 2024
          iga calibrate --year 2024 --set gate=5
          iga calibrate --year 2024 --alternatives
        """;
  }

  @Override
  public Map<String, Boolean> options() {
    return Map.of("year", true, "set", true, "format", true, "alternatives", false);
  }

  @Override
  public int run(Args args, Io io) throws UsageException {
    if (!args.positionals().isEmpty()) {
      throw new UsageException("takes no arguments, got " + args.positionals());
    }
    Format format = args.enumValue("format", Format.class).orElse(Format.TABLE);
    List<Overrides.Setting> settings = args.settings();
    List<Integer> years = args.year("year").map(List::of).orElse(Rubrics.available());
    List<PublishedResult> published = PublishedJson.shipped();
    for (int year : years) {
      Rubric rubric;
      try {
        rubric = Overrides.apply(Rubrics.forYear(year), settings);
      } catch (IgaException e) {
        throw new UsageException("--set for rubric " + year + ": " + e.getMessage());
      }
      if (args.has("alternatives")) {
        if (!settings.isEmpty() || format != Format.TABLE) {
          throw new UsageException("--alternatives goes without --set and writes a table");
        }
        alternatives(io, rubric, published);
        continue;
      }
      List<Check> checks = Calibration.of(rubric).checkAll(published);
      if (checks.isEmpty()) {
        continue;
      }
      if (format == Format.JSON) {
        CalibrationJson.write(rubric, checks, io.out());
      } else {
        table(io, rubric, checks);
      }
    }
    return Main.OK;
  }

  /** For each value of each alternative: in how many of the combinations that hold it every checked result is explained. */
  private static void alternatives(Io io, Rubric rubric, List<PublishedResult> published) {
    List<Calibration.Combination> all = Calibration.combinations(rubric, published);
    Calibration.Combination own = all.get(0);
    int checked = own.consistent() + own.inconsistent();
    if (checked == 0) {
      return;
    }
    long surviving = all.stream().filter(Calibration.Combination::survives).count();
    io.out().println("Alternatives of rubric " + rubric.year() + " against its " + checked + " checked result(s): "
        + surviving + " of " + all.size() + " combination(s) explain every one; the rubric's own values "
        + (own.survives() ? "do" : "do not"));
    Table t = new Table("FACT", "VALUE", ">SURVIVING", ">OF");
    for (var a : rubric.alternatives()) {
      if (a.name().startsWith(Overrides.RULE_PREFIX)) {
        continue;
      }
      String ownValue = Overrides.valueIn(rubric, a.name());
      for (String v : a.valuesFrom(rubric)) {
        List<Calibration.Combination> holding = all.stream().filter(c -> c.settings().stream()
            .filter(x -> x.name().equals(a.name())).map(Overrides.Setting::value).findFirst().orElse(ownValue)
            .equals(v)).toList();
        t.row(a.name(), v, holding.stream().filter(Calibration.Combination::survives).count(), holding.size());
      }
    }
    io.out().print(t);
    io.out().println();
  }

  private static void table(Io io, Rubric rubric, List<Check> checks) {
    io.out().println("Published results " + checks.get(0).row().year() + " checked against rubric " + rubric.year()
        + (rubric.overrides().isEmpty() ? "" : " with " + rubric.overrides().stream()
            .map(o -> o.name() + "=" + o.value()).collect(Collectors.joining(", "))));
    Table t = new Table("REGION", ">PUBLISHED", ">N", "VERDICT", "WHAT IT IMPLIES OR WHY");
    for (Check c : checks) {
      PublishedResult r = c.row();
      t.row(r.region().name(), r.score() == null ? "-" : r.score().toPlainString(), count(r),
          c.verdict().name().replace('_', ' '), implication(c));
    }
    io.out().print(t);
    io.out().println();
  }

  private static String count(PublishedResult r) {
    var i = r.innovations();
    if (i.sent() != null && i.accepted() != null && !i.sent().equals(i.accepted())) {
      return i.sent() + " sent, " + i.accepted() + " accepted";
    }
    Integer n = i.sent() != null ? i.sent() : i.accepted() != null ? i.accepted() : i.unspecified();
    return n == null ? "-" : n.toString();
  }

  private static String implication(Check c) {
    if (c.verdict() == Verdict.NOT_CHECKED || (c.verdict() == Verdict.INCONSISTENT && !c.reason().isEmpty())) {
      return c.reason();
    }
    if (c.verdict() == Verdict.INCONSISTENT) {
      return "nearest reachable IIDs: " + c.misses().stream().map(CalibrateCommand::nearest)
          .collect(Collectors.joining("; "));
    }
    List<String> parts = new ArrayList<>();
    if (c.gateOutcomes().size() == 1) {
      parts.add(c.gateOutcomes().get(0) ? "gate met" : "only if the gate was not met");
    }
    if (c.precisions().equals(List.of(Precision.ROUNDED_FURTHER))) {
      parts.add("only if " + c.row().score().toPlainString() + " is the IID rounded to "
          + c.row().score().scale() + " decimal(s)");
    }
    if (c.counts().equals(List.of(Count.ACCEPTED))) {
      parts.add("only if n counts the accepted innovations");
    }
    parts.add("SPD " + range(c.impliedSpd()));
    return String.join("; ", parts);
  }

  private static String nearest(Miss m) {
    return (m.reading().gateMet() ? "gate met" : "gate not met") + (m.reading().count() == Count.ACCEPTED
        ? ", n accepted" : "") + " " + (m.below() == null ? "-" : m.below().toPlainString()) + " / "
        + (m.above() == null ? "-" : m.above().toPlainString());
  }

  private static String range(List<BigDecimal> values) {
    if (values.size() == 1) {
      return values.get(0).toPlainString();
    }
    return values.get(0).toPlainString() + " to " + values.get(values.size() - 1).toPlainString() + " ("
        + values.size() + " values)";
  }
}

package id.iga.cli;

import id.iga.IgaException;
import id.iga.Message;
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
import java.util.Locale;
import java.util.stream.Collectors;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import javax.annotation.Nullable;

/** {@code iga calibrate}: the published results shipped with the library, checked against a year's rubric. */
@picocli.CommandLine.Command(name = "calibrate", header = "cli.calibrate.summary",
    description = "cli.calibrate.description",
    footer = {"iga calibrate --year 2024", "iga calibrate --year 2024 --set gate=5", "iga calibrate --year 2024 --alternatives"})
final class CalibrateCommand implements Command {
  /** What {@code iga calibrate} writes: a table for people, or JSON. */
  enum Format {
    /** A table, in the chosen language. */
    TABLE,
    /** JSON, the same in every language. */
    JSON;

    /** @return the value {@code --format} takes for it */
    @Override
    public String toString() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  @Spec
  CommandSpec spec;

  @Option(names = "--year", paramLabel = "Y", converter = Values.Year.class, completionCandidates = Values.Years.class,
      descriptionKey = "cli.calibrate.year")
  @Nullable Integer year;

  @Option(names = "--set", paramLabel = "${bundle:cli.label.setting}", converter = Values.Setting.class,
      descriptionKey = "cli.calibrate.set")
  List<Overrides.Setting> settings = new ArrayList<>();

  @Option(names = "--alternatives", descriptionKey = "cli.calibrate.alternatives")
  boolean alternatives;

  @Option(names = "--format", paramLabel = "F", descriptionKey = "cli.calibrate.format")
  Format format = Format.TABLE;

  @Mixin
  Options.Help help;

  @Override
  public int run(Io io) {
    List<Integer> years = year != null ? List.of(year) : Rubrics.available();
    List<PublishedResult> published = PublishedJson.shipped();
    for (int y : years) {
      Rubric rubric;
      try {
        rubric = Overrides.apply(Rubrics.forYear(y), settings);
      } catch (IgaException e) {
        throw new Usage(spec.commandLine(), Message.of("cli.usage.settingsForYear", "--set", y, e));
      }
      if (alternatives) {
        if (!settings.isEmpty() || format != Format.TABLE) {
          throw new Usage(spec.commandLine(), Message.of("cli.calibrate.alternativesAlone"));
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
    Language t = io.language();
    io.out().println(t.text(own.survives() ? "cli.calibrate.alternativesOwnDo" : "cli.calibrate.alternativesOwnDoNot",
        rubric.year(), checked, surviving, all.size()));
    Table table = new Table(t.text("cli.column.fact"), t.text("cli.column.value"), ">" + t.text("cli.column.surviving"),
        ">" + t.text("cli.column.of"));
    for (var a : rubric.alternatives()) {
      if (a.name().startsWith(Overrides.RULE_PREFIX)) {
        continue;
      }
      String ownValue = Overrides.valueIn(rubric, a.name());
      for (String v : a.valuesFrom(rubric)) {
        List<Calibration.Combination> holding = all.stream().filter(c -> c.settings().stream()
            .filter(x -> x.name().equals(a.name())).map(Overrides.Setting::value).findFirst().orElse(ownValue)
            .equals(v)).toList();
        table.row(a.name(), v, holding.stream().filter(Calibration.Combination::survives).count(), holding.size());
      }
    }
    io.out().print(table);
    io.out().println();
  }

  private static void table(Io io, Rubric rubric, List<Check> checks) {
    Language t = io.language();
    int published = checks.get(0).row().year();
    io.out().println(rubric.overrides().isEmpty() ? t.text("cli.calibrate.heading", published, rubric.year())
        : t.text("cli.calibrate.headingWith", published, rubric.year(), rubric.overrides().stream()
            .map(o -> o.name() + "=" + o.value()).collect(Collectors.joining(", "))));
    Table table = new Table(t.text("cli.column.region"), ">" + t.text("cli.column.published"), ">N",
        t.text("cli.column.verdict"), t.text("cli.column.implies"));
    for (Check c : checks) {
      PublishedResult r = c.row();
      table.row(r.region().name(), ResultText.numberOrDash(r.score(), t), count(r, t),
          c.verdict().name().replace('_', ' '), implication(c, t));
    }
    io.out().print(table);
    io.out().println();
  }

  private static String count(PublishedResult r, Language t) {
    var i = r.innovations();
    if (i.sent() != null && i.accepted() != null && !i.sent().equals(i.accepted())) {
      return t.text("cli.calibrate.sentAccepted", i.sent(), i.accepted());
    }
    Integer n = i.sent() != null ? i.sent() : i.accepted() != null ? i.accepted() : i.unspecified();
    return n == null ? "-" : n.toString();
  }

  private static String implication(Check c, Language t) {
    if (c.verdict() == Verdict.NOT_CHECKED || (c.verdict() == Verdict.INCONSISTENT && !c.reason().isEmpty())) {
      return c.reason(t.locale());
    }
    if (c.verdict() == Verdict.INCONSISTENT) {
      return t.text("cli.calibrate.nearest", c.misses().stream().map(m -> nearest(m, t))
          .collect(Collectors.joining("; ")));
    }
    List<String> parts = new ArrayList<>();
    if (c.gateOutcomes().size() == 1) {
      parts.add(t.text(c.gateOutcomes().get(0) ? "cli.calibrate.gateMet" : "cli.calibrate.onlyIfGateNotMet"));
    }
    if (c.precisions().equals(List.of(Precision.ROUNDED_FURTHER))) {
      parts.add(t.text("cli.calibrate.onlyIfRounded", t.number(c.row().score()), c.row().score().scale()));
    }
    if (c.counts().equals(List.of(Count.ACCEPTED))) {
      parts.add(t.text("cli.calibrate.onlyIfAccepted"));
    }
    parts.add(t.text("cli.calibrate.spd", range(c.impliedSpd(), t)));
    return String.join("; ", parts);
  }

  private static String nearest(Miss m, Language t) {
    return t.text(m.reading().gateMet() ? "cli.calibrate.missGateMet" : "cli.calibrate.missGateNotMet",
        m.reading().count() == Count.ACCEPTED ? t.text("cli.calibrate.nAccepted") : "",
        ResultText.numberOrDash(m.below(), t), ResultText.numberOrDash(m.above(), t));
  }

  private static String range(List<BigDecimal> values, Language t) {
    if (values.size() == 1) {
      return t.number(values.get(0));
    }
    return t.text("cli.calibrate.range", t.number(values.get(0)), t.number(values.get(values.size() - 1)),
        values.size());
  }
}

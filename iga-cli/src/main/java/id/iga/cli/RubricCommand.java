package id.iga.cli;

import id.iga.IgaException;
import id.iga.years.Rubrics;
import id.iga.json.RubricJson;
import id.iga.rubric.Overrides;
import id.iga.rubric.Rubric;
import id.iga.rubric.RubricLint;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** {@code iga rubric YEAR}: one rubric, as a reviewable document or JSON, or its lint findings. */
final class RubricCommand implements Command {
  enum Format { MD, JSON }

  @Override
  public String name() {
    return "rubric";
  }

  @Override
  public String summary() {
    return "show one year's rubric (Markdown or JSON), or lint its thresholds";
  }

  @Override
  public String help() {
    return """
        Usage: iga rubric (YEAR | FILE.json) [--format md|json] [--set NAME=VALUE]... [--lint]

        Shows a rubric: its parameters and their status, the predikat bands, every indicator with its weight,
        levels and the condition each level sets on the fact, the fact vocabulary a submission may use, and the
        ASSUMED facts. YEAR is a year from 'iga rubrics'; FILE.json is a rubric document of your own.

        Options:
          --format md|json  Markdown for reading (default), or the rubric document as JSON: edit it and score
                            under it with --rubric FILE.json on score, compare, rank, plan and report
          --set NAME=VALUE  the what-if rubric with this parameter changed, as 'iga score --set' derives it;
                            repeat for several. The JSON lists the changes in "overrides" and reads back as
                            the same what-if rubric
          --lint            list overlapping and uncovered thresholds, and levels no plausible fact earns,
                            instead (findings, not errors)

        Examples:
          iga rubric 2026 --format md > rubric-2026.md
          iga rubric 2024 --lint
          iga rubric 2025 --set divisorFloor=12 --format json > my-rubric.json
        """;
  }

  @Override
  public Map<String, Boolean> options() {
    return Map.of("format", true, "lint", false, "set", true);
  }

  @Override
  public int run(Args args, Io io) throws UsageException, IOException {
    List<String> pos = args.positionals();
    if (pos.size() != 1) {
      throw new UsageException("takes one YEAR or FILE.json, got " + (pos.isEmpty() ? "none" : pos));
    }
    Rubric rubric = withSettings(resolve(pos.get(0), io), args.values("set"));
    if (args.has("lint")) {
      if (args.has("format")) {
        throw new UsageException("--lint prints findings; it takes no --format");
      }
      List<RubricLint.Finding> findings = RubricLint.check(rubric);
      io.out().println("rubric " + rubric.year() + ": " + findings.size() + " finding(s); the highest matching level"
          + " wins an overlap, a fact in a gap scores 0, a THEORETICAL level is earned by no plausible fact");
      for (RubricLint.Finding f : findings) {
        io.out().println(f.kind() + "  " + f.message());
      }
      return Main.OK;
    }
    Format format = args.enumValue("format", Format.class).orElse(Format.MD);
    io.out().print(format == Format.MD ? RubricMarkdown.of(rubric) : RubricJson.toJson(rubric));
    return Main.OK;
  }

  /** The rubric with the {@code --set} settings applied; a setting it cannot take is a usage error. */
  private static Rubric withSettings(Rubric rubric, List<String> texts) throws UsageException {
    if (texts.isEmpty()) {
      return rubric;
    }
    List<Overrides.Setting> settings = new ArrayList<>();
    for (String text : texts) {
      try {
        settings.add(Overrides.parse(text));
      } catch (IgaException e) {
        throw new UsageException("--set " + text + ": " + e.getMessage());
      }
    }
    try {
      return Overrides.apply(rubric, settings);
    } catch (IgaException e) {
      throw new UsageException("--set for rubric " + rubric.year() + ": " + e.getMessage());
    }
  }

  static Rubric resolve(String yearOrFile, Io io) throws UsageException {
    if (yearOrFile.endsWith(".json")) {
      return Rubrics.load(io.resolve(yearOrFile));
    }
    return Rubrics.forYear(Args.served(Args.parseInt(yearOrFile, "YEAR", "a year such as 2026 or a FILE.json"),
        "YEAR"));
  }
}

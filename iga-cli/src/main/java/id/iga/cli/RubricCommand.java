package id.iga.cli;

import id.iga.IgaException;
import id.iga.Message;
import id.iga.json.RubricJson;
import id.iga.rubric.Overrides;
import id.iga.rubric.Rubric;
import id.iga.rubric.RubricLint;
import id.iga.years.Rubrics;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import javax.annotation.Nullable;

/** {@code iga rubric YEAR}: one rubric, as a reviewable document or JSON, or its lint findings. */
@picocli.CommandLine.Command(name = "rubric", header = "cli.rubric.summary", description = "cli.rubric.description",
    footer = {
        "iga rubric 2026 --format md > rubric-2026.md",
        "iga rubric 2024 --lint",
        "iga rubric 2025 --set divisorFloor=12 --format json > my-rubric.json"})
final class RubricCommand implements Command {
  /** What {@code iga rubric} writes: Markdown for reading, or the rubric document. */
  enum Format {
    /** Markdown, in the chosen language. */
    MD,
    /** The rubric document, the same in every language. */
    JSON;

    /** @return the value {@code --format} takes for it */
    @Override
    public String toString() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /**
   * The rubric to show: a year a rubric module serves, or a rubric document ({@code .json}).
   *
   * @param year the year, or null
   * @param file the document, or null
   */
  record Source(@Nullable Integer year, @Nullable Path file) {}

  /** Reads {@code YEAR} or {@code FILE.json}. */
  static final class Sources implements ITypeConverter<Source>, Values.Described {
    @Override
    public Source convert(String text) {
      if (text.endsWith(".json")) {
        return new Source(null, new Values.File().convert(text));
      }
      // The messages name the year, whatever the argument's label.
      Message year = Message.of("cli.label.year");
      int y;
      try {
        y = Integer.parseInt(text.strip());
      } catch (NumberFormatException e) {
        throw new Values.Invalid(name -> Message.of("cli.value.yearOrFile", year, text));
      }
      try {
        return new Source(Values.Year.served(y), null);
      } catch (Values.Invalid e) {
        throw new Values.Invalid(name -> e.message(year));
      }
    }

    @Override
    public Message what() {
      return Message.of("cli.what.yearOrFile");
    }
  }

  @Spec
  CommandSpec spec;

  @Option(names = "--format", paramLabel = "F", descriptionKey = "cli.rubric.format")
  @Nullable Format format;

  @Option(names = "--set", paramLabel = "${bundle:cli.label.setting}", converter = Values.Setting.class,
      descriptionKey = "cli.rubric.set")
  List<Overrides.Setting> settings = new ArrayList<>();

  @Option(names = "--lint", descriptionKey = "cli.rubric.lint")
  boolean lint;

  @Parameters(paramLabel = "${bundle:cli.label.yearOrFile}", arity = "1", converter = Sources.class)
  Source source;

  @Mixin
  Options.Help help;

  @Override
  public int run(Io io) {
    Rubric rubric = withSettings(source.file() != null ? Rubrics.load(io.resolve(source.file()))
        : Rubrics.forYear(source.year()));
    Language t = io.language();
    if (lint) {
      if (format != null) {
        throw new Usage(spec.commandLine(), Message.of("cli.rubric.lintNoFormat"));
      }
      List<RubricLint.Finding> findings = RubricLint.check(rubric);
      io.out().println(t.text("cli.rubric.findings", rubric.year(), findings.size()));
      for (RubricLint.Finding f : findings) {
        io.out().println(f.kind() + "  " + f.message(t.locale()));
      }
      return Main.OK;
    }
    io.out().print(format == Format.JSON ? RubricJson.toJson(rubric) : RubricMarkdown.of(rubric, t));
    return Main.OK;
  }

  /** The rubric with the {@code --set} settings applied; a setting it cannot take is a usage error. */
  private Rubric withSettings(Rubric rubric) {
    if (settings.isEmpty()) {
      return rubric;
    }
    try {
      return Overrides.apply(rubric, settings);
    } catch (IgaException e) {
      throw new Usage(spec.commandLine(), Message.of("cli.usage.settingsForYear", "--set", rubric.year(), e));
    }
  }
}

package id.iga.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

import javax.annotation.Nullable;

/**
 * {@code iga} itself: its commands, {@code --version}, and {@code --lang}, which every command takes, before or after
 * its name ({@code iga --lang id score FILE}, {@code iga score --lang id FILE}).
 */
@Command(name = "iga", header = "cli.iga.header", description = "cli.iga.description",
    versionProvider = Version.class,
    subcommands = {RubricsCommand.class, RubricCommand.class, ScoreCommand.class, CompareCommand.class,
        RankCommand.class, ReportCommand.class, PlanCommand.class, CalibrateCommand.class, GenerateCommand.class,
        CompletionCommand.class, HelpCommand.class},
    footer = {
        "iga score examples/2024/kabupaten-wonosobo.json",
        "iga --lang id score examples/2024/kabupaten-wonosobo.json",
        "source <(iga completion bash)"})
final class IgaCommand {
  @Option(names = "--version", versionHelp = true, descriptionKey = "cli.option.version")
  boolean version;

  @Mixin
  Options.Help help;

  /**
   * The language; {@link Main} reads it from the command line before picocli does, so that every message, usage
   * errors included, is in it. Declared here so that it is checked, shown in help and completed like the others.
   */
  @Option(names = "--lang", paramLabel = "L", scope = ScopeType.INHERIT, descriptionKey = "cli.option.lang")
  @Nullable Language language;
}

package id.iga.cli;

import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

import javax.annotation.Nullable;

/**
 * {@code iga help [COMMAND]}: the help of {@code iga}, or of one command, as {@code --help} prints it. Hidden from the
 * command list: {@code --help} is the way the help names.
 */
@picocli.CommandLine.Command(name = "help", hidden = true, helpCommand = true, header = "cli.help.summary",
    description = "cli.help.description")
final class HelpCommand {
  @Parameters(paramLabel = "${bundle:cli.label.command}", arity = "0..1")
  @Nullable String command;

  @Mixin
  Options.Help help;
}

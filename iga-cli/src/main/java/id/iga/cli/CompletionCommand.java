package id.iga.cli;

import java.util.Locale;
import picocli.AutoComplete;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code iga completion bash}: the bash script that completes {@code iga}'s commands, options, years, formats, modes
 * and file names, as picocli's {@link AutoComplete} writes it from the declarations of every command.
 */
@picocli.CommandLine.Command(name = "completion", header = "cli.completion.summary",
    description = "cli.completion.description",
    footer = {"source <(iga completion bash)", "iga completion bash > /etc/bash_completion.d/iga"})
final class CompletionCommand implements Command {
  /** The shells completion is written for. */
  enum Shell {
    /** bash (and zsh with bashcompinit). */
    BASH;

    /** @return the value the argument takes for it */
    @Override
    public String toString() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  @Spec
  CommandSpec spec;

  @Parameters(paramLabel = "${bundle:cli.label.shell}", arity = "1")
  Shell shell;

  @Mixin
  Options.Help help;

  @Override
  public int run(Io io) {
    io.out().print(AutoComplete.bash("iga", spec.root().commandLine()));
    return Main.OK;
  }
}

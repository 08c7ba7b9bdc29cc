package id.iga.cli;

import id.iga.Message;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import picocli.CommandLine;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine.ParameterException;

/**
 * Every usage error, whoever finds it, said the same way: picocli's (an unknown option, a missing value, a value of the
 * wrong type, an option given twice) and the commands' own ({@link Usage}) become one message of the catalogue, in the
 * chosen language, naming the option or argument and what was expected.
 */
final class UsageErrors {
  private UsageErrors() {}

  /**
   * @param e a usage error
   * @param args the command line as given
   * @return what is wrong, and what was expected
   */
  static Message of(ParameterException e, List<String> args) {
    if (e instanceof Usage usage) {
      return usage.message();
    }
    ArgSpec arg = e.getArgSpec();
    if (arg != null && e.getCause() instanceof Values.Invalid invalid) {
      return invalid.message(name(arg));
    }
    if (e instanceof CommandLine.UnmatchedArgumentException unmatched) {
      return unmatched(unmatched.getCommandLine().getCommandSpec(), unmatched.getUnmatched());
    }
    if (e instanceof CommandLine.MissingParameterException missing) {
      return missing(missing.getMissing().get(0), args);
    }
    if (e instanceof CommandLine.OverwrittenOptionException twice) {
      OptionSpec option = (OptionSpec) twice.getOverwritten();
      long times = args.stream().filter(a -> given(option, a)).count();
      return Message.of("cli.usage.givenTwice", option.longestName(), times);
    }
    if (arg != null && arg.typeInfo().isEnum()) {
      return Message.of("cli.usage.oneOf", name(arg), String.join(", ", candidates(arg)), String.valueOf(e.getValue()));
    }
    if (arg instanceof OptionSpec option && option.arity().max() == 0) {
      return Message.of("cli.usage.noValue", option.longestName());
    }
    // What picocli says, as it says it: a case none of the above covers.
    return Message.of("cli.usage.other", String.valueOf(e.getMessage()));
  }

  private static Message unmatched(CommandSpec command, List<String> unmatched) {
    String first = unmatched.get(0);
    if (first.startsWith("-") && first.length() > 1) {
      String option = first.contains("=") ? first.substring(0, first.indexOf('=')) : first;
      if (command.findOption(option) != null) {
        // A flag given a value: --quiet=yes.
        return Message.of("cli.usage.noValue", option);
      }
      return Message.of("cli.usage.unknownOption", option, command.options().stream().filter(o -> !o.hidden())
          .map(OptionSpec::longestName).distinct().collect(Collectors.joining(", ")));
    }
    if (command.parent() == null) {
      return Message.of("cli.usage.unknownCommand", first, command.subcommands().entrySet().stream()
          .filter(c -> !c.getValue().getCommandSpec().usageMessage().hidden()).map(c -> c.getKey())
          .collect(Collectors.joining(", ")));
    }
    List<PositionalParamSpec> positionals = command.positionalParameters();
    if (positionals.isEmpty()) {
      return Message.of("cli.usage.noArguments", unmatched.toString());
    }
    // Only a command that takes exactly one argument has arguments left over; the first was taken.
    return Message.of("cli.usage.exactlyOne", what(positionals.get(0)), 1 + unmatched.size());
  }

  private static Message missing(ArgSpec arg, List<String> args) {
    if (arg instanceof OptionSpec option) {
      return args.stream().anyMatch(a -> given(option, a))
          ? Message.of("cli.usage.needsValue", option.longestName())
          : Message.of("cli.usage.required", option.longestName());
    }
    PositionalParamSpec positional = (PositionalParamSpec) arg;
    return positional.arity().max() == 1 ? Message.of("cli.usage.exactlyOne", what(positional), 0)
        : Message.of("cli.usage.atLeastOne", what(positional));
  }

  /** Whether an argument of the command line is the option, with its value after {@code =} or not. */
  private static boolean given(OptionSpec option, String argument) {
    for (String name : option.names()) {
      if (argument.equals(name) || argument.startsWith(name + "=")) {
        return true;
      }
    }
    return false;
  }

  /** What an argument takes, as its converter says, or its label. */
  private static Object what(PositionalParamSpec positional) {
    for (ITypeConverter<?> converter : positional.converters()) {
      if (converter instanceof Values.Described described) {
        return described.what();
      }
    }
    return positional.paramLabel();
  }

  /** How a message names an option ({@code --year}) or an argument (its label, {@code FILE}). */
  private static String name(ArgSpec arg) {
    return arg instanceof OptionSpec option ? option.longestName() : arg.paramLabel();
  }

  private static List<String> candidates(ArgSpec arg) {
    return StreamSupport.stream(arg.completionCandidates().spliterator(), false).toList();
  }
}

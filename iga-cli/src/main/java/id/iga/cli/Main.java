package id.iga.cli;

import id.iga.IgaException;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Help;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

import javax.annotation.Nullable;

/**
 * The {@code iga} command. Exit codes, the same for every command:
 *
 * <ul>
 *   <li>0: success; everything was written.
 *   <li>1: invalid input: each submission that is not valid is named (file, line, column and JSON pointer) and a
 *       last line counts them; what was written is marked as partial, or nothing was written ({@link Rejections}).
 *   <li>2: usage error: a malformed or out-of-range option or argument ({@link UsageErrors}).
 *   <li>3: output failed: standard output or a file could not be written (the message names it); what was written
 *       is not the whole result.
 *   <li>4: out of memory: the input needs more heap than the JVM has (the message says so, never as invalid input).
 * </ul>
 *
 * <p>What is written for people is in the language of {@code --lang id|en}, or else of the environment
 * ({@link Language#fromEnvironment}); JSON and CSV are the same in both.
 */
public final class Main {
  /** Success. */
  static final int OK = 0;
  /** Invalid input: a file that is not valid, a submission that does not fit the rubric. */
  static final int INVALID_INPUT = 1;
  /** A command line the command cannot run. */
  static final int USAGE = 2;
  /** Output was lost: a write to standard output or to a file failed. */
  static final int OUTPUT_FAILED = 3;
  /** The JVM ran out of heap. */
  static final int OUT_OF_MEMORY = 4;

  private Main() {}

  /**
   * Runs {@code iga} and exits with its exit code.
   *
   * @param args the command line
   */
  public static void main(String[] args) {
    PrintStream out = CheckedOutput.of(new java.io.FileOutputStream(java.io.FileDescriptor.out));
    PrintStream err = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.err), true,
        StandardCharsets.UTF_8);
    // An empty relative path keeps the names the user typed in messages; the OS resolves them.
    int code = run(args, standardInputClosed() ? new ClosedInput() : System.in, out, err, Path.of(""),
        System.getenv());
    System.exit(code);
  }

  /**
   * Whether the process was started with standard input closed ({@code iga score - <&-}). Its descriptor is then
   * the first one free, and the JVM's first file takes it: its own module image, which reading standard input would
   * give instead. Known on Linux, through {@code /proc}; elsewhere false.
   *
   * @return whether standard input is the JVM's module image
   */
  static boolean standardInputClosed() {
    try {
      return Files.isSameFile(Path.of("/proc/self/fd/0"), Path.of(System.getProperty("java.home"), "lib", "modules"));
    } catch (IOException | RuntimeException e) {
      return false;
    }
  }

  /** Standard input that was closed when the process started: every read fails, saying so. */
  private static final class ClosedInput extends InputStream {
    @Override
    public int read() throws IOException {
      throw new IOException("standard input is closed");
    }
  }

  /**
   * Runs {@code iga} in-process with no locale in the environment: in English unless {@code --lang} says otherwise,
   * whatever the machine's locale.
   *
   * @param args the command line
   * @param in standard input
   * @param out standard output
   * @param err standard error
   * @param cwd the working directory
   * @return the exit code
   */
  static int run(String[] args, InputStream in, PrintStream out, PrintStream err, Path cwd) {
    return run(args, in, out, err, cwd, Map.of());
  }

  /**
   * Runs {@code iga} in-process.
   *
   * @param args the command line
   * @param in standard input
   * @param out standard output
   * @param err standard error
   * @param cwd the working directory
   * @param environment the environment variables, of which those of {@link Language#VARIABLES} give the language
   *     when {@code --lang} does not
   * @return the exit code
   */
  static int run(String[] args, InputStream in, PrintStream out, PrintStream err, Path cwd,
      Map<String, String> environment) {
    Io io = new Io(in, out, err, cwd, language(args, environment));
    CommandLine iga = commandLine(io.language());
    Ran ran = runCommand(iga, args, io);
    // Whatever the command did, output that did not reach standard output ends it with its own code.
    IOException lost = CheckedOutput.failure(out);
    if (lost != null) {
      err.println(ran.name() + ": " + io.language().text(new OutputFailure(OutputFailure.STANDARD_OUTPUT, lost)
          .message()));
      return OUTPUT_FAILED;
    }
    return ran.code();
  }

  /**
   * The language: {@code --lang} when it is given with a value the option takes (before {@code --}, the end of the
   * options), else the environment's. A value it does not take is picocli's usage error, in the environment's language.
   */
  static Language language(String[] args, Map<String, String> environment) {
    for (int i = 0; i < args.length && !args[i].equals("--"); i++) {
      String value = args[i].startsWith("--lang=") ? args[i].substring("--lang=".length())
          : args[i].equals("--lang") && i + 1 < args.length ? args[i + 1] : null;
      for (Language l : Language.values()) {
        if (l.toString().equalsIgnoreCase(value)) {
          return l;
        }
      }
    }
    return Language.fromEnvironment(environment);
  }

  /**
   * @param language the language of its help
   * @return the {@code iga} command with its subcommands, options typed and help in the language
   */
  static CommandLine commandLine(Language language) {
    CommandLine iga = new CommandLine(new IgaCommand());
    iga.setCaseInsensitiveEnumValuesAllowed(true);
    // Every argument is what it says: a file named @list.txt is a file, not a list of arguments to read.
    iga.setExpandAtFiles(false);
    collectErrors(iga);
    HelpLayout.apply(iga, language);
    return iga;
  }

  /** Reads the whole command line before any error is reported, so that {@link #firstError} can choose. */
  private static void collectErrors(CommandLine command) {
    command.getCommandSpec().parser().collectErrors(true);
    command.getSubcommands().values().forEach(Main::collectErrors);
  }

  /**
   * The usage error to report of those found: an unknown option first, since the words after it are read wrongly
   * (its value taken for an argument), then the first found.
   *
   * @param parsed what picocli read
   * @return the error, or null when there is none
   */
  private static @Nullable ParameterException firstError(ParseResult parsed) {
    List<ParameterException> errors = new ArrayList<>();
    for (ParseResult r = parsed; r != null; r = r.subcommand()) {
      for (Exception e : r.errors()) {
        if (!(e instanceof ParameterException p)) {
          throw new IllegalStateException("the command line's declarations are wrong", e);
        }
        errors.add(p);
      }
    }
    return errors.stream().filter(e -> e instanceof CommandLine.UnmatchedArgumentException u
        && u.getUnmatched().stream().anyMatch(a -> a.startsWith("-") && a.length() > 1)).findFirst()
        .orElse(errors.isEmpty() ? null : errors.get(0));
  }

  /** A command's name as messages start with it ({@code iga score}), and its exit code. */
  private record Ran(String name, int code) {}

  private static Ran runCommand(CommandLine iga, String[] args, Io io) {
    ParseResult parsed;
    try {
      parsed = iga.parseArgs(args);
    } catch (ParameterException e) {
      return usage(e.getCommandLine(), UsageErrors.of(e, List.of(args)), io);
    }
    ParameterException error = firstError(parsed);
    if (error != null) {
      return usage(error.getCommandLine(), UsageErrors.of(error, List.of(args)), io);
    }
    List<CommandLine> chain = parsed.asCommandLineList();
    CommandLine command = chain.get(chain.size() - 1);
    String name = command.getCommandSpec().qualifiedName();
    if (chain.stream().anyMatch(CommandLine::isUsageHelpRequested)) {
      io.out().print(help(command));
      return new Ran(name, OK);
    }
    if (iga.isVersionHelpRequested()) {
      iga.printVersionHelp(io.out());
      return new Ran(name, OK);
    }
    if (command.getCommand() instanceof HelpCommand h) {
      CommandLine of = h.command == null ? iga : iga.getSubcommands().get(h.command);
      if (of == null) {
        return usage(iga, UsageErrors.of(new CommandLine.UnmatchedArgumentException(iga, List.of(h.command)),
            List.of(args)), io);
      }
      io.out().print(help(of));
      return new Ran(name, OK);
    }
    if (!(command.getCommand() instanceof Command c)) {
      // iga alone: what it does and its commands; it did nothing, so it is a usage error.
      io.out().print(help(iga));
      return new Ran(name, USAGE);
    }
    return new Ran(name, run(c, command, args, io));
  }

  private static int run(Command c, CommandLine command, String[] args, Io io) {
    String name = command.getCommandSpec().qualifiedName();
    Language language = io.language();
    try {
      return c.run(io);
    } catch (ParameterException e) {
      io.out().flush();
      return usage(command, UsageErrors.of(e, List.of(args)), io).code();
    } catch (IgaException e) {
      io.out().flush();
      io.err().println(name + ": " + e.message(language.locale()));
      return INVALID_INPUT;
    } catch (NoSuchFileException e) {
      io.out().flush();
      io.err().println(name + ": " + language.text("cli.error.noSuchFile", String.valueOf(e.getFile())));
      return INVALID_INPUT;
    } catch (IOException | UncheckedIOException e) {
      io.out().flush();
      // What failed, in its own words: an UncheckedIOException's message would start with its cause's class name.
      IOException cause = e instanceof UncheckedIOException u ? u.getCause() : (IOException) e;
      io.err().println(name + ": " + (cause.getMessage() != null ? cause.getMessage()
          : language.text("cli.error.inputOutput")));
      return INVALID_INPUT;
    } catch (OutputFailure e) {
      io.out().flush();
      io.err().println(name + ": " + language.text(e.message()));
      return OUTPUT_FAILED;
    } catch (OutOfMemoryError e) {
      io.err().println(name + ": " + language.text("cli.error.outOfMemory", Runtime.getRuntime().maxMemory()
          / (1024 * 1024)));
      return OUT_OF_MEMORY;
    } finally {
      io.out().flush();
    }
  }

  /** Reports a usage error: its message, then where help is. */
  private static Ran usage(CommandLine command, id.iga.Message message, Io io) {
    String name = command.getCommandSpec().qualifiedName();
    io.err().println(name + ": " + io.language().text(message));
    io.err().println(io.text("cli.usage.hint", name));
    return new Ran(name, USAGE);
  }

  /** A command's help, without colours: the same on a terminal as in a file. */
  static String help(CommandLine command) {
    return command.getUsageMessage(Help.defaultColorScheme(Help.Ansi.OFF));
  }
}

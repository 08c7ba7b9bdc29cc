package id.iga.cli;

import id.iga.IgaException;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The {@code iga} command. Exit codes: 0 success, 1 invalid input (the message names the file, line and JSON
 * pointer), 2 usage error.
 */
public final class Main {
  /** Success. */
  static final int OK = 0;
  /** Invalid input: a file that is not valid, a submission that does not fit the rubric. */
  static final int INVALID_INPUT = 1;
  /** A command line the command cannot run. */
  static final int USAGE = 2;

  private static final Map<String, Command> COMMANDS = new LinkedHashMap<>();

  static {
    for (Command c : List.of(new RubricsCommand(), new RubricCommand(), new ScoreCommand(),
        new CompareCommand(), new RankCommand(), new ReportCommand(), new PlanCommand(), new GenerateCommand())) {
      COMMANDS.put(c.name(), c);
    }
  }

  private Main() {}

  /**
   * Runs {@code iga} and exits with its exit code.
   *
   * @param args the command line
   */
  public static void main(String[] args) {
    PrintStream out = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.out), false,
        StandardCharsets.UTF_8);
    PrintStream err = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.err), true,
        StandardCharsets.UTF_8);
    // An empty relative path keeps the names the user typed in messages; the OS resolves them.
    int code = run(args, System.in, out, err, Path.of(""));
    out.flush();
    System.exit(code);
  }

  /**
   * Runs {@code iga} in-process.
   *
   * @param args the command line
   * @param in standard input
   * @param out standard output
   * @param err standard error
   * @param cwd the working directory
   * @return the exit code
   */
  static int run(String[] args, InputStream in, PrintStream out, PrintStream err, Path cwd) {
    Io io = new Io(in, out, err, cwd);
    if (args.length == 0 || args[0].equals("--help") || args[0].equals("-h") || args[0].equals("help")) {
      if (args.length >= 2 && COMMANDS.containsKey(args[1])) {
        out.print(COMMANDS.get(args[1]).help());
        return OK;
      }
      out.print(overview());
      return args.length == 0 ? USAGE : OK;
    }
    Command command = COMMANDS.get(args[0]);
    if (command == null) {
      err.println("iga: unknown command '" + args[0] + "'; commands: " + String.join(", ", COMMANDS.keySet()));
      err.println("Run 'iga --help' for help.");
      return USAGE;
    }
    try {
      Args parsed = Args.parse(Arrays.asList(args).subList(1, args.length), command.options());
      if (parsed.has("help")) {
        out.print(command.help());
        return OK;
      }
      return command.run(parsed, io);
    } catch (UsageException e) {
      err.println("iga " + command.name() + ": " + e.getMessage());
      err.println("Run 'iga " + command.name() + " --help' for help.");
      return USAGE;
    } catch (IgaException e) {
      out.flush();
      err.println("iga " + command.name() + ": " + e.getMessage());
      return INVALID_INPUT;
    } catch (NoSuchFileException e) {
      out.flush();
      err.println("iga " + command.name() + ": no such file: " + e.getFile());
      return INVALID_INPUT;
    } catch (IOException | UncheckedIOException e) {
      out.flush();
      err.println("iga " + command.name() + ": " + e.getMessage());
      return INVALID_INPUT;
    } finally {
      out.flush();
    }
  }

  private static String overview() {
    StringBuilder b = new StringBuilder();
    b.append("iga: the Indeks Inovasi Daerah (IID) of Indonesia's regional governments, computed exactly.\n\n");
    b.append("Usage: iga COMMAND [OPTIONS] [ARGS]\n\nCommands:\n");
    COMMANDS.values().forEach(c -> b.append(String.format("  %-10s %s%n", c.name(), c.summary())));
    b.append("\nRun 'iga COMMAND --help' for a command's options and an example.\n");
    b.append("Exit codes: 0 success, 1 invalid input, 2 usage error.\n");
    return b.toString();
  }
}

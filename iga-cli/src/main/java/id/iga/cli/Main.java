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
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The {@code iga} command. Exit codes, the same for every command:
 *
 * <ul>
 *   <li>0: success; everything was written.
 *   <li>1: invalid input (the message names the file, line, column and JSON pointer).
 *   <li>2: usage error: a malformed or out-of-range option or argument.
 *   <li>3: output failed: standard output or a file could not be written (the message names it); what was written
 *       is not the whole result.
 *   <li>4: out of memory: the input needs more heap than the JVM has (the message says so, never as invalid input).
 * </ul>
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

  private static final Map<String, Command> COMMANDS = new LinkedHashMap<>();

  static {
    for (Command c : List.of(new RubricsCommand(), new RubricCommand(), new ScoreCommand(),
        new CompareCommand(), new RankCommand(), new ReportCommand(), new PlanCommand(), new CalibrateCommand(), new GenerateCommand())) {
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
    PrintStream out = CheckedOutput.of(new java.io.FileOutputStream(java.io.FileDescriptor.out));
    PrintStream err = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.err), true,
        StandardCharsets.UTF_8);
    // An empty relative path keeps the names the user typed in messages; the OS resolves them.
    int code = run(args, standardInputClosed() ? new ClosedInput() : System.in, out, err, Path.of(""));
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
    String name = args.length > 0 && COMMANDS.containsKey(args[0]) ? "iga " + args[0] : "iga";
    int code = runCommand(args, in, out, err, cwd);
    // Whatever the command did, output that did not reach standard output ends it with its own code.
    IOException lost = CheckedOutput.failure(out);
    if (lost != null) {
      err.println(name + ": " + new OutputFailure("standard output", lost).getMessage());
      return OUTPUT_FAILED;
    }
    return code;
  }

  private static int runCommand(String[] args, InputStream in, PrintStream out, PrintStream err, Path cwd) {
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
      // What failed, in its own words: an UncheckedIOException's message would start with its cause's class name.
      IOException cause = e instanceof UncheckedIOException u ? u.getCause() : (IOException) e;
      err.println("iga " + command.name() + ": " + (cause.getMessage() != null ? cause.getMessage()
          : "the input or output failed"));
      return INVALID_INPUT;
    } catch (OutputFailure e) {
      out.flush();
      err.println("iga " + command.name() + ": " + e.getMessage());
      return OUTPUT_FAILED;
    } catch (OutOfMemoryError e) {
      err.println("iga " + command.name() + ": out of memory: the input needs more than this JVM's "
          + Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MiB of heap; give Java more heap (JAVA_OPTS=-Xmx2g "
          + "with the iga launcher, java -Xmx2g -jar otherwise) or score with fewer --jobs");
      return OUT_OF_MEMORY;
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
    b.append("Exit codes: 0 success, 1 invalid input, 2 usage error, 3 output failed, 4 out of memory.\n");
    return b.toString();
  }
}

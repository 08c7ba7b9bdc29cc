package id.iga.cli;

import id.iga.rubric.Overrides;
import id.iga.IgaException;
import id.iga.years.Rubrics;
import id.iga.json.SubmissionSource;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Parsed arguments of one command: options ({@code --name value}, {@code --name=value}, or a flag {@code --name}) and
 * positional arguments. {@code --} ends the options; a lone {@code -} is positional (standard input).
 */
final class Args {
  private final Map<String, List<String>> options;
  private final List<String> positionals;

  private Args(Map<String, List<String>> options, List<String> positionals) {
    this.options = options;
    this.positionals = positionals;
  }

  /**
   * @param argv the arguments after the command name
   * @param spec option name (without dashes) to whether it takes a value
   * @return the parsed arguments
   * @throws UsageException for an unknown option or a missing value
   */
  static Args parse(List<String> argv, Map<String, Boolean> spec) throws UsageException {
    Map<String, List<String>> options = new LinkedHashMap<>();
    List<String> positionals = new ArrayList<>();
    boolean optionsEnded = false;
    for (int i = 0; i < argv.size(); i++) {
      String a = argv.get(i);
      if (optionsEnded || !a.startsWith("-") || a.equals("-")) {
        positionals.add(a);
        continue;
      }
      if (a.equals("--")) {
        optionsEnded = true;
        continue;
      }
      if (a.equals("-h")) {
        a = "--help";
      }
      if (a.equals("-o")) {
        a = "--output";
      }
      if (!a.startsWith("--")) {
        throw new UsageException("unknown option " + a);
      }
      String name = a.substring(2);
      String value = null;
      int eq = name.indexOf('=');
      if (eq >= 0) {
        value = name.substring(eq + 1);
        name = name.substring(0, eq);
      }
      Boolean takesValue = name.equals("help") ? Boolean.FALSE : spec.get(name);
      if (takesValue == null) {
        throw new UsageException("unknown option --" + name + "; options: "
            + String.join(", ", spec.keySet().stream().map(s -> "--" + s).toList()));
      }
      if (takesValue && value == null) {
        if (i + 1 >= argv.size()) {
          throw new UsageException("option --" + name + " needs a value");
        }
        value = argv.get(++i);
      }
      if (!takesValue && value != null) {
        throw new UsageException("option --" + name + " takes no value");
      }
      options.computeIfAbsent(name, k -> new ArrayList<>()).add(value == null ? "" : value);
    }
    return new Args(options, positionals);
  }

  boolean has(String name) {
    return options.containsKey(name);
  }

  Optional<String> value(String name) throws UsageException {
    List<String> v = options.get(name);
    if (v == null) {
      return Optional.empty();
    }
    if (v.size() > 1) {
      throw new UsageException("option --" + name + " is given " + v.size() + " times; give it once");
    }
    return Optional.of(v.get(0));
  }

  List<String> values(String name) {
    return options.getOrDefault(name, List.of());
  }

  /**
   * @return the what-if settings of {@code --set NAME=VALUE}, in order
   * @throws UsageException for a setting that is not {@code NAME=VALUE} or names no parameter, band or rule
   */
  List<Overrides.Setting> settings() throws UsageException {
    List<Overrides.Setting> settings = new ArrayList<>();
    for (String s : values("set")) {
      try {
        settings.add(Overrides.parse(s));
      } catch (IgaException e) {
        throw new UsageException("--set " + s + ": " + e.getMessage());
      }
    }
    return settings;
  }

  List<String> positionals() {
    return positionals;
  }

  /**
   * @return the positional arguments, each an input of submissions: a submission ({@code .json}), a dataset
   *     ({@code .jsonl}) or {@code -} for standard input, as {@link SubmissionSource#open(String, Path, InputStream)}
   *     opens them
   * @throws UsageException when there is none, or one is named otherwise
   */
  List<String> inputs() throws UsageException {
    if (positionals.isEmpty()) {
      throw new UsageException("needs at least one FILE (.json, .jsonl or -)");
    }
    for (String f : positionals) {
      if (SubmissionSource.Kind.of(f).isEmpty()) {
        throw new UsageException("FILE must end in .json (a submission) or .jsonl (a dataset), or be -: '" + f
            + "'");
      }
    }
    return positionals;
  }

  /**
   * @return the one positional argument, an input of submissions as {@link #inputs()} takes
   * @throws UsageException when there is not exactly one, or it is named otherwise
   */
  String input() throws UsageException {
    if (positionals.size() != 1) {
      throw new UsageException("needs exactly one FILE (.json, .jsonl or -), not " + positionals.size());
    }
    return inputs().get(0);
  }

  /**
   * @return the one positional argument, a dataset: a {@code .jsonl} file or {@code -} for standard input
   * @throws UsageException when there is not exactly one, or it is neither
   */
  String dataset() throws UsageException {
    if (positionals.size() != 1) {
      throw new UsageException("needs exactly one DATASET (.jsonl or -), not " + positionals.size());
    }
    String file = positionals.get(0);
    if (SubmissionSource.Kind.of(file).filter(k -> k != SubmissionSource.Kind.DOCUMENT).isEmpty()) {
      throw new UsageException("DATASET must end in .jsonl (one submission per line), or be -: '" + file + "'");
    }
    return file;
  }

  /**
   * @param inputs the inputs named on the command line
   * @return whether they are one submission document ({@code .json}), which commands show whole
   */
  static boolean oneDocument(List<String> inputs) {
    return inputs.size() == 1
        && SubmissionSource.Kind.of(inputs.get(0)).equals(Optional.of(SubmissionSource.Kind.DOCUMENT));
  }

  int intValue(String name, String what) throws UsageException {
    String v = value(name).orElseThrow(() -> new UsageException("option --" + name + " is required"));
    return parseInt(v, "--" + name, what);
  }

  /**
   * @param name a year option
   * @return its value, a year that a rubric module on the path serves; empty when the option is not given
   * @throws UsageException when the value is not a whole number or no rubric module serves that year
   */
  Optional<Integer> year(String name) throws UsageException {
    if (value(name).isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(served(intValue(name, "a year such as 2026"), "--" + name));
  }

  /**
   * @param year a year given on the command line
   * @param where the option or argument that gave it, for the message
   * @return the year, when a rubric module on the path serves it
   * @throws UsageException otherwise: an out-of-range value is a usage error, like a malformed one
   */
  static int served(int year, String where) throws UsageException {
    List<Integer> available = Rubrics.available();
    if (!available.contains(year)) {
      throw new UsageException(where + " must be a year a rubric module serves ("
          + available.stream().map(String::valueOf).collect(java.util.stream.Collectors.joining(", ")) + "), not "
          + year);
    }
    return year;
  }

  static int parseInt(String v, String where, String what) throws UsageException {
    try {
      return Integer.parseInt(v);
    } catch (NumberFormatException e) {
      throw new UsageException(where + " must be " + what + ", not '" + v + "'");
    }
  }

  <E extends Enum<E>> Optional<E> enumValue(String name, Class<E> type) throws UsageException {
    Optional<String> v = value(name);
    if (v.isEmpty()) {
      return Optional.empty();
    }
    for (E e : type.getEnumConstants()) {
      if (e.name().equalsIgnoreCase(v.get())) {
        return Optional.of(e);
      }
    }
    List<String> allowed = new ArrayList<>();
    for (E e : type.getEnumConstants()) {
      allowed.add(e.name().toLowerCase(java.util.Locale.ROOT));
    }
    throw new UsageException("--" + name + " must be one of " + String.join(", ", allowed) + ", not '" + v.get()
        + "'");
  }
}

package id.iga.cli;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.regex.Pattern;
import picocli.CommandLine;
import picocli.CommandLine.Help;
import picocli.CommandLine.Help.Ansi.Text;
import picocli.CommandLine.Model.ArgGroupSpec;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.UsageMessageSpec;

import javax.annotation.Nullable;

/**
 * The help of every command, generated from its declaration in the chosen language: the synopsis picocli makes (an
 * argument group first, as in {@code [--year Y | --rubric FILE.json]}), the description, each option with its text,
 * the commands (of {@code iga} itself), the exit codes, which are the same for every command, and the examples (the
 * command's {@code footer}).
 *
 * <p>Every text comes from the message catalogue {@code id/iga/cli/messages*.properties} through {@link Language}: a
 * command's {@code header} (its line in the command list) and {@code description} are keys, so are the
 * {@code descriptionKey} of its options, and a {@code paramLabel} that is a word ({@code ${bundle:cli.label.file}})
 * names a key that picocli looks up in the bundle of {@link #labels(Language)}. The examples are command lines, the same
 * in both languages.
 */
final class HelpLayout {
  private HelpLayout() {}

  /** The width help is wrapped to. */
  static final int WIDTH = 116;

  /** The section of the exit codes. */
  private static final String EXIT_CODES = "exitCodes";

  /** The labels of values that are words, each a key of the catalogue; picocli asks for them as {@code ${bundle:KEY}}. */
  private static final List<String> LABELS = List.of("cli.label.file", "cli.label.dataset", "cli.label.rubricFile",
      "cli.label.html", "cli.label.year", "cli.label.yearOrFile", "cli.label.setting", "cli.label.sweep",
      "cli.label.years", "cli.label.shell", "cli.label.command");

  /**
   * The bundle of the labels, in one language.
   *
   * @param language the language
   * @return a bundle that answers each key of a label with its text
   */
  static ResourceBundle labels(Language language) {
    return new ResourceBundle() {
      @Override
      protected @Nullable Object handleGetObject(String key) {
        return LABELS.contains(key) ? language.text(key) : null;
      }

      @Override
      public Enumeration<String> getKeys() {
        return Collections.enumeration(LABELS);
      }
    };
  }

  /**
   * Gives the command and its subcommands their help in one language.
   *
   * @param root the {@code iga} command, with its subcommands
   * @param language the language
   */
  static void apply(CommandLine root, Language language) {
    root.setResourceBundle(labels(language));
    root.setHelpFactory(Synopsis::new);
    localize(root, language, true);
  }

  private static void localize(CommandLine command, Language language, boolean root) {
    UsageMessageSpec usage = command.getCommandSpec().usageMessage();
    usage.width(WIDTH);
    usage.header(texts(language, usage.header()));
    usage.description(paragraphs(language, usage.description()));
    // The header of iga itself comes first, and a blank line after it.
    usage.synopsisHeading((root ? "%n" : "") + language.text("cli.help.usage") + " ");
    usage.synopsisSubcommandLabel(language.text("cli.label.command"));
    usage.descriptionHeading("%n");
    usage.optionListHeading("%n" + language.text("cli.help.options") + "%n");
    usage.commandListHeading("%n" + language.text("cli.help.commands") + "%n");
    usage.sortOptions(false);
    usage.sortSynopsis(false);
    Map<String, CommandLine.IHelpSectionRenderer> sections = command.getHelpSectionMap();
    sections.put(UsageMessageSpec.SECTION_KEY_OPTION_LIST, help -> options(help, language));
    sections.put(UsageMessageSpec.SECTION_KEY_COMMAND_LIST, HelpLayout::commands);
    sections.put(EXIT_CODES, help -> exitCodes(language));
    sections.put(UsageMessageSpec.SECTION_KEY_FOOTER_HEADING, help -> examplesHeading(help, language));
    sections.put(UsageMessageSpec.SECTION_KEY_FOOTER, HelpLayout::examples);
    command.setHelpSectionKeys(root
        ? List.of(UsageMessageSpec.SECTION_KEY_HEADER, UsageMessageSpec.SECTION_KEY_SYNOPSIS_HEADING,
            UsageMessageSpec.SECTION_KEY_SYNOPSIS, UsageMessageSpec.SECTION_KEY_COMMAND_LIST_HEADING,
            UsageMessageSpec.SECTION_KEY_COMMAND_LIST, UsageMessageSpec.SECTION_KEY_OPTION_LIST_HEADING,
            UsageMessageSpec.SECTION_KEY_OPTION_LIST, UsageMessageSpec.SECTION_KEY_DESCRIPTION_HEADING,
            UsageMessageSpec.SECTION_KEY_DESCRIPTION, EXIT_CODES, UsageMessageSpec.SECTION_KEY_FOOTER_HEADING,
            UsageMessageSpec.SECTION_KEY_FOOTER)
        : List.of(UsageMessageSpec.SECTION_KEY_SYNOPSIS_HEADING, UsageMessageSpec.SECTION_KEY_SYNOPSIS,
            UsageMessageSpec.SECTION_KEY_DESCRIPTION_HEADING, UsageMessageSpec.SECTION_KEY_DESCRIPTION,
            UsageMessageSpec.SECTION_KEY_OPTION_LIST_HEADING, UsageMessageSpec.SECTION_KEY_OPTION_LIST, EXIT_CODES,
            UsageMessageSpec.SECTION_KEY_FOOTER_HEADING, UsageMessageSpec.SECTION_KEY_FOOTER));
    for (CommandLine sub : command.getSubcommands().values()) {
      localize(sub, language, false);
    }
  }

  /** Each key of a declaration replaced by its text; picocli formats the text, so a {@code %} is doubled. */
  private static String[] texts(Language language, String[] keys) {
    String[] texts = new String[keys.length];
    for (int i = 0; i < keys.length; i++) {
      texts[i] = escape(language.text(keys[i]));
    }
    return texts;
  }

  /** The text of each key, as paragraphs: an empty line between two. */
  private static String[] paragraphs(Language language, String[] keys) {
    List<String> lines = new ArrayList<>();
    for (String text : texts(language, keys)) {
      if (!lines.isEmpty()) {
        lines.add("");
      }
      lines.add(text);
    }
    return lines.toArray(String[]::new);
  }

  private static String escape(String text) {
    return text.replace("%", "%%");
  }

  /**
   * The synopsis with the argument groups first, each a choice of one of its options ({@code [--year Y | --rubric
   * FILE.json]}; the command says when more than one is given), then the other options in the order they are
   * declared.
   */
  private static final class Synopsis extends Help {
    Synopsis(CommandSpec spec, ColorScheme scheme) {
      super(spec, scheme);
    }

    @Override
    protected Text createDetailedSynopsisGroupsText(Set<ArgSpec> done) {
      StringBuilder text = new StringBuilder();
      for (ArgGroupSpec group : commandSpec().argGroups()) {
        List<String> choices = new ArrayList<>();
        for (OptionSpec option : group.options()) {
          choices.add(valueAfterSpace(option.longestName() + parameterLabelRenderer().renderParameterLabel(option,
              colorScheme().ansi(), colorScheme().optionParamStyles()).plainString()));
          done.add(option);
        }
        text.append(" [").append(String.join(" | ", choices)).append(']');
      }
      return colorScheme().ansi().new Text(text.toString(), colorScheme());
    }

    @Override
    protected Text createDetailedSynopsisOptionsText(Collection<ArgSpec> done, Comparator<OptionSpec> optionSort,
        boolean clusterBooleanOptions) {
      // -h among the others, where it is declared, rather than first.
      return super.createDetailedSynopsisOptionsText(done, optionSort, false);
    }

    @Override
    protected String makeSynopsisFromParts(int headingLength, Text options, Text groups, Text endOfOptions,
        Text positionals, Text commands) {
      String parts = valueAfterSpace(
          groups.concat(options).concat(endOfOptions).concat(positionals).concat(commands).plainString());
      String name = commandSpec().qualifiedName();
      // Lines are broken between the parts, never inside one ([--format F] stays whole), and continue under the first.
      String indent = " ".repeat(headingLength + name.length() + 1);
      StringBuilder b = new StringBuilder(name);
      int line = headingLength + name.length();
      for (String part : synopsisParts(parts)) {
        if (line + 1 + part.length() > WIDTH) {
          b.append('\n').append(indent).append(part);
          line = indent.length() + part.length();
        } else {
          b.append(' ').append(part);
          line += 1 + part.length();
        }
      }
      return b.append('\n').toString();
    }
  }

  /**
   * @param synopsis the parts of a synopsis after the command's name: {@code [--year Y | --rubric FILE.json] --seed S
   *     [--quiet] FILE...}
   * @return each part: a bracketed option or group, an option with its value, an argument
   */
  static List<String> synopsisParts(String synopsis) {
    List<String> parts = new ArrayList<>();
    int depth = 0;
    StringBuilder part = new StringBuilder();
    for (char c : (synopsis.strip() + " ").toCharArray()) {
      if (c == ' ' && depth == 0) {
        String p = part.toString();
        int last = parts.size() - 1;
        if (!p.startsWith("-") && last >= 0 && parts.get(last).startsWith("-") && !parts.get(last).contains(" ")) {
          parts.set(last, parts.get(last) + " " + p); // the value of a required option: --year Y
        } else if (!p.isEmpty()) {
          parts.add(p);
        }
        part.setLength(0);
        continue;
      }
      depth += c == '[' || c == '(' ? 1 : c == ']' || c == ')' ? -1 : 0;
      part.append(c);
    }
    return parts;
  }

  /** An option's value, which the command line takes after {@code =} or a space, shown after a space: {@code --year Y}. */
  private static final Pattern OPTION_VALUE = Pattern.compile("(^|[ \\[(|])(--?[A-Za-z][A-Za-z0-9-]*)=");

  /**
   * @param synopsis options as picocli writes them, {@code [--year=Y]}
   * @return as help shows them, {@code [--year Y]}
   */
  static String valueAfterSpace(String synopsis) {
    return OPTION_VALUE.matcher(synopsis).replaceAll("$1$2 ");
  }

  /** Each option: its names and value, then its text, wrapped beside them. */
  private static String options(Help help, Language language) {
    List<String[]> rows = new ArrayList<>();
    for (OptionSpec option : help.commandSpec().options()) {
      if (option.hidden()) {
        continue;
      }
      Text label = help.parameterLabelRenderer().renderParameterLabel(option, help.colorScheme().ansi(),
          help.colorScheme().optionParamStyles());
      List<String> names = new ArrayList<>(List.of(option.names()));
      names.sort((a, b) -> Integer.compare(a.length(), b.length()));
      rows.add(new String[] {valueAfterSpace(String.join(", ", names) + label.plainString()),
          language.text(option.descriptionKey())});
    }
    return columns(rows, 2);
  }

  /** The commands of {@code iga}, each with its line. */
  private static String commands(Help help) {
    List<String[]> rows = new ArrayList<>();
    for (Map.Entry<String, Help> e : help.subcommands().entrySet()) {
      UsageMessageSpec usage = e.getValue().commandSpec().usageMessage();
      if (!usage.hidden()) {
        rows.add(new String[] {e.getKey(), usage.header()[0].replace("%%", "%")});
      }
    }
    return columns(rows, 1);
  }

  /** The exit codes, the same for every command ({@link Main}). */
  private static String exitCodes(Language language) {
    return "\n" + language.text("cli.help.exitCodes") + "\n" + columns(List.of(
        new String[] {String.valueOf(Main.OK), language.text("cli.exit.ok")},
        new String[] {String.valueOf(Main.INVALID_INPUT), language.text("cli.exit.invalidInput")},
        new String[] {String.valueOf(Main.USAGE), language.text("cli.exit.usage")},
        new String[] {String.valueOf(Main.OUTPUT_FAILED), language.text("cli.exit.outputFailed")},
        new String[] {String.valueOf(Main.OUT_OF_MEMORY), language.text("cli.exit.outOfMemory")}), 2);
  }

  private static String examplesHeading(Help help, Language language) {
    int examples = help.commandSpec().usageMessage().footer().length;
    if (examples == 0) {
      return "";
    }
    return "\n" + (examples == 1 ? language.text("cli.help.example") : language.text("cli.help.examples")) + "\n";
  }

  /** The examples, command lines the same in every language, each indented. */
  private static String examples(Help help) {
    StringBuilder b = new StringBuilder();
    for (String line : help.commandSpec().usageMessage().footer()) {
      b.append("  ").append(line.replace("%%", "%")).append('\n');
    }
    return b.toString();
  }

  /**
   * Two columns: the first indented by two and padded to its widest cell, the second wrapped to {@link #WIDTH} after
   * the gap; a line break in a text starts a new line in its column.
   *
   * @param rows the rows, each a first and a second cell
   * @param gap the spaces between the columns
   * @return the lines
   */
  static String columns(List<String[]> rows, int gap) {
    int first = rows.stream().mapToInt(r -> r[0].length()).max().orElse(0);
    int indent = 2 + first + gap;
    StringBuilder b = new StringBuilder();
    for (String[] row : rows) {
      List<String> lines = wrap(row[1], WIDTH - indent);
      b.append(("  " + row[0] + " ".repeat(first - row[0].length() + gap) + lines.get(0)).stripTrailing()).append('\n');
      for (String line : lines.subList(1, lines.size())) {
        b.append((" ".repeat(indent) + line).stripTrailing()).append('\n');
      }
    }
    return b.toString();
  }

  /**
   * @param text a text; a line break in it ends a line
   * @param width the most characters of a line, unless one word is longer
   * @return its lines, each as long as the width allows, broken between words
   */
  static List<String> wrap(String text, int width) {
    List<String> lines = new ArrayList<>();
    for (String paragraph : text.split("\n", -1)) {
      StringBuilder line = new StringBuilder();
      for (String word : paragraph.split(" ")) {
        if (line.length() > 0 && line.length() + 1 + word.length() > width) {
          lines.add(line.toString());
          line.setLength(0);
        }
        line.append(line.length() > 0 ? " " : "").append(word);
      }
      lines.add(line.toString());
    }
    return lines;
  }
}

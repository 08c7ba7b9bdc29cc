package id.iga.cli;

import id.iga.IgaException;
import id.iga.Message;
import id.iga.json.SubmissionSource;
import id.iga.generate.NationalDataset;
import id.iga.rank.RankScope;
import id.iga.rubric.Overrides;
import id.iga.rubric.Predikat;
import id.iga.score.Mode;
import id.iga.submission.RegionType;
import id.iga.years.Rubrics;
import java.math.BigDecimal;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

import javax.annotation.Nullable;

/**
 * The types of the command line's values: each converter turns the text of one option or argument into its value, or
 * says what was expected in a {@link Invalid} that {@link UsageErrors} shows in the chosen language. The candidate
 * lists are what shell completion offers.
 */
final class Values {
  private Values() {}

  /** A value that is not what its option or argument takes: a usage error whose message names the option. */
  static final class Invalid extends TypeConversionException {
    private static final long serialVersionUID = 1L;
    private final transient Function<Object, Message> message;

    /**
     * @param message the message, given the name of the option or argument: {@code --year}, or a label as a text
     *     or as a {@link Message} in the message's language
     */
    Invalid(Function<Object, Message> message) {
      super(message.apply("").toString());
      this.message = message;
    }

    /**
     * @param name the option's name or the argument's label, as the message names it
     * @return the message
     */
    Message message(Object name) {
      return message.apply(name);
    }
  }

  /** A converter of a positional argument that can say what it takes, for the message of a missing argument. */
  interface Described {
    /** @return what the argument takes, e.g. {@code FILE (.json, .jsonl or -)} */
    Message what();
  }

  private static int integer(String text, String key) {
    try {
      return Integer.parseInt(text.strip());
    } catch (NumberFormatException e) {
      throw new Invalid(name -> Message.of(key, name, text));
    }
  }

  /**
   * @param text a whole number as typed
   * @param key the message when it is not one
   * @param least the least value it may have
   * @param tooSmall the message when it is less
   * @return the number
   */
  private static int atLeast(String text, String key, int least, String tooSmall) {
    int n = integer(text, key);
    if (n < least) {
      throw new Invalid(name -> Message.of(tooSmall, name, n));
    }
    return n;
  }

  private static BigDecimal decimal(String text, String key) {
    try {
      return new BigDecimal(text.strip());
    } catch (NumberFormatException e) {
      throw new Invalid(name -> Message.of(key, name, text));
    }
  }

  /** A rubric year that a rubric module on the path serves: {@code --year}, {@code --years}, and {@code rubric YEAR}. */
  static final class Year implements ITypeConverter<Integer> {
    @Override
    public Integer convert(String text) {
      return served(integer(text, "cli.value.year"));
    }

    static int served(int year) {
      List<Integer> available = Rubrics.available();
      if (!available.contains(year)) {
        String years = available.stream().map(String::valueOf).collect(Collectors.joining(", "));
        throw new Invalid(name -> Message.of("cli.value.yearServed", name, years, year));
      }
      return year;
    }
  }

  /**
   * The years of {@code --years 2024,2025,2026}, in order, each once and each served by a rubric module.
   *
   * @param years the years
   */
  record YearList(List<Integer> years) {
    /** Reads {@code 2024,2025,2026}. */
    static final class Converter implements ITypeConverter<YearList> {
      @Override
      public YearList convert(String text) {
        Set<Integer> years = new LinkedHashSet<>();
        for (String part : text.split(",", -1)) {
          int year = Year.served(integer(part, "cli.value.years"));
          if (!years.add(year)) {
            throw new Invalid(name -> Message.of("cli.value.yearTwice", name, year));
          }
        }
        return new YearList(List.copyOf(years));
      }
    }
  }

  /** The years a rubric module serves, as completion offers them. */
  static final class Years implements Iterable<String> {
    @Override
    public Iterator<String> iterator() {
      return Rubrics.available().stream().map(String::valueOf).iterator();
    }
  }

  /** A rubric document of one's own: {@code --rubric FILE.json}. */
  static final class RubricFile implements ITypeConverter<Path> {
    @Override
    public Path convert(String text) {
      if (!text.endsWith(".json")) {
        throw new Invalid(name -> Message.of("cli.value.rubricFile", name, text));
      }
      return path(text, "cli.value.rubricFile");
    }
  }

  private static Path path(String text, String key) {
    try {
      return Path.of(text);
    } catch (InvalidPathException e) {
      throw new Invalid(name -> Message.of(key, name, text));
    }
  }

  /** Any file: {@code --cohort FILE}. */
  static final class File implements ITypeConverter<Path> {
    @Override
    public Path convert(String text) {
      return path(text, "cli.value.file");
    }
  }

  /**
   * An input of submissions: a submission ({@code .json}), a dataset ({@code .jsonl}) or {@code -} for standard input,
   * as {@link SubmissionSource#open(String, Path, java.io.InputStream)} opens it.
   */
  static final class Submissions implements ITypeConverter<Path>, Described {
    @Override
    public Path convert(String text) {
      if (SubmissionSource.Kind.of(text).isEmpty()) {
        throw new Invalid(name -> Message.of("cli.value.submissions", name, text));
      }
      return path(text, "cli.value.submissions");
    }

    @Override
    public Message what() {
      return Message.of("cli.what.submissions");
    }
  }

  /** A dataset: a {@code .jsonl} file (one submission per line) or {@code -} for standard input. */
  static final class Dataset implements ITypeConverter<Path>, Described {
    @Override
    public Path convert(String text) {
      if (SubmissionSource.Kind.of(text).filter(k -> k != SubmissionSource.Kind.DOCUMENT).isEmpty()) {
        throw new Invalid(name -> Message.of("cli.value.dataset", name, text));
      }
      return path(text, "cli.value.dataset");
    }

    @Override
    public Message what() {
      return Message.of("cli.what.dataset");
    }
  }

  /**
   * @param inputs the inputs named on the command line
   * @return whether they are one submission document ({@code .json}), which commands show whole
   */
  static boolean oneDocument(List<Path> inputs) {
    return inputs.size() == 1 && SubmissionSource.Kind.of(inputs.get(0).toString())
        .filter(k -> k == SubmissionSource.Kind.DOCUMENT).isPresent();
  }

  /** A number of worker threads, 1 or more. */
  static final class Jobs implements ITypeConverter<Integer> {
    @Override
    public Integer convert(String text) {
      return atLeast(text, "cli.value.jobs", 1, "cli.value.jobsAtLeastOne");
    }
  }

  /** A seed: any whole number of the {@code long} range. */
  static final class Seed implements ITypeConverter<Long> {
    @Override
    public Long convert(String text) {
      try {
        return Long.parseLong(text.strip());
      } catch (NumberFormatException e) {
        throw new Invalid(name -> Message.of("cli.value.seed", name, text));
      }
    }
  }

  /** A number of innovations per region, 0 or more. */
  static final class InnovationCount implements ITypeConverter<Integer> {
    @Override
    public Integer convert(String text) {
      return atLeast(text, "cli.value.innovations", 0, "cli.value.innovationsNotNegative");
    }
  }

  /** A target IID, from 0 to 100. */
  static final class Iid implements ITypeConverter<BigDecimal> {
    @Override
    public BigDecimal convert(String text) {
      BigDecimal iid = decimal(text, "cli.value.iid");
      if (iid.signum() < 0 || iid.compareTo(BigDecimal.valueOf(100)) > 0) {
        throw new Invalid(name -> Message.of("cli.value.iidRange", name, iid));
      }
      return iid;
    }
  }

  /** The maturity an innovation should reach: {@code --innovation-target}. */
  static final class InnovationTarget implements ITypeConverter<BigDecimal> {
    @Override
    public BigDecimal convert(String text) {
      return decimal(text, "cli.value.innovationTarget");
    }
  }

  /** The maturity one expects of a new innovation: {@code --new-innovation-maturity}. */
  static final class NewInnovationMaturity implements ITypeConverter<BigDecimal> {
    @Override
    public BigDecimal convert(String text) {
      return decimal(text, "cli.value.newInnovationMaturity");
    }
  }

  /** The units of work one new innovation costs, at least 1. */
  static final class NewInnovationCost implements ITypeConverter<Integer> {
    @Override
    public Integer convert(String text) {
      return atLeast(text, "cli.value.cost", 1, "cli.value.costAtLeastOne");
    }
  }

  /** The most new innovations a plan may add, at least 0. */
  static final class MaxNewInnovations implements ITypeConverter<Integer> {
    @Override
    public Integer convert(String text) {
      return atLeast(text, "cli.value.most", 0, "cli.value.mostNotNegative");
    }
  }

  /** A what-if setting {@code NAME=VALUE}, as {@link Overrides#parse(String)} reads it. */
  static final class Setting implements ITypeConverter<Overrides.Setting> {
    @Override
    public Overrides.Setting convert(String text) {
      try {
        return Overrides.parse(text);
      } catch (IgaException e) {
        throw new Invalid(name -> Message.of("cli.value.setting", name, text, e));
      }
    }
  }

  /**
   * The region types of {@code --type kabupaten,kota}, ranked together.
   *
   * @param types the types
   */
  record RegionTypes(Set<RegionType> types) {
    /** Reads {@code kabupaten,kota}. */
    static final class Converter implements ITypeConverter<RegionTypes> {
      @Override
      public RegionTypes convert(String text) {
        Set<RegionType> types = EnumSet.noneOf(RegionType.class);
        for (String part : text.split(",", -1)) {
          String t = part.strip().toUpperCase(Locale.ROOT);
          types.add(Arrays.stream(RegionType.values()).filter(r -> r.name().equals(t)).findFirst()
              .orElseThrow(() -> new Invalid(name -> Message.of("cli.value.type", name, part))));
        }
        return new RegionTypes(types);
      }
    }
  }

  /** The values of an enum as one types them, lower case, for completion. */
  private abstract static class LowerCase implements Iterable<String> {
    private final Enum<?>[] values;

    LowerCase(Enum<?>[] values) {
      this.values = values;
    }

    @Override
    public Iterator<String> iterator() {
      return Stream.of(values).map(v -> v.name().toLowerCase(Locale.ROOT)).iterator();
    }
  }

  /** {@code --mode}: claimed, verified. */
  static final class Modes extends LowerCase {
    Modes() {
      super(Mode.values());
    }
  }

  /** {@code --scope}: national, province. */
  static final class Scopes extends LowerCase {
    Scopes() {
      super(RankScope.values());
    }
  }

  /** {@code --type}: kabupaten, kota, provinsi. */
  static final class Types extends LowerCase {
    Types() {
      super(RegionType.values());
    }
  }

  /** {@code --target-predikat}: sangat_inovatif, inovatif, kurang_inovatif, tidak_dapat_dinilai. */
  static final class Predikats extends LowerCase {
    Predikats() {
      super(Predikat.values());
    }
  }

  /** {@code --regions}: kabupaten, all. */
  static final class Coverages extends LowerCase {
    Coverages() {
      super(NationalDataset.Coverage.values());
    }
  }
}

package id.iga.fuzz;

import id.iga.IgaException;
import id.iga.generate.Corrupted;
import id.iga.generate.SubmissionGenerator;
import id.iga.json.SubmissionJson;
import id.iga.years.Rubrics;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * One way of spoiling a valid submission document. Each kind is drawn from a {@link Base} and a random source by its
 * {@code draw} method, which fixes every choice it makes in the record's components, so that the record, printed,
 * says exactly what was done; {@link #apply} then makes the bytes.
 */
sealed interface Mutation {
  /** What reading the mutated document must give, beyond refusing it only with a located {@code IgaException}. */
  enum Expect {
    /** The same submission as the base: the mutation changes nothing the format gives meaning to. */
    SAME,
    /** Every reader refuses it. */
    REFUSED,
    /** Every reader refuses it, or the scorer of its own year does. */
    NOT_SCORED,
    /** Nothing more. */
    ANY
  }

  /** The kinds, each drawn for a base, or not when the base has nothing it can spoil. */
  List<BiFunction<Base, SplittableRandom, Optional<Mutation>>> KINDS = List.of(ByteFlip::draw, Truncate::draw,
      DuplicateKey::draw, DeleteKey::draw, WrongType::draw, OddNumber::draw, DeepNesting::draw, LongString::draw,
      InvalidUtf8::draw, Bom::draw, UnpairedSurrogate::draw, DuplicateInnovationId::draw, UnknownCode::draw,
      LevelOutOfRange::draw, NulByte::draw, LoneCr::draw, Corrupt::draw);

  /**
   * @param base the document it was drawn for
   * @return the mutated document's bytes
   */
  byte[] apply(Base base);

  /** @return what reading the mutated document must give */
  Expect expect();

  /**
   * @return the pointer of the one value changed, when the mutation changes one: an error it causes names this
   *     pointer, a pointer inside it, or one of the containers that hold it
   */
  default Optional<String> changed() {
    return Optional.empty();
  }

  /** @return the mutation's kind, as the test names it */
  default String kind() {
    return getClass().getSimpleName();
  }

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  private static <T> T oneOf(SplittableRandom random, List<T> choices) {
    return choices.get(random.nextInt(choices.size()));
  }

  /** A mutation of one value, named by its pointer. */
  sealed interface OfValue extends Mutation {
    /** @return the pointer of the value changed */
    String pointer();

    @Override
    default Optional<String> changed() {
      return Optional.of(pointer());
    }

    /**
     * @param base a document
     * @param random the source of randomness
     * @param make the mutation of a member, from its pointer
     * @return the mutation of one of the base's object members
     */
    static Optional<Mutation> ofMember(Base base, SplittableRandom random, Function<String, Mutation> make) {
      return base.pick(random, Spans.Value::member).map(v -> make.apply(v.pointer()));
    }
  }

  /** A mutation that replaces one value with a text of its own. */
  sealed interface Replacement extends OfValue {
    /**
     * @param base the document it was drawn for
     * @return the JSON text that takes the value's place
     */
    String replacement(Base base);

    @Override
    default byte[] apply(Base base) {
      return utf8(base.replace(pointer(), replacement(base)));
    }
  }

  /** A mutation that replaces one value with a fixed JSON text. */
  sealed interface LiteralReplacement extends Replacement {
    /** @return the JSON text that takes the value's place */
    String literal();

    @Override
    default String replacement(Base base) {
      return literal();
    }
  }

  /** Bits flipped in one to four bytes anywhere. */
  record ByteFlip(List<Integer> offsets, List<Integer> masks) implements Mutation {
    static Optional<Mutation> draw(Base base, SplittableRandom random) {
      int length = base.bytes().length;
      List<Integer> offsets = new ArrayList<>();
      List<Integer> masks = new ArrayList<>();
      for (int i = 1 + random.nextInt(4); i > 0; i--) {
        offsets.add(random.nextInt(length));
        masks.add(1 + random.nextInt(255));
      }
      return Optional.of(new ByteFlip(offsets, masks));
    }

    @Override
    public byte[] apply(Base base) {
      byte[] b = base.bytes();
      for (int i = 0; i < offsets.size(); i++) {
        b[offsets.get(i)] ^= masks.get(i).byteValue();
      }
      return b;
    }

    @Override
    public Expect expect() {
      return Expect.ANY;
    }
  }

  /** The document cut after some bytes (perhaps in the middle of a character). */
  record Truncate(int length) implements Mutation {
    static Optional<Mutation> draw(Base base, SplittableRandom random) {
      return Optional.of(new Truncate(random.nextInt(base.bytes().length)));
    }

    @Override
    public byte[] apply(Base base) {
      return Arrays.copyOf(base.bytes(), length);
    }

    @Override
    public Expect expect() {
      return Expect.ANY;
    }
  }

  /** An object member written twice, the copy right after it. */
  record DuplicateKey(String pointer) implements OfValue {
    static Optional<Mutation> draw(Base base, SplittableRandom random) {
      return OfValue.ofMember(base, random, DuplicateKey::new);
    }

    @Override
    public byte[] apply(Base base) {
      Spans.Value v = base.at(pointer);
      return utf8(base.insert(v.end(), "," + base.text().substring(v.keyStart(), v.end())));
    }

    @Override
    public Expect expect() {
      return Expect.REFUSED;
    }
  }

  /** An object member left out, with the comma that separated it. */
  record DeleteKey(String pointer) implements OfValue {
    static Optional<Mutation> draw(Base base, SplittableRandom random) {
      return OfValue.ofMember(base, random, DeleteKey::new);
    }

    @Override
    public byte[] apply(Base base) {
      Spans.Value v = base.at(pointer);
      String t = base.text();
      int from = v.keyStart();
      int to = v.end();
      int after = skipSpace(t, to);
      if (t.charAt(after) == ',') {
        to = after + 1;
      } else {
        int before = from - 1;
        while (" \t\r\n".indexOf(t.charAt(before)) >= 0) {
          before--;
        }
        if (t.charAt(before) == ',') {
          from = before;
        }
      }
      return utf8(t.substring(0, from) + t.substring(to));
    }

    private static int skipSpace(String t, int at) {
      while (" \t\r\n".indexOf(t.charAt(at)) >= 0) {
        at++;
      }
      return at;
    }

    @Override
    public Expect expect() {
      return Expect.ANY;
    }
  }

  /** A value replaced by one of another JSON type. */
  record WrongType(String pointer, String literal) implements LiteralReplacement {
    private static final List<String> STRINGS = List.of("\"x\"", "\"\"", "\"3\"");
    private static final List<String> NUMBERS = List.of("1", "0", "2.5", "-7");
    private static final List<String> LITERALS = List.of("true", "false", "null");
    private static final List<String> ARRAYS = List.of("[]", "[1]", "[\"a\"]");
    private static final List<String> OBJECTS = List.of("{}", "{\"a\":1}");

    static Optional<Mutation> draw(Base base, SplittableRandom random) {
      Spans.Value v = base.values().get(random.nextInt(base.values().size()));
      List<String> other = new ArrayList<>();
      for (Spans.Type t : Spans.Type.values()) {
        if (t != v.type()) {
          other.addAll(switch (t) {
            case STRING -> STRINGS;
            case NUMBER -> NUMBERS;
            case LITERAL -> LITERALS;
            case ARRAY -> ARRAYS;
            case OBJECT -> OBJECTS;
          });
        }
      }
      return Optional.of(new WrongType(v.pointer(), oneOf(random, other)));
    }

    @Override
    public Expect expect() {
      return Expect.REFUSED;
    }
  }

  /** A number replaced by a huge, tiny, long or malformed one. */
  record OddNumber(String pointer, String literal) implements LiteralReplacement {
    private static final List<String> LITERALS = List.of("1e999999", "-1e999999", "1e-999999", "-0", "-0.0", "00012",
        "1.5e-400", "1234567890123456789012345678901234567890", "-1234567890123456789012345678901234567890",
        "1" + "0".repeat(63), "1" + "0".repeat(64), "0." + "0".repeat(70) + "1", "1E+2147483648", "2.0", "2.024e3",
        "1.", ".5", "+1", "1e", "1e+", "-", "0x1F", "1_000", "NaN", "Infinity", "-Infinity", "9223372036854775808",
        "2147483648", "-2147483649");

    static Optional<Mutation> draw(Base base, SplittableRandom random) {
      return base.pick(random, v -> v.type() == Spans.Type.NUMBER || random.nextInt(8) == 0)
          .map(v -> new OddNumber(v.pointer(), oneOf(random, LITERALS)));
    }

    @Override
    public Expect expect() {
      return Expect.ANY;
    }
  }

  /** A value replaced by arrays or objects nested to some depth. */
  record DeepNesting(String pointer, int depth, boolean arrays) implements Replacement {
    private static final List<Integer> DEPTHS = List.of(2, 63, 64, 65, 1000, 10_000);

    static Optional<Mutation> draw(Base base, SplittableRandom random) {
      Spans.Value v = base.values().get(random.nextInt(base.values().size()));
      return Optional.of(new DeepNesting(v.pointer(), oneOf(random, DEPTHS), random.nextBoolean()));
    }

    @Override
    public String replacement(Base base) {
      String open = arrays ? "[" : "{\"a\":";
      String close = arrays ? "]" : "}";
      return open.repeat(depth) + "1" + close.repeat(depth);
    }

    @Override
    public Expect expect() {
      return Expect.REFUSED;
    }
  }

  /** A string value replaced by a long one, at, below or above the reading limit of 1,000,000 characters. */
  record LongString(String pointer, String unit, int count) implements Replacement {
    /** The reading limit on a string, in characters (UTF-16 units), as the submission format documents it. */
    static final int LIMIT = 1_000_000;
    private static final List<String> UNITS = List.of("a", "\u00e9", "\ud83d\ude00", "\\n", "\\u00e9");

    static Optional<Mutation> draw(Base base, SplittableRandom random) {
      String unit = oneOf(random, UNITS);
      // Every reader reads the string: one case in 64 near the limit and one in 4 of 65,536 keep the run short.
      int length = random.nextInt(64) == 0 ? LIMIT : random.nextInt(4) > 0 ? 1000 : 65_536;
      int count = length / units(unit) + random.nextInt(3) - 1;
      return base.pick(random, v -> v.type() == Spans.Type.STRING)
          .map(v -> new LongString(v.pointer(), unit, count));
    }

    /** @return how many UTF-16 units one unit of the text gives when read */
    private static int units(String unit) {
      return unit.startsWith("\\") ? 1 : unit.length();
    }

    /** @return the length of the string read, in UTF-16 units */
    long length() {
      return (long) count * units(unit);
    }

    @Override
    public String replacement(Base base) {
      return "\"" + unit.repeat(count) + "\"";
    }

    @Override
    public Expect expect() {
      return length() > LIMIT ? Expect.REFUSED : Expect.ANY;
    }

    @Override
    public String toString() {
      return "LongString[pointer=" + pointer + ", unit=" + unit + ", count=" + count + "]";
    }
  }

  /** Bytes that are not UTF-8 inserted anywhere, or inside a string. */
  record InvalidUtf8(int offset, List<Integer> bytes) implements Mutation {
    private static final List<List<Integer>> SEQUENCES = List.of(List.of(0xFF), List.of(0xFE), List.of(0x80),
        List.of(0xBF), List.of(0xC0, 0x80), List.of(0xC1, 0xBF), List.of(0xE2, 0x82), List.of(0xF0, 0x9F, 0x98),
        List.of(0xED, 0xA0, 0x80), List.of(0xED, 0xBF, 0xBF), List.of(0xF4, 0x90, 0x80, 0x80),
        List.of(0xF8, 0x88, 0x80, 0x80, 0x80), List.of(0xE0, 0x80, 0xAF), List.of(0xC3));

    static Optional<Mutation> draw(Base base, SplittableRandom random) {
      List<Integer> bytes = oneOf(random, SEQUENCES);
      int at = random.nextBoolean() ? base.insideString(random).orElse(0) : random.nextInt(base.text().length() + 1);
      int offset = base.text().substring(0, at).getBytes(StandardCharsets.UTF_8).length;
      return Optional.of(new InvalidUtf8(offset, bytes));
    }

    @Override
    public byte[] apply(Base base) {
      byte[] b = base.bytes();
      byte[] out = new byte[b.length + bytes.size()];
      System.arraycopy(b, 0, out, 0, offset);
      for (int i = 0; i < bytes.size(); i++) {
        out[offset + i] = bytes.get(i).byteValue();
      }
      System.arraycopy(b, offset, out, offset + bytes.size(), b.length - offset);
      return out;
    }

    @Override
    public Expect expect() {
      return Expect.REFUSED;
    }
  }

  /** A byte order mark: leading (which readers skip), between two tokens, or inside a string. */
  record Bom(int offset, String where) implements Mutation {
    static Optional<Mutation> draw(Base base, SplittableRandom random) {
      return switch (random.nextInt(3)) {
        case 0 -> Optional.of(new Bom(0, "leading"));
        case 1 -> Optional.<Mutation>of(new Bom(base.betweenTokens(random), "between tokens"))
            .filter(b -> ((Bom) b).offset > 0);
        default -> base.insideString(random).map(at -> new Bom(at, "inside a string"));
      };
    }

    @Override
    public byte[] apply(Base base) {
      return utf8(base.insert(offset, "\ufeff"));
    }

    @Override
    public Expect expect() {
      return switch (where) {
        case "leading" -> Expect.SAME;
        case "between tokens" -> Expect.REFUSED;
        default -> Expect.ANY;
      };
    }
  }

  /** A string value holding an escaped surrogate with no partner. */
  record UnpairedSurrogate(String pointer, String escape) implements Replacement {
    private static final List<String> ESCAPES = List.of("\\ud800", "\\udbff", "\\udc00", "\\udfff",
        "\\ud800\\u0041", "\\udc00\\ud800", "\\ud83d\\ud83d");

    static Optional<Mutation> draw(Base base, SplittableRandom random) {
      String escape = oneOf(random, ESCAPES);
      return base.pick(random, v -> v.type() == Spans.Type.STRING)
          .map(v -> new UnpairedSurrogate(v.pointer(), escape));
    }

    @Override
    public String replacement(Base base) {
      Spans.Value v = base.at(pointer);
      String s = base.text().substring(v.start(), v.end());
      return s.substring(0, s.length() - 1) + escape + "\"";
    }

    @Override
    public Expect expect() {
      return Expect.REFUSED;
    }
  }

  /** An innovation's id made the id of another one. */
  record DuplicateInnovationId(int from, int to) implements Mutation {
    private static final Pattern INNOVATION = Pattern.compile("/innovations/\\d+");

    static Optional<Mutation> draw(Base base, SplittableRandom random) {
      long n = base.values().stream().filter(v -> INNOVATION.matcher(v.pointer()).matches()).count();
      if (n < 2) {
        return Optional.empty();
      }
      int from = random.nextInt((int) n);
      int to = random.nextInt((int) n - 1);
      return Optional.of(new DuplicateInnovationId(from, to < from ? to : to + 1));
    }

    @Override
    public byte[] apply(Base base) {
      Spans.Value id = base.at("/innovations/" + from + "/id");
      return utf8(base.replace("/innovations/" + to + "/id", base.text().substring(id.start(), id.end())));
    }

    @Override
    public Expect expect() {
      return Expect.REFUSED;
    }

    @Override
    public Optional<String> changed() {
      return Optional.of("/innovations/" + Math.max(from, to) + "/id");
    }
  }

  /** A code no list has: an indicator (as a key), an affair, a stage, a region type, a region or province code. */
  record UnknownCode(String pointer, String code, boolean key) implements Mutation {
    /** Codes no rubric has as any indicator; an answer may also get a code of the other scope (see {@link #draw}). */
    private static final List<String> INDICATORS = List.of("99", "98z", "0", "01", "100", "1A", "abc", "", "1 ",
        "\u0661");
    private static final List<String> CONSTANTS = List.of("FOO", "kesehatan", "", "KESEHATAN ", "DESA");
    private static final Pattern ANSWER = Pattern.compile("/spd/[^/]+|/innovations/\\d+/answers/[^/]+");
    private static final Pattern CONSTANT = Pattern.compile("/innovations/\\d+/(affair|stage)|/region/type");
    private static final Pattern REGION = Pattern.compile("/region/(code|provinceCode)");
    private static final List<String> REGIONS = List.of("99.99", "33.99", "3307", "", "33.07.01", "1", "33.7");

    static Optional<Mutation> draw(Base base, SplittableRandom random) {
      return switch (random.nextInt(3)) {
        case 0 -> base.pick(random, v -> ANSWER.matcher(v.pointer()).matches()).map(v -> {
          // A region indicator among an innovation's answers, or an innovation indicator among the region's.
          String otherScope = v.pointer().startsWith("/spd/") ? "16" : "1";
          String code = random.nextInt(4) == 0 ? otherScope : oneOf(random, INDICATORS);
          return new UnknownCode(v.pointer(), code, true);
        });
        case 1 -> base.pick(random, v -> CONSTANT.matcher(v.pointer()).matches())
            .map(v -> new UnknownCode(v.pointer(), oneOf(random, CONSTANTS), false));
        default -> base.pick(random, v -> REGION.matcher(v.pointer()).matches())
            .map(v -> new UnknownCode(v.pointer(), oneOf(random, REGIONS), false));
      };
    }

    @Override
    public byte[] apply(Base base) {
      Spans.Value v = base.at(pointer);
      if (key) {
        String t = base.text();
        int colon = t.indexOf(':', v.keyStart());
        return utf8(t.substring(0, v.keyStart()) + "\"" + code + "\"" + t.substring(colon));
      }
      return utf8(base.replace(pointer, "\"" + code + "\""));
    }

    @Override
    public Expect expect() {
      return pointer.startsWith("/region/") && !pointer.equals("/region/type") ? Expect.ANY : Expect.NOT_SCORED;
    }

    @Override
    public Optional<String> changed() {
      return Optional.of(key ? pointer.substring(0, pointer.lastIndexOf('/') + 1) + code : pointer);
    }
  }

  /** A level outside 0..3, or not a JSON integer. */
  record LevelOutOfRange(String pointer, String literal) implements LiteralReplacement {
    private static final List<String> LITERALS = List.of("4", "-1", "3.0", "1e0", "0.5", "2147483648",
        "99999999999999999999", "\"3\"", "true", "null", "-2147483649");

    static Optional<Mutation> draw(Base base, SplittableRandom random) {
      return base.pick(random, v -> v.pointer().endsWith("/level"))
          .map(v -> new LevelOutOfRange(v.pointer(), oneOf(random, LITERALS)));
    }

    @Override
    public Expect expect() {
      return Expect.REFUSED;
    }
  }

  /** A NUL: a raw byte anywhere or inside a string, or the escape {@code \u0000} inside a string. */
  record NulByte(int offset, boolean escaped) implements Mutation {
    static Optional<Mutation> draw(Base base, SplittableRandom random) {
      boolean escaped = random.nextBoolean();
      if (escaped || random.nextBoolean()) {
        return base.insideString(random).map(at -> new NulByte(at, escaped));
      }
      return Optional.of(new NulByte(random.nextInt(base.text().length() + 1), false));
    }

    @Override
    public byte[] apply(Base base) {
      return utf8(base.insert(offset, escaped ? "\\u0000" : "\u0000"));
    }

    @Override
    public Expect expect() {
      return escaped ? Expect.ANY : Expect.REFUSED;
    }
  }

  /**
   * A carriage return with no line feed: between two tokens (white space, so the document means the same), inside a
   * string (a control character, refused), or between two tokens with a fault after it (the document's last
   * {@code }} made a {@code ]}), so that the error's line is counted over it.
   */
  record LoneCr(int offset, String where) implements Mutation {
    static Optional<Mutation> draw(Base base, SplittableRandom random) {
      return switch (random.nextInt(3)) {
        case 0 -> Optional.of(new LoneCr(base.betweenTokens(random), "between tokens"));
        case 1 -> base.insideString(random).map(at -> new LoneCr(at, "inside a string"));
        default -> Optional.of(new LoneCr(base.betweenTokens(random), "before a fault"));
      };
    }

    @Override
    public byte[] apply(Base base) {
      String t = base.insert(offset, "\r");
      if (where.equals("before a fault")) {
        int last = t.lastIndexOf('}');
        t = t.substring(0, last) + "]" + t.substring(last + 1);
      }
      return utf8(t);
    }

    @Override
    public Expect expect() {
      return where.equals("between tokens") ? Expect.SAME : Expect.REFUSED;
    }
  }

  /**
   * An answer made invalid for the base's year by {@code SubmissionGenerator.corrupt} (an unknown indicator, a fact of
   * the wrong kind, a code outside the vocabulary), the document written again by {@code SubmissionJson}.
   */
  record Corrupt(long seed) implements Mutation {
    static Optional<Mutation> draw(Base base, SplittableRandom random) {
      Corrupt c = new Corrupt(random.nextLong());
      try {
        c.apply(base);
        return Optional.of(c);
      } catch (IgaException e) {
        return Optional.empty(); // a corruption the format cannot write (an answer under 'X43'): no document
      }
    }

    private Corrupted corrupted(Base base) {
      return SubmissionGenerator.corrupt(Rubrics.forYear(base.year()), base.submission(), new SplittableRandom(seed));
    }

    @Override
    public byte[] apply(Base base) {
      return utf8(SubmissionJson.toJson(corrupted(base).submission()));
    }

    @Override
    public Expect expect() {
      return Expect.NOT_SCORED;
    }

    /** @return the corrupted answer's pointer, which an error names exactly */
    String pointer(Base base) {
      return corrupted(base).pointer();
    }
  }
}

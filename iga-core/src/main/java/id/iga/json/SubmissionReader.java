package id.iga.json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import id.iga.IgaException;
import id.iga.Location;
import id.iga.Message;
import id.iga.rubric.Fact;
import id.iga.submission.Affair;
import id.iga.submission.Answer;
import id.iga.submission.Innovation;
import id.iga.submission.Region;
import id.iga.submission.RegionType;
import id.iga.submission.Stage;
import id.iga.submission.Submission;
import id.iga.submission.Verification;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;

import javax.annotation.Nullable;

/**
 * The one reader of the submission format (see {@link SubmissionJson} and {@code docs/submission-format.md}): it
 * binds the parser's tokens straight into the model, field by field, in one pass, and names the place of every
 * problem from the parser's own position (line, column) and parsing context (JSON pointer). While it reads it records
 * where each answer, innovation and answer list starts, its line and column packed in one long per container, so
 * that an error found later by the scorer, which knows only a JSON pointer, is placed without reading the document
 * again ({@link LocatedSubmission#locate}).
 *
 * <p>Problems are found in document order: the first one the parser meets is the one reported.
 */
final class SubmissionReader extends Tokens {
  private static final List<String> ROOT_FIELDS = List.of("year", "region", "spd", "innovations");
  private static final List<String> REGION_FIELDS = List.of("code", "name", "type", "provinceCode");
  private static final List<String> INNOVATION_FIELDS = List.of("id", "title", "agency", "affair", "stage",
      "answers");
  private static final List<String> ANSWER_FIELDS = List.of("level", "value", "category", "codes", "basis",
      "evidence", "verified");

  // The forms of an answer, as bits in the order of ANSWER_FIELDS.
  private static final int LEVEL = 1;
  private static final int VALUE = 2;
  private static final int CATEGORY = 4;
  private static final int CODES = 8;
  private static final int BASIS = 16;
  // Not forms, but fields given at most once, as forms are.
  private static final int EVIDENCE = 32;
  private static final int VERIFIED = 64;

  // The buffers of answers, used again for each object of answers.
  private final Answers spdAnswers = new Answers();
  private final Answers innovationAnswers = new Answers();

  private boolean broken;

  // Places of the document being read: see LocatedSubmission.Places.
  private long[] spdPlaces;
  private int spdCount;
  private long[] innovationPlaces;
  private int innovationCount;
  private long[] answerPlaces;
  private int answerCount;

  /**
   * @param p the parser, before the first token of the first document to read
   * @param source the name errors give the source
   * @param lineOffset what to add to the source's line numbers (the source's line before the parser's first)
   * @param lines the parser's lines and columns as the source's
   */
  SubmissionReader(JsonParser p, String source, long lineOffset, LineMap lines) {
    super(p, source, lineOffset, lines);
  }

  /** Creates a parser: over bytes, characters or a stream. */
  @FunctionalInterface
  interface Opening {
    /**
     * @return a parser made by {@link Json#SUBMISSION_FACTORY}
     * @throws IOException when it cannot be made
     */
    JsonParser open() throws IOException;
  }

  /**
   * Reads an input that holds one submission document and nothing else, and closes the parser.
   *
   * @param opening creates the parser
   * @param source the name errors give the input
   * @param lineOffset what to add to the source's line numbers (the source's line before the parser's first)
   * @param lines the parser's lines and columns as the source's
   * @return the submission with its places
   * @throws IgaException when the input is not exactly one valid submission document, or fails
   */
  static LocatedSubmission only(Opening opening, String source, long lineOffset, LineMap lines) {
    JsonParser p;
    try {
      p = opening.open();
    } catch (IOException e) {
      throw new IgaException(Message.of("json.cannotRead", Json.reason(e)), Location.source(source), e);
    }
    try (JsonParser closing = p) {
      return new SubmissionReader(closing, source, lineOffset, lines).only();
    } catch (IOException e) {
      throw new IgaException(Message.of("json.cannotClose", Json.reason(e)), Location.source(source), e);
    }
  }

  /**
   * Reads characters that hold one submission document and nothing else.
   *
   * @param text the characters
   * @param source the name errors give them
   * @return the submission with its places
   * @throws IgaException when the input is not exactly one valid submission document, or fails
   */
  static LocatedSubmission only(SourceText text, String source) {
    return only(() -> Json.SUBMISSION_FACTORY.createParser(text), source, 0, text.lines);
  }

  /**
   * Reads the one document of the input: a submission and nothing after it.
   *
   * @return the submission with its places
   * @throws IgaException when the input is empty, not one valid submission document, or has a second value
   */
  LocatedSubmission only() {
    if (!advance()) {
      throw new IgaException(Message.of("json.noValue"), at(p.currentLocation(), ""));
    }
    LocatedSubmission read = read();
    if (advance()) {
      throw new IgaException(Message.of("json.secondValue"), at(p.currentTokenLocation(), ""));
    }
    return read;
  }

  /**
   * Moves to the first token of the next document.
   *
   * @return whether there is one; false at the end of the input
   * @throws IgaException when the input fails ({@link #broken()} is true then)
   */
  boolean advance() {
    try {
      return p.nextToken() != null;
    } catch (IOException e) {
      throw fail(e);
    }
  }

  /**
   * Reads the document whose first token is the current one, and leaves the parser on its last token.
   *
   * @return its submission with its places
   * @throws IgaException when it is not a valid submission document, or the input fails; in the latter case
   *     {@link #broken()} is true afterwards
   */
  LocatedSubmission read() {
    try {
      return document(p.currentToken());
    } catch (IOException e) {
      throw fail(e);
    }
  }

  /**
   * @return whether the parser or its input failed (malformed JSON, a reading limit, bad UTF-8): where the next
   *     document starts cannot be known then
   */
  boolean broken() {
    return broken;
  }

  /**
   * After a document that was not a valid submission, skips the rest of it, so that {@link #advance()} moves to the
   * one after.
   *
   * @throws IgaException when the input fails on the way ({@link #broken()} is true then)
   */
  void skipRest() {
    try {
      JsonToken t = p.currentToken();
      while (t != null && !p.getParsingContext().inRoot()) {
        t = p.nextToken();
      }
    } catch (IOException e) {
      throw fail(e);
    }
  }

  private IgaException fail(IOException e) {
    broken = true;
    return problem(e);
  }

  // -------------------------------------------------------------------------------------------------- the format

  private LocatedSubmission document(JsonToken first) throws IOException {
    if (first != JsonToken.START_OBJECT) {
      throw error(Message.of("json.expectedObject", describe(first)));
    }
    long root = place();
    spdPlaces = new long[32];
    spdCount = 0;
    innovationPlaces = new long[32];
    innovationCount = 0;
    answerPlaces = new long[256];
    answerCount = 0;
    int given = 0;
    int year = 0;
    Region region = null;
    long regionPlace = 0;
    Map<String, Answer> spd = null;
    long spdPlace = 0;
    List<Innovation> innovations = null;
    long innovationsPlace = 0;
    String name;
    while ((name = nextName()) != null) {
      switch (name) {
        case "year":
          given = once(given, 1);
          year = integer(p.nextToken(), Integer.MIN_VALUE, Integer.MAX_VALUE);
          break;
        case "region":
          given = once(given, 2);
          object(p.nextToken());
          regionPlace = place();
          region = region(regionPlace);
          break;
        case "spd":
          given = once(given, 4);
          object(p.nextToken());
          spdPlace = place();
          spd = answers(spdAnswers, true);
          break;
        case "innovations":
          given = once(given, 8);
          array(p.nextToken());
          innovationsPlace = place();
          innovations = innovations();
          break;
        default:
          throw unknownField(name, ROOT_FIELDS);
      }
    }
    missing(root, given, ROOT_FIELDS);
    Submission submission;
    try {
      submission = new Submission(year, region, spd, innovations);
    } catch (IgaException e) {
      throw relocate(e, root);
    }
    return new LocatedSubmission(submission, source, new LocatedSubmission.Places(lineOffset, root, regionPlace,
        spdPlace, innovationsPlace, spdPlaces, innovationPlaces, answerPlaces));
  }

  /** The region whose opening brace is the current token, at the given place. */
  private Region region(long at) throws IOException {
    int given = 0;
    String code = null;
    String regionName = null;
    RegionType type = null;
    String province = null;
    String name;
    while ((name = nextName()) != null) {
      switch (name) {
        case "code":
          given = once(given, 1);
          code = string(p.nextToken());
          break;
        case "name":
          given = once(given, 2);
          regionName = string(p.nextToken());
          break;
        case "type":
          given = once(given, 4);
          type = constant(p.nextToken(), RegionType.class);
          break;
        case "provinceCode":
          given = once(given, 8);
          province = string(p.nextToken());
          break;
        default:
          throw unknownField(name, REGION_FIELDS);
      }
    }
    missing(at, given, REGION_FIELDS);
    try {
      return new Region(code, regionName, type, province);
    } catch (IgaException e) {
      throw relocate(e, at);
    }
  }

  private List<Innovation> innovations() throws IOException {
    List<Innovation> out = new ArrayList<>();
    Map<String, Integer> firstUse = new HashMap<>();
    JsonToken t;
    while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
      object(t);
      out.add(innovation(out.size(), firstUse));
    }
    return out;
  }

  /** The innovation whose opening brace is the current token; ids already used map to their innovation. */
  private Innovation innovation(int index, Map<String, Integer> firstUse) throws IOException {
    long at = place();
    int slot = 2 * innovationCount;
    if (slot == innovationPlaces.length) {
      innovationPlaces = Arrays.copyOf(innovationPlaces, 2 * slot);
    }
    innovationPlaces[slot] = at;
    innovationCount++;
    int given = 0;
    String id = null;
    String title = null;
    String agency = null;
    Affair affair = null;
    Stage stage = null;
    Map<String, Answer> answers = null;
    String name;
    while ((name = nextName()) != null) {
      switch (name) {
        case "id":
          given = once(given, 1);
          id = string(p.nextToken());
          Integer first = firstUse.putIfAbsent(id, index);
          if (first != null) {
            throw error(Message.of("json.innovationIdAgain", id, Location.pointerOf("innovations", first)));
          }
          break;
        case "title":
          given = once(given, 2);
          title = string(p.nextToken());
          break;
        case "agency":
          given = once(given, 4);
          agency = string(p.nextToken());
          break;
        case "affair":
          given = once(given, 8);
          affair = constant(p.nextToken(), Affair.class);
          break;
        case "stage":
          given = once(given, 16);
          stage = constant(p.nextToken(), Stage.class);
          break;
        case "answers":
          given = once(given, 32);
          object(p.nextToken());
          innovationPlaces[slot + 1] = place();
          answers = answers(innovationAnswers, false);
          break;
        default:
          throw unknownField(name, INNOVATION_FIELDS);
      }
    }
    missing(at, given, INNOVATION_FIELDS);
    return new Innovation(id, title, agency, affair, stage, answers);
  }

  /**
   * The answers of an object whose opening brace is the current token, by indicator code, gathered in a buffer that
   * the model copies (and that is then used again).
   */
  private Map<String, Answer> answers(Answers out, boolean spd) throws IOException {
    out.clear();
    String code;
    while ((code = nextName()) != null) {
      int index = indicatorIndex(code);
      if (index == 0) {
        wellFormedKey(code);
        throw error(Message.of("json.expectedIndicatorCode", code));
      }
      if (!out.first(index)) {
        throw duplicate(code);
      }
      object(p.nextToken());
      long at = place();
      if (spd) {
        if (spdCount == spdPlaces.length) {
          spdPlaces = Arrays.copyOf(spdPlaces, 2 * spdCount);
        }
        spdPlaces[spdCount++] = at;
      } else {
        if (answerCount == answerPlaces.length) {
          answerPlaces = Arrays.copyOf(answerPlaces, 2 * answerCount);
        }
        answerPlaces[answerCount++] = at;
      }
      out.add(code, answer(at));
    }
    return out;
  }

  /**
   * The answers of one object, in order, in two arrays: a map only for the model's constructor to copy (which it
   * does by iterating its entries), so that no hash table is built for it. A bit per possible indicator code finds a
   * code given twice.
   */
  static final class Answers extends AbstractMap<String, Answer> {
    /** The indices of indicator codes: 1..99, plus 100 for each letter, a..z. */
    private static final int CODES = 100 * 27;
    private final long[] seen = new long[(CODES + 63) / 64];
    private String[] keys = new String[32];
    private Answer[] values = new Answer[32];
    private int size;

    @Override
    public void clear() {
      // The answers beyond the size are never read; they are overwritten by the next object's.
      Arrays.fill(seen, 0);
      size = 0;
    }

    /** @return whether the code of this index is new in this object */
    boolean first(int index) {
      long bit = 1L << index;
      int word = index >>> 6;
      if ((seen[word] & bit) != 0) {
        return false;
      }
      seen[word] |= bit;
      return true;
    }

    void add(String code, Answer answer) {
      if (size == keys.length) {
        keys = Arrays.copyOf(keys, 2 * size);
        values = Arrays.copyOf(values, 2 * size);
      }
      keys[size] = code;
      values[size++] = answer;
    }

    @Override
    public int size() {
      return size;
    }

    @Override
    public Set<Map.Entry<String, Answer>> entrySet() {
      return new AbstractSet<>() {
        @Override
        public int size() {
          return size;
        }

        @Override
        public Iterator<Map.Entry<String, Answer>> iterator() {
          return new Iterator<>() {
            private int next;

            @Override
            public boolean hasNext() {
              return next < size;
            }

            @Override
            public Map.Entry<String, Answer> next() {
              if (next >= size) {
                throw new NoSuchElementException();
              }
              int i = next++;
              return new AbstractMap.SimpleImmutableEntry<>(keys[i], values[i]);
            }
          };
        }
      };
    }
  }

  /**
   * The syntax of an indicator code, {@code [1-9][0-9]?[a-z]?}, without a regular expression.
   *
   * @param s a key
   * @return whether it is an indicator code
   */
  static boolean isIndicatorCode(String s) {
    return indicatorIndex(s) != 0;
  }

  /**
   * @param s a key
   * @return a positive number below {@code 100 * 27} that only this indicator code has (its number, plus 100 times
   *     its letter's place in the alphabet), or 0 when it is not one
   */
  private static int indicatorIndex(String s) {
    int n = s.length();
    if (n == 0 || n > 3) {
      return 0;
    }
    char first = s.charAt(0);
    if (first < '1' || first > '9') {
      return 0;
    }
    int number = first - '0';
    int i = 1;
    if (i < n && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
      number = 10 * number + s.charAt(i) - '0';
      i++;
    }
    int letter = 0;
    if (i < n && s.charAt(i) >= 'a' && s.charAt(i) <= 'z') {
      letter = s.charAt(i) - 'a' + 1;
      i++;
    }
    return i == n ? number + 100 * letter : 0;
  }

  /** The answer whose opening brace is the current token, at the given place. */
  private Answer answer(long at) throws IOException {
    int forms = 0;
    int level = 0;
    BigDecimal value = null;
    String category = null;
    Set<String> codes = null;
    String basis = null;
    List<String> evidence = List.of();
    Verification verification = Verification.PENDING;
    String name;
    while ((name = nextName()) != null) {
      switch (name) {
        case "level":
          forms = once(forms, LEVEL);
          level = integer(p.nextToken(), 0, 3);
          break;
        case "value":
          forms = once(forms, VALUE);
          value = decimal(p.nextToken());
          break;
        case "category":
          forms = once(forms, CATEGORY);
          category = string(p.nextToken());
          break;
        case "codes":
          forms = once(forms, CODES);
          codes = new LinkedHashSet<>();
          strings(p.nextToken(), codes, true);
          break;
        case "basis":
          forms = once(forms, BASIS);
          basis = string(p.nextToken());
          break;
        case "evidence":
          forms = once(forms, EVIDENCE);
          evidence = new ArrayList<>();
          strings(p.nextToken(), evidence, false);
          break;
        case "verified":
          forms = once(forms, VERIFIED);
          JsonToken t = p.nextToken();
          if (t == JsonToken.VALUE_TRUE) {
            verification = Verification.ACCEPTED;
          } else if (t == JsonToken.VALUE_FALSE) {
            verification = Verification.REJECTED;
          } else {
            throw error(Message.of("json.expectedBoolean", describe(t)));
          }
          break;
        default:
          throw unknownField(name, ANSWER_FIELDS);
      }
    }
    switch (forms & (LEVEL | VALUE | CATEGORY | CODES | BASIS)) {
      case LEVEL:
        return new Answer.Leveled(level, evidence, verification);
      case VALUE:
        return new Answer.Stated(new Fact.Quantity(value), evidence, verification);
      case CATEGORY:
        return new Answer.Stated(new Fact.Category(category), evidence, verification);
      case CODES:
        return new Answer.Stated(new Fact.Codes(codes), evidence, verification);
      case VALUE | BASIS:
        return new Answer.Stated(new Fact.Measure(basis, value), evidence, verification);
      default:
        throw errorAt(at, Message.of("json.answerForm", forms(forms)));
    }
  }

  /** @return the forms' fields an answer has: none, only one, or {@code level and value} */
  private static Message forms(int forms) {
    List<String> present = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      if ((forms & (1 << i)) != 0) {
        present.add(ANSWER_FIELDS.get(i));
      }
    }
    if (present.isEmpty()) {
      return Message.of("json.forms.none");
    }
    if (present.size() == 1) {
      return Message.of("json.forms.only", present.get(0));
    }
    Message both = Message.of("json.forms.and", present.get(0), present.get(1));
    for (String field : present.subList(2, present.size())) {
      both = Message.of("json.forms.and", both, field);
    }
    return both;
  }

  // ---------------------------------------------------------------------------------------------------- values

  /**
   * The next member's name, by {@link JsonParser#nextToken()} as every reader of this package moves (so that the
   * parser words malformed JSON alike whatever the reader).
   *
   * @return the next field name of the object being read, or null at its closing brace
   */
  private @Nullable String nextName() throws IOException {
    return p.nextToken() == JsonToken.FIELD_NAME ? p.currentName() : null;
  }

  /** Requires the token to open an object. */
  private void object(@Nullable JsonToken t) {
    if (t != JsonToken.START_OBJECT) {
      throw error(Message.of("json.expectedObject", describe(t)));
    }
  }

  /** Requires the token to open an array. */
  private void array(@Nullable JsonToken t) {
    if (t != JsonToken.START_ARRAY) {
      throw error(Message.of("json.expectedArray", describe(t)));
    }
  }

  private String string(@Nullable JsonToken t) throws IOException {
    if (t != JsonToken.VALUE_STRING) {
      throw error(Message.of("json.expectedString", describe(t)));
    }
    return wellFormed(p.getText());
  }

  private <E extends Enum<E>> E constant(@Nullable JsonToken t, Class<E> type) throws IOException {
    String name = string(t);
    try {
      return Enum.valueOf(type, name);
    } catch (IllegalArgumentException e) {
      throw error(Doc.expectedOneOf(type, name));
    }
  }

  /**
   * An array of strings, added to a collection; with {@code unique}, each at most once (the collection a set).
   */
  private void strings(@Nullable JsonToken t, Collection<String> into, boolean unique) throws IOException {
    array(t);
    JsonToken item;
    while ((item = p.nextToken()) != JsonToken.END_ARRAY) {
      String s = string(item);
      if (!into.add(s) && unique) {
        throw error(Message.of("json.expectedOnce", s));
      }
    }
  }

  /** A JSON integer in {@code min..max}: a small one read without a {@link BigDecimal}. */
  private int integer(@Nullable JsonToken t, int min, int max) throws IOException {
    if (t == JsonToken.VALUE_NUMBER_INT && p.getNumberType() == JsonParser.NumberType.INT) {
      int v = p.getIntValue();
      if (v < min || v > max) {
        throw error(Doc.expectedInteger(false, min, max, Integer.toString(v)));
      }
      return v;
    }
    boolean any = min == Integer.MIN_VALUE && max == Integer.MAX_VALUE;
    if (t != JsonToken.VALUE_NUMBER_INT && t != JsonToken.VALUE_NUMBER_FLOAT) {
      throw error(Doc.expectedInteger(any, min, max, describe(t)));
    }
    BigDecimal v = number();
    // A float token (2.0, 1e2) is not a JSON integer; an integer token here is beyond an int.
    throw error(Doc.expectedInteger(any && t == JsonToken.VALUE_NUMBER_FLOAT, min, max, v.toPlainString()));
  }

  /** A number, exactly: an integer that fits a long without parsing a {@link BigDecimal}. */
  private BigDecimal decimal(@Nullable JsonToken t) throws IOException {
    if (t == JsonToken.VALUE_NUMBER_INT) {
      JsonParser.NumberType type = p.getNumberType();
      if (type == JsonParser.NumberType.INT || type == JsonParser.NumberType.LONG) {
        return BigDecimal.valueOf(p.getLongValue());
      }
    } else if (t != JsonToken.VALUE_NUMBER_FLOAT) {
      throw error(Message.of("json.expectedNumber", describe(t)));
    }
    return number();
  }

  // ---------------------------------------------------------------------------------------------------- places

  /** @return the current token's start, packed as line and column (of the source, from the parser's first line) */
  private long place() {
    JsonLocation l = p.currentTokenLocation();
    return LocatedSubmission.Places.pack(lines.line(l), lines.column(l));
  }

  /**
   * @param at an object's place
   * @param problem what is wrong with the object
   * @return an error at the object, with the current pointer (the object's, on its closing brace)
   */
  private IgaException errorAt(long at, Message problem) {
    return new IgaException(problem, new Location(source, LocatedSubmission.Places.line(at) + lineOffset,
        LocatedSubmission.Places.column(at), pointer()));
  }

  /** A model constructor's error (the model knows no lines), placed at the object read. */
  private IgaException relocate(IgaException e, long at) {
    return e.at(new Location(source, LocatedSubmission.Places.line(at) + lineOffset,
        LocatedSubmission.Places.column(at), pointer()));
  }

  /**
   * Marks a field given, on its key: a key the object already had is an error at the repeated key.
   *
   * @param given the bits of the fields given so far
   * @param bit the field's bit
   * @return the bits with the field's
   */
  private int once(int given, int bit) throws IOException {
    if ((given & bit) != 0) {
      throw duplicate(p.currentName());
    }
    return given | bit;
  }

  /** The current token is a key the object already had. */
  private IgaException duplicate(String name) {
    return error(duplicateKey(name));
  }

  /** The current token is a field name that the object does not allow. */
  private IgaException unknownField(String name, List<String> expected) {
    wellFormedKey(name);
    return error(Doc.unknownField(name, expected));
  }

  /**
   * On an object's closing brace: the first required field it lacks is an error at the object.
   *
   * @param at the object's place
   * @param given a bit for each field given, in the order of {@code fields}
   * @param fields the object's fields, every one required
   */
  private void missing(long at, int given, List<String> fields) {
    for (int i = 0; i < fields.size(); i++) {
      if ((given & (1 << i)) == 0) {
        throw errorAt(at, Message.of("json.missingField", fields.get(i)));
      }
    }
  }
}

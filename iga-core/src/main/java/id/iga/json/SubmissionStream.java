package id.iga.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
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
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.annotation.Nullable;

/**
 * Reads a valid submission document in one streaming pass, from the parser's tokens straight into the model: no tree
 * of {@link Node}s, keys matched by {@code switch}, small integers read without parsing a {@link BigDecimal}.
 *
 * <p>It only recognises: it accepts exactly the documents {@link SubmissionJson#build} accepts, giving an equal
 * submission, and gives up (returns null) at the first thing that does not fit, without saying what. The caller then
 * reads the document again through the tree, which finds the same problem and names its place; errors are rare and
 * their messages, places and order stay in one place.
 */
final class SubmissionStream {
  /** Thrown to give up; carries nothing, costs nothing. */
  private static final class GiveUp extends RuntimeException {
    private static final long serialVersionUID = 1L;
    static final GiveUp INSTANCE = new GiveUp();

    private GiveUp() {
      super("not a valid submission document", null, false, false);
    }
  }

  private static final int LEVEL = 1;
  private static final int VALUE = 2;
  private static final int CATEGORY = 4;
  private static final int CODES = 8;
  private static final int BASIS = 16;

  private final JsonParser p;
  private final boolean fromBytes;

  private SubmissionStream(JsonParser p, boolean fromBytes) {
    this.p = p;
    this.fromBytes = fromBytes;
  }

  /**
   * @param text a submission document
   * @return its submission, or null when the text is not a valid submission document
   */
  static @Nullable Submission read(String text) {
    // Jackson reads UTF-8 bytes faster than chars. A text is read as bytes only when it has as many bytes as
    // characters and no '?': then every character is ASCII except perhaps lone surrogates, which encoding replaced
    // with '?', so a string read with a '?' in it makes this reader give up.
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    boolean ascii = bytes.length == text.length() && text.indexOf('?') < 0;
    try (JsonParser p = ascii ? Json.FACTORY.createParser(bytes) : Json.FACTORY.createParser(text)) {
      return new SubmissionStream(p, ascii).document();
    } catch (IOException | RuntimeException e) {
      // Anything at all: the tree reader decides what the problem is and where.
      return null;
    }
  }

  private static GiveUp giveUp() {
    return GiveUp.INSTANCE;
  }

  private Submission document() throws IOException {
    if (p.nextToken() != JsonToken.START_OBJECT) {
      throw giveUp();
    }
    int year = 0;
    Region region = null;
    Map<String, Answer> spd = null;
    List<Innovation> innovations = null;
    boolean hasYear = false;
    String name;
    while ((name = p.nextFieldName()) != null) {
      switch (name) {
        case "year":
          year = integer(p.nextToken());
          hasYear = true;
          break;
        case "region":
          region = region();
          break;
        case "spd":
          spd = answers();
          break;
        case "innovations":
          innovations = innovations();
          break;
        default:
          throw giveUp();
      }
    }
    if (!hasYear || region == null || spd == null || innovations == null || p.nextToken() != null) {
      throw giveUp();
    }
    return new Submission(year, region, spd, innovations);
  }

  private Region region() throws IOException {
    start(JsonToken.START_OBJECT);
    String code = null;
    String regionName = null;
    RegionType type = null;
    String province = null;
    String name;
    while ((name = p.nextFieldName()) != null) {
      switch (name) {
        case "code":
          code = string();
          break;
        case "name":
          regionName = string();
          break;
        case "type":
          type = RegionType.valueOf(string());
          break;
        case "provinceCode":
          province = string();
          break;
        default:
          throw giveUp();
      }
    }
    if (code == null || regionName == null || type == null || province == null) {
      throw giveUp();
    }
    return new Region(code, regionName, type, province);
  }

  private List<Innovation> innovations() throws IOException {
    start(JsonToken.START_ARRAY);
    List<Innovation> out = new ArrayList<>();
    JsonToken t;
    while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
      if (t != JsonToken.START_OBJECT) {
        throw giveUp();
      }
      // A repeated id is refused by the Submission constructor, which makes this reader give up.
      out.add(innovation());
    }
    return out;
  }

  private Innovation innovation() throws IOException {
    String id = null;
    String title = null;
    String agency = null;
    Affair affair = null;
    Stage stage = null;
    Map<String, Answer> answers = null;
    String name;
    while ((name = p.nextFieldName()) != null) {
      switch (name) {
        case "id":
          id = string();
          break;
        case "title":
          title = string();
          break;
        case "agency":
          agency = string();
          break;
        case "affair":
          affair = Affair.valueOf(string());
          break;
        case "stage":
          stage = Stage.valueOf(string());
          break;
        case "answers":
          answers = answers();
          break;
        default:
          throw giveUp();
      }
    }
    if (id == null || title == null || agency == null || affair == null || stage == null || answers == null) {
      throw giveUp();
    }
    return new Innovation(id, title, agency, affair, stage, answers);
  }

  private Map<String, Answer> answers() throws IOException {
    start(JsonToken.START_OBJECT);
    Map<String, Answer> out = new LinkedHashMap<>();
    String code;
    while ((code = p.nextFieldName()) != null) {
      if (!isIndicatorCode(code)) {
        throw giveUp();
      }
      out.put(code, answer());
    }
    return out;
  }

  /**
   * The syntax {@code [1-9][0-9]?[a-z]?} without a regular expression.
   *
   * @param s a key
   * @return whether it is an indicator code
   */
  static boolean isIndicatorCode(String s) {
    int n = s.length();
    if (n == 0 || n > 3) {
      return false;
    }
    char first = s.charAt(0);
    if (first < '1' || first > '9') {
      return false;
    }
    int i = 1;
    if (i < n && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
      i++;
    }
    if (i < n && s.charAt(i) >= 'a' && s.charAt(i) <= 'z') {
      i++;
    }
    return i == n;
  }

  private Answer answer() throws IOException {
    start(JsonToken.START_OBJECT);
    int forms = 0;
    int level = 0;
    BigDecimal value = null;
    String category = null;
    Set<String> codes = null;
    String basis = null;
    List<String> evidence = List.of();
    Verification verification = Verification.PENDING;
    String name;
    while ((name = p.nextFieldName()) != null) {
      switch (name) {
        case "level":
          level = integer(p.nextToken());
          forms |= LEVEL;
          break;
        case "value":
          value = decimal(p.nextToken());
          forms |= VALUE;
          break;
        case "category":
          category = string();
          forms |= CATEGORY;
          break;
        case "codes":
          codes = codes();
          forms |= CODES;
          break;
        case "basis":
          basis = string();
          forms |= BASIS;
          break;
        case "evidence":
          evidence = evidence();
          break;
        case "verified":
          JsonToken t = p.nextToken();
          if (t == JsonToken.VALUE_TRUE) {
            verification = Verification.ACCEPTED;
          } else if (t == JsonToken.VALUE_FALSE) {
            verification = Verification.REJECTED;
          } else {
            throw giveUp();
          }
          break;
        default:
          throw giveUp();
      }
    }
    switch (forms) {
      case LEVEL:
        if (level < 0 || level > 3) {
          throw giveUp();
        }
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
        throw giveUp();
    }
  }

  private List<String> evidence() throws IOException {
    start(JsonToken.START_ARRAY);
    List<String> out = new ArrayList<>();
    JsonToken t;
    while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
      if (t != JsonToken.VALUE_STRING) {
        throw giveUp();
      }
      out.add(text());
    }
    return out;
  }

  private Set<String> codes() throws IOException {
    start(JsonToken.START_ARRAY);
    Set<String> out = new LinkedHashSet<>();
    JsonToken t;
    while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
      if (t != JsonToken.VALUE_STRING || !out.add(text())) {
        throw giveUp();
      }
    }
    return out;
  }

  private void start(JsonToken expected) throws IOException {
    if (p.nextToken() != expected) {
      throw giveUp();
    }
  }

  private String string() throws IOException {
    if (p.nextToken() != JsonToken.VALUE_STRING) {
      throw giveUp();
    }
    return text();
  }

  /** @return the current string; from bytes, one without '?' (which may stand for a lone surrogate) */
  private String text() throws IOException {
    String s = p.getText();
    if (fromBytes && s.indexOf('?') >= 0) {
      throw giveUp();
    }
    return s;
  }

  /** A JSON integer that fits an int (the tree reader's {@link Doc#integer(Node)}). */
  private int integer(@Nullable JsonToken t) throws IOException {
    if (t != JsonToken.VALUE_NUMBER_INT || p.getNumberType() != JsonParser.NumberType.INT) {
      throw giveUp();
    }
    return p.getIntValue();
  }

  /**
   * A number, exactly: equal (scale included) to what {@link JsonParser#getDecimalValue()} gives, which is what the
   * tree reader keeps. An integer that fits a long is that long at scale 0 either way, without parsing a decimal.
   */
  private BigDecimal decimal(@Nullable JsonToken t) throws IOException {
    if (t == JsonToken.VALUE_NUMBER_INT) {
      JsonParser.NumberType type = p.getNumberType();
      if (type == JsonParser.NumberType.INT || type == JsonParser.NumberType.LONG) {
        return BigDecimal.valueOf(p.getLongValue());
      }
    } else if (t != JsonToken.VALUE_NUMBER_FLOAT) {
      throw giveUp();
    }
    BigDecimal v = p.getDecimalValue();
    if (Json.plainLength(v) > Json.MAX_NUMBER_LENGTH) {
      throw giveUp();
    }
    return v;
  }
}

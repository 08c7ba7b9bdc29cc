package id.iga.json;

import com.fasterxml.jackson.core.JsonGenerator;
import id.iga.IgaException;
import id.iga.Location;
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
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Reads and writes a submission: what one region sends for one assessment year.
 *
 * <pre>{@code
 * {
 *   "year": 2024,
 *   "region": {"code": "33.14", "name": "Kabupaten Sragen", "type": "KABUPATEN", "provinceCode": "33"},
 *   "spd": {
 *     "1": {"level": 3, "evidence": ["rpjmd-2021-2026.pdf"], "verified": true},
 *     "8": {"category": "WTP"},
 *     "11b": {"value": 74.2}
 *   },
 *   "innovations": [
 *     {"id": "sragen-0001", "title": "Si Cantik", "agency": "Dinas Kesehatan", "affair": "KESEHATAN",
 *      "stage": "PENERAPAN",
 *      "answers": {
 *        "16": {"category": "PERDA", "evidence": ["perda-7-2023.pdf"], "verified": false},
 *        "17": {"value": 35},
 *        "27": {"codes": ["WEB", "APP", "SOCIAL"]},
 *        "33": {"basis": "persons", "value": 350},
 *        "35": {"level": 2}
 *      }}
 *   ]
 * }
 * }</pre>
 *
 * <p>Every field shown is required: {@code year} (a JSON integer), {@code region} (its {@code type} one of
 * {@link RegionType}), {@code spd} (an object, may be empty), {@code innovations} (an array, may be empty), and for
 * each innovation {@code id} (unique in the submission), {@code title}, {@code agency}, {@code affair} (one of
 * {@link Affair}), {@code stage} (one of {@link Stage}) and {@code answers} (an object, may be empty). The keys of
 * {@code spd} and {@code answers} are indicator codes, {@code [1-9][0-9]?[a-z]?}; whether the rubric has them, and in
 * which aspect, is checked when the submission is scored (see {@link LocatedSubmission#score}).
 *
 * <p>An answer is exactly one of these forms, plus the optional {@code evidence} (an array of document names) and
 * {@code verified} ({@code true}: accepted, {@code false}: rejected, absent: not yet verified):
 *
 * <ul>
 *   <li>{@code {"level": n}}, a JSON integer 0..3: the level, stated directly ({@link Answer.Leveled});
 *   <li>{@code {"value": x}}, a number: a {@link Fact.Quantity};
 *   <li>{@code {"category": "CODE"}}: a {@link Fact.Category};
 *   <li>{@code {"codes": ["A", "B"]}}, each code once: a {@link Fact.Codes};
 *   <li>{@code {"basis": "CODE", "value": x}}: a {@link Fact.Measure}.
 * </ul>
 *
 * <p>Reading is strict: unknown fields, duplicate keys, wrong JSON types, missing fields, unknown constants, an answer
 * that mixes or lacks forms and a repeated innovation id are {@link IgaException}s whose location names the source,
 * line, column and JSON pointer. Numbers are read exactly; a fact's value is compared by value ({@code 35},
 * {@code 35.0} and {@code 3.5e1} are one fact).
 *
 * <p>Writing is deterministic: the fields in the order above, two-space indentation, {@code \n} line ends, the region
 * and each answer on one line, answers and innovations in the submission's order, {@code evidence} left out when
 * empty and {@code verified} when pending, numbers in plain notation. Reading what was written gives an equal submission. A submission the format cannot
 * represent (an answer under a key that is not an indicator code, a number longer than 64 characters written out in
 * full, a string longer than the reading limit) is refused with an {@link IgaException} naming its pointer.
 */
public final class SubmissionJson {
  private SubmissionJson() {}

  private static final Pattern CODE = Pattern.compile("[1-9][0-9]?[a-z]?");

  /**
   * @param file a submission document
   * @return the submission
   * @throws IgaException when the file cannot be read or is not a valid submission document
   */
  public static Submission read(Path file) {
    return readLocated(file).submission();
  }

  /**
   * @param in a submission document in UTF-8 (not closed)
   * @param source the name errors give it ({@code <stdin>}, a file name)
   * @return the submission
   * @throws IgaException when the input is not a valid submission document
   */
  public static Submission read(InputStream in, String source) {
    return readLocated(in, source).submission();
  }

  /**
   * @param json a submission document; errors name its source {@code <string>}
   * @return the submission
   * @throws IgaException when the text is not a valid submission document
   */
  public static Submission read(String json) {
    return readLocated(json).submission();
  }

  /**
   * @param file a submission document
   * @return the submission with the places it was read from
   * @throws IgaException when the file cannot be read or is not a valid submission document
   */
  public static LocatedSubmission readLocated(Path file) {
    return build(new Doc(file.toString()), Json.read(file));
  }

  /**
   * @param in a submission document in UTF-8 (not closed)
   * @param source the name errors give it
   * @return the submission with the places it was read from
   * @throws IgaException when the input is not a valid submission document
   */
  public static LocatedSubmission readLocated(InputStream in, String source) {
    return build(new Doc(source), Json.read(in, source));
  }

  /**
   * @param json a submission document; errors name its source {@code <string>}
   * @return the submission with the places it was read from
   * @throws IgaException when the text is not a valid submission document
   */
  public static LocatedSubmission readLocated(String json) {
    return readLocated(json, Json.STRING_SOURCE, 1);
  }

  /**
   * Reads a document given as text: in one streaming pass when it is valid, and when it is not, again through the
   * tree of {@link Node}s, which names the problem and its place.
   *
   * @param json a submission document
   * @param source the name errors give it
   * @param firstLine the line of the source the document's first line is (1, or a JSONL line number)
   * @return the submission, whose places are found by reading the text again when an error needs one
   * @throws IgaException when the text is not a valid submission document
   */
  static LocatedSubmission readLocated(String json, String source, long firstLine) {
    Submission fast = SubmissionStream.read(json);
    if (fast != null) {
      return LocatedSubmission.ofText(fast, source, json, firstLine);
    }
    return build(new Doc(source), Json.parse(new StringReader(json), source, firstLine));
  }

  /**
   * Writes a submission document in UTF-8, ending with a line break.
   *
   * @param submission the submission
   * @param out the stream (flushed, not closed)
   * @throws IgaException when the format cannot represent the submission (nothing is written then)
   * @throws java.io.UncheckedIOException when the stream fails
   */
  public static void write(Submission submission, OutputStream out) {
    check(submission);
    Json.write(out, true, g -> writeSubmission(g, submission));
  }

  /**
   * Writes a submission as one line of a dataset: the document compact (no spaces, no indentation), in UTF-8, ending
   * with {@code \n}, as {@link DatasetReader} reads it.
   *
   * @param submission the submission
   * @param out the stream (flushed, not closed)
   * @throws IgaException when the format cannot represent the submission (nothing is written then)
   * @throws java.io.UncheckedIOException when the stream fails
   */
  public static void writeLine(Submission submission, OutputStream out) {
    check(submission);
    Json.write(out, false, g -> writeSubmission(g, submission));
  }

  /**
   * @param submission the submission
   * @return its document, ending with a line break
   * @throws IgaException when the format cannot represent the submission
   */
  public static String toJson(Submission submission) {
    check(submission);
    return Json.toJson(true, g -> writeSubmission(g, submission));
  }

  // ---------------------------------------------------------------------------------------------------- reading

  /**
   * Builds a submission from a document read into nodes: the reader that names every problem's place. For text,
   * {@link SubmissionStream} reads valid documents faster and leaves the rest to this.
   *
   * @param doc the document
   * @param root its root value
   * @return the submission, whose places are taken from the tree when an error needs one
   */
  static LocatedSubmission build(Doc doc, Node root) {
    Doc.Fields f = doc.fields(root, "year", "region", "spd", "innovations");
    int year = f.integer("year");
    Region region = region(doc, f.required("region"));
    Map<String, Answer> spd = answers(doc, f.required("spd"));
    Node.Arr innovationNodes = doc.array(f.required("innovations"));
    List<Innovation> innovations = new ArrayList<>(innovationNodes.items().size());
    Map<String, Integer> firstUse = new HashMap<>();
    for (int i = 0; i < innovationNodes.items().size(); i++) {
      Node n = innovationNodes.items().get(i);
      Innovation innovation = innovation(doc, n);
      Integer first = firstUse.putIfAbsent(innovation.id(), i);
      if (first != null) {
        throw doc.error(doc.fields(n, INNOVATION_KEYS).required("id"), "expected each innovation id once, found '"
            + innovation.id() + "' again (first at " + Location.pointerOf("innovations", first) + ")");
      }
      innovations.add(innovation);
    }
    Submission submission;
    try {
      submission = new Submission(year, region, spd, innovations);
    } catch (IgaException e) {
      throw doc.relocate(e, root);
    }
    return LocatedSubmission.ofTree(submission, doc, root);
  }

  private static Region region(Doc doc, Node node) {
    Doc.Fields f = doc.fields(node, "code", "name", "type", "provinceCode");
    String code = f.string("code");
    String name = f.string("name");
    RegionType type = f.constant("type", RegionType.class);
    String province = f.string("provinceCode");
    try {
      return new Region(code, name, type, province);
    } catch (IgaException e) {
      throw doc.relocate(e, node);
    }
  }

  private static final String[] INNOVATION_KEYS = {"id", "title", "agency", "affair", "stage", "answers"};

  private static Innovation innovation(Doc doc, Node node) {
    Doc.Fields f = doc.fields(node, INNOVATION_KEYS);
    String id = f.string("id");
    String title = f.string("title");
    String agency = f.string("agency");
    Affair affair = f.constant("affair", Affair.class);
    Stage stage = f.constant("stage", Stage.class);
    Map<String, Answer> answers = answers(doc, f.required("answers"));
    return new Innovation(id, title, agency, affair, stage, answers);
  }

  private static Map<String, Answer> answers(Doc doc, Node node) {
    Node.Obj o = doc.object(node);
    Map<String, Answer> out = new LinkedHashMap<>();
    for (Map.Entry<String, Node.Member> e : o.members().entrySet()) {
      if (!CODE.matcher(e.getKey()).matches()) {
        throw doc.error(e.getValue().key(), "expected an indicator code (a number 1..99 with an optional letter "
            + "a-z, such as 2a), found '" + e.getKey() + "'");
      }
      out.put(e.getKey(), answer(doc, e.getValue().value()));
    }
    return out;
  }

  private static final List<String> FORMS = List.of("level", "value", "category", "codes", "basis");

  private static Answer answer(Doc doc, Node node) {
    Doc.Fields f = doc.fields(node, "level", "value", "category", "codes", "basis", "evidence", "verified");
    List<String> present = new ArrayList<>();
    for (String form : FORMS) {
      if (f.has(form)) {
        present.add(form);
      }
    }
    boolean measure = present.equals(List.of("value", "basis"));
    if (present.size() != 1 && !measure || present.equals(List.of("basis"))) {
      throw doc.error(node, "expected an answer of exactly one form: {level}, {value}, {category}, {codes} or "
          + "{basis, value}; found " + (present.isEmpty() ? "none of these fields"
              : present.size() == 1 ? "only " + present.get(0) : String.join(" and ", present)));
    }
    Node evidenceNode = f.optional("evidence");
    List<String> evidence = evidenceNode == null ? List.of() : doc.strings(evidenceNode, false);
    Node verifiedNode = f.optional("verified");
    Verification verification = verifiedNode == null ? Verification.PENDING
        : doc.bool(verifiedNode) ? Verification.ACCEPTED : Verification.REJECTED;
    if (f.has("level")) {
      return new Answer.Leveled(doc.integer(f.required("level"), 0, 3), evidence, verification);
    }
    Fact fact;
    if (measure) {
      fact = new Fact.Measure(f.string("basis"), f.decimal("value"));
    } else if (f.has("value")) {
      fact = new Fact.Quantity(f.decimal("value"));
    } else if (f.has("category")) {
      fact = new Fact.Category(f.string("category"));
    } else {
      fact = new Fact.Codes(new LinkedHashSet<>(doc.strings(f.required("codes"), true)));
    }
    return new Answer.Stated(fact, evidence, verification);
  }

  // ---------------------------------------------------------------------------------------------------- writing

  private static void check(Submission s) {
    checkText(s.region().code(), "/region/code");
    checkText(s.region().name(), "/region/name");
    checkText(s.region().provinceCode(), "/region/provinceCode");
    checkAnswers(s.spd(), "/spd");
    for (int i = 0; i < s.innovations().size(); i++) {
      Innovation inv = s.innovations().get(i);
      String at = Location.pointerOf("innovations", i);
      checkText(inv.id(), at + "/id");
      checkText(inv.title(), at + "/title");
      checkText(inv.agency(), at + "/agency");
      checkAnswers(inv.answers(), at + "/answers");
    }
  }

  private static void checkAnswers(Map<String, Answer> answers, String at) {
    answers.forEach((code, a) -> {
      String here = at + Location.pointerOf(code);
      if (!CODE.matcher(code).matches()) {
        throw new IgaException("cannot write an answer under '" + code + "': expected an indicator code (a number "
            + "1..99 with an optional letter a-z)", Location.pointer(here));
      }
      a.evidence().forEach(e -> checkText(e, here + "/evidence"));
      if (a instanceof Answer.Stated st) {
        Fact fact = st.fact();
        if (fact instanceof Fact.Quantity q) {
          checkNumber(q.value(), here + "/value");
        } else if (fact instanceof Fact.Measure m) {
          checkText(m.basis(), here + "/basis");
          checkNumber(m.value(), here + "/value");
        } else if (fact instanceof Fact.Category c) {
          checkText(c.code(), here + "/category");
        } else {
          ((Fact.Codes) fact).codes().forEach(c -> checkText(c, here + "/codes"));
        }
      }
    });
  }

  private static void checkText(String s, String pointer) {
    if (s.length() > Json.MAX_STRING_LENGTH) {
      throw new IgaException("cannot write a string of " + s.length() + " characters; the reading limit is "
          + Json.MAX_STRING_LENGTH, Location.pointer(pointer));
    }
  }

  private static void checkNumber(BigDecimal v, String pointer) {
    long length = Json.plainLength(v);
    if (length > Json.MAX_NUMBER_LENGTH) {
      throw new IgaException("cannot write " + v + ": it takes " + length + " characters written out in full; the "
          + "reading limit is " + Json.MAX_NUMBER_LENGTH, Location.pointer(pointer));
    }
  }

  private static void writeSubmission(JsonGenerator g, Submission s) throws IOException {
    g.writeStartObject();
    g.writeNumberField("year", s.year());
    Region r = s.region();
    g.writeFieldName("region");
    Json.inline(g, o -> {
      o.writeStartObject();
      o.writeStringField("code", r.code());
      o.writeStringField("name", r.name());
      o.writeStringField("type", r.type().name());
      o.writeStringField("provinceCode", r.provinceCode());
      o.writeEndObject();
    });
    g.writeFieldName("spd");
    writeAnswers(g, s.spd());
    g.writeArrayFieldStart("innovations");
    for (Innovation inv : s.innovations()) {
      g.writeStartObject();
      g.writeStringField("id", inv.id());
      g.writeStringField("title", inv.title());
      g.writeStringField("agency", inv.agency());
      g.writeStringField("affair", inv.affair().name());
      g.writeStringField("stage", inv.stage().name());
      g.writeFieldName("answers");
      writeAnswers(g, inv.answers());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  private static void writeAnswers(JsonGenerator g, Map<String, Answer> answers) throws IOException {
    g.writeStartObject();
    for (Map.Entry<String, Answer> e : answers.entrySet()) {
      g.writeFieldName(e.getKey());
      Json.inline(g, o -> writeAnswer(o, e.getValue()));
    }
    g.writeEndObject();
  }

  private static void writeAnswer(JsonGenerator g, Answer a) throws IOException {
    g.writeStartObject();
    if (a instanceof Answer.Leveled l) {
      g.writeNumberField("level", l.level());
    } else {
      Fact fact = ((Answer.Stated) a).fact();
      if (fact instanceof Fact.Quantity q) {
        g.writeNumberField("value", q.value());
      } else if (fact instanceof Fact.Category c) {
        g.writeStringField("category", c.code());
      } else if (fact instanceof Fact.Codes cs) {
        g.writeArrayFieldStart("codes");
        for (String c : cs.codes()) {
          g.writeString(c);
        }
        g.writeEndArray();
      } else {
        Fact.Measure m = (Fact.Measure) fact;
        g.writeStringField("basis", m.basis());
        g.writeNumberField("value", m.value());
      }
    }
    if (!a.evidence().isEmpty()) {
      g.writeArrayFieldStart("evidence");
      for (String e : a.evidence()) {
        g.writeString(e);
      }
      g.writeEndArray();
    }
    if (a.verification() != Verification.PENDING) {
      g.writeBooleanField("verified", a.verification() == Verification.ACCEPTED);
    }
    g.writeEndObject();
  }
}

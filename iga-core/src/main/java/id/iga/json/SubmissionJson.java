package id.iga.json;

import com.fasterxml.jackson.core.JsonGenerator;
import id.iga.IgaException;
import id.iga.Location;
import id.iga.Message;
import id.iga.rubric.Fact;
import id.iga.submission.Answer;
import id.iga.submission.Innovation;
import id.iga.submission.Region;
import id.iga.submission.Submission;
import id.iga.submission.Verification;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.Map;

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
 * {@link id.iga.submission.RegionType}), {@code spd} (an object, may be empty), {@code innovations} (an array, may be
 * empty), and for each innovation {@code id} (unique in the submission), {@code title}, {@code agency},
 * {@code affair} (one of {@link id.iga.submission.Affair}), {@code stage} (one of {@link id.iga.submission.Stage})
 * and {@code answers} (an object, may be empty). The keys of {@code spd} and {@code answers} are indicator codes,
 * {@code [1-9][0-9]?[a-z]?}; whether the rubric has them, and in which aspect, is checked when the submission is
 * scored (see {@link LocatedSubmission#score}).
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
 * <p>Reading is strict, in one streaming pass: unknown fields, duplicate keys, wrong JSON types, missing fields,
 * unknown constants, an answer that mixes or lacks forms and a repeated innovation id are {@link IgaException}s whose
 * location names the source, line, column and JSON pointer; a document with several problems is reported at the
 * first one in document order. Every reader, the one of a Java string included, skips a leading byte order mark and
 * counts lines by one rule: only {@code \n} ends a line, and a lone {@code \r} is white space that starts none.
 * Strings and keys must be well-formed UTF-16 (no lone surrogate, not even as a {@code \ud800} escape). Numbers are
 * read exactly; a fact's value is compared by value ({@code 35},
 * {@code 35.0} and {@code 3.5e1} are one fact). Datasets (JSON Lines) and standard input, which may hold many
 * documents, are read by {@link SubmissionSource}, with the same reader.
 *
 * <p>Writing is deterministic: the fields in the order above, two-space indentation, {@code \n} line ends, the region
 * and each answer on one line, answers and innovations in the submission's order, {@code evidence} left out when
 * empty and {@code verified} when pending, numbers in plain notation. Reading what was written gives an equal
 * submission. A submission the format cannot represent (an answer under a key that is not an indicator code, a
 * number longer than 64 characters written out in full, a string longer than the reading limit or with a lone
 * surrogate) is refused with an {@link IgaException} naming its pointer.
 *
 * @since 1.0
 */
public final class SubmissionJson {
  private SubmissionJson() {}

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
    try (InputStream in = Json.open(file)) {
      return readLocated(in, file.toString());
    } catch (IOException e) {
      throw new IgaException(Message.of("json.cannotCloseFile", Json.reason(e)), Location.source(file.toString()), e);
    }
  }

  /**
   * @param in a submission document in UTF-8 (not closed)
   * @param source the name errors give it
   * @return the submission with the places it was read from
   * @throws IgaException when the input is not a valid submission document
   */
  public static LocatedSubmission readLocated(InputStream in, String source) {
    return SubmissionReader.only(Json.utf8(in), source);
  }

  /**
   * @param json a submission document; errors name its source {@code <string>}
   * @return the submission with the places it was read from
   * @throws IgaException when the text is not a valid submission document
   */
  public static LocatedSubmission readLocated(String json) {
    return SubmissionReader.only(Json.text(json), Json.STRING_SOURCE);
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
   * with {@code \n}, as {@link SubmissionSource} reads JSON Lines.
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

  // ---------------------------------------------------------------------------------------------------- writing

  private static void check(Submission s) {
    // The region's code and province code need no check: the model admits only digits and a dot in them.
    checkText(s.region().name(), "/region/name");
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
      if (!SubmissionReader.isIndicatorCode(code)) {
        throw new IgaException(Message.of("json.write.indicatorCode", code), Location.pointer(here));
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
      throw new IgaException(Message.of("json.write.stringTooLong", s.length(), Json.MAX_STRING_LENGTH),
          Location.pointer(pointer));
    }
    int i = Tokens.loneSurrogate(s);
    if (i >= 0) {
      throw new IgaException(Message.of("json.write.loneSurrogate", i + 1), Location.pointer(pointer));
    }
  }

  private static void checkNumber(BigDecimal v, String pointer) {
    long length = Json.plainLength(v);
    if (length > Json.MAX_NUMBER_LENGTH) {
      throw new IgaException(Message.of("json.write.numberTooLong", v.toString(), length, Json.MAX_NUMBER_LENGTH),
          Location.pointer(pointer));
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

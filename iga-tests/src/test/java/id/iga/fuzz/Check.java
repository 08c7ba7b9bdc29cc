package id.iga.fuzz;

import id.iga.IgaException;
import id.iga.Location;
import id.iga.csv.CsvWriter;
import id.iga.csv.ResultCsv;
import id.iga.json.LocatedSubmission;
import id.iga.json.ResultJson;
import id.iga.json.SubmissionJson;
import id.iga.json.SubmissionSource;
import id.iga.plan.NewInnovations;
import id.iga.plan.Planner;
import id.iga.plan.Target;
import id.iga.rubric.Predikat;
import id.iga.score.Mode;
import id.iga.score.ScoreResult;
import id.iga.score.Scorer;
import id.iga.submission.Submission;
import id.iga.years.Rubrics;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

import javax.annotation.Nullable;

/**
 * The laws one case is held to, each failure reported to {@link Findings} under the law's name:
 *
 * <ul>
 *   <li>{@value #ONLY_IGA}: whatever the input, the only throwable is {@link IgaException};
 *   <li>{@value #LOCATED}: an error about the input names its source (as given to the reader), a line and a column
 *       from 1, and a JSON pointer (the document's root, {@code ""}, for malformed JSON);
 *   <li>{@value #READERS_AGREE}: every reader of one document (a string, a stream, a file, a {@link SubmissionSource}
 *       of one document) reads the same submission or refuses with the same problem at the same place;
 *   <li>{@value #DATASET}: as a line of a dataset between two valid lines, the document is read or refused as alone,
 *       at its line, and the lines around it are read;
 *   <li>{@value #STREAM}: as one of several documents on standard input, likewise;
 *   <li>{@value #EXPECTED}: what the mutation's kind says reading must give ({@link Mutation.Expect});
 *   <li>{@value #ON_PATH}: an error caused by a change of one value names that value, a part of it, or a container
 *       of it;
 *   <li>{@value #SCORES}: the valid document scores under its year in both modes; a document read scores under
 *       every year and mode or is refused at a place, and scoring it twice under its year gives equal results;
 *   <li>{@value #WRITES}: a result is written as JSON and CSV, and a submission read is written and read back equal
 *       (or refused by the writer at a pointer);
 *   <li>{@value #PLANS}: a submission that scores under its year is planned and its readiness assessed.
 * </ul>
 */
final class Check {
  static final String ONLY_IGA = "only IgaException is thrown";
  static final String LOCATED = "an error names source, line, column and pointer";
  static final String READERS_AGREE = "every reader of a document agrees";
  static final String DATASET = "a dataset line is read as a document, at its line";
  static final String STREAM = "a document on standard input is read as alone";
  static final String EXPECTED = "the mutation's kind is read as expected";
  static final String ON_PATH = "an error names the value changed";
  static final String SCORES = "what is read scores, the same twice";
  static final String WRITES = "results and submissions are written";
  static final String PLANS = "what scores is planned";

  static final String STREAM_NAME = "fuzz.json";

  private final Case c;
  private final Corpus corpus;
  private final Path dir;
  private final Findings findings;

  Check(Case c, Corpus corpus, Path dir, Findings findings) {
    this.c = c;
    this.corpus = corpus;
    this.dir = dir;
    this.findings = findings;
  }

  /** What one reader gave: a submission read, or a refusal. */
  private record Outcome(String reader, String source, @Nullable LocatedSubmission located,
      @Nullable Submission submission, @Nullable IgaException error) {
    boolean read() {
      return submission != null;
    }

    String show() {
      return reader + (read() ? " read it" : " refused it: " + error.getMessage());
    }
  }

  private void fail(String law, String detail) {
    findings.add(c, law, detail);
  }

  /** Runs a reader; a throwable other than {@link IgaException} is a finding, and gives null. */
  private @Nullable Outcome attempt(String reader, String source, Supplier<Object> read) {
    try {
      Object got = read.get();
      return got instanceof LocatedSubmission l ? new Outcome(reader, source, l, l.submission(), null)
          : new Outcome(reader, source, null, (Submission) got, null);
    } catch (IgaException e) {
      return new Outcome(reader, source, null, null, e);
    } catch (Throwable t) {
      fail(ONLY_IGA, reader + " threw " + trace(t));
      return null;
    }
  }

  static String trace(Throwable t) {
    StringBuilder b = new StringBuilder(t.toString());
    StackTraceElement[] st = t.getStackTrace();
    for (int i = 0; i < Math.min(6, st.length); i++) {
      b.append("\n      at ").append(st[i]);
    }
    if (t.getCause() != null && t.getCause() != t) {
      b.append("\n    caused by ").append(trace(t.getCause()));
    }
    return b.toString();
  }

  /** Checks {@value #LOCATED} for an error; {@code firstLine} is the least line it may name. */
  private void located(String who, IgaException e, String source, long firstLine) {
    Location l = e.location().orElse(null);
    if (l == null) {
      fail(LOCATED, who + ": no location: " + e.getMessage());
      return;
    }
    if (!source.equals(l.source()) || l.line() < firstLine || l.column() < 1 || l.pointer() == null
        || !(l.pointer().isEmpty() || l.pointer().startsWith("/"))) {
      fail(LOCATED, who + ": expected source " + source + ", a line from " + firstLine + ", a column and a pointer; "
          + "got " + e.getMessage());
    }
  }

  void run() throws IOException {
    byte[] bytes = c.bytes();
    boolean utf8 = validUtf8(bytes);
    String text = new String(bytes, StandardCharsets.UTF_8);
    Path file = dir.resolve(Thread.currentThread().getName() + ".json");
    Files.write(file, bytes);
    List<Outcome> outcomes = new ArrayList<>();
    outcomes.add(attempt("SubmissionJson.readLocated(InputStream)", STREAM_NAME,
        () -> SubmissionJson.readLocated(new ByteArrayInputStream(bytes), STREAM_NAME)));
    outcomes.add(attempt("SubmissionJson.readLocated(Path)", file.toString(), () -> SubmissionJson.readLocated(file)));
    // The read methods return what readLocated reads: every fourth case checks them, to keep the run short.
    boolean delegates = c.index() % 4 == 0;
    if (delegates) {
      outcomes.add(attempt("SubmissionJson.read(InputStream)", STREAM_NAME,
          () -> SubmissionJson.read(new ByteArrayInputStream(bytes), STREAM_NAME)));
      outcomes.add(attempt("SubmissionJson.read(Path)", file.toString(), () -> SubmissionJson.read(file)));
    }
    outcomes.add(attempt("SubmissionSource.open(Path) of a .json", file.toString(), () -> only(
        SubmissionSource.open(file))));
    outcomes.add(attempt("SubmissionSource.of(DOCUMENT, InputStream)", STREAM_NAME, () -> only(
        SubmissionSource.of(SubmissionSource.Kind.DOCUMENT, new ByteArrayInputStream(bytes), STREAM_NAME))));
    // A string holds characters, not bytes: readers of one agree with the others when the bytes are UTF-8.
    List<Outcome> strings = new ArrayList<>();
    strings.add(attempt("SubmissionJson.readLocated(String)", "<string>", () -> SubmissionJson.readLocated(text)));
    if (delegates) {
      strings.add(attempt("SubmissionJson.read(String)", "<string>", () -> SubmissionJson.read(text)));
    }
    if (utf8) {
      outcomes.addAll(strings);
    }
    if (outcomes.contains(null) || strings.contains(null)) {
      return;
    }
    List<Outcome> all = new ArrayList<>(outcomes);
    if (!utf8) {
      all.addAll(strings);
    }
    for (Outcome o : all) {
      if (!o.read()) {
        located(o.reader(), o.error(), o.source(), 1);
      }
    }
    Outcome reference = outcomes.get(0);
    for (Outcome o : outcomes.subList(1, outcomes.size())) {
      if (!agree(reference, o)) {
        fail(READERS_AGREE, reference.show() + "; but " + o.show());
      }
    }
    expected(reference);
    dataset(reference, text);
    stream(reference);
    if (reference.read()) {
      score(reference.located());
      roundTrip(reference.submission());
    }
    Submission base = c.base().submission();
    for (Mode mode : Mode.values()) {
      try {
        Rubrics.scorer(c.base().year()).score(base, mode);
      } catch (Throwable t) {
        fail(SCORES, "the valid document did not score under " + c.base().year() + " " + mode + ": " + trace(t));
      }
    }
  }

  private static LocatedSubmission only(SubmissionSource source) {
    try (source) {
      if (!source.hasNext()) {
        throw new AssertionError("a document source with no document");
      }
      LocatedSubmission s = source.next();
      if (source.hasNext()) {
        throw new AssertionError("a document source with a second document");
      }
      return s;
    }
  }

  private static boolean agree(Outcome a, Outcome b) {
    if (a.read() != b.read()) {
      return false;
    }
    if (a.read()) {
      return a.submission().equals(b.submission());
    }
    Location la = a.error().location().orElseThrow();
    Location lb = b.error().location().orElseThrow();
    return a.error().problem().equals(b.error().problem()) && la.line() == lb.line() && la.column() == lb.column()
        && Objects.equals(la.pointer(), lb.pointer());
  }

  private static boolean validUtf8(byte[] bytes) {
    try {
      StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes));
      return true;
    } catch (CharacterCodingException e) {
      return false;
    }
  }

  private void expected(Outcome reference) {
    Mutation.Expect expect = c.mutation().expect();
    switch (expect) {
      case SAME -> {
        Submission base = c.base().submission();
        if (!reference.read() || !reference.submission().equals(base)) {
          fail(EXPECTED, "expected the base's submission; " + reference.show());
        }
      }
      case REFUSED -> {
        if (reference.read()) {
          fail(EXPECTED, "expected a refusal; " + reference.show());
        }
      }
      case NOT_SCORED -> {
        if (reference.read()) {
          Submission s = reference.submission();
          try {
            Rubrics.scorer(c.base().year()).score(s, Mode.CLAIMED);
            fail(EXPECTED, "expected a refusal by the reader or the scorer of " + c.base().year() + "; it scored");
          } catch (IgaException e) {
            onPath(reference.located().locate(e));
          }
        }
      }
      case ANY -> { }
    }
    if (!reference.read()) {
      onPath(reference.error());
    }
  }

  private void onPath(IgaException e) {
    c.pointer().ifPresent(changed -> {
      String named = e.location().map(Location::pointer).orElse(null);
      if (named == null || !(prefix(named, changed) || prefix(changed, named))) {
        fail(ON_PATH, "changed " + changed + ", the error names " + named + ": " + e.getMessage());
      }
    });
  }

  /** @return whether pointer {@code a} is {@code b} or a container of it */
  private static boolean prefix(String a, String b) {
    return b.equals(a) || b.startsWith(a + "/");
  }

  /** The document as the second of three lines of a dataset. */
  private void dataset(Outcome reference, String text) throws IOException {
    Base first = corpus.neighbourLine();
    Submission firstRead = first.submission();
    byte[] head = (first.text() + "\n").getBytes(StandardCharsets.UTF_8);
    byte[] data = concat(head, c.bytes(), "\n".getBytes(StandardCharsets.UTF_8), head);
    Path file = dir.resolve(Thread.currentThread().getName() + ".jsonl");
    Files.write(file, data);
    List<Outcome> got = new ArrayList<>();
    if (!drain("SubmissionSource.open(Path) of a .jsonl", file.toString(), () -> SubmissionSource.open(file), got)) {
      return;
    }
    for (Outcome o : got) {
      if (!o.read()) {
        located(o.reader(), o.error(), file.toString(), 1);
      }
    }
    if (got.isEmpty() || !got.get(0).read() || !got.get(0).submission().equals(firstRead)) {
      fail(DATASET, "the first line was not read: " + (got.isEmpty() ? "nothing" : got.get(0).show()));
      return;
    }
    boolean blank = text.chars().allMatch(ch -> ch == ' ' || ch == '\t' || ch == '\r');
    if (blank || indexOf(c.bytes(), (byte) '\n') >= 0 || startsWithBom(c.bytes())) {
      return;
    }
    if (got.size() < 2) {
      fail(DATASET, "the second line gave nothing");
      return;
    }
    Outcome second = got.get(1);
    if (second.read() != reference.read() || (second.read() && !second.submission().equals(reference.submission()))) {
      fail(DATASET, "as a document " + reference.show() + "; as line 2 " + second.show());
      return;
    }
    if (!second.read()) {
      long line = second.error().location().map(Location::line).orElse(0L);
      if (line != 2) {
        fail(DATASET, "expected an error on line 2; got " + second.error().getMessage());
      }
    }
    if (validUtf8(c.bytes()) && (got.size() != 3 || !got.get(2).read() || !got.get(2).submission().equals(firstRead))) {
      fail(DATASET, "expected the third line read; got " + got.stream().map(Outcome::show).toList());
    }
  }

  /** The document as the second of three documents on standard input. */
  private void stream(Outcome reference) {
    Base first = corpus.neighbourDocument();
    Submission firstRead = first.submission();
    byte[] data = concat(first.text().getBytes(StandardCharsets.UTF_8), c.bytes(),
        ("\n" + corpus.neighbourLine().text() + "\n").getBytes(StandardCharsets.UTF_8));
    long startLine = first.text().chars().filter(ch -> ch == '\n').count() + 1;
    List<Outcome> got = new ArrayList<>();
    if (!drain("SubmissionSource.open(\"-\") of standard input", SubmissionSource.STANDARD_INPUT_SOURCE,
        () -> SubmissionSource.open("-", dir, new ByteArrayInputStream(data)), got)) {
      return;
    }
    for (Outcome o : got) {
      if (!o.read()) {
        located(o.reader(), o.error(), SubmissionSource.STANDARD_INPUT_SOURCE, startLine);
      }
    }
    if (got.isEmpty() || !got.get(0).read() || !got.get(0).submission().equals(firstRead)) {
      fail(STREAM, "the first document was not read: " + (got.isEmpty() ? "nothing" : got.get(0).show()));
      return;
    }
    boolean blank = new String(c.bytes(), StandardCharsets.UTF_8).isBlank();
    if (startsWithBom(c.bytes()) || blank) {
      return; // a leading mark is skipped only at the start of the input; nothing between documents is no document
    }
    if (reference.read()) {
      if (got.size() != 3 || !got.get(1).read() || !got.get(1).submission().equals(reference.submission())
          || !got.get(2).read()) {
        fail(STREAM, "as a document " + reference.show() + "; on standard input "
            + got.stream().map(Outcome::show).toList());
      }
    } else if (got.stream().allMatch(Outcome::read)) {
      fail(STREAM, "as a document " + reference.show() + "; on standard input every document was read");
    }
  }

  /**
   * Reads every document of a source, recording what each gave.
   *
   * @return false when a throwable other than {@link IgaException} ended it
   */
  private boolean drain(String reader, String source, Supplier<SubmissionSource> open, List<Outcome> got) {
    SubmissionSource in;
    try {
      in = open.get();
    } catch (Throwable t) {
      fail(ONLY_IGA, reader + " threw on opening: " + trace(t));
      return false;
    }
    try (in) {
      int limit = 4 + c.bytes().length;
      for (int i = 0; i < limit; i++) {
        boolean more;
        try {
          more = in.hasNext();
        } catch (IgaException e) {
          got.add(new Outcome(reader + " hasNext()", source, null, null, e));
          continue;
        }
        if (!more) {
          return true;
        }
        Outcome o = attempt(reader + " next()", source, in::next);
        if (o == null) {
          return false;
        }
        got.add(o);
      }
      fail(STREAM, reader + " gave more documents than the input has bytes");
      return false;
    } catch (Throwable t) {
      fail(ONLY_IGA, reader + " threw " + trace(t));
      return false;
    }
  }

  /** Scores under every year and mode, twice, and writes each result; plans under the submission's own year. */
  private void score(LocatedSubmission read) {
    Submission s = read.submission();
    String source = read.source();
    try {
      Rubrics.scorerFor(s);
    } catch (IgaException e) {
      located("Rubrics.scorerFor", read.locate(e), source, 1);
    } catch (Throwable t) {
      fail(ONLY_IGA, "Rubrics.scorerFor threw " + trace(t));
    }
    for (int year : Rubrics.available()) {
      Scorer scorer = Rubrics.scorer(year);
      boolean own = year == s.year();
      for (Mode mode : Mode.values()) {
        String who = "scoring under " + year + " " + mode;
        Object first = scoreOnce(read, scorer, mode, who);
        // Twice under its own year only: scoring is the same code under every year, and this keeps the run short.
        Object second = own ? scoreOnce(read, scorer, mode, who) : first;
        if (first == null || second == null) {
          continue;
        }
        if (first instanceof ScoreResult r1) {
          if (!r1.equals(second)) {
            fail(SCORES, who + " twice gave different results");
          }
          write(r1, who, own);
          if (own) {
            plan(read, year, mode);
          }
        } else if (!(second instanceof IgaException e2 && e2.getMessage().equals(((IgaException) first)
            .getMessage()))) {
          fail(SCORES, who + " twice gave " + first + " and " + second);
        } else {
          located(who, (IgaException) first, source, 1);
        }
      }
    }
  }

  private @Nullable Object scoreOnce(LocatedSubmission read, Scorer scorer, Mode mode, String who) {
    try {
      return read.score(scorer, mode);
    } catch (IgaException e) {
      return e;
    } catch (Throwable t) {
      fail(ONLY_IGA, who + " threw " + trace(t));
      return null;
    }
  }

  private void write(ScoreResult r, String who, boolean breakdown) {
    try {
      ResultJson.toJson(r, breakdown);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      try (CsvWriter<ScoreResult> csv = ResultCsv.writer(out)) {
        csv.write(r);
      }
    } catch (Throwable t) {
      fail(WRITES, "writing the result of " + who + " threw " + trace(t));
    }
  }

  private void plan(LocatedSubmission read, int year, Mode mode) {
    Planner planner = Rubrics.planner(year);
    try {
      planner.plan(read.submission(), mode, Target.predikat(Predikat.SANGAT_INOVATIF),
          NewInnovations.ofMaturity(new BigDecimal("80")));
      planner.readiness(read.submission(), mode, new BigDecimal("100"));
    } catch (Throwable t) {
      fail(PLANS, "planning under " + year + " " + mode + " threw " + trace(t));
    }
  }

  private void roundTrip(Submission s) {
    String json;
    try {
      json = SubmissionJson.toJson(s);
    } catch (IgaException e) {
      if (e.location().map(Location::pointer).isEmpty()) {
        fail(WRITES, "the writer refused a submission read, at no pointer: " + e.getMessage());
      }
      return;
    } catch (Throwable t) {
      fail(WRITES, "writing the submission read threw " + trace(t));
      return;
    }
    try {
      if (!SubmissionJson.read(json).equals(s)) {
        fail(WRITES, "the submission written reads back different");
      }
    } catch (Throwable t) {
      fail(WRITES, "the submission written does not read back: " + trace(t));
    }
  }

  private static boolean startsWithBom(byte[] b) {
    return b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF;
  }

  private static int indexOf(byte[] b, byte x) {
    for (int i = 0; i < b.length; i++) {
      if (b[i] == x) {
        return i;
      }
    }
    return -1;
  }

  private static byte[] concat(byte[]... parts) {
    int n = Arrays.stream(parts).mapToInt(p -> p.length).sum();
    byte[] out = new byte[n];
    int at = 0;
    for (byte[] p : parts) {
      System.arraycopy(p, 0, out, at, p.length);
      at += p.length;
    }
    return out;
  }
}

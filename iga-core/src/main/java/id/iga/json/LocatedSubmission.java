package id.iga.json;

import id.iga.IgaException;
import id.iga.Location;
import id.iga.score.Mode;
import id.iga.score.ScoreResult;
import id.iga.score.Scorer;
import id.iga.submission.Submission;
import java.io.StringReader;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

import javax.annotation.Nullable;

/**
 * A submission with the places it was read from, so that an error found later, when the submission is scored, can
 * name the line and column of the answer at fault and not only its JSON pointer.
 *
 * <pre>{@code
 * LocatedSubmission read = SubmissionJson.readLocated(Path.of("sragen.json"));
 * ScoreResult result = read.score(Scorer.of(Rubrics.forYear(2024)), Mode.CLAIMED);
 * // an unknown indicator fails with "sragen.json:14:5 /spd/99: rubric 2024 has no region indicator '99'; ..."
 * }</pre>
 *
 * <p>Only what is needed to find a place again is kept (the document's text, or the tree it was read into): the
 * places themselves are found when an error first needs one, by reading that one document again.
 */
public final class LocatedSubmission {
  private final Submission submission;
  private final String source;
  private final Supplier<Map<String, Location>> indexer;
  private volatile @Nullable Map<String, Location> index;

  /**
   * @param submission the submission
   * @param source the name of the document it was read from
   * @param index the place of every object and array by its JSON pointer (copied)
   */
  public LocatedSubmission(Submission submission, String source, Map<String, Location> index) {
    this.submission = Objects.requireNonNull(submission, "submission");
    this.source = Objects.requireNonNull(source, "source");
    Map<String, Location> copy = Map.copyOf(index);
    this.index = copy;
    this.indexer = () -> copy;
  }

  /**
   * @param submission the submission
   * @param source the name of the document it was read from
   * @param indexer gives the place of every object and array by its JSON pointer, called at most once or twice
   */
  private LocatedSubmission(Submission submission, String source, Supplier<Map<String, Location>> indexer) {
    this.submission = submission;
    this.source = source;
    this.indexer = indexer;
  }

  /**
   * @param submission the submission read from a document's text
   * @param source the name errors give the document
   * @param text the document
   * @param firstLine the line of the source the document's first line is (1, or a JSONL line number)
   * @return the submission, whose places are found by reading the text again when first needed
   */
  static LocatedSubmission ofText(Submission submission, String source, String text, long firstLine) {
    return new LocatedSubmission(submission, source,
        () -> indexOf(new Doc(source), Json.parse(new StringReader(text), source, firstLine)));
  }

  /**
   * @param submission the submission built from a tree
   * @param doc the document
   * @param root the tree's root
   * @return the submission, whose places are taken from the tree when first needed
   */
  static LocatedSubmission ofTree(Submission submission, Doc doc, Node root) {
    return new LocatedSubmission(submission, doc.source(), () -> indexOf(doc, root));
  }

  private static Map<String, Location> indexOf(Doc doc, Node root) {
    Map<String, Location> index = new HashMap<>();
    indexContainers(doc, root, index);
    return Collections.unmodifiableMap(index);
  }

  private static void indexContainers(Doc doc, Node node, Map<String, Location> index) {
    if (node instanceof Node.Obj o) {
      index.put(o.pos().pointer(), doc.at(o.pos()));
      for (Node.Member m : o.members().values()) {
        indexContainers(doc, m.value(), index);
      }
    } else if (node instanceof Node.Arr a) {
      index.put(a.pos().pointer(), doc.at(a.pos()));
      for (Node item : a.items()) {
        indexContainers(doc, item, index);
      }
    }
  }

  /** @return the submission */
  public Submission submission() {
    return submission;
  }

  /** @return the name of the document it was read from */
  public String source() {
    return source;
  }

  /**
   * The place of every object and array of the document, by its JSON pointer ({@code ""} is the root). Found by
   * reading the document again the first time it is asked for.
   *
   * @return the places, unmodifiable
   */
  public Map<String, Location> index() {
    Map<String, Location> known = index;
    if (known == null) {
      known = indexer.get();
      index = known;
    }
    return known;
  }

  /**
   * The place of a JSON pointer: the line and column of the deepest object or array read that contains it (the
   * pointer itself, or its longest prefix that names one).
   *
   * @param pointer an RFC 6901 pointer into the document
   * @return the place, with this source and the given pointer; empty when not even the root is known
   */
  public Optional<Location> locationOf(String pointer) {
    String p = pointer;
    while (true) {
      Location known = index().get(p);
      if (known != null) {
        return Optional.of(new Location(source, known.line(), known.column(), pointer));
      }
      if (p.isEmpty()) {
        return Optional.empty();
      }
      p = p.substring(0, p.lastIndexOf('/'));
    }
  }

  /**
   * Gives an error that names only a JSON pointer (as {@link Scorer#score} throws) the source, line and column of
   * the place it points to. An error that already names a line is returned as it is; one without a pointer gets
   * this source.
   *
   * @param e an error about this submission
   * @return the same problem with the fullest place known
   */
  public IgaException locate(IgaException e) {
    Optional<Location> where = e.location();
    if (where.isPresent() && where.get().line() > 0) {
      return e;
    }
    String pointer = where.map(Location::pointer).orElse(null);
    if (pointer == null) {
      return e.at(Location.source(source));
    }
    return e.at(locationOf(pointer).orElse(new Location(source, 0, 0, pointer)));
  }

  /**
   * Scores the submission, giving any error the place it was read from.
   *
   * @param scorer a scorer
   * @param mode which answers count
   * @return the result
   * @throws IgaException when the submission does not fit the scorer's rubric; the location names the source, line,
   *     column and JSON pointer of the answer at fault
   */
  public ScoreResult score(Scorer scorer, Mode mode) {
    try {
      return scorer.score(submission, mode);
    } catch (IgaException e) {
      throw locate(e);
    }
  }
}

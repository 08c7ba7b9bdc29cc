package id.iga.fuzz;

import id.iga.submission.Submission;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.function.Predicate;

/**
 * A valid submission document that mutations start from: an example, a line of the example dataset or a generated
 * submission, with where each of its values sits.
 *
 * @param name where it comes from, for failure messages
 * @param text the document
 * @param year the year it is valid for
 * @param submission the submission it holds
 * @param values its values, in document order ({@link Spans#of})
 */
record Base(String name, String text, int year, Submission submission, List<Spans.Value> values) {
  Base(String name, String text, Submission submission) {
    this(name, text, submission.year(), submission, Spans.of(text));
  }

  /** @return whether the document is on one line, so that it can be a line of a dataset as it is */
  boolean oneLine() {
    return text.indexOf('\n') < 0 && text.indexOf('\r') < 0;
  }

  byte[] bytes() {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  /**
   * @param random the source of randomness
   * @param which the values to choose among
   * @return one of them, or empty when there is none
   */
  Optional<Spans.Value> pick(SplittableRandom random, Predicate<Spans.Value> which) {
    List<Spans.Value> fit = values.stream().filter(which).toList();
    return fit.isEmpty() ? Optional.empty() : Optional.of(fit.get(random.nextInt(fit.size())));
  }

  /** @return the value at a pointer */
  Spans.Value at(String pointer) {
    return values.stream().filter(v -> v.pointer().equals(pointer)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException(name + " has no " + pointer));
  }

  /** @return the text with the value at a pointer replaced */
  String replace(String pointer, String replacement) {
    Spans.Value v = at(pointer);
    return text.substring(0, v.start()) + replacement + text.substring(v.end());
  }

  /** @return the text with another text inserted at an offset */
  String insert(int offset, String what) {
    return text.substring(0, offset) + what + text.substring(offset);
  }

  /** @return an offset between two tokens: just before or just after a value */
  int betweenTokens(SplittableRandom random) {
    Spans.Value v = values.get(random.nextInt(values.size()));
    return random.nextBoolean() ? v.start() : v.end();
  }

  /** @return an offset inside a string value (after its opening quote), or empty when there is none */
  Optional<Integer> insideString(SplittableRandom random) {
    return pick(random, v -> v.type() == Spans.Type.STRING)
        .map(v -> v.start() + 1 + random.nextInt(v.end() - v.start() - 1));
  }
}

package id.iga.cli;

import id.iga.IgaException;
import id.iga.Location;
import id.iga.bulk.BulkScorer;
import id.iga.bulk.Outcome;
import id.iga.json.LocatedSubmission;
import id.iga.json.SubmissionSource;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Function;

import javax.annotation.Nullable;

/**
 * The rule of every command that reads submissions: each submission that cannot be read or scored is named on
 * standard error ({@code file:line:column pointer: problem}) as it comes; the others are passed on; at the end a count
 * line says how many were not scored, and the command exits {@link Main#INVALID_INPUT}. With {@code --fail-fast} the
 * run stops at the first. Input that cannot be read past (bytes that are not UTF-8, a failure to read) ends its file,
 * and the count line says so. The library finds the outcomes ({@link BulkScorer#mapEach}); this names and counts them.
 */
final class Rejections {
  /** The option that stops at the first submission not scored. */
  static final String FAIL_FAST = "fail-fast";

  private final Io io;
  private final String command;
  private final BulkScorer.OnRejection then;
  private @Nullable BiConsumer<IgaException, Boolean> inBand;
  private long read;
  private long rejected;
  private final List<Outcome.Rejected<?>> stops = new ArrayList<>();

  /**
   * @param io where to name the submissions not scored
   * @param command the command's name, which starts each message
   * @param args the command line: {@code --fail-fast}
   */
  Rejections(Io io, String command, Args args) {
    this.io = io;
    this.command = command;
    this.then = args.has(FAIL_FAST) ? BulkScorer.OnRejection.STOP : BulkScorer.OnRejection.GO_ON;
  }

  /** @return whether to go on after a submission not scored, or stop there ({@code --fail-fast}) */
  BulkScorer.OnRejection then() {
    return then;
  }

  /**
   * Marks the output itself at the place of each submission not scored, besides naming it on standard error.
   *
   * @param writer writes the mark of one: its error, and whether nothing after it was scored
   */
  void inBand(BiConsumer<IgaException, Boolean> writer) {
    this.inBand = writer;
  }

  /**
   * How one input is run through the library: its outcomes, in input order.
   *
   * @param <R> what is made of each good submission
   */
  interface Run<R> {
    /**
     * @param in the input, opened
     * @param then whether to go on after a submission not scored
     * @param outcomes receives the outcome of each submission
     */
    void run(SubmissionSource in, BulkScorer.OnRejection then, Consumer<Outcome<R>> outcomes);
  }

  /**
   * Reads one input on the calling thread.
   *
   * @param file a submission, a dataset or {@code -}
   * @param work what to make of each submission; an {@link IgaException} rejects it
   * @param done receives what the work made of each good submission, in input order
   * @param <R> what the work makes
   */
  <R> void each(String file, Function<? super LocatedSubmission, ? extends R> work, Consumer<? super R> done) {
    each(file, (in, stop, outcomes) -> BulkScorer.sequential().mapEach(in, work, stop, outcomes::accept), done);
  }

  /**
   * Reads one input, unless {@code --fail-fast} stopped the run at an earlier one. An input that cannot be opened is
   * one submission not scored.
   *
   * @param file a submission, a dataset or {@code -}
   * @param run how the library runs it
   * @param done receives what was made of each good submission, in input order
   * @param <R> what is made of each
   */
  <R> void each(String file, Run<R> run, Consumer<? super R> done) {
    if (then == BulkScorer.OnRejection.STOP && !stops.isEmpty()) {
      return;
    }
    SubmissionSource in;
    try {
      in = io.open(file);
    } catch (IgaException e) {
      take(new Outcome.Rejected<R>(e, then == BulkScorer.OnRejection.STOP), done);
      return;
    }
    try (in) {
      run.run(in, then, outcome -> take(outcome, done));
    }
  }

  /**
   * Passes a good submission's output on, or names a bad one.
   *
   * @param outcome the outcome of one submission
   * @param done receives the output of a good one
   * @param <R> the output type
   */
  <R> void take(Outcome<R> outcome, Consumer<? super R> done) {
    read++;
    if (outcome instanceof Outcome.Done<R> good) {
      done.accept(good.value());
      return;
    }
    Outcome.Rejected<R> bad = (Outcome.Rejected<R>) outcome;
    rejected++;
    if (bad.stops()) {
      stops.add(bad);
    }
    io.err().println("iga " + command + ": " + bad.problem().getMessage());
    if (inBand != null) {
      inBand.accept(bad.problem(), bad.stops());
    }
  }

  /** @return whether any submission was not scored */
  boolean any() {
    return rejected > 0;
  }

  /**
   * @param verb what was not done to them: {@code scored}, {@code planned}
   * @return {@code 2 of 8 submissions were not scored}, with why the reading stopped, if it did
   */
  String count(String verb) {
    StringBuilder b = new StringBuilder().append(rejected).append(" of ").append(read)
        .append(read == 1 ? " submission " : " submissions ").append(rejected == 1 ? "was" : "were").append(" not ")
        .append(verb);
    if (then == BulkScorer.OnRejection.STOP && !stops.isEmpty()) {
      b.append(", and --fail-fast stopped the run at the first, so nothing after it was ").append(verb);
    } else {
      for (Outcome.Rejected<?> stop : stops) {
        Location where = stop.problem().location().orElse(null);
        b.append(", and ").append(where == null || where.source() == null ? "the input" : where.source())
            .append(" could not be read past ").append(where == null || where.line() == 0 ? "that point"
                : "line " + where.line());
      }
    }
    return b.toString();
  }

  /**
   * Marks a table written for people as partial, in the table itself, when some submissions were not scored and
   * others were: {@code Partial: 2 of 8 submissions were not scored; each is named on standard error.}
   *
   * @param verb what was not done to them: {@code scored}, {@code planned}
   */
  void partialNote(String verb) {
    if (any() && rejected < read) {
      io.out().println("\nPartial: " + count(verb) + "; each is named on standard error.");
    }
  }

  /**
   * Ends a command that wrote the output of every good submission: the count line, when any was not scored.
   *
   * @param verb what was not done to them: {@code scored}, {@code planned}, {@code compared}
   * @param what what the output holds: {@code results}, {@code plans}
   * @return the exit code
   */
  int finishWritten(String verb, String what) {
    if (!any()) {
      return Main.OK;
    }
    long good = read - rejected;
    io.err().println("iga " + command + ": " + count(verb) + "; " + (good == 0 ? "no " + what + " were written"
        : "the output is partial: it holds the " + what + " of the other " + good));
    return Main.INVALID_INPUT;
  }

  /**
   * Ends a command whose output is a whole (a ranking, a report), which it does not write when any submission was
   * not scored.
   *
   * @param why why the output of the others would not do: {@code a ranking of the others is not the ranking of the
   *     input}
   * @return the exit code: {@link Main#INVALID_INPUT}
   */
  int refuse(String why) {
    io.err().println("iga " + command + ": " + count("scored") + "; nothing was written: " + why);
    return Main.INVALID_INPUT;
  }
}

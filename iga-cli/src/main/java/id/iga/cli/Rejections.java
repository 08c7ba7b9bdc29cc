package id.iga.cli;

import id.iga.IgaException;
import id.iga.Location;
import id.iga.Message;
import id.iga.bulk.BulkScorer;
import id.iga.bulk.Outcome;
import id.iga.json.LocatedSubmission;
import id.iga.json.SubmissionSource;
import java.nio.file.Path;
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
  /** What was not done to a submission not scored, and what the output holds of the others. */
  enum Verb {
    /** {@code score}, {@code rank}, {@code report}: results. */
    SCORED,
    /** {@code plan}: plans. */
    PLANNED,
    /** {@code compare}: comparisons. */
    COMPARED;

    /** @return {@code scored}, {@code planned}, {@code compared} */
    Message verb() {
      return switch (this) {
        case SCORED -> Message.of("cli.rejections.scored");
        case PLANNED -> Message.of("cli.rejections.planned");
        case COMPARED -> Message.of("cli.rejections.compared");
      };
    }

    /** @return {@code results}, {@code plans}, {@code comparisons} */
    Message what() {
      return switch (this) {
        case SCORED -> Message.of("cli.rejections.results");
        case PLANNED -> Message.of("cli.rejections.plans");
        case COMPARED -> Message.of("cli.rejections.comparisons");
      };
    }
  }

  private final Io io;
  private final String command;
  private final BulkScorer.OnRejection then;
  private @Nullable BiConsumer<IgaException, Boolean> inBand;
  private long read;
  private long rejected;
  private final List<Outcome.Rejected<?>> stops = new ArrayList<>();

  /**
   * @param io where to name the submissions not scored, and in which language
   * @param command the command's name, which starts each message
   * @param then whether to go on after a submission not scored, or stop there ({@code --fail-fast})
   */
  Rejections(Io io, String command, BulkScorer.OnRejection then) {
    this.io = io;
    this.command = command;
    this.then = then;
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
  <R> void each(Path file, Function<? super LocatedSubmission, ? extends R> work, Consumer<? super R> done) {
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
  <R> void each(Path file, Run<R> run, Consumer<? super R> done) {
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
    io.err().println("iga " + command + ": " + bad.problem().message(io.language().locale()));
    if (inBand != null) {
      inBand.accept(bad.problem(), bad.stops());
    }
  }

  /** @return whether any submission was not scored */
  boolean any() {
    return rejected > 0;
  }

  /**
   * @param verb what was not done to them
   * @return {@code 2 of 8 submissions were not scored}, with why the reading stopped, if it did
   */
  private String count(Verb verb) {
    Message count = read == 1 ? Message.of("cli.rejections.countOne", rejected, read, verb.verb())
        : rejected == 1 ? Message.of("cli.rejections.countWas", rejected, read, verb.verb())
        : Message.of("cli.rejections.countWere", rejected, read, verb.verb());
    List<Message> why = new ArrayList<>();
    if (then == BulkScorer.OnRejection.STOP && !stops.isEmpty()) {
      why.add(Message.of("cli.rejections.failFast", verb.verb()));
    } else {
      for (Outcome.Rejected<?> stop : stops) {
        Location where = stop.problem().location().orElse(null);
        why.add(Message.of("cli.rejections.stopped",
            where == null || where.source() == null ? Message.of("cli.rejections.theInput") : where.source(),
            where == null || where.line() == 0 ? Message.of("cli.rejections.thatPoint")
                : Message.of("cli.rejections.line", where.line())));
      }
    }
    StringBuilder b = new StringBuilder(io.language().text(count));
    why.forEach(m -> b.append(io.language().text(m)));
    return b.toString();
  }

  /**
   * Marks a table written for people as partial, in the table itself, when some submissions were not scored and
   * others were: {@code Partial: 2 of 8 submissions were not scored; each is named on standard error.}
   *
   * @param verb what was not done to them
   */
  void partialNote(Verb verb) {
    if (any() && rejected < read) {
      io.out().println();
      io.out().println(io.text("cli.rejections.partial", count(verb)));
    }
  }

  /**
   * Ends a command that wrote the output of every good submission: the count line, when any was not scored.
   *
   * @param verb what was not done to them, and what the output holds
   * @return the exit code
   */
  int finishWritten(Verb verb) {
    if (!any()) {
      return Main.OK;
    }
    long good = read - rejected;
    io.err().println("iga " + command + ": " + (good == 0 ? io.text("cli.rejections.noneWritten", count(verb),
        verb.what()) : io.text("cli.rejections.partialWritten", count(verb), verb.what(), good)));
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
  int refuse(Message why) {
    io.err().println("iga " + command + ": " + io.text("cli.rejections.refused", count(Verb.SCORED), why));
    return Main.INVALID_INPUT;
  }
}

package id.iga.cli;

import id.iga.IgaException;
import id.iga.Message;
import id.iga.csv.CsvWriter;
import id.iga.csv.PlanCsv;
import id.iga.json.PlanJson;
import id.iga.json.RejectedJson;
import id.iga.plan.NewInnovations;
import id.iga.plan.Plan;
import id.iga.plan.Planner;
import id.iga.plan.Readiness;
import id.iga.plan.Target;
import id.iga.rubric.Predikat;
import id.iga.rubric.Rubric;
import id.iga.score.Mode;
import id.iga.submission.Submission;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import javax.annotation.Nullable;

/** {@code iga plan}: the cheapest level steps (and new innovations) to a target IID or predikat; readiness. */
@CommandLine.Command(name = "plan", header = "cli.plan.summary",
    description = {"cli.plan.description", "cli.plan.readinessDescription", "cli.score.files", "cli.plan.invalid"},
    footer = {
        "iga plan --target-predikat sangat_inovatif examples/2024/kabupaten-wonosobo.json",
        "iga plan --target-iid 65.01 --allow-new-innovations --new-innovation-maturity 80 \\",
        "    examples/2024/kota-bukittinggi.json",
        "iga plan --innovation-target 100 --mode verified examples/verified/kabupaten-kulon-progo.json",
        "iga plan --rubric my-rubric.json --target-predikat inovatif examples/2024/kota-bukittinggi.json"})
final class PlanCommand implements Command {
  @Spec
  CommandSpec spec;

  /** The target of a plan: a predikat or an IID, one of them. */
  static final class Targets {
    @Option(names = "--target-predikat", paramLabel = "P", completionCandidates = Values.Predikats.class,
        descriptionKey = "cli.plan.targetPredikat")
    @Nullable Predikat predikat;

    @Option(names = "--target-iid", paramLabel = "X", converter = Values.Iid.class,
        descriptionKey = "cli.plan.targetIid")
    @Nullable BigDecimal iid;
  }

  @ArgGroup(exclusive = true, multiplicity = "0..1", validate = false)
  @Nullable Targets target;

  @Option(names = "--innovation-target", paramLabel = "M", converter = Values.InnovationTarget.class,
      descriptionKey = "cli.plan.innovationTarget")
  @Nullable BigDecimal innovationTarget;

  @Option(names = "--allow-new-innovations", descriptionKey = "cli.plan.allowNew")
  boolean allowNew;

  @Option(names = "--new-innovation-maturity", paramLabel = "M", converter = Values.NewInnovationMaturity.class,
      descriptionKey = "cli.plan.newMaturity")
  @Nullable BigDecimal newMaturity;

  @Option(names = "--new-innovation-cost", paramLabel = "U", converter = Values.NewInnovationCost.class,
      descriptionKey = "cli.plan.newCost")
  @Nullable Integer newCost;

  @Option(names = "--max-new-innovations", paramLabel = "N", converter = Values.MaxNewInnovations.class,
      descriptionKey = "cli.plan.maxNew")
  @Nullable Integer maxNew;

  @Mixin
  Options.Scoring scoring;

  @Option(names = "--format", paramLabel = "F", descriptionKey = "cli.plan.format")
  Format format = Format.TABLE;

  @Parameters(paramLabel = "${bundle:cli.label.file}", arity = "1..*", converter = Values.Submissions.class)
  List<Path> files;

  @Mixin
  Options.Help help;

  /** What to compute, as the command line asks. */
  private record Request(@Nullable Target target, @Nullable NewInnovations terms,
      @Nullable BigDecimal innovationTarget, Mode mode) {}

  @Override
  public int run(Io io) {
    Request request = request();
    if (format != Format.TABLE && request.target() != null && request.innovationTarget() != null) {
      throw new Usage(spec.commandLine(), Message.of("cli.plan.oneKind", format.toString()));
    }
    RubricChoice choice = scoring.choice(spec.commandLine(), io);
    boolean single = Values.oneDocument(files);
    Rejections rejections = new Rejections(io, spec.name(), scoring.then());
    Output output = new Output(io, format, single, request, rejections);
    try {
      for (Path f : files) {
        rejections.each(f, located -> planned(located.submission(), choice, request, io.language()), output::add);
      }
    } catch (NotTheSubmissions e) {
      throw e.problem;
    }
    output.finish();
    return rejections.finishWritten(Rejections.Verb.PLANNED);
  }

  /** One region's plan and readiness, the planner that made them, and the name of its rubric. */
  private record Planned(@Nullable Plan plan, @Nullable Readiness readiness, Planner planner, String rubricName) {}

  private static Planned planned(Submission s, RubricChoice rubric, Request request, Language t) {
    // No planner for the submission's year is the submission's fault: the library places it at its root.
    Planner planner = rubric.planner(s);
    try {
      Plan plan = null;
      if (request.target() != null) {
        plan = request.terms() == null ? planner.plan(s, request.mode(), request.target())
            : planner.plan(s, request.mode(), request.target(), request.terms());
      }
      Readiness readiness = request.innovationTarget() == null ? null
          : planner.readiness(s, request.mode(), request.innovationTarget());
      return new Planned(plan, readiness, planner, rubric.name(planner.rubric().year(), t));
    } catch (IgaException e) {
      // Errors about the submission name their place in it; errors about the command line (a target finer than
      // the rubric's scale, say) have none, and are no fault of this submission: they end the command.
      if (e.location().isEmpty()) {
        throw new NotTheSubmissions(e);
      }
      throw e;
    }
  }

  /** An error about the command line found while planning: it ends the command instead of rejecting a region. */
  private static final class NotTheSubmissions extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient IgaException problem;

    NotTheSubmissions(IgaException problem) {
      super(problem.getMessage(), problem);
      this.problem = problem;
    }
  }

  private Request request() {
    CommandLine commandLine = spec.commandLine();
    if (target != null && target.predikat != null && target.iid != null) {
      throw new Usage(commandLine, Message.of("cli.plan.oneTarget"));
    }
    Target goal = target == null ? null : target.predikat != null ? Target.predikat(target.predikat)
        : target.iid != null ? Target.iid(target.iid) : null;
    if (goal == null && innovationTarget == null) {
      throw new Usage(commandLine, Message.of("cli.plan.needsTarget"));
    }
    NewInnovations terms = null;
    if (allowNew) {
      if (goal == null) {
        throw new Usage(commandLine, Message.of("cli.plan.allowNeedsTarget"));
      }
      if (newMaturity == null) {
        throw new Usage(commandLine, Message.of("cli.plan.allowNeedsMaturity"));
      }
      terms = NewInnovations.ofMaturity(newMaturity);
      if (newCost != null) {
        terms = terms.costing(newCost);
      }
      if (maxNew != null) {
        terms = terms.limitedTo(maxNew);
      }
    } else {
      String stray = newMaturity != null ? "--new-innovation-maturity" : newCost != null ? "--new-innovation-cost"
          : maxNew != null ? "--max-new-innovations" : null;
      if (stray != null) {
        throw new Usage(commandLine, Message.of("cli.plan.goesWithAllowNew", stray));
      }
    }
    return new Request(goal, terms, innovationTarget, scoring.mode());
  }

  /** Writes plans and readiness as they come; a table waits to see whether there is more than one region. */
  private static final class Output {
    private final Io io;
    private final Format format;
    private final boolean single;
    private final List<Result> results = new ArrayList<>();
    private final @Nullable CsvWriter<Plan> plans;
    private final @Nullable CsvWriter<Readiness> readiness;
    private final Rejections rejections;

    /** One region's results, kept for a table. */
    private record Result(@Nullable Plan plan, @Nullable Readiness readiness, Rubric rubric, String rubricName) {}

    Output(Io io, Format format, boolean single, Request request, Rejections rejections) {
      this.io = io;
      this.format = format;
      this.single = single;
      this.rejections = rejections;
      boolean csv = format == Format.CSV;
      this.plans = csv && request.target() != null ? PlanCsv.writer(io.out()) : null;
      this.readiness = csv && request.target() == null ? PlanCsv.readinessWriter(io.out()) : null;
      if (format == Format.JSON && !single) {
        rejections.inBand((problem, stops) -> io.out().print(RejectedJson.toJsonLine(problem, stops)));
      }
    }

    void add(Planned planned) {
      Plan plan = planned.plan();
      Readiness r = planned.readiness();
      Planner planner = planned.planner();
      String rubricName = planned.rubricName();
      switch (format) {
        case CSV -> {
          if (plan != null) {
            plans.write(plan);
          } else {
            readiness.write(r);
          }
        }
        case JSON -> {
          if (plan != null) {
            io.out().print(single ? PlanJson.toJson(plan) : PlanJson.toJsonLine(plan));
          } else {
            io.out().print(single ? PlanJson.toJson(r) : PlanJson.toJsonLine(r));
          }
        }
        case TABLE -> results.add(new Result(plan, r, planner.rubric(), rubricName));
      }
    }

    void finish() {
      if (plans != null) {
        plans.close();
      }
      if (readiness != null) {
        readiness.close();
      }
      if (format != Format.TABLE) {
        return;
      }
      if (results.isEmpty()) {
        if (!rejections.any()) {
          io.out().println(io.text("cli.output.noSubmissions"));
        }
        rejections.partialNote(Rejections.Verb.PLANNED);
        return;
      }
      Language t = io.language();
      StringBuilder b = new StringBuilder();
      if (results.size() == 1) {
        Result one = results.get(0);
        if (one.plan() != null) {
          b.append(PlanText.plan(one.plan(), one.rubric(), one.rubricName(), t));
        }
        if (one.readiness() != null) {
          if (one.plan() != null) {
            b.append('\n');
          }
          b.append(PlanText.readiness(one.readiness(), one.rubric(), one.plan() == null, one.rubricName(), t));
        }
      } else {
        List<Plan> plans = results.stream().map(Result::plan).filter(p -> p != null).toList();
        if (!plans.isEmpty()) {
          b.append(PlanText.summary(plans, t));
        }
        for (Result one : results) {
          if (one.readiness() != null) {
            if (b.length() > 0) {
              b.append('\n');
            }
            b.append(PlanText.readiness(one.readiness(), one.rubric(), true, one.rubricName(), t));
          }
        }
      }
      io.out().print(b);
      rejections.partialNote(Rejections.Verb.PLANNED);
    }
  }
}

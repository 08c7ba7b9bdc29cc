package id.iga.cli;

import id.iga.IgaException;
import id.iga.csv.CsvWriter;
import id.iga.csv.PlanCsv;
import id.iga.json.PlanJson;
import id.iga.plan.NewInnovations;
import id.iga.plan.Plan;
import id.iga.plan.Planner;
import id.iga.plan.Readiness;
import id.iga.plan.Target;
import id.iga.rubric.Predikat;
import id.iga.rubric.Rubric;
import id.iga.score.Mode;
import id.iga.submission.Submission;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.annotation.Nullable;

/** {@code iga plan}: the cheapest level steps (and new innovations) to a target IID or predikat; readiness. */
final class PlanCommand implements Command {
  enum Format { TABLE, JSON, CSV }

  @Override
  public String name() {
    return "plan";
  }

  @Override
  public String summary() {
    return "the least work that brings a region to a target IID or predikat; innovations' readiness";
  }

  @Override
  public String help() {
    return """
        Usage: iga plan (--target-predikat P | --target-iid X) [--innovation-target M] [OPTIONS] FILE...
               iga plan --innovation-target M [OPTIONS] FILE...

        Plans the least work that brings each region's reported IID to a target. One unit of work raises one answer
        by one level (one more piece of evidence); an unanswered row, and with --mode verified an answer the verifier
        has not accepted, is at level 0. The plan lists each step (indicator, innovation or region, from and to
        level, what the new level requires, IID gain, IID after it) and its cost, and is the cheapest there is: the
        divisor MAX(k, n) and the basic-service gate are taken into account exactly. When the target is out of reach
        it says so, with the highest IID the region can reach.

        With --innovation-target M it lists, for every innovation whose maturity is below M, the cheapest level steps
        that bring it to M, or that it cannot reach M.

        FILE is a submission (.json), a dataset with one submission per line (.jsonl), or - for standard input:
        one submission document or several one after another, each on one line (JSON Lines) or many.

        Options:
          --target-predikat P          reach predikat P (sangat_inovatif, inovatif, ...): the lowest IID of its band
          --target-iid X               reach a reported IID of at least X (e.g. 65.01)
          --allow-new-innovations      let the plan add innovations as well; needs --new-innovation-maturity
          --new-innovation-maturity M  the maturity you expect of a new innovation; it is built with the fewest
                                       level steps that reach M, the heaviest rows first
          --new-innovation-cost U      units of work one new innovation costs (default: its level steps)
          --max-new-innovations N      the most new innovations to add (default: as many as pay off)
          --innovation-target M        list the cheapest steps that bring each innovation to maturity M
          --year Y                     plan under rubric year Y (default: the year each submission names)
        """ + RubricChoice.help(31) + """
          --mode M                     claimed: every answer counts (default); verified: only accepted answers
          --format F                   table (default; a summary row per region for several regions),
                                       json (one object; one line per region for a dataset),
                                       csv (header + one row per step); json and csv take a target or
                                       --innovation-target, not both

        Exit codes: 0 success (also when a target is out of reach: the output says so), 1 invalid input,
        2 usage error.

        Examples:
          iga plan --target-predikat sangat_inovatif examples/2024/kabupaten-wonosobo.json
          iga plan --target-iid 65.01 --allow-new-innovations --new-innovation-maturity 80 \\
              examples/2024/kota-bukittinggi.json
          iga plan --innovation-target 100 --mode verified examples/verified/kabupaten-kulon-progo.json
          iga plan --rubric my-rubric.json --target-predikat inovatif examples/2024/kota-bukittinggi.json
        """;
  }

  @Override
  public Map<String, Boolean> options() {
    Map<String, Boolean> o = new LinkedHashMap<>();
    o.put("target-predikat", true);
    o.put("target-iid", true);
    o.put("allow-new-innovations", false);
    o.put("new-innovation-maturity", true);
    o.put("new-innovation-cost", true);
    o.put("max-new-innovations", true);
    o.put("innovation-target", true);
    o.put("year", true);
    o.put("rubric", true);
    o.put("mode", true);
    o.put("format", true);
    return o;
  }

  /** What to compute, as the command line asks. */
  private record Request(@Nullable Target target, @Nullable NewInnovations terms,
      @Nullable BigDecimal innovationTarget, Mode mode) {}

  @Override
  public int run(Args args, Io io) throws UsageException, IOException {
    List<String> files = args.inputs();
    Request request = request(args);
    Format format = args.enumValue("format", Format.class).orElse(Format.TABLE);
    if (format != Format.TABLE && request.target() != null && request.innovationTarget() != null) {
      throw new UsageException("--format " + format.name().toLowerCase(java.util.Locale.ROOT) + " writes one kind "
          + "of result: give a target or --innovation-target, not both");
    }
    RubricChoice rubric = RubricChoice.of(args, io);
    boolean single = Args.oneDocument(files);
    Output output = new Output(io, format, single, request);
    for (String f : files) {
      io.each(f, located -> {
        Submission s = located.submission();
        Planner planner = rubric.planner(s);
        try {
          Plan plan = null;
          if (request.target() != null) {
            plan = request.terms() == null ? planner.plan(s, request.mode(), request.target())
                : planner.plan(s, request.mode(), request.target(), request.terms());
          }
          Readiness readiness = request.innovationTarget() == null ? null
              : planner.readiness(s, request.mode(), request.innovationTarget());
          output.add(plan, readiness, planner, rubric.name(planner.rubric().year()));
        } catch (IgaException e) {
          // Errors about the submission name their place in the file; errors about the command line (a target
          // finer than the rubric's scale, say) have none.
          throw e.location().isPresent() ? located.locate(e) : e;
        }
      });
    }
    output.finish();
    return Main.OK;
  }

  private static Request request(Args args) throws UsageException {
    Target target = null;
    if (args.has("target-predikat") && args.has("target-iid")) {
      throw new UsageException("give one target: --target-predikat or --target-iid, not both");
    }
    if (args.has("target-predikat")) {
      target = Target.predikat(args.enumValue("target-predikat", Predikat.class).orElseThrow());
    } else if (args.has("target-iid")) {
      BigDecimal iid = decimal(args, "target-iid", "an IID such as 65.01");
      if (iid.signum() < 0 || iid.compareTo(BigDecimal.valueOf(100)) > 0) {
        throw new UsageException("--target-iid must be an IID from 0 to 100, not " + iid.toPlainString());
      }
      target = Target.iid(iid);
    }
    BigDecimal innovationTarget = args.has("innovation-target")
        ? decimal(args, "innovation-target", "a maturity such as 100") : null;
    if (target == null && innovationTarget == null) {
      throw new UsageException("needs a target: --target-predikat P or --target-iid X, or --innovation-target M");
    }
    boolean allow = args.has("allow-new-innovations");
    NewInnovations terms = null;
    if (allow) {
      if (target == null) {
        throw new UsageException("--allow-new-innovations goes with a target (--target-predikat or --target-iid)");
      }
      if (!args.has("new-innovation-maturity")) {
        throw new UsageException("--allow-new-innovations needs --new-innovation-maturity M: the maturity you "
            + "expect of a new innovation");
      }
      terms = NewInnovations.ofMaturity(decimal(args, "new-innovation-maturity", "a maturity such as 80"));
      if (args.has("new-innovation-cost")) {
        int cost = args.intValue("new-innovation-cost", "a whole number of units, at least 1");
        if (cost < 1) {
          throw new UsageException("--new-innovation-cost must be at least 1 unit, not " + cost);
        }
        terms = terms.costing(cost);
      }
      if (args.has("max-new-innovations")) {
        int most = args.intValue("max-new-innovations", "a whole number, at least 0");
        if (most < 0) {
          throw new UsageException("--max-new-innovations must be at least 0, not " + most);
        }
        terms = terms.limitedTo(most);
      }
    } else {
      for (String o : List.of("new-innovation-maturity", "new-innovation-cost", "max-new-innovations")) {
        if (args.has(o)) {
          throw new UsageException("--" + o + " goes with --allow-new-innovations");
        }
      }
    }
    return new Request(target, terms, innovationTarget, args.enumValue("mode", Mode.class).orElse(Mode.CLAIMED));
  }

  private static BigDecimal decimal(Args args, String name, String what) throws UsageException {
    String v = args.value(name).orElseThrow();
    try {
      return new BigDecimal(v);
    } catch (NumberFormatException e) {
      throw new UsageException("--" + name + " must be " + what + ", not '" + v + "'");
    }
  }

  /** Writes plans and readiness as they come; a table waits to see whether there is more than one region. */
  private static final class Output {
    private final Io io;
    private final Format format;
    private final boolean single;
    private final List<Result> results = new ArrayList<>();
    private final @Nullable CsvWriter<Plan> plans;
    private final @Nullable CsvWriter<Readiness> readiness;

    /** One region's results, kept for a table. */
    private record Result(@Nullable Plan plan, @Nullable Readiness readiness, Rubric rubric, String rubricName) {}

    Output(Io io, Format format, boolean single, Request request) {
      this.io = io;
      this.format = format;
      this.single = single;
      boolean csv = format == Format.CSV;
      this.plans = csv && request.target() != null ? PlanCsv.writer(io.out()) : null;
      this.readiness = csv && request.target() == null ? PlanCsv.readinessWriter(io.out()) : null;
    }

    void add(@Nullable Plan plan, @Nullable Readiness r, Planner planner, String rubricName) {
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
        io.out().println("no submissions");
        return;
      }
      StringBuilder b = new StringBuilder();
      if (results.size() == 1) {
        Result one = results.get(0);
        if (one.plan() != null) {
          b.append(PlanText.plan(one.plan(), one.rubric(), one.rubricName()));
        }
        if (one.readiness() != null) {
          if (one.plan() != null) {
            b.append('\n');
          }
          b.append(PlanText.readiness(one.readiness(), one.rubric(), one.plan() == null, one.rubricName()));
        }
      } else {
        List<Plan> plans = results.stream().map(Result::plan).filter(p -> p != null).toList();
        if (!plans.isEmpty()) {
          b.append(PlanText.summary(plans));
        }
        for (Result one : results) {
          if (one.readiness() != null) {
            if (b.length() > 0) {
              b.append('\n');
            }
            b.append(PlanText.readiness(one.readiness(), one.rubric(), true, one.rubricName()));
          }
        }
      }
      io.out().print(b);
    }
  }
}

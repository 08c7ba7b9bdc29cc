package id.iga.cli;

import id.iga.plan.NewInnovations;
import id.iga.plan.Plan;
import id.iga.plan.Readiness;
import id.iga.plan.Step;
import id.iga.plan.Target;
import id.iga.rubric.Rubric;
import id.iga.score.Mode;
import id.iga.submission.Region;
import java.util.List;

/**
 * Plans and readiness as readable text, in the chosen language. Every number is the library's; what a level requires
 * and the levels of a new innovation are worded by the library (in English, until the plan package gives them a
 * language).
 */
final class PlanText {
  private PlanText() {}

  private static String heading(Region region, String rubricName, Mode mode, Language t) {
    return t.text("cli.plan.heading", region.name(), region.code(), rubricName, ResultText.answers(mode)) + "\n";
  }

  private static String target(Plan p, Language t) {
    String iid = t.number(p.threshold().iid().value());
    if (p.target() instanceof Target.OfPredikat goal) {
      return t.text("cli.plan.toPredikat", goal.predikat().name(), iid);
    }
    return "IID " + iid + " (" + p.threshold().predikat().name() + ")";
  }

  private static String newInnovation(Step.NewInnovation n, Language t) {
    return n.affair() == null ? t.text("cli.plan.anyAffair") : t.text("cli.plan.affair", n.affair().name());
  }

  /**
   * @param p a plan
   * @param rubric the rubric it was made under
   * @param rubricName the rubric's name in the heading ({@link ResultText#rubricName})
   * @param t the language
   * @return the plan as a report for one region
   */
  static String plan(Plan p, Rubric rubric, String rubricName, Language t) {
    StringBuilder b = new StringBuilder();
    b.append(heading(p.submission().region(), rubricName, p.mode(), t));
    b.append(t.text("cli.plan.now", t.number(p.start().iid().value()), p.start().predikat().name(), target(p, t)))
        .append("\n\n");
    if (!p.reached()) {
      String ceiling = t.number(p.ceiling().iid().value());
      String predikat = p.ceiling().predikat().name();
      b.append(p.newInnovationTerms().map(terms -> t.text("cli.plan.outOfReachWithNew", ceiling, predikat,
          withNew(terms, t))).orElse(t.text("cli.plan.outOfReach", ceiling, predikat))).append('\n');
      return b.toString();
    }
    if (p.steps().isEmpty()) {
      b.append(t.text("cli.plan.met")).append('\n');
      return b.toString();
    }
    Table table = new Table(">#", t.text("cli.column.indicator"), t.text("cli.column.name"),
        t.text("cli.column.innovation"), ">" + t.text("cli.column.from"), ">" + t.text("cli.column.to"),
        t.text("cli.column.requires"), ">" + t.text("cli.column.units"), ">" + t.text("cli.column.gain"), ">IID");
    int number = 0;
    Step.NewInnovation built = null;
    for (Step s : p.steps()) {
      number++;
      if (s instanceof Step.Raise r) {
        table.row(number, r.indicator().code(), r.indicator().name(),
            r.innovation() == null ? t.text("cli.plan.region") : r.innovation(), r.from(), r.to(), r.requires(t.locale()),
            r.units(), t.number(r.gain().value()), t.number(r.after().iid().value()));
      } else {
        Step.NewInnovation n = (Step.NewInnovation) s;
        built = n;
        table.row(number, "+", t.text("cli.plan.newInnovation", t.number(n.maturity().value())), n.id(), "", "",
            newInnovation(n, t), n.units(), t.number(n.gain().value()), t.number(n.after().iid().value()));
      }
    }
    ResultText.indent(b, table);
    b.append('\n');
    if (built != null) {
      String maturity = t.number(built.maturity().value());
      String steps = levelSteps(built.levelSteps(), t);
      b.append(built.levelSteps() == built.units()
          ? t.text("cli.plan.built", built.levelsText(t.locale()), maturity, steps)
          : t.text("cli.plan.builtCounted", built.levelsText(t.locale()), maturity, steps, units(built.units(), t)))
          .append('\n');
    }
    String work = p.newInnovations() == 0 ? levelSteps(p.levelSteps(), t)
        : levelSteps(p.levelSteps(), t) + ", " + t.text(p.newInnovations() == 1 ? "cli.plan.newInnovationsOne"
            : "cli.plan.newInnovations", p.newInnovations());
    b.append(t.text("cli.plan.cheapest", units(p.units(), t), work, t.number(p.end().iid().value()),
        p.end().predikat().name())).append('\n');
    return b.toString();
  }

  private static String withNew(NewInnovations terms, Language t) {
    String maturity = t.number(terms.maturity());
    if (terms.atMost() == null) {
      return t.text("cli.plan.asManyNew", maturity);
    }
    return t.text(terms.atMost() == 1 ? "cli.plan.upToOneNew" : "cli.plan.upToNew", terms.atMost(), maturity);
  }

  private static String units(int n, Language t) {
    return t.text(n == 1 ? "cli.plan.unitsOne" : "cli.plan.units", n);
  }

  private static String levelSteps(int n, Language t) {
    return t.text(n == 1 ? "cli.plan.levelStepsOne" : "cli.plan.levelSteps", n);
  }

  /**
   * @param plans plans of several regions
   * @param t the language
   * @return one summary row per region
   */
  static String summary(List<Plan> plans, Language t) {
    Table table = new Table(t.text("cli.column.code"), t.text("cli.column.region"), ">" + t.text("cli.column.year"),
        ">IID", t.text("cli.column.predikat"), ">" + t.text("cli.column.target"), ">" + t.text("cli.column.units"),
        ">" + t.text("cli.column.new"), ">" + t.text("cli.column.iidAfter"), t.text("cli.column.result"));
    for (Plan p : plans) {
      Region region = p.submission().region();
      String start = t.number(p.start().iid().value());
      String threshold = t.number(p.threshold().iid().value());
      if (p.reached()) {
        table.row(region.code(), region.name(), p.year(), start, p.start().predikat().name(), threshold, p.units(),
            p.newInnovations(), t.number(p.end().iid().value()), p.end().predikat().name());
      } else {
        table.row(region.code(), region.name(), p.year(), start, p.start().predikat().name(), threshold, "-", "-",
            "-", t.text("cli.plan.atMost", t.number(p.ceiling().iid().value())));
      }
    }
    return table.toString();
  }

  /**
   * @param r the readiness of one region's innovations
   * @param rubric the rubric
   * @param withHeading whether to name the region first
   * @param rubricName the rubric's name in the heading ({@link ResultText#rubricName})
   * @param t the language
   * @return the readiness as text
   */
  static String readiness(Readiness r, Rubric rubric, boolean withHeading, String rubricName, Language t) {
    StringBuilder b = new StringBuilder();
    if (withHeading) {
      b.append(heading(r.submission().region(), rubricName, r.mode(), t));
    }
    int all = r.below().size() + r.atOrAbove().size();
    String target = t.number(r.target());
    String most = t.number(r.maxMaturity());
    b.append(t.text(all == 1 ? "cli.plan.readinessOne" : "cli.plan.readiness", target, most, r.below().size(), all,
        r.atOrAbove().size())).append('\n');
    for (Readiness.Entry e : r.below()) {
      b.append('\n').append(e.id()).append("  ").append(e.title()).append('\n');
      if (!e.reachable()) {
        b.append("  ").append(t.text("cli.plan.cannotReach", t.number(e.maturity().value()), target, most))
            .append('\n');
        continue;
      }
      b.append("  ").append(t.text("cli.plan.reaches", t.number(e.maturity().value()),
          t.number(e.maturityAfter().value()), units(e.units(), t))).append('\n');
      Table table = new Table(t.text("cli.column.indicator"), t.text("cli.column.name"),
          ">" + t.text("cli.column.from"), ">" + t.text("cli.column.to"), t.text("cli.column.requires"),
          ">" + t.text("cli.column.units"), ">" + t.text("cli.column.gain"), ">" + t.text("cli.column.maturity"));
      for (Readiness.Raise s : e.steps()) {
        table.row(s.indicator().code(), s.indicator().name(), s.from(), s.to(), s.requires(t.locale()), s.units(),
            t.number(s.gain().value()), t.number(s.maturityAfter().value()));
      }
      ResultText.indent(b, table);
    }
    return b.toString();
  }
}

package id.iga.cli;

import id.iga.plan.NewInnovations;
import id.iga.plan.Plan;
import id.iga.plan.Readiness;
import id.iga.plan.Step;
import id.iga.plan.Target;
import id.iga.rubric.Rubric;
import id.iga.submission.Region;
import java.util.List;

/** Plans and readiness as readable text. Every number is the library's. */
final class PlanText {
  private PlanText() {}

  private static String heading(Region region, String rubricName, String mode) {
    return region.name() + " (" + region.code() + "), rubric " + rubricName + ", " + mode
        + " answers\n";
  }

  private static String target(Plan p) {
    if (p.target() instanceof Target.OfPredikat t) {
      return t.predikat().name() + " (a reported IID of at least " + p.threshold().iid().value().toPlainString() + ")";
    }
    return "IID " + p.threshold().iid().value().toPlainString() + " (" + p.threshold().predikat().name() + ")";
  }

  private static String newInnovation(Step.NewInnovation n) {
    return n.affair() == null ? "any affair" : "affair " + n.affair().name() + " (a basic service not covered yet)";
  }

  /**
   * @param p a plan
   * @param rubric the rubric it was made under
   * @param rubricName the rubric's name in the heading ({@link ResultText#rubricName})
   * @return the plan as a report for one region
   */
  static String plan(Plan p, Rubric rubric, String rubricName) {
    StringBuilder b = new StringBuilder();
    b.append(heading(p.submission().region(), rubricName, p.mode().name()));
    b.append("IID now ").append(p.start().iid().value().toPlainString()).append(", ").append(p.start().predikat().name())
        .append(". Target: ").append(target(p)).append(".\n\n");
    if (!p.reached()) {
      b.append("Out of reach: the highest IID this region can reach is ").append(p.ceiling().iid().value().toPlainString())
          .append(" (").append(p.ceiling().predikat().name()).append("), with every answer at level 3")
          .append(p.newInnovationTerms().map(PlanText::withNew).orElse("")).append(".\n");
      return b.toString();
    }
    if (p.steps().isEmpty()) {
      b.append("The target is met already: nothing to do.\n");
      return b.toString();
    }
    Table t = new Table(">#", "INDICATOR", "NAME", "INNOVATION", ">FROM", ">TO", "NEXT LEVEL REQUIRES", ">UNITS",
        ">GAIN", ">IID");
    int number = 0;
    Step.NewInnovation built = null;
    for (Step s : p.steps()) {
      number++;
      if (s instanceof Step.Raise r) {
        t.row(number, r.indicator().code(), r.indicator().name(), r.innovation() == null ? "region" : r.innovation(),
            r.from(), r.to(), r.requires(), r.units(), r.gain().value().toPlainString(), r.after().iid().value().toPlainString());
      } else {
        Step.NewInnovation n = (Step.NewInnovation) s;
        built = n;
        t.row(number, "+", "new innovation, maturity " + n.maturity().value().toPlainString(), n.id(), "", "",
            newInnovation(n), n.units(), n.gain().value().toPlainString(), n.after().iid().value().toPlainString());
      }
    }
    indent(b, t);
    b.append('\n');
    if (built != null) {
      b.append("A new innovation is built with levels ").append(built.levelsText()).append(" (maturity ")
          .append(built.maturity().value().toPlainString()).append(", ").append(plural(built.levelSteps(), "level step"))
          .append(built.levelSteps() == built.units() ? "" : "; counted as " + units(built.units()) + " of work")
          .append(").\n");
    }
    b.append("Cheapest plan: ").append(units(p.units())).append(" of work (")
        .append(plural(p.levelSteps(), "level step"))
        .append(p.newInnovations() == 0 ? "" : ", " + plural(p.newInnovations(), "new innovation"))
        .append("). After it: IID ").append(p.end().iid().value().toPlainString())
        .append(", ").append(p.end().predikat().name()).append(".\n");
    return b.toString();
  }

  private static String withNew(NewInnovations terms) {
    String maturity = " of maturity " + terms.maturity().toPlainString();
    return terms.atMost() == null ? " and as many new innovations" + maturity + " as help"
        : " and up to " + terms.atMost() + " new innovation" + (terms.atMost() == 1 ? "" : "s") + maturity;
  }

  private static void indent(StringBuilder b, Table t) {
    for (String line : t.toString().split("\n")) {
      b.append("  ").append(line).append('\n');
    }
  }

  private static String units(int n) {
    return plural(n, "unit");
  }

  private static String plural(int n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }

  /**
   * @param plans plans of several regions
   * @return one summary row per region
   */
  static String summary(List<Plan> plans) {
    Table t = new Table("CODE", "REGION", ">YEAR", ">IID", "PREDIKAT", ">TARGET", ">UNITS", ">NEW", ">IID AFTER",
        "RESULT");
    for (Plan p : plans) {
      if (p.reached()) {
        t.row(p.submission().region().code(), p.submission().region().name(), p.year(),
            p.start().iid().value().toPlainString(), p.start().predikat().name(), p.threshold().iid().value().toPlainString(), p.units(),
            p.newInnovations(), p.end().iid().value().toPlainString(), p.end().predikat().name());
      } else {
        t.row(p.submission().region().code(), p.submission().region().name(), p.year(),
            p.start().iid().value().toPlainString(), p.start().predikat().name(), p.threshold().iid().value().toPlainString(), "-", "-", "-",
            "out of reach: at most " + p.ceiling().iid().value().toPlainString());
      }
    }
    return t.toString();
  }

  /**
   * @param r the readiness of one region's innovations
   * @param rubric the rubric
   * @param withHeading whether to name the region first
   * @param rubricName the rubric's name in the heading ({@link ResultText#rubricName})
   * @return the readiness as text
   */
  static String readiness(Readiness r, Rubric rubric, boolean withHeading, String rubricName) {
    StringBuilder b = new StringBuilder();
    if (withHeading) {
      b.append(heading(r.submission().region(), rubricName, r.mode().name()));
    }
    int all = r.below().size() + r.atOrAbove().size();
    b.append("Readiness for maturity ").append(r.target().toPlainString()).append(" (at most ")
        .append(r.maxMaturity().toPlainString()).append("): ").append(r.below().size()).append(" of ").append(all)
        .append(all == 1 ? " innovation" : " innovations").append(" below, ").append(r.atOrAbove().size())
        .append(" at or above.\n");
    for (Readiness.Entry e : r.below()) {
      b.append('\n').append(e.id()).append("  ").append(e.title()).append('\n');
      if (!e.reachable()) {
        b.append("  maturity ").append(e.maturity().value().toPlainString()).append(": cannot reach ")
            .append(r.target().toPlainString()).append(" (every row at level 3 gives ")
            .append(r.maxMaturity().toPlainString()).append(")\n");
        continue;
      }
      b.append("  maturity ").append(e.maturity().value().toPlainString()).append(" -> ")
          .append(e.maturityAfter().value().toPlainString()).append(" with ").append(units(e.units())).append('\n');
      Table t = new Table("INDICATOR", "NAME", ">FROM", ">TO", "NEXT LEVEL REQUIRES", ">UNITS", ">GAIN",
          ">MATURITY");
      for (Readiness.Raise s : e.steps()) {
        t.row(s.indicator().code(), s.indicator().name(), s.from(), s.to(), s.requires(), s.units(),
            s.gain().value().toPlainString(), s.maturityAfter().value().toPlainString());
      }
      indent(b, t);
    }
    return b.toString();
  }
}

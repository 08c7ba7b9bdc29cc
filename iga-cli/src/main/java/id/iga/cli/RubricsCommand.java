package id.iga.cli;

import id.iga.rubric.Assumption;
import id.iga.rubric.Rubric;
import id.iga.years.Rubrics;
import java.util.Map;

/** {@code iga rubrics}: the rubric years on the path. */
final class RubricsCommand implements Command {
  @Override
  public String name() {
    return "rubrics";
  }

  @Override
  public String summary() {
    return "list the rubric years available, with their titles, status and number of ASSUMED and PROJECTED facts";
  }

  @Override
  public String help() {
    return """
        Usage: iga rubrics

        Lists every rubric year found on the path (one module per year), with its title, the status of the
        rubric as a whole, the number of ASSUMED facts it rests on (parameters, bands or indicators not
        published for that year), the number of PROJECTED facts (a year not yet in force: facts announced
        for it or carried into it; results scored under it say so), and the official letter that set it.

        Example:
          iga rubrics
        """;
  }

  @Override
  public Map<String, Boolean> options() {
    return Map.of();
  }

  @Override
  public int run(Args args, Io io) throws UsageException {
    if (!args.positionals().isEmpty()) {
      throw new UsageException("takes no arguments, got " + args.positionals());
    }
    Table t = new Table(">YEAR", "TITLE", "STATUS", ">ASSUMED", ">PROJECTED", "OFFICIAL LETTER");
    for (int year : Rubrics.available()) {
      Rubric r = Rubrics.forYear(year);
      long projected = r.assumptions().stream().filter(Assumption::projected).count();
      t.row(year, r.title(), r.provenance().status(), r.assumptions().size() - projected, projected,
          r.officialLetter().orElse(projected > 0 ? "none yet (projected)" : "not found"));
    }
    io.out().print(t);
    return Main.OK;
  }
}

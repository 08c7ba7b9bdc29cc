package id.iga.cli;

import id.iga.years.Rubrics;
import id.iga.rubric.Rubric;
import java.util.Map;

/** {@code iga rubrics}: the rubric years on the path. */
final class RubricsCommand implements Command {
  @Override
  public String name() {
    return "rubrics";
  }

  @Override
  public String summary() {
    return "list the rubric years available, with their titles and number of ASSUMED facts";
  }

  @Override
  public String help() {
    return """
        Usage: iga rubrics

        Lists every rubric year found on the path (one module per year), with its title, the number of
        ASSUMED facts it rests on (parameters, bands or indicators not published for that year), and the
        official letter that set it.

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
    Table t = new Table(">YEAR", "TITLE", ">ASSUMED", "OFFICIAL LETTER");
    for (int year : Rubrics.available()) {
      Rubric r = Rubrics.forYear(year);
      t.row(year, r.title(), r.assumptions().size(), r.officialLetter().orElse("not found"));
    }
    io.out().print(t);
    return Main.OK;
  }
}

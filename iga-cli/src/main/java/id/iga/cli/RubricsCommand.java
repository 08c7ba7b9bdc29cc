package id.iga.cli;

import id.iga.rubric.Assumption;
import id.iga.rubric.Rubric;
import id.iga.years.Rubrics;
import picocli.CommandLine.Mixin;

/** {@code iga rubrics}: the rubric years on the path. */
@picocli.CommandLine.Command(name = "rubrics", header = "cli.rubrics.summary", description = "cli.rubrics.description",
    footer = "iga rubrics")
final class RubricsCommand implements Command {
  @Mixin
  Options.Help help;

  @Override
  public int run(Io io) {
    Language t = io.language();
    Table table = new Table(">" + t.text("cli.column.year"), t.text("cli.column.title"), t.text("cli.column.status"),
        ">ASSUMED", ">PROJECTED", t.text("cli.column.officialLetter"));
    for (int year : Rubrics.available()) {
      Rubric r = Rubrics.forYear(year);
      long projected = r.assumptions().stream().filter(Assumption::projected).count();
      table.row(year, r.title(), r.provenance().status(), r.assumptions().size() - projected, projected,
          r.officialLetter().orElse(t.text(projected > 0 ? "cli.rubrics.noneYet" : "cli.rubrics.notFound")));
    }
    io.out().print(table);
    return Main.OK;
  }
}

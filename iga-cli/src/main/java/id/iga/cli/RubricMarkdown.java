package id.iga.cli;

import id.iga.rubric.Assumption;
import id.iga.rubric.Band;
import id.iga.rubric.FactKind;
import id.iga.rubric.FactSpec;
import id.iga.rubric.Indicator;
import id.iga.rubric.Level;
import id.iga.rubric.Maxima;
import id.iga.rubric.Provenance;
import id.iga.rubric.Rubric;
import id.iga.rubric.Scope;
import id.iga.rubric.Sourced;
import id.iga.rubric.Term;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A rubric as a Markdown document a reviewer can read against the published annex, its headings and labels in the
 * chosen language. The rubric's own texts (names, labels, sources) are written as the rubric states them; a level's
 * condition and a rule's meaning as the library words them (English until the rubric package gives them a language).
 */
final class RubricMarkdown {
  private RubricMarkdown() {}

  static String of(Rubric r, Language t) {
    StringBuilder b = new StringBuilder();
    b.append("# ").append(r.title()).append(" (").append(r.year()).append(")\n\n");
    if (r.projected()) {
      b.append("- ").append(t.text("cli.md.projected")).append('\n');
    }
    b.append("- ").append(t.text("cli.md.officialLetter", r.officialLetter().orElse(t.text("cli.rubrics.notFound"))))
        .append('\n');
    b.append("- ").append(t.text("cli.md.source", prov(r.provenance()))).append('\n');
    r.overrides().forEach(o -> b.append("- ").append(t.text("cli.md.overridden", o.name() + " " + o.published()
        + " -> " + o.value())).append('\n'));
    for (String n : r.notes()) {
      b.append("- ").append(t.text("cli.md.note", cell(n))).append('\n');
    }

    b.append("\n## ").append(t.text("cli.md.parameters")).append("\n\n")
        .append(row(t.text("cli.md.parametersHeader"))).append("|---|---|---|---|\n");
    r.parameters().named().forEach((name, p) -> b.append("| ").append(name).append(" | ").append(value(p, t))
        .append(" | ").append(p.provenance().status()).append(" | ").append(cell(p.provenance().source(t.locale())))
        .append(" |\n"));

    b.append("\n## ").append(t.text("cli.md.rules")).append("\n\n").append(t.text("cli.md.rulesIntro")).append("\n\n")
        .append(row(t.text("cli.md.rulesHeader"))).append("|---|---|---|---|---|\n");
    r.rules().named().forEach((name, rule) -> b.append("| ").append(name).append(" | ").append(rule.value().name())
        .append(" | ").append(cell(rule.value().meaning(t.locale()))).append(" | ").append(rule.provenance().status())
        .append(" | ").append(cell(rule.provenance().source(t.locale()))).append(" |\n"));

    if (!r.alternatives().isEmpty()) {
      b.append("\n## ").append(t.text("cli.md.alternatives")).append("\n\n").append(t.text("cli.md.alternativesIntro"))
          .append("\n\n").append(row(t.text("cli.md.alternativesHeader"))).append("|---|---|---|\n");
      r.alternatives().forEach(a -> b.append("| ").append(a.name()).append(" | ")
          .append(String.join(", ", a.valuesFrom(r))).append(" | ").append(cell(a.source())).append(" |\n"));
    }

    Maxima m = r.maxima();
    b.append("\n## ").append(t.text("cli.md.maxima")).append("\n\n").append(row(t.text("cli.md.maximaHeader")))
        .append("|---:|---:|---:|---:|---:|\n| ")
        .append(t.number(m.spd())).append(" | ").append(t.number(m.maturity())).append(" | ")
        .append(t.number(m.countScore())).append(" | ").append(t.number(m.total())).append(" | ")
        .append(t.number(m.spd().multiply(BigDecimal.valueOf(100)).divide(m.total(), 1, RoundingMode.HALF_UP)))
        .append("% |\n");

    b.append("\n## ").append(t.text("cli.md.bands")).append("\n\n").append(row(t.text("cli.md.bandsHeader")))
        .append("|---|---:|---:|---|---|\n");
    for (Band band : r.bands()) {
      b.append("| ").append(band.predikat().label()).append(" | ").append(t.number(band.lower())).append(" | ")
          .append(t.number(band.upper())).append(" | ").append(band.provenance().status()).append(" | ")
          .append(cell(band.provenance().source())).append(" |\n");
    }

    for (Scope scope : Scope.values()) {
      b.append("\n## ").append(scope.aspect()).append(' ')
          .append(t.text(scope == Scope.REGION ? "cli.md.regionScope" : "cli.md.innovationScope")).append("\n\n");
      b.append(row(t.text("cli.md.indicatorsHeader")));
      b.append("|---|---|---|---:|---:|---|---|---|---|---|---|\n");
      for (Indicator i : r.indicators(scope)) {
        b.append("| ").append(i.code()).append(" | ").append(cell(i.variable())).append(" | ").append(cell(i.name()))
            .append(" | ").append(t.number(i.weight())).append(" | ").append(t.number(i.maxScore()))
            .append(" | ").append(t.text(i.mandatory() ? "cli.md.yes" : "cli.md.no")).append(" | ")
            .append(fact(i.fact(), t));
        for (Level l : i.levels()) {
          b.append(" | ").append(cell(l.label()));
          l.condition().ifPresent(p -> b.append(" `").append(cell(p.describe(t.locale()))).append('`'));
        }
        b.append(" | ").append(i.provenance().status()).append(" |\n");
      }
    }

    b.append("\n## ").append(t.text("cli.md.vocabulary")).append("\n\n").append(t.text("cli.md.vocabularyIntro"))
        .append("\n\n");
    b.append(row(t.text("cli.md.vocabularyHeader"))).append("|---|---|---|---|\n");
    for (Indicator i : r.indicators()) {
      FactSpec f = i.fact();
      b.append("| ").append(i.code()).append(" | ").append(f.kind()).append(" | `").append(cell(f.example()))
          .append("` | ");
      if (f.kind() == FactKind.QUANTITY) {
        b.append(t.text("cli.md.unit", f.unit()));
      }
      for (int n = 0; n < f.terms().size(); n++) {
        Term term = f.terms().get(n);
        b.append(n == 0 ? "" : "; ").append('`').append(term.code()).append("` ").append(cell(term.label()));
        if (term.unit() != null) {
          b.append(" (").append(term.unit()).append(')');
        }
      }
      b.append(" |\n");
    }

    if (!r.assumptions().isEmpty()) {
      boolean projected = r.projected();
      b.append("\n## ").append(t.text(projected ? "cli.md.assumptionsProjected" : "cli.md.assumptions"))
          .append("\n\n").append(projected ? row(t.text("cli.md.assumptionsProjectedHeader")) + "|---|---|---|---|\n"
              : row(t.text("cli.md.assumptionsHeader")) + "|---|---|---|\n");
      for (Assumption a : r.assumptions()) {
        b.append("| ").append(cell(a.subject())).append(" | ").append(projected ? a.status() + " | " : "")
            .append(cell(a.value())).append(" | ").append(cell(a.source())).append(" |\n");
      }
    }
    return b.toString();
  }

  /** A header row of a Markdown table, from its cells separated by {@code |}. */
  private static String row(String cells) {
    return "| " + String.join(" | ", cells.split("\\|")) + " |\n";
  }

  private static String fact(FactSpec f, Language t) {
    return switch (f.kind()) {
      case QUANTITY -> t.text("cli.md.quantity", f.unit());
      case CATEGORY -> t.text("cli.md.category");
      case CODES -> t.text("cli.md.codes");
      case MEASURE -> t.text("cli.md.measure");
      case NONE -> t.text("cli.md.levelOnly");
    };
  }

  private static String value(Sourced<?> p, Language t) {
    return p.value() instanceof BigDecimal d ? t.number(d) : String.valueOf(p.value());
  }

  private static String prov(Provenance p) {
    return p.status() + ", " + cell(p.source());
  }

  private static String cell(String s) {
    return s.replace("|", "\\|").replace("\n", " ");
  }
}

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

/** A rubric as a Markdown document a reviewer can read against the published annex. */
final class RubricMarkdown {
  private RubricMarkdown() {}

  static String of(Rubric r) {
    StringBuilder b = new StringBuilder();
    b.append("# ").append(r.title()).append(" (").append(r.year()).append(")\n\n");
    if (r.projected()) {
      b.append("- **Projected, not yet in force**: facts announced for this year or carried into it (PROJECTED)\n");
    }
    b.append("- Official letter: ").append(r.officialLetter().orElse("not found")).append('\n');
    b.append("- Source: ").append(prov(r.provenance())).append('\n');
    if (!r.overrides().isEmpty()) {
      r.overrides().forEach(o -> b.append("- Overridden: ").append(o.name()).append(' ').append(o.published())
          .append(" -> ").append(o.value()).append('\n'));
    }
    for (String n : r.notes()) {
      b.append("- Note: ").append(cell(n)).append('\n');
    }

    b.append("\n## Parameters\n\n| parameter | value | status | source |\n|---|---|---|---|\n");
    r.parameters().named().forEach((name, p) -> b.append("| ").append(name).append(" | ").append(value(p))
        .append(" | ").append(p.provenance().status()).append(" | ").append(cell(p.provenance().source()))
        .append(" |\n"));

    b.append("\n## Rules\n\nWhere the published options leave a case open, the engine applies these rules; a result lists"
        + " an ASSUMED or PROJECTED rule among its assumptions when the rule decided something in it.\n\n"
        + "| rule | value | meaning | status | source |\n|---|---|---|---|---|\n");
    r.rules().named().forEach((name, rule) -> b.append("| ").append(name).append(" | ").append(rule.value().name())
        .append(" | ").append(cell(rule.value().meaning())).append(" | ").append(rule.provenance().status())
        .append(" | ").append(cell(rule.provenance().source())).append(" |\n"));

    Maxima m = r.maxima();
    b.append("\n## Maxima\n\n| SPD | maturity | count score | total | SPD share |\n|---:|---:|---:|---:|---:|\n| ")
        .append(m.spd().toPlainString()).append(" | ").append(m.maturity().toPlainString()).append(" | ")
        .append(m.countScore().toPlainString()).append(" | ").append(m.total().toPlainString()).append(" | ")
        .append(m.spd().multiply(BigDecimal.valueOf(100)).divide(m.total(), 1, RoundingMode.HALF_UP).toPlainString())
        .append("% |\n");

    b.append("\n## Predikat bands (reported IID, both edges inclusive)\n\n")
        .append("| predikat | from | to | status | source |\n|---|---:|---:|---|---|\n");
    for (Band band : r.bands()) {
      b.append("| ").append(band.predikat().label()).append(" | ").append(band.lower().toPlainString()).append(" | ")
          .append(band.upper().toPlainString()).append(" | ").append(band.provenance().status()).append(" | ")
          .append(cell(band.provenance().source())).append(" |\n");
    }

    for (Scope scope : Scope.values()) {
      b.append("\n## ").append(scope.aspect()).append(scope == Scope.REGION ? " (SPD, once per region)"
          : " (SID, per innovation)").append("\n\n");
      b.append("| code | variable | indicator | weight | max | mandatory | fact | level 1 | level 2 | level 3 | status |\n");
      b.append("|---|---|---|---:|---:|---|---|---|---|---|---|\n");
      for (Indicator i : r.indicators(scope)) {
        b.append("| ").append(i.code()).append(" | ").append(cell(i.variable())).append(" | ").append(cell(i.name()))
            .append(" | ").append(i.weight().toPlainString()).append(" | ").append(i.maxScore().toPlainString())
            .append(" | ").append(i.mandatory() ? "yes" : "no").append(" | ").append(fact(i.fact()));
        for (Level l : i.levels()) {
          b.append(" | ").append(cell(l.label()));
          l.condition().ifPresent(p -> b.append(" `").append(cell(p.describe())).append('`'));
        }
        b.append(" | ").append(i.provenance().status()).append(" |\n");
      }
    }

    b.append("\n## Fact vocabulary\n\nA submission answers an indicator with `{\"level\": n}` or with a fact of the"
        + " indicator's kind; a fact earns the level whose condition it meets, and the rules above decide a fact that meets"
        + " two levels or lies between them.\n\n");
    b.append("| code | kind | answer as | terms |\n|---|---|---|---|\n");
    for (Indicator i : r.indicators()) {
      FactSpec f = i.fact();
      b.append("| ").append(i.code()).append(" | ").append(f.kind()).append(" | `").append(cell(f.example()))
          .append("` | ");
      if (f.kind() == FactKind.QUANTITY) {
        b.append("unit: ").append(f.unit());
      }
      for (int t = 0; t < f.terms().size(); t++) {
        Term term = f.terms().get(t);
        b.append(t == 0 ? "" : "; ").append('`').append(term.code()).append("` ").append(cell(term.label()));
        if (term.unit() != null) {
          b.append(" (").append(term.unit()).append(')');
        }
      }
      b.append(" |\n");
    }

    if (!r.assumptions().isEmpty()) {
      boolean projected = r.projected();
      b.append("\n## Assumptions (ASSUMED").append(projected ? " and PROJECTED" : "").append(" facts)\n\n")
          .append(projected ? "| subject | status | value | source |\n|---|---|---|---|\n"
              : "| subject | value | source |\n|---|---|---|\n");
      for (Assumption a : r.assumptions()) {
        b.append("| ").append(cell(a.subject())).append(" | ").append(projected ? a.status() + " | " : "")
            .append(cell(a.value())).append(" | ").append(cell(a.source())).append(" |\n");
      }
    }
    return b.toString();
  }

  private static String fact(FactSpec f) {
    return switch (f.kind()) {
      case QUANTITY -> "quantity (" + f.unit() + ")";
      case CATEGORY -> "category";
      case CODES -> "codes";
      case MEASURE -> "measure";
      case NONE -> "level only";
    };
  }

  private static String value(Sourced<?> p) {
    return p.value() instanceof BigDecimal d ? d.toPlainString() : String.valueOf(p.value());
  }

  private static String prov(Provenance p) {
    return p.status() + ", " + cell(p.source());
  }

  private static String cell(String s) {
    return s.replace("|", "\\|").replace("\n", " ");
  }
}

package id.iga.cli;

import id.iga.IgaException;
import id.iga.rubric.Rubric;
import id.iga.years.Rubrics;
import id.iga.json.SubmissionSource;
import id.iga.report.HtmlReport;
import id.iga.report.ReportData;
import id.iga.score.Mode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** {@code iga report}: a self-contained HTML report of a dataset under one or more rubric years. */
final class ReportCommand implements Command {
  @Override
  public String name() {
    return "report";
  }

  @Override
  public String summary() {
    return "write a self-contained HTML report of a dataset (counts, histogram, top and bottom, flows)";
  }

  @Override
  public String help() {
    return """
        Usage: iga report [--year Y | --rubric FILE.json] [--years Y1,Y2,...] [--mode claimed|verified]
                          -o FILE.html DATASET

        Writes one self-contained HTML file (inline CSS and SVG, no script, nothing fetched from the network):
        the predikat counts and mean IID per year, the distribution of the IID as a histogram with the band edges
        drawn, the top and bottom ten regions, and, when several years are given, the predikat flows from each
        year to the next with the regions whose predikat changes. Every number on the page is the library's.

        DATASET is a .jsonl file (one submission per line) or - for standard input (submission documents one after
        another, each on one line or many).

        Options:
          --year Y            the report's year (default: the year the submissions name)
        """ + RubricChoice.help(22) + """
          --years Y1,Y2,...   compare these years too; the flows run from each year to the next, --year (or
                              --rubric) first; with --rubric, not the document's own year
          --mode M            claimed (every answer counts, default) or verified (only "verified": true)
          -o, --output FILE   the HTML file to write (- for standard output)

        Exit codes: 0 success, 1 invalid input (file, line and JSON pointer named), 2 usage error.

        Examples:
          iga report -o report.html examples/2024/dataset.jsonl
          iga report --year 2024 --years 2025,2026 -o flows.html national.jsonl
          iga report --rubric my-rubric.json --years 2026 -o mine.html examples/2024/dataset.jsonl
        """;
  }

  @Override
  public Map<String, Boolean> options() {
    return Map.of("year", true, "rubric", true, "years", true, "mode", true, "output", true);
  }

  @Override
  public int run(Args args, Io io) throws UsageException, IOException, OutputFailure {
    String file = args.dataset();
    String output = args.value("output").orElseThrow(() -> new UsageException("-o FILE.html is required "
        + "(- for standard output)"));
    RubricChoice rubric = RubricChoice.of(args, io);
    Rubric own = rubric.own();
    Integer year = own != null ? Integer.valueOf(own.year()) : args.year("year").orElse(null);
    List<Integer> others = args.value("years").isPresent()
        ? CompareCommand.years(args.value("years").get(), "--years") : List.of();
    if (own != null && others.contains(own.year())) {
      throw new UsageException("--years lists " + own.year() + ", the year of --rubric " + args.value("rubric")
          .orElseThrow() + "; the report keys its years by year, so give each year once");
    }
    Mode mode = args.enumValue("mode", Mode.class).orElse(Mode.CLAIMED);

    // Scored as read: a national dataset is never held in memory, only each region's numbers.
    ReportData.Builder builder = ReportData.scoredBy(year, others, rubric::scorer, mode);
    io.each(file, located -> {
      try {
        builder.add(located.submission());
      } catch (IgaException e) {
        throw located.locate(e);
      }
    });
    if (builder.isEmpty()) {
      throw new IgaException(file + " holds no submission; a report needs at least one region");
    }
    ReportData report = builder.build();
    String html = HtmlReport.render(report, file.equals(SubmissionSource.STANDARD_INPUT)
        ? SubmissionSource.STANDARD_INPUT_SOURCE : Path.of(file).getFileName().toString());
    if (output.equals("-")) {
      io.out().print(html);
      return Main.OK;
    }
    Path target = io.resolve(output);
    AtomicFile.write(target, output, out -> out.write(html.getBytes(StandardCharsets.UTF_8)));
    StringBuilder b = new StringBuilder("wrote ").append(output).append(": ").append(report.regions())
        .append(" regions, rubric ").append(report.years().size() == 1 ? "year " : "years ")
        .append(String.join(", ", report.years().stream().map(y -> own != null && y.rubric() == own
            ? rubric.name(own.year()) : String.valueOf(y.year())).toList()));
    for (ReportData.Year y : report.years()) {
      if (!y.notScored().isEmpty()) {
        b.append("; ").append(y.notScored().size()).append(" not scored under ").append(y.year())
            .append(" (listed in the report)");
      }
    }
    io.out().println(b);
    return Main.OK;
  }
}

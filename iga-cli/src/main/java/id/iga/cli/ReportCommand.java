package id.iga.cli;

import id.iga.IgaException;
import id.iga.Message;
import id.iga.json.SubmissionSource;
import id.iga.report.HtmlReport;
import id.iga.report.ReportData;
import id.iga.rubric.Rubric;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import javax.annotation.Nullable;

/** {@code iga report}: a self-contained HTML report of a dataset under one or more rubric years. */
@picocli.CommandLine.Command(name = "report", header = "cli.report.summary",
    description = {"cli.report.description", "cli.report.dataset", "cli.report.invalid"},
    footer = {
        "iga report -o report.html examples/2024/dataset.jsonl",
        "iga report --year 2024 --years 2025,2026 -o flows.html national.jsonl",
        "iga report --rubric my-rubric.json --years 2026 -o mine.html examples/2024/dataset.jsonl"})
final class ReportCommand implements Command {
  @Spec
  CommandSpec spec;

  @Mixin
  Options.Scoring scoring;

  @Option(names = "--years", paramLabel = "${bundle:cli.label.years}", converter = Values.YearList.Converter.class,
      completionCandidates = Values.Years.class, descriptionKey = "cli.report.years")
  Values.YearList years = new Values.YearList(List.of());

  @Option(names = {"-o", "--output"}, paramLabel = "${bundle:cli.label.html}", converter = Values.File.class,
      descriptionKey = "cli.report.output")
  @Nullable Path output;

  @Mixin
  Options.Dataset dataset;

  @Mixin
  Options.Help help;

  @Override
  public int run(Io io) throws OutputFailure {
    if (output == null) {
      throw new Usage(spec.commandLine(), Message.of("cli.report.outputRequired"));
    }
    RubricChoice choice = scoring.choice(spec.commandLine(), io);
    Rubric own = choice.own();
    Integer year = own != null ? Integer.valueOf(own.year()) : choice.year();
    List<Integer> others = years.years();
    if (own != null && others.contains(own.year())) {
      throw new Usage(spec.commandLine(), Message.of("cli.report.ownYearTwice", own.year(), choice.file()));
    }

    // Scored as read: a national dataset is never held in memory, only each region's numbers.
    ReportData.Builder builder = ReportData.scoredBy(year, others, choice::scorer, scoring.mode());
    Rejections rejections = new Rejections(io, spec.name(), scoring.then());
    rejections.each(dataset.file, located -> {
      builder.add(located.submission());
      return located;
    }, located -> { });
    if (rejections.any()) {
      return rejections.refuse(Message.of("cli.report.refused"));
    }
    if (builder.isEmpty()) {
      throw new IgaException(Message.of("cli.report.empty", dataset.file.toString()));
    }
    ReportData report = builder.build();
    Path file = dataset.file;
    String html = HtmlReport.render(report, file.toString().equals(SubmissionSource.STANDARD_INPUT)
        ? SubmissionSource.STANDARD_INPUT_SOURCE : file.getFileName().toString(), io.language().locale());
    if (output.toString().equals("-")) {
      io.out().print(html);
      return Main.OK;
    }
    AtomicFile.write(io.resolve(output), output.toString(), out -> out.write(html.getBytes(StandardCharsets.UTF_8)));
    Language t = io.language();
    List<String> names = report.years().stream().map(y -> own != null && y.rubric() == own
        ? choice.name(own.year(), t) : String.valueOf(y.year())).toList();
    StringBuilder b = new StringBuilder(t.text(names.size() == 1 ? "cli.report.wroteYear" : "cli.report.wroteYears",
        output.toString(), report.regions(), String.join(", ", names)));
    for (ReportData.Year y : report.years()) {
      if (!y.notScored().isEmpty()) {
        b.append(t.text("cli.report.notScored", y.notScored().size(), y.year()));
      }
    }
    io.out().println(b);
    return Main.OK;
  }
}

package id.iga.jackson;

import id.iga.compare.Comparison;
import id.iga.compare.DatasetComparison;
import id.iga.json.ComparisonJson;
import id.iga.json.PlanJson;
import id.iga.json.RankJson;
import id.iga.json.ResultJson;
import id.iga.json.SubmissionJson;
import id.iga.plan.Plan;
import id.iga.plan.Readiness;
import id.iga.rank.Ranking;
import id.iga.score.ScoreResult;
import id.iga.submission.Submission;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import tools.jackson.core.Version;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.deser.Deserializers;
import tools.jackson.databind.module.SimpleDeserializers;
import tools.jackson.databind.module.SimpleSerializers;

/**
 * The IGA library's JSON formats for a Jackson 3 mapper. Register it on the builder, or let
 * {@code findAndAddModules()} find it (the jar lists it in {@code META-INF/services}, the module descriptor
 * {@code provides} it):
 *
 * <pre>{@code
 * JsonMapper mapper = JsonMapper.builder().addModule(new IgaModule()).build();
 * String json = mapper.writeValueAsString(Scorer.of(Rubrics.forYear(2024)).score(submission, Mode.CLAIMED));
 * Submission s = mapper.readValue(request, Submission.class);
 * }</pre>
 *
 * <p><b>Writing.</b> {@link ScoreResult}, {@link Plan}, {@link Readiness}, {@link Ranking}, {@link Comparison},
 * {@link DatasetComparison} and {@link Submission} are written by the library's own writers ({@link ResultJson},
 * {@link PlanJson}, {@link RankJson}, {@link ComparisonJson}, {@link SubmissionJson}): the field names, their order, the
 * decimals of every score and the layout are the library's, whatever the mapper's features say about escaping or
 * numbers. A value written as the whole document is the library's document byte for byte, without its final line
 * break: indented when the mapper indents ({@code SerializationFeature.INDENT_OUTPUT}), one compact line when it does
 * not. A value inside something else (a list, a record of the application) is always the compact form, which reads
 * the same wherever it is placed; around it the mapper writes as it is configured to. To a generator that is not
 * Jackson's JSON text (a {@code TokenBuffer} behind {@code valueToTree} or {@code convertValue}, or another data
 * format) the same document is passed token by token, numbers exactly, so a tree of a result has the contract's
 * fields and values.
 *
 * <p><b>Reading.</b> A {@link Submission} is read by the library's reader ({@link SubmissionJson#read(String)}): the
 * value is taken from the mapper's parser token by token and handed to the library, which rejects an unknown field, a
 * duplicate key, a wrong type or form, a missing field, an unknown constant and a repeated innovation id exactly as it
 * does for a file. The error is a {@link SubmissionReadException}, a Jackson {@code DatabindException}: its message is
 * the library's, placed at the line and column of the application's document and at the JSON pointer from that
 * document's root, and it carries the library's {@link id.iga.IgaException} at the same place.
 *
 * <p>The module's serializers and deserializer hold no state: one mapper may be shared by every thread.
 *
 * @since 1.0
 */
public final class IgaModule extends JacksonModule {
  private final boolean breakdown;

  /**
   * The module as {@code findAndAddModules()} makes it: results without the rows of every indicator, as
   * {@code iga score --format json} writes them.
   */
  public IgaModule() {
    this(false);
  }

  private IgaModule(boolean breakdown) {
    this.breakdown = breakdown;
  }

  /**
   * @return a module that writes every result with its breakdown ({@code rows} of each innovation, {@code spdRows}),
   *     as {@code ResultJson} does when asked for it. It has the same registration id as {@code new IgaModule()}, so
   *     Jackson keeps only one of the two on a mapper: the one registered last.
   */
  public static IgaModule withBreakdown() {
    return new IgaModule(true);
  }

  /** @return whether results are written with the rows of every indicator */
  public boolean breakdown() {
    return breakdown;
  }

  @Override
  public String getModuleName() {
    return "id.iga.jackson";
  }

  /** @return {@link Version#unknownVersion()}: the module is versioned with the library, by its Maven coordinates */
  @Override
  public Version version() {
    return Version.unknownVersion();
  }

  /** @return this class's name, whichever variant it is, so that a mapper registers only one IGA module */
  @Override
  public Object getRegistrationId() {
    return IgaModule.class.getName();
  }

  @Override
  public void setupModule(SetupContext context) {
    boolean rows = breakdown;
    SimpleSerializers serializers = new SimpleSerializers(List.of(
        new ContractSerializer<>(ScoreResult.class, r -> ResultJson.toJson(r, rows), r -> {
          ByteArrayOutputStream out = new ByteArrayOutputStream();
          ResultJson.lines(out, rows).write(r);
          return out.toString(StandardCharsets.UTF_8);
        }),
        new ContractSerializer<>(Plan.class, PlanJson::toJson, PlanJson::toJsonLine),
        new ContractSerializer<>(Readiness.class, PlanJson::toJson, PlanJson::toJsonLine),
        new ContractSerializer<>(Ranking.class, RankJson::toJson, RankJson::toJsonLine),
        new ContractSerializer<>(Comparison.class, ComparisonJson::toJson, c -> {
          ByteArrayOutputStream out = new ByteArrayOutputStream();
          ComparisonJson.writeLine(c, out);
          return out.toString(StandardCharsets.UTF_8);
        }),
        new ContractSerializer<>(DatasetComparison.class, ComparisonJson::toJson, ComparisonJson::toJsonLine),
        new ContractSerializer<>(Submission.class, SubmissionJson::toJson, s -> {
          ByteArrayOutputStream out = new ByteArrayOutputStream();
          SubmissionJson.writeLine(s, out);
          return out.toString(StandardCharsets.UTF_8);
        })));
    context.addSerializers(serializers);
    Deserializers deserializers = new SimpleDeserializers().addDeserializer(Submission.class,
        new SubmissionDeserializer());
    context.addDeserializers(deserializers);
  }
}

package id.iga.json;

import static org.junit.jupiter.api.Assertions.assertTrue;

import id.iga.rubric.FactKind;
import id.iga.rubric.Predikat;
import id.iga.rubric.Rules;
import id.iga.rubric.Scope;
import id.iga.rubric.Status;
import id.iga.score.Mode;
import id.iga.score.PointsLost;
import id.iga.score.Warning;
import id.iga.submission.RegionType;
import id.iga.submission.Stage;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The schemas name the constants the library writes: for each enum of the model that a document carries, one of the
 * schema's {@code enum} lists holds exactly its names. A constant added to the model and not to the schema fails
 * here, before a portal's validator refuses a document the library wrote.
 */
class SchemaEnumsTest {
  static Stream<Arguments> enums() {
    return Stream.of(
        Arguments.of("common", RegionType.class), Arguments.of("common", Predikat.class),
        Arguments.of("common", Mode.class), Arguments.of("submission", Stage.class),
        Arguments.of("result", PointsLost.Kind.class), Arguments.of("result", Warning.Kind.class),
        Arguments.of("rubric", Status.class), Arguments.of("rubric", Scope.class),
        Arguments.of("rubric", FactKind.class), Arguments.of("rubric", Rules.Overlap.class),
        Arguments.of("rubric", Rules.Gap.class), Arguments.of("rubric", Rules.NotAcceptedAnswer.class),
        Arguments.of("rubric", Rules.NotAcceptedInnovation.class),
        Arguments.of("rubric", Rules.CountScoreWithoutGate.class));
  }

  @ParameterizedTest(name = "{0}: {1}")
  @MethodSource("enums")
  void oneEnumOfTheSchemaHoldsExactlyTheConstants(String schema, Class<? extends Enum<?>> type) throws IOException {
    Set<String> names = Arrays.stream(type.getEnumConstants()).map(Enum::name)
        .collect(Collectors.toCollection(TreeSet::new));
    List<Set<String>> lists = enumLists(schema);
    assertTrue(lists.contains(names), () -> schema + ".schema.json has no enum of exactly " + names + "; its enums: "
        + lists);
  }

  private static List<Set<String>> enumLists(String schema) throws IOException {
    try (InputStream in = SchemaEnumsTest.class.getClassLoader()
        .getResourceAsStream(Schemas.FOLDER + schema + ".schema.json")) {
      List<Set<String>> out = new ArrayList<>();
      collect(JsonMapper.builder().build().readTree(in), out);
      return out;
    }
  }

  private static void collect(JsonNode node, List<Set<String>> out) {
    if (node.isObject()) {
      JsonNode e = node.get("enum");
      if (e != null && e.isArray()) {
        Set<String> names = new TreeSet<>();
        e.forEach(v -> names.add(v.asString()));
        out.add(names);
      }
      node.values().forEach(v -> collect(v, out));
    } else if (node.isArray()) {
      node.forEach(v -> collect(v, out));
    }
  }
}

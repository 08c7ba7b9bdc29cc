package id.iga.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What people read, in both languages, byte for byte as the files under {@code src/test/resources/golden} hold it: the
 * score of the README's kabupaten, its plan to Sangat Inovatif, the help of {@code iga} and of {@code iga score}.
 *
 * <p>A change to these texts is a change to the files, reviewed like code. To write them again from what the command
 * prints now, run {@code mvn -B -o test -pl iga-cli -Dtest=GoldenTest -Diga.golden.write=true}: the test then writes
 * every file and fails, so that a run that writes is never taken for a run that checks; run it again without the
 * property and read the diff before committing.
 */
class GoldenTest {
  private static final Path GOLDEN = Path.of("src", "test", "resources", "golden");

  static Stream<Arguments> outputs() {
    List<Arguments> cases = new ArrayList<>();
    for (String lang : List.of("en", "id")) {
      cases.add(Arguments.of("score-wonosobo." + lang + ".txt",
          List.of("--lang", lang, "score", "examples/2024/kabupaten-wonosobo.json")));
      cases.add(Arguments.of("plan-wonosobo." + lang + ".txt",
          List.of("--lang", lang, "plan", "--target-predikat", "sangat_inovatif",
              "examples/2024/kabupaten-wonosobo.json")));
      cases.add(Arguments.of("help." + lang + ".txt", List.of("--lang", lang, "--help")));
      cases.add(Arguments.of("score-help." + lang + ".txt", List.of("--lang", lang, "score", "--help")));
    }
    return cases.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("outputs")
  void theOutputIsTheGoldenFile(String file, List<String> args) throws IOException {
    Iga.Run r = Iga.iga(args.toArray(String[]::new));
    assertEquals(0, r.code(), r.err());
    assertEquals("", r.err());
    Path golden = GOLDEN.resolve(file);
    if (Boolean.getBoolean("iga.golden.write")) {
      Files.createDirectories(GOLDEN);
      Files.writeString(golden, r.out(), StandardCharsets.UTF_8);
      fail("wrote " + golden + "; run again without -Diga.golden.write and review the difference");
    }
    assertEquals(Files.readString(golden, StandardCharsets.UTF_8), r.out(), "iga " + String.join(" ", args)
        + " differs from " + golden + " (to write it again: -Diga.golden.write=true, see GoldenTest)");
  }
}

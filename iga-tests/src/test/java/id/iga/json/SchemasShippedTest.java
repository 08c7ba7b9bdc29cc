package id.iga.json;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.lang.module.Configuration;
import java.lang.module.ModuleFinder;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The schemas have one copy, {@code docs/schema}, and the core jar carries it: each file is read from the jar (or, in
 * a build that stops before packaging, from iga-core's classes) with the bytes of the file in docs, and is readable
 * from another module on the module path.
 */
class SchemasShippedTest {
  private static final Path DOCS = Path.of("..", "docs", "schema");

  static Stream<String> files() throws IOException {
    try (Stream<Path> files = Files.list(DOCS)) {
      return files.map(f -> f.getFileName().toString()).filter(f -> f.endsWith(".schema.json")).sorted().toList()
          .stream();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("files")
  void theCoreJarShipsTheFileOfDocs(String file) throws IOException {
    String core = SubmissionJson.class.getProtectionDomain().getCodeSource().getLocation().toString();
    String expected = (core.endsWith(".jar") ? "jar:" + core + "!/" : core) + Schemas.FOLDER + file;
    URL shipped = SubmissionJson.class.getClassLoader().getResource(Schemas.FOLDER + file);
    assertEquals(expected, String.valueOf(shipped));
    try (InputStream in = shipped.openStream()) {
      assertArrayEquals(Files.readAllBytes(DOCS.resolve(file)), in.readAllBytes());
    }
  }

  private static final Pattern ID = Pattern.compile("\"\\$id\": \"([^\"]*)\"");

  @ParameterizedTest(name = "{0}")
  @MethodSource("files")
  void eachIdIsTheBaseAndTheFileName(String file) throws IOException {
    Matcher id = ID.matcher(Files.readString(DOCS.resolve(file)));
    assertEquals(Schemas.BASE + file, id.find() ? id.group(1) : "no $id");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("files")
  void eachIsAValidDraft202012Schema(String file) throws IOException {
    Schema meta = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
        .getSchema(SchemaLocation.of("https://json-schema.org/draft/2020-12/schema"));
    assertEquals(List.of(), Schemas.problems(meta, Files.readString(DOCS.resolve(file), StandardCharsets.UTF_8)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("files")
  void anotherModuleReadsItOnTheModulePath(String file) throws Exception {
    // "1" is no package name, so the folder is not encapsulated in the module id.iga.core.
    ModuleFinder finder = ModuleFinder.of(location(SubmissionJson.class),
        location(Class.forName("com.fasterxml.jackson.core.JsonFactory")));
    Configuration cf = ModuleLayer.boot().configuration().resolve(finder, ModuleFinder.of(), Set.of("id.iga.core"));
    ModuleLayer layer = ModuleLayer.boot().defineModulesWithOneLoader(cf, ClassLoader.getSystemClassLoader());
    try (InputStream in = layer.findModule("id.iga.core").orElseThrow().getResourceAsStream(Schemas.FOLDER + file)) {
      assertNotNull(in, "id.iga.core does not let this module read " + Schemas.FOLDER + file);
    }
  }

  private static Path location(Class<?> c) throws Exception {
    return Path.of(c.getProtectionDomain().getCodeSource().getLocation().toURI());
  }
}

package id.iga.release;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.File;
import java.lang.module.ModuleFinder;
import java.lang.module.ModuleReference;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * No module descriptor of this tree requires a module whose name comes from a jar's file name (a jar with neither a
 * module-info nor an Automatic-Module-Name): Maven Central's users would get a module name that the next release of
 * that jar may change, and the compiler plugin warns "Required filename-based automodules detected". jsr305 is the
 * one such jar the sources use; its annotations are compiled from the class path (the parent's module-descriptor
 * profile).
 */
class NoFilenameModuleTest {

  private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
  private static final Pattern REQUIRES =
      Pattern.compile("^\\s*requires\\s+(?:(?:static|transitive)\\s+)*([\\w.]+)\\s*;", Pattern.MULTILINE);

  /** The names of the jars on this test's class path that are automatic modules named after their file. */
  private static TreeSet<String> filenameNamedOnTheClassPath() throws Exception {
    TreeSet<String> out = new TreeSet<>();
    for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
      Path jar = Path.of(entry);
      if (!entry.endsWith(".jar") || !Files.isRegularFile(jar)) {
        continue;
      }
      String declared;
      try (JarFile j = new JarFile(jar.toFile())) {
        declared = j.getManifest() == null ? null
            : j.getManifest().getMainAttributes().getValue("Automatic-Module-Name");
      }
      for (ModuleReference m : ModuleFinder.of(jar).findAll()) {
        if (m.descriptor().isAutomatic() && declared == null) {
          out.add(m.descriptor().name());
        }
      }
    }
    return out;
  }

  /** Each descriptor of the tree (by module folder) and the modules it requires. */
  private static Map<String, List<String>> requires() throws Exception {
    Map<String, List<String>> out = new TreeMap<>();
    try (Stream<Path> files = Files.walk(ROOT, 5)) {
      for (Path d : files.filter(p -> p.endsWith(Path.of("src", "main", "java", "module-info.java"))).toList()) {
        List<String> names = new ArrayList<>();
        Matcher m = REQUIRES.matcher(Files.readString(d));
        while (m.find()) {
          names.add(m.group(1));
        }
        out.put(ROOT.relativize(d).getName(0).toString(), names);
      }
    }
    return out;
  }

  @Test
  void jsr305IsAFilenameNamedModuleOnTheClassPath() throws Exception {
    // Without this the next test could pass by finding no such module at all.
    assertEquals(true, filenameNamedOnTheClassPath().contains("jsr305"));
  }

  @Test
  void noDescriptorRequiresAFilenameNamedModule() throws Exception {
    TreeSet<String> filenameNamed = filenameNamedOnTheClassPath();
    Map<String, List<String>> offending = new TreeMap<>();
    requires().forEach((module, names) -> {
      List<String> bad = names.stream().filter(n -> filenameNamed.contains(n) || n.equals("jsr305")).toList();
      if (!bad.isEmpty()) {
        offending.put(module, bad);
      }
    });
    assertEquals(Map.of(), offending);
  }

  @Test
  void theDescriptorsOfTheCoreAndEveryYearAreRead() throws Exception {
    Map<String, List<String>> requires = requires();
    List<String> expected = List.of("iga-core", "iga-rubric-2023", "iga-rubric-2024", "iga-rubric-2025",
        "iga-rubric-2026", "iga-rubric-2027");
    assertEquals(expected, expected.stream().filter(requires::containsKey).toList());
    assertEquals(true, requires.get("iga-core").contains("com.fasterxml.jackson.core"));
  }
}

package id.iga.jackson;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.File;
import java.lang.module.Configuration;
import java.lang.module.ModuleFinder;
import java.lang.module.ModuleReference;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * On the module path, the module descriptor is what counts: {@code id.iga.jackson} resolves with what it requires and
 * {@code provides} its Jackson module, so {@code findAndAddModules()} finds it there too. (The other tests run on the
 * class path, where {@code META-INF/services} is read.)
 */
class ModulePathTest {
  @Test
  void theModuleResolvesAndServiceLoaderFindsIgaModuleInALayer() throws Exception {
    List<Path> entries = new ArrayList<>();
    for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
      Path p = Path.of(entry);
      // Every entry that is a module (jar or exploded), but the test classes, which have no descriptor.
      Optional<ModuleReference> m = ModuleFinder.of(p).findAll().stream().findFirst();
      if (m.isPresent() && !m.get().descriptor().isAutomatic()) {
        entries.add(p);
      }
    }
    ModuleFinder finder = ModuleFinder.of(entries.toArray(Path[]::new));
    Configuration cf = ModuleLayer.boot().configuration().resolveAndBind(finder, ModuleFinder.of(),
        Set.of("id.iga.jackson"));
    ModuleLayer layer = ModuleLayer.boot().defineModulesWithOneLoader(cf, ClassLoader.getPlatformClassLoader());
    Class<?> service = layer.findLoader("tools.jackson.databind").loadClass("tools.jackson.databind.JacksonModule");
    List<String> providers = new ArrayList<>();
    for (ServiceLoader.Provider<?> p : ServiceLoader.load(layer, service).stream().toList()) {
      providers.add(p.type().getModule().getName() + "/" + p.type().getName());
    }
    assertEquals(List.of("id.iga.jackson/id.iga.jackson.IgaModule"), providers);
    // What id.iga.jackson requires, and what binding the core's `uses RubricProvider` brings: the years.
    assertEquals(Set.of("id.iga.jackson", "id.iga.core", "tools.jackson.databind", "tools.jackson.core",
        "com.fasterxml.jackson.annotation", "com.fasterxml.jackson.core", "id.iga.rubric.y2023", "id.iga.rubric.y2024",
        "id.iga.rubric.y2025", "id.iga.rubric.y2026", "id.iga.rubric.y2027"),
        Set.copyOf(cf.modules().stream().map(m -> m.name()).toList()));
  }
}

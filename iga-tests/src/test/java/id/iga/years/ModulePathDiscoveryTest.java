package id.iga.years;

import static org.junit.jupiter.api.Assertions.assertEquals;

import id.iga.rubric.RubricProvider;
import id.iga.rubric.y2026.Rubric2026Provider;
import java.lang.module.Configuration;
import java.lang.module.ModuleFinder;
import java.lang.reflect.Method;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.ServiceLoader;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * On the module path, {@code id.iga.core} finds the year modules through their {@code provides} clauses. The test
 * runs on the class path, so it builds a module layer of its own from the compiled modules: iga-core, the three year
 * modules and jackson-core (jsr305 is {@code requires static} and stays out).
 */
class ModulePathDiscoveryTest {

  /** One provider found in the layer. */
  private record Found(String className, String module, int year, int loadedYear) {}

  private static List<Found> found;

  private static Path location(String className) throws Exception {
    Class<?> c = Class.forName(className, false, ModulePathDiscoveryTest.class.getClassLoader());
    return Path.of(c.getProtectionDomain().getCodeSource().getLocation().toURI());
  }

  private static <S> List<S> load(ModuleLayer layer, Class<S> service) {
    List<S> out = new ArrayList<>();
    ServiceLoader.load(layer, service).forEach(out::add);
    return out;
  }

  @BeforeAll
  static void buildALayerAndLoadTheProviders() throws Exception {
    ModuleFinder finder = ModuleFinder.of(
        location(RubricProvider.class.getName()),
        location("com.fasterxml.jackson.core.JsonFactory"),
        location("id.iga.rubric.y2024.Rubric2024Provider"),
        location("id.iga.rubric.y2025.Rubric2025Provider"),
        location(Rubric2026Provider.class.getName()));
    Configuration cf = ModuleLayer.boot().configuration().resolveAndBind(finder, ModuleFinder.of(),
        Set.of("id.iga.core"));
    ModuleLayer layer = ModuleLayer.boot().defineModulesWithOneLoader(cf, ClassLoader.getSystemClassLoader());
    // The layer has its own copy of the service type: the class-path RubricProvider is another class.
    Class<?> service = layer.findLoader("id.iga.core").loadClass(RubricProvider.class.getName());
    Method year = service.getMethod("year");
    Method load = service.getMethod("load");
    List<Found> out = new ArrayList<>();
    for (Object provider : load(layer, service)) {
      Object rubric = load.invoke(provider);
      int loadedYear = (Integer) rubric.getClass().getMethod("year").invoke(rubric);
      out.add(new Found(provider.getClass().getName(), provider.getClass().getModule().getName(),
          (Integer) year.invoke(provider), loadedYear));
    }
    out.sort(Comparator.comparing(Found::year));
    found = out;
  }

  @Test
  void serviceLoaderFindsExactlyTheThreeYearProviders() {
    assertEquals(List.of("id.iga.rubric.y2024.Rubric2024Provider", "id.iga.rubric.y2025.Rubric2025Provider",
        "id.iga.rubric.y2026.Rubric2026Provider"), found.stream().map(Found::className).toList());
  }

  @Test
  void theProvidersServe2024And2025And2026() {
    assertEquals(List.of(2024, 2025, 2026), found.stream().map(Found::year).toList());
  }

  @Test
  void eachProviderComesFromItsOwnNamedModule() {
    assertEquals(List.of("id.iga.rubric.y2024", "id.iga.rubric.y2025", "id.iga.rubric.y2026"),
        found.stream().map(Found::module).toList());
  }

  @Test
  void eachProviderReadsItsEncapsulatedDocumentInsideTheLayer() {
    assertEquals(List.of(2024, 2025, 2026), found.stream().map(Found::loadedYear).toList());
  }
}

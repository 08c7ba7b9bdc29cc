package id.iga.years;

import static org.junit.jupiter.api.Assertions.assertEquals;

import id.iga.rubric.RubricProvider;
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
 * runs on the class path, so it builds a module layer of its own from the compiled modules: iga-core, jackson-core
 * (jsr305, which no descriptor names, stays out) and every year module on the class path, found there by
 * {@link ServiceLoader}.
 */
class ModulePathDiscoveryTest {

  /** One provider found in the layer. */
  private record Found(String className, String module, int year, int loadedYear) {}

  /** The providers found on the class path, by year. */
  private static List<RubricProvider> onClassPath;
  /** The providers found in the module layer, by year. */
  private static List<Found> found;

  private static Path location(Class<?> c) throws Exception {
    return Path.of(c.getProtectionDomain().getCodeSource().getLocation().toURI());
  }

  private static <S> List<S> load(ModuleLayer layer, Class<S> service) {
    List<S> out = new ArrayList<>();
    ServiceLoader.load(layer, service).forEach(out::add);
    return out;
  }

  @BeforeAll
  static void buildALayerAndLoadTheProviders() throws Exception {
    onClassPath = ServiceLoader.load(RubricProvider.class).stream().map(ServiceLoader.Provider::get)
        .sorted(Comparator.comparingInt(RubricProvider::year)).toList();
    List<Path> modules = new ArrayList<>(List.of(location(RubricProvider.class),
        location(Class.forName("com.fasterxml.jackson.core.JsonFactory"))));
    for (RubricProvider p : onClassPath) {
      modules.add(location(p.getClass()));
    }
    ModuleFinder finder = ModuleFinder.of(modules.toArray(Path[]::new));
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
  void serviceLoaderFindsInTheLayerExactlyTheProvidersOfTheClassPath() {
    assertEquals(onClassPath.stream().map(p -> p.getClass().getName()).toList(),
        found.stream().map(Found::className).toList());
  }

  @Test
  void theProvidersServeTheYearsTheFacadeServes() {
    assertEquals(Rubrics.available(), found.stream().map(Found::year).toList());
  }

  @Test
  void eachProviderComesFromItsOwnNamedModuleNamedAfterItsYear() {
    assertEquals(found.stream().map(f -> "id.iga.rubric.y" + f.year()).toList(),
        found.stream().map(Found::module).toList());
  }

  @Test
  void eachProviderReadsItsEncapsulatedDocumentInsideTheLayer() {
    assertEquals(found.stream().map(Found::year).toList(), found.stream().map(Found::loadedYear).toList());
  }
}

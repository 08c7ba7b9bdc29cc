package id.iga.json;

import id.iga.IgaException;
import id.iga.Message;
import id.iga.rubric.Rubric;
import id.iga.rubric.RubricProvider;
import java.io.IOException;
import java.io.InputStream;

/**
 * A {@link RubricProvider} that reads a rubric document shipped beside the provider class, so a year module is its
 * data file and a few lines of Java:
 *
 * <pre>{@code
 * public final class Rubric2026Provider extends ResourceRubricProvider {
 *   public Rubric2026Provider() {
 *     super(2026, "rubric-2026.json");
 *   }
 * }
 * }</pre>
 *
 * <p>On the module path the year module must open the provider's package to {@code id.iga.core}
 * ({@code opens id.iga.rubric.y2026 to id.iga.core;}) so that the core may read the document.
 *
 * @since 1.0
 */
public abstract class ResourceRubricProvider implements RubricProvider {
  private final int year;
  private final String resource;

  /**
   * @param year the assessment year served
   * @param resource the document's name, relative to the provider class's package
   */
  protected ResourceRubricProvider(int year, String resource) {
    this.year = year;
    this.resource = resource;
  }

  @Override
  public final int year() {
    return year;
  }

  @Override
  public final Rubric load() {
    String source = getClass().getPackageName().replace('.', '/') + "/" + resource;
    InputStream in = getClass().getResourceAsStream(resource);
    if (in == null) {
      throw new IgaException(Message.of("json.rubricMissing", source, getClass().getName()));
    }
    try (in) {
      return RubricJson.read(in, source);
    } catch (IOException e) {
      throw new IgaException(Message.of("json.rubricNotClosed", source, Json.reason(e)), null, e);
    }
  }
}

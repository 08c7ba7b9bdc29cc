package id.iga.jackson;

import id.iga.IgaException;
import java.util.function.Function;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.json.JsonGeneratorBase;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ser.std.StdSerializer;

/**
 * Writes one type through the library's writer of its format. The library writes a whole document into a string (with
 * its own jackson-core 2 generator, see {@code id.iga.json}); this serializer hands that text to the application's
 * generator as a raw value. So the library stays the one place where the format is written, and the bytes are the
 * library's: the application's mapper cannot escape, reformat a number or reorder a field of it.
 *
 * @param <T> the type written
 */
final class ContractSerializer<T> extends StdSerializer<T> {
  /** Reads the library's text back for a generator that takes tokens, not text. */
  private static final JsonFactory JSON = JsonFactory.builder().build();

  private final Function<T, String> indented;
  private final Function<T, String> compact;

  /**
   * @param type the type written
   * @param indented the library's indented document of a value, ending with a line break
   * @param compact the library's one-line document of a value, ending with a line break
   */
  ContractSerializer(Class<T> type, Function<T, String> indented, Function<T, String> compact) {
    super(type);
    this.indented = indented;
    this.compact = compact;
  }

  @Override
  public void serialize(T value, JsonGenerator gen, SerializationContext context) {
    // Indented only as the whole document: the library indents from the left margin, so inside the application's
    // own structure its indentation would be wrong; the compact form reads the same anywhere.
    boolean indent = gen.getPrettyPrinter() != null && gen.streamWriteContext().inRoot();
    String text;
    try {
      text = indent ? indented.apply(value) : compact.apply(value);
    } catch (IgaException e) {
      // A submission the format cannot represent (a string with a lone surrogate, a number too long to read back).
      throw DatabindException.from(gen, e.getMessage(), e);
    }
    // The library ends each document with a line break; as a value of the mapper's output it ends at its last bracket.
    int end = text.length() - 1;
    if (gen instanceof JsonGeneratorBase) {
      gen.writeRawValue(text, 0, end);
      return;
    }
    try (JsonParser p = JSON.createParser(ObjectReadContext.empty(), text.substring(0, end))) {
      p.nextToken();
      gen.copyCurrentStructureExact(p);
    }
  }
}

package id.iga.json;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.PathType;
import java.util.List;

/**
 * The JSON Schemas of the formats, as the core jar ships them: every {@code $id} under {@link #BASE} is read from
 * {@link #FOLDER} on the class path, where iga-core's build puts the files of {@code docs/schema}.
 */
final class Schemas {
  private Schemas() {}

  /** The base of every schema's {@code $id}. */
  static final String BASE = "https://iga.id/schema/1/";
  /** Where the core jar holds the schemas. */
  static final String FOLDER = "id/iga/json/schema/1/";

  private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
      b -> b.schemaRegistryConfig(SchemaRegistryConfig.builder().pathType(PathType.JSON_POINTER).build())
          .schemaIdResolvers(r -> r.mapPrefix(BASE, "classpath:" + FOLDER)));

  /**
   * One error a schema finds.
   *
   * @param pointer where in the instance: an RFC 6901 JSON pointer
   * @param keyword the keyword that failed
   * @param message the validator's words
   */
  record Problem(String pointer, String keyword, String message) {
    /** @return the place and the keyword, without the validator's words: {@code "/spd/1/level maximum"} */
    String at() {
      return pointer + " " + keyword;
    }
  }

  /**
   * @param name the schema's file name without {@code .schema.json}: {@code submission}, {@code result}, ...
   * @return the schema, read through its {@code $id}
   */
  static Schema named(String name) {
    return REGISTRY.getSchema(SchemaLocation.of(BASE + name + ".schema.json"));
  }

  /**
   * @param name the schema's name, as for {@link #named}
   * @param json a JSON document
   * @return what the schema finds wrong with the document, in the validator's order; empty when it is valid
   */
  static List<Problem> problems(String name, String json) {
    return problems(named(name), json);
  }

  /**
   * @param schema a schema
   * @param json a JSON document
   * @return what the schema finds wrong with the document; empty when it is valid
   */
  static List<Problem> problems(Schema schema, String json) {
    return schema.validate(json, InputFormat.JSON).stream().map(Schemas::problem).toList();
  }

  private static Problem problem(Error e) {
    return new Problem(e.getInstanceLocation().toString(), e.getKeyword(), e.getMessage());
  }
}

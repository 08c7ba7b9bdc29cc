package id.iga.json;

import id.iga.IgaException;
import id.iga.Message;
import id.iga.calibrate.PublishedResult;
import id.iga.calibrate.PublishedResult.Innovations;
import id.iga.calibrate.PublishedResult.Publication;
import id.iga.calibrate.PublishedResult.Rank;
import id.iga.calibrate.PublishedResult.Scale;
import id.iga.rubric.Predikat;
import id.iga.submission.Region;
import id.iga.submission.RegionType;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import javax.annotation.Nullable;

/**
 * Reads documents of published results, strictly (unknown fields, wrong types and invalid values are errors with
 * their line, column and JSON pointer), and serves the one shipped with the library: {@value #RESOURCE}.
 *
 * <pre>{@code
 * {
 *   "format": 1,
 *   "description": "...",
 *   "results": [
 *     {"region": {"code": "33.28", "name": "Kabupaten Tegal", "type": "KABUPATEN"}, "year": 2024,
 *      "score": 67.8, "scale": "INDEX", "predikat": "SANGAT_INOVATIF", "innovations": {"sent": 89, "accepted": 89},
 *      "maturityMean": 79.69, "publication": "FINAL", "source": "https://...", "note": "..."}
 *   ]
 * }
 * }</pre>
 *
 * <p>{@code score} and {@code maturityMean} keep their decimals as written. Optional members: {@code score},
 * {@code predikat}, {@code rank} ({@code position}, {@code among}), {@code innovations} ({@code sent},
 * {@code accepted}, or {@code unspecified} alone), {@code maturityMean}, {@code note}.
 *
 * @since 1.0
 */
public final class PublishedJson {
  /** The shipped document, a resource of the library. */
  public static final String RESOURCE = "/id/iga/calibrate/published-results.json";
  /** The format this reader reads. */
  public static final int FORMAT = 1;

  private static final class Shipped {
    static final List<PublishedResult> RESULTS = load(RESOURCE);
  }

  private PublishedJson() {}

  /**
   * @return the published results shipped with the library, in the document's order
   * @throws IgaException when the shipped document is missing or invalid (a broken build)
   */
  public static List<PublishedResult> shipped() {
    return Shipped.RESULTS;
  }

  /**
   * @param in a document in UTF-8 (not closed)
   * @param source the name errors give it
   * @return its results, in order
   * @throws IgaException when it is not a valid document of published results
   */
  public static List<PublishedResult> read(InputStream in, String source) {
    return build(new Doc(source), Json.read(in, source));
  }

  /**
   * @param json a document; errors name its source {@code <string>}
   * @return its results, in order
   * @throws IgaException when it is not a valid document of published results
   */
  public static List<PublishedResult> read(String json) {
    return build(new Doc(Json.STRING_SOURCE), Json.parse(Json.text(json), Json.STRING_SOURCE));
  }

  /**
   * @param resource the absolute name of a document of published results on the library's class path
   * @return its results
   * @throws IgaException when it is missing or invalid; errors name it without its leading slash
   */
  static List<PublishedResult> load(String resource) {
    InputStream in = PublishedJson.class.getResourceAsStream(resource);
    if (in == null) {
      throw new IgaException(Message.of("json.publishedMissing", resource));
    }
    try (in) {
      return read(in, resource.substring(1));
    } catch (IOException e) {
      throw new IgaException(Message.of("json.publishedNotClosed", resource, Json.reason(e)), null, e);
    }
  }

  private static List<PublishedResult> build(Doc doc, Node root) {
    Doc.Fields f = doc.fields(root, "format", "description", "results");
    Node format = f.required("format");
    if (doc.integer(format) != FORMAT) {
      throw doc.error(format, Message.of("json.publishedFormat", FORMAT, doc.integer(format)));
    }
    f.optionalString("description");
    List<PublishedResult> out = new ArrayList<>();
    for (Node n : doc.array(f.required("results")).items()) {
      try {
        out.add(result(doc, n));
      } catch (IgaException e) {
        throw doc.relocate(e, n);
      }
    }
    return List.copyOf(out);
  }

  private static PublishedResult result(Doc doc, Node node) {
    Doc.Fields f = doc.fields(node, "region", "year", "score", "scale", "predikat", "rank", "innovations",
        "maturityMean", "publication", "source", "note");
    Node regionNode = f.required("region");
    Doc.Fields r = doc.fields(regionNode, "code", "name", "type");
    String code = r.string("code");
    Region region;
    try {
      region = new Region(code, r.string("name"), r.constant("type", RegionType.class), code.substring(0,
          Math.min(2, code.length())));
    } catch (IgaException e) {
      throw doc.relocate(e, regionNode);
    }
    Innovations innovations = Innovations.NONE;
    Node innovationsNode = f.optional("innovations");
    if (innovationsNode != null) {
      Doc.Fields i = doc.fields(innovationsNode, "sent", "accepted", "unspecified");
      try {
        innovations = new Innovations(count(doc, i, "sent"), count(doc, i, "accepted"), count(doc, i, "unspecified"));
      } catch (IgaException e) {
        throw doc.relocate(e, innovationsNode);
      }
    }
    Rank rank = null;
    Node rankNode = f.optional("rank");
    if (rankNode != null) {
      Doc.Fields k = doc.fields(rankNode, "position", "among");
      rank = new Rank(doc.integer(k.required("position"), 1, Integer.MAX_VALUE), k.string("among"));
    }
    Node predikat = f.optional("predikat");
    String note = f.optionalString("note");
    return new PublishedResult(region, doc.integer(f.required("year"), 2000, 2999), decimal(doc, f, "score"),
        f.constant("scale", Scale.class), predikat == null ? null : doc.constant(predikat, Predikat.class), rank,
        innovations, decimal(doc, f, "maturityMean"), f.constant("publication", Publication.class),
        f.string("source"), note == null ? "" : note);
  }

  private static @Nullable Integer count(Doc doc, Doc.Fields f, String name) {
    Node n = f.optional(name);
    return n == null ? null : doc.integer(n, 0, Integer.MAX_VALUE);
  }

  private static @Nullable BigDecimal decimal(Doc doc, Doc.Fields f, String name) {
    Node n = f.optional(name);
    return n == null ? null : doc.decimal(n);
  }
}

package id.iga.release;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * The versioning promise covers the packages the module descriptors export, and japicmp checks the packages each
 * module's POM lists: for every module of the build, the two lists are the same.
 */
class ApiCheckTest {

  private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
  /** An unqualified export: a qualified one ({@code exports p to m}) opens the package to named friends only. */
  private static final Pattern EXPORT = Pattern.compile("^\\s*exports\\s+([\\w.]+)\\s*;", Pattern.MULTILINE);

  private static Element pom(Path file) throws Exception {
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    return f.newDocumentBuilder().parse(file.toFile()).getDocumentElement();
  }

  private static List<Element> children(Element parent, String name) {
    List<Element> out = new ArrayList<>();
    for (Node n = parent == null ? null : parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element e && e.getTagName().equals(name)) {
        out.add(e);
      }
    }
    return out;
  }

  private static Element child(Element parent, String... path) {
    Element current = parent;
    for (String step : path) {
      List<Element> found = children(current, step);
      current = found.isEmpty() ? null : found.get(0);
    }
    return current;
  }

  /** The packages japicmp compares in a module: the includes of its japicmp plugin, none without the plugin. */
  private static TreeSet<String> checked(Element pom) {
    TreeSet<String> out = new TreeSet<>();
    for (Element plugin : children(child(pom, "build", "plugins"), "plugin")) {
      if (plugin.getElementsByTagName("artifactId").item(0).getTextContent().strip()
          .equals("japicmp-maven-plugin")) {
        children(child(plugin, "configuration", "parameter", "includes"), "include")
            .forEach(i -> out.add(i.getTextContent().strip()));
      }
    }
    return out;
  }

  private static TreeSet<String> exported(Path descriptor) throws Exception {
    TreeSet<String> out = new TreeSet<>();
    if (Files.exists(descriptor)) {
      Matcher m = EXPORT.matcher(Files.readString(descriptor));
      while (m.find()) {
        out.add(m.group(1));
      }
    }
    return out;
  }

  @Test
  void japicmpChecksExactlyThePackagesEachDescriptorExports() throws Exception {
    Map<String, TreeSet<String>> exports = new LinkedHashMap<>();
    Map<String, TreeSet<String>> checks = new LinkedHashMap<>();
    for (Element m : children(child(pom(ROOT.resolve("pom.xml")), "modules"), "module")) {
      Path module = ROOT.resolve(m.getTextContent().strip());
      String name = module.getFileName().toString();
      exports.put(name, exported(module.resolve("src/main/java/module-info.java")));
      checks.put(name, checked(pom(module.resolve("pom.xml"))));
    }
    assertEquals(exports, checks);
  }

  @Test
  void theDescriptorsAreReadAsTheyAre() throws Exception {
    // The comparison above would hold trivially if no export were found.
    TreeSet<String> core = exported(ROOT.resolve("iga-core/src/main/java/module-info.java"));
    assertEquals(List.of(true, true, true),
        List.of(core.contains("id.iga"), core.contains("id.iga.score"), core.contains("id.iga.json")));
    assertEquals(new TreeSet<>(), exported(ROOT.resolve("iga-rubric-2026/src/main/java/module-info.java")));
  }
}

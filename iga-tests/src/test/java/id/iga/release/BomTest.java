package id.iga.release;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * iga-bom has no parent (an importer would take the parent's dependencyManagement too), so it repeats what it would
 * have inherited; these tests keep the copy equal to the parent and the list equal to the published modules.
 */
class BomTest {

  private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

  private static Element pom(Path file) throws Exception {
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    return f.newDocumentBuilder().parse(file.toFile()).getDocumentElement();
  }

  private static List<Element> elements(Element parent) {
    List<Element> out = new ArrayList<>();
    for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element e) {
        out.add(e);
      }
    }
    return out;
  }

  private static List<Element> children(Element parent, String name) {
    return elements(parent).stream().filter(e -> e.getTagName().equals(name)).toList();
  }

  private static Element child(Element parent, String... path) {
    Element current = parent;
    for (String step : path) {
      List<Element> found = current == null ? List.of() : children(current, step);
      current = found.isEmpty() ? null : found.get(0);
    }
    return current;
  }

  private static String text(Element parent, String... path) {
    Element e = child(parent, path);
    return e == null ? null : e.getTextContent().strip().replaceAll("\\s+", " ");
  }

  /** An element as text: its name, attributes and children in order, whitespace and comments left out. */
  private static String canonical(Element e) {
    if (e == null) {
      return "(none)";
    }
    StringBuilder out = new StringBuilder("<").append(e.getTagName());
    var attributes = e.getAttributes();
    for (int i = 0; i < attributes.getLength(); i++) {
      Node a = attributes.item(i);
      if (!a.getNodeName().startsWith("xmlns") && !a.getNodeName().startsWith("xsi:")) {
        out.append(' ').append(a.getNodeName()).append("=\"").append(a.getNodeValue()).append('"');
      }
    }
    out.append('>');
    List<Element> children = elements(e);
    children.forEach(c -> out.append(canonical(c)));
    if (children.isEmpty()) {
      out.append(e.getTextContent().strip());
    }
    return out.append("</").append(e.getTagName()).append('>').toString();
  }

  private static Element profile(Element pom, String id) {
    return children(child(pom, "profiles"), "profile").stream().filter(p -> id.equals(text(p, "id"))).findFirst()
        .orElseThrow(() -> new AssertionError("no profile " + id));
  }

  private static Element plugin(Element profile, String artifactId) {
    return children(child(profile, "build", "plugins"), "plugin").stream()
        .filter(p -> artifactId.equals(text(p, "artifactId"))).findFirst()
        .orElseThrow(() -> new AssertionError("no plugin " + artifactId));
  }

  /** The modules of the root POM that are published: the POM does not set maven.deploy.skip to true. */
  private static Map<String, String> publishedModules() throws Exception {
    Map<String, String> out = new LinkedHashMap<>();
    for (Element m : children(child(pom(ROOT.resolve("pom.xml")), "modules"), "module")) {
      Element module = pom(ROOT.resolve(m.getTextContent().strip()).resolve("pom.xml"));
      if (!"true".equals(text(module, "properties", "maven.deploy.skip"))) {
        String packaging = text(module, "packaging");
        out.put(text(module, "artifactId"), packaging == null ? "jar" : packaging);
      }
    }
    return out;
  }

  @Test
  void theBomHasNoParentAndManagesOnlyIgaArtifactsAtItsOwnVersion() throws Exception {
    Element bom = pom(ROOT.resolve("iga-bom/pom.xml"));
    assertEquals(null, child(bom, "parent"));
    assertEquals(null, child(bom, "dependencies"));
    Set<String> coordinates = new TreeSet<>();
    for (Element d : children(child(bom, "dependencyManagement", "dependencies"), "dependency")) {
      coordinates.add(text(d, "groupId") + ":" + text(d, "version") + ":" + text(d, "scope"));
    }
    assertEquals(Set.of("id.iga:${project.version}:null"), coordinates);
    assertEquals(text(pom(ROOT.resolve("pom.xml")), "version"), text(bom, "version"));
  }

  @Test
  void theBomListsEveryPublishedJarOfThisTreeAndTheCoreTestJar() throws Exception {
    Element bom = pom(ROOT.resolve("iga-bom/pom.xml"));
    Set<String> listedHere = new TreeSet<>();
    for (Element d : children(child(bom, "dependencyManagement", "dependencies"), "dependency")) {
      String artifactId = text(d, "artifactId");
      // An entry for a module not in this tree yet (iga-jackson, built on another branch) is checked after the merge.
      if (Files.exists(ROOT.resolve(artifactId).resolve("pom.xml"))) {
        String type = text(d, "type");
        listedHere.add(artifactId + (type == null ? "" : ":" + type));
      }
    }
    Set<String> expected = new TreeSet<>(List.of("iga-core:test-jar"));
    publishedModules().forEach((artifactId, packaging) -> {
      if (packaging.equals("jar")) {
        expected.add(artifactId);
      }
    });
    assertEquals(expected, listedHere);
  }

  @Test
  void theBomRepeatsTheParentsMetadata() throws Exception {
    Element parent = pom(ROOT.resolve("pom.xml"));
    Element bom = pom(ROOT.resolve("iga-bom/pom.xml"));
    for (String element : List.of("url", "inceptionYear", "licenses", "developers")) {
      assertEquals(canonical(child(parent, element)), canonical(child(bom, element)), element);
    }
    // The parent's scm carries attributes for its children; the BOM has none.
    for (String element : List.of("connection", "developerConnection", "url", "tag")) {
      assertEquals(text(parent, "scm", element), text(bom, "scm", element), "scm " + element);
    }
  }

  @Test
  void everyPropertyOfTheBomHasTheParentsValue() throws Exception {
    Element parent = child(pom(ROOT.resolve("pom.xml")), "properties");
    Element bom = child(pom(ROOT.resolve("iga-bom/pom.xml")), "properties");
    List<String> differing = new ArrayList<>();
    for (Element p : elements(bom)) {
      if (!p.getTextContent().strip().equals(text(parent, p.getTagName()))) {
        differing.add(p.getTagName() + ": " + p.getTextContent().strip() + " here, " + text(parent, p.getTagName())
            + " in the parent");
      }
    }
    assertEquals(List.of(), differing);
  }

  @Test
  void theBomReleasesAsTheParentDoes() throws Exception {
    Element parent = pom(ROOT.resolve("pom.xml"));
    Element bom = pom(ROOT.resolve("iga-bom/pom.xml"));
    assertEquals(canonical(profile(parent, "release-upload")), canonical(profile(bom, "release-upload")));
    Element parentRelease = profile(parent, "release");
    Element bomRelease = profile(bom, "release");
    assertEquals(canonical(child(plugin(parentRelease, "maven-gpg-plugin"), "executions")),
        canonical(child(plugin(bomRelease, "maven-gpg-plugin"), "executions")));
    assertEquals(canonical(child(plugin(parentRelease, "maven-gpg-plugin"), "configuration", "gpgArguments")),
        canonical(child(plugin(bomRelease, "maven-gpg-plugin"), "configuration", "gpgArguments")));
    Element parentCentral = plugin(parentRelease, "central-publishing-maven-plugin");
    Element bomCentral = plugin(bomRelease, "central-publishing-maven-plugin");
    assertEquals(text(parentCentral, "extensions"), text(bomCentral, "extensions"));
    // The BOM is published, so it needs no skipPublishing; every other setting is the parent's.
    assertEquals(elements(child(parentCentral, "configuration")).stream()
            .filter(e -> !e.getTagName().equals("skipPublishing")).map(BomTest::canonical).toList(),
        elements(child(bomCentral, "configuration")).stream().map(BomTest::canonical).toList());
  }
}

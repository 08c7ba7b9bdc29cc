import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Checks an unpacked Central Portal bundle (release/dry-run.sh): run as {@code java release/VerifyBundle.java BUNDLE_DIR
 * SOURCE_ROOT}, with GNUPGHOME holding the public key that signed it. For every component (groupId/artifactId/version
 * folder): the .pom, and for a jar the .jar, -sources.jar and -javadoc.jar; every file a .asc that gpg verifies and
 * .md5, .sha1 (and .sha256, .sha512 where present) that match; every jar and zip the root's LICENSE and NOTICE; every
 * POM its own name and description and, inherited through parents that are in the bundle too, the url, licences,
 * developers and scm Central asks for, as Maven computes them (a module's url and scm are its parent's unless the
 * parent lets Maven append the artifactId). The BOM must list every published jar and only id.iga artifacts at the
 * version; the command line's distribution zip must hold the launcher and every library its jar's manifest names; no
 * module the build marks unpublished (maven.deploy.skip) may be in the bundle. Prints one row per component and exits
 * 1 on any failure.
 */
public final class VerifyBundle {

  private static final List<String> DIGESTS = List.of("md5", "sha1", "sha256", "sha512");
  private static final List<String> REQUIRED_DIGESTS = List.of("md5", "sha1");
  private static final Set<String> SIDE_FILES = Set.of("asc", "md5", "sha1", "sha256", "sha512");

  private final Path bundle;
  private final Path root;
  private final byte[] license;
  private final byte[] notice;
  private final List<String> failures = new ArrayList<>();
  private final List<String> warnings = new ArrayList<>();
  /** The POMs of the bundle by groupId:artifactId:version. */
  private final Map<String, Element> poms = new TreeMap<>();

  private VerifyBundle(Path bundle, Path root) throws IOException {
    this.bundle = bundle;
    this.root = root;
    this.license = Files.readAllBytes(root.resolve("LICENSE"));
    this.notice = Files.readAllBytes(root.resolve("NOTICE"));
  }

  public static void main(String[] args) throws Exception {
    if (args.length != 2) {
      System.err.println("usage: java release/VerifyBundle.java BUNDLE_DIR SOURCE_ROOT");
      System.exit(2);
    }
    System.exit(new VerifyBundle(Path.of(args[0]), Path.of(args[1])).run() ? 0 : 1);
  }

  /** One component's row of the summary. */
  private record Row(String artifactId, String packaging, String files, String signed, String sums, String legal,
      String pom) {}

  private boolean run() throws Exception {
    List<Path> componentDirs;
    try (Stream<Path> s = Files.walk(bundle)) {
      componentDirs = s.filter(p -> p.toString().endsWith(".pom")).map(Path::getParent).distinct().sorted().toList();
    }
    for (Path dir : componentDirs) {
      for (Path f : list(dir)) {
        if (f.toString().endsWith(".pom")) {
          Element pom = parse(f);
          poms.put(gav(pom), pom);
        }
      }
    }
    List<Row> rows = new ArrayList<>();
    for (Path dir : componentDirs) {
      rows.add(component(dir));
    }
    bom();
    unpublished();
    print(rows);
    for (String w : warnings) {
      System.out.println("WARN " + w);
    }
    for (String f : failures) {
      System.out.println("FAIL " + f);
    }
    long files = componentDirs.stream().mapToLong(d -> list(d).size()).sum();
    if (failures.isEmpty()) {
      System.out.printf("bundle OK: %d components, %d files%n", componentDirs.size(), files);
      return true;
    }
    System.out.printf("bundle NOT OK: %d failure(s)%n", failures.size());
    return false;
  }

  private Row component(Path dir) throws Exception {
    String version = dir.getFileName().toString();
    String artifactId = dir.getParent().getFileName().toString();
    String base = artifactId + "-" + version;
    Element pom = parse(dir.resolve(base + ".pom"));
    String packaging = text(pom, "packaging", "jar");
    List<String> expected = new ArrayList<>(List.of(base + ".pom"));
    if (packaging.equals("jar")) {
      expected.addAll(List.of(base + ".jar", base + "-sources.jar", base + "-javadoc.jar"));
    } else if (!packaging.equals("pom")) {
      fail(artifactId, "packaging " + packaging + " is neither jar nor pom");
    }
    List<Path> primaries = list(dir).stream()
        .filter(p -> !SIDE_FILES.contains(extension(p.getFileName().toString()))).toList();
    Set<String> names = new TreeSet<>();
    primaries.forEach(p -> names.add(p.getFileName().toString()));
    for (String e : expected) {
      if (!names.contains(e)) {
        fail(artifactId, "missing " + e);
      }
    }
    int signed = 0;
    int summed = 0;
    int legal = 0;
    int archives = 0;
    for (Path p : primaries) {
      String name = p.getFileName().toString();
      if (signature(p)) {
        signed++;
      }
      if (checksums(p)) {
        summed++;
      }
      if (name.endsWith(".jar") || name.endsWith(".zip")) {
        archives++;
        if (legalFiles(artifactId, p)) {
          legal++;
        }
      }
      if (name.endsWith("-dist.zip")) {
        distribution(artifactId, p);
      }
    }
    boolean pomOk = pomMetadata(artifactId, pom);
    List<String> order = List.of("pom", "jar", "sources.jar", "javadoc.jar");
    String files = names.stream().map(n -> n.equals(base + ".pom") ? "pom" : n.equals(base + ".jar") ? "jar"
            : n.startsWith(base + "-") ? n.substring(base.length() + 1) : n)
        .sorted((a, b) -> Integer.compare(order.indexOf(a) < 0 ? order.size() : order.indexOf(a),
            order.indexOf(b) < 0 ? order.size() : order.indexOf(b)))
        .reduce((a, b) -> a + " " + b).orElse("");
    int n = primaries.size();
    return new Row(artifactId, packaging, files, signed + "/" + n, summed + "/" + n,
        archives == 0 ? "-" : legal + "/" + archives, pomOk ? "ok" : "FAIL");
  }

  private boolean signature(Path file) throws Exception {
    Path asc = Path.of(file + ".asc");
    if (!Files.exists(asc)) {
      fail(file.getFileName().toString(), "no .asc");
      return false;
    }
    Process gpg = new ProcessBuilder("gpg", "--batch", "--verify", asc.toString(), file.toString())
        .redirectErrorStream(true).start();
    String out = new String(gpg.getInputStream().readAllBytes());
    if (gpg.waitFor() != 0 || !out.contains("Good signature")) {
      String[] lines = out.strip().split("\n");
      fail(file.getFileName().toString(), "signature does not verify: " + lines[lines.length - 1]);
      return false;
    }
    return true;
  }

  private boolean checksums(Path file) throws Exception {
    byte[] bytes = Files.readAllBytes(file);
    boolean ok = true;
    for (String algorithm : DIGESTS) {
      Path sum = Path.of(file + "." + algorithm);
      if (!Files.exists(sum)) {
        if (REQUIRED_DIGESTS.contains(algorithm)) {
          fail(file.getFileName().toString(), "no ." + algorithm);
          ok = false;
        }
        continue;
      }
      String javaName = switch (algorithm) {
        case "md5" -> "MD5";
        case "sha1" -> "SHA-1";
        case "sha256" -> "SHA-256";
        default -> "SHA-512";
      };
      String actual = HexFormat.of().formatHex(MessageDigest.getInstance(javaName).digest(bytes));
      String stated = Files.readString(sum).strip().split("\\s+")[0];
      if (!stated.equalsIgnoreCase(actual)) {
        fail(file.getFileName().toString(), "." + algorithm + " says " + stated + ", the file's is " + actual);
        ok = false;
      }
    }
    return ok;
  }

  /** A jar's META-INF/LICENSE and NOTICE, a zip's LICENSE and NOTICE in its top folder: the root's, byte for byte. */
  private boolean legalFiles(String artifactId, Path archive) throws IOException {
    boolean zip = archive.toString().endsWith(".zip");
    try (ZipFile z = new ZipFile(archive.toFile())) {
      String prefix = zip ? topFolder(z) : "META-INF/";
      boolean ok = true;
      for (Map.Entry<String, byte[]> e : Map.of("LICENSE", license, "NOTICE", notice).entrySet()) {
        ZipEntry entry = z.getEntry(prefix + e.getKey());
        if (entry == null) {
          fail(archive.getFileName().toString(), "has no " + prefix + e.getKey());
          ok = false;
        } else if (!Arrays.equals(read(z, entry), e.getValue())) {
          fail(archive.getFileName().toString(), prefix + e.getKey() + " is not the root's " + e.getKey());
          ok = false;
        }
      }
      return ok;
    }
  }

  /** The runnable zip: the launcher (executable), iga-cli.jar and every library its manifest's Class-Path names. */
  private void distribution(String artifactId, Path zipFile) throws IOException {
    String name = zipFile.getFileName().toString();
    try (ZipFile z = new ZipFile(zipFile.toFile())) {
      String top = topFolder(z);
      ZipEntry launcher = z.getEntry(top + "iga");
      if (launcher == null) {
        fail(name, "has no launcher " + top + "iga");
      } else if ((unixMode(z, launcher) & 0111) == 0) {
        fail(name, "launcher " + top + "iga is not executable");
      }
      ZipEntry jar = z.getEntry(top + "iga-cli.jar");
      if (jar == null) {
        fail(name, "has no " + top + "iga-cli.jar");
        return;
      }
      Path copy = Files.createTempFile("iga-cli", ".jar");
      try {
        Files.write(copy, read(z, jar));
        try (JarFile j = new JarFile(copy.toFile())) {
          String classPath = j.getManifest().getMainAttributes().getValue("Class-Path");
          if (classPath == null || classPath.isBlank()) {
            fail(name, "iga-cli.jar names no Class-Path");
            return;
          }
          for (String entry : classPath.strip().split("\\s+")) {
            if (z.getEntry(top + entry) == null) {
              fail(name, "iga-cli.jar's manifest names " + entry + ", which the zip lacks");
            }
          }
        }
      } finally {
        Files.delete(copy);
      }
    }
  }

  private static String topFolder(ZipFile z) {
    String first = z.stream().findFirst().map(ZipEntry::getName).orElse("");
    int slash = first.indexOf('/');
    return slash < 0 ? "" : first.substring(0, slash + 1);
  }

  /** The Unix mode stored in a zip entry's central directory record (its external attributes' high 16 bits). */
  private static int unixMode(ZipFile z, ZipEntry entry) throws IOException {
    byte[] all = Files.readAllBytes(Path.of(z.getName()));
    byte[] wanted = entry.getName().getBytes(java.nio.charset.StandardCharsets.UTF_8);
    for (int i = 0; i + 46 < all.length; i++) {
      if (all[i] == 0x50 && all[i + 1] == 0x4b && all[i + 2] == 0x01 && all[i + 3] == 0x02) {
        int nameLength = u16(all, i + 28);
        if (nameLength == wanted.length && Arrays.equals(all, i + 46, i + 46 + nameLength, wanted, 0, nameLength)) {
          return (int) ((u32(all, i + 38) >>> 16) & 0xffff);
        }
      }
    }
    return 0;
  }

  private static int u16(byte[] b, int at) {
    return (b[at] & 0xff) | (b[at + 1] & 0xff) << 8;
  }

  private static long u32(byte[] b, int at) {
    return u16(b, at) | (long) u16(b, at + 2) << 16;
  }

  private boolean pomMetadata(String artifactId, Element pom) {
    int before = failures.size();
    for (String own : List.of("name", "description")) {
      if (text(pom, own, "").isBlank()) {
        fail(artifactId, "the POM has no <" + own + "> of its own");
      }
    }
    List<Element> lineage = lineage(artifactId, pom);
    String projectUrl = effective(lineage, "url", "project.url");
    if (projectUrl == null || !projectUrl.startsWith("https://")) {
      fail(artifactId, "effective <url> is " + projectUrl);
    }
    Element licenses = first(lineage, "licenses");
    if (licenses == null || children(licenses, "license").isEmpty()
        || children(licenses, "license").stream().anyMatch(l -> text(l, "name", "").isBlank()
            || text(l, "url", "").isBlank())) {
      fail(artifactId, "no <licenses> with a name and url for each");
    }
    Element developers = first(lineage, "developers");
    if (developers == null || children(developers, "developer").isEmpty()
        || children(developers, "developer").stream().anyMatch(d -> text(d, "name", "").isBlank())) {
      fail(artifactId, "no <developers> with a name for each");
    }
    // The topmost POM's addresses are the project's: a module whose effective address differs (Maven appended its
    // artifactId) names a page or repository that does not exist.
    Element top = lineage.get(lineage.size() - 1);
    String topUrl = text(top, "url", null);
    if (topUrl != null && !topUrl.equals(projectUrl)) {
      fail(artifactId, "effective <url> " + projectUrl + " is not the project's " + topUrl);
    }
    for (String scm : List.of("connection", "developerConnection", "url")) {
      String value = effective(lineage, "scm/" + scm, "scm." + scm);
      String topValue = path(top, "scm/" + scm);
      if (value == null || value.isBlank()) {
        fail(artifactId, "no <scm><" + scm + ">");
      } else if (topValue != null && !topValue.equals(value)) {
        fail(artifactId, "effective <scm><" + scm + "> " + value + " is not the project's " + topValue);
      }
    }
    return failures.size() == before;
  }

  /** The POM and its parents, nearest first; each parent must be in the bundle. */
  private List<Element> lineage(String artifactId, Element pom) {
    List<Element> out = new ArrayList<>(List.of(pom));
    Element current = pom;
    while (child(current, "parent") != null) {
      Element parent = child(current, "parent");
      String gav = text(parent, "groupId", "") + ":" + text(parent, "artifactId", "") + ":" + text(parent, "version", "");
      Element parentPom = poms.get(gav);
      if (parentPom == null) {
        fail(artifactId, "parent " + gav + " is not in the bundle");
        break;
      }
      out.add(parentPom);
      current = parentPom;
    }
    return out;
  }

  /**
   * A value as Maven inherits it: the nearest POM that states it; each step down from a parent appends the child's
   * artifactId unless the parent's element (project or scm) has child.ATTRIBUTE.inherit.append.path="false".
   */
  private static String effective(List<Element> lineage, String path, String attribute) {
    String suffix = "";
    for (int i = 0; i < lineage.size(); i++) {
      Element pom = lineage.get(i);
      String value = path(pom, path);
      if (value != null) {
        return value + suffix;
      }
      if (i + 1 < lineage.size()) {
        Element parent = lineage.get(i + 1);
        Element holder = path.startsWith("scm/") ? child(parent, "scm") : parent;
        String flag = holder == null ? "" : holder.getAttribute("child." + attribute + ".inherit.append.path");
        if (!"false".equals(flag)) {
          suffix = "/" + text(pom, "artifactId", "") + suffix;
        }
      }
    }
    return null;
  }

  private static Element first(List<Element> lineage, String name) {
    return lineage.stream().map(p -> child(p, name)).filter(e -> e != null).findFirst().orElse(null);
  }

  /** The BOM: every entry an id.iga artifact at the version; every published jar listed; every entry published. */
  private void bom() throws IOException {
    Element bom = poms.entrySet().stream().filter(e -> e.getKey().startsWith("id.iga:iga-bom:"))
        .map(Map.Entry::getValue).findFirst().orElse(null);
    if (bom == null) {
      fail("iga-bom", "not in the bundle");
      return;
    }
    if (child(bom, "parent") != null) {
      fail("iga-bom", "has a parent, whose dependencyManagement an importer would take too");
    }
    String version = text(bom, "version", "");
    Element management = child(child(bom, "dependencyManagement"), "dependencies");
    Set<String> listed = new TreeSet<>();
    for (Element d : children(management, "dependency")) {
      String artifactId = text(d, "artifactId", "");
      String v = text(d, "version", "");
      if (!text(d, "groupId", "").equals("id.iga") || !(v.equals("${project.version}") || v.equals(version))) {
        fail("iga-bom", "pins " + text(d, "groupId", "") + ":" + artifactId + ":" + v
            + ", not an id.iga artifact at " + version);
      }
      listed.add(artifactId);
      String type = text(d, "type", "jar");
      String file = artifactId + "-" + version + (type.equals("test-jar") ? "-tests.jar" : "." + type);
      if (!Files.exists(bundle.resolve("id/iga/" + artifactId + "/" + version + "/" + file))) {
        if (Files.exists(root.resolve(artifactId).resolve("pom.xml"))) {
          fail("iga-bom", "lists " + file + ", which is built here but not in the bundle");
        } else {
          warnings.add("iga-bom lists " + artifactId + ", which is not a module of this tree (yet): not checked");
        }
      }
    }
    for (Map.Entry<String, Element> e : poms.entrySet()) {
      String artifactId = text(e.getValue(), "artifactId", "");
      if (text(e.getValue(), "packaging", "jar").equals("jar") && !listed.contains(artifactId)) {
        fail("iga-bom", "does not list the published " + artifactId);
      }
    }
  }

  /** Modules whose POM sets maven.deploy.skip to true must not be in the bundle. */
  private void unpublished() throws Exception {
    Element parent = parse(root.resolve("pom.xml"));
    for (Element m : children(child(parent, "modules"), "module")) {
      Path pomFile = root.resolve(m.getTextContent().strip()).resolve("pom.xml");
      Element pom = parse(pomFile);
      Element properties = child(pom, "properties");
      boolean skipped = properties != null && "true".equals(text(properties, "maven.deploy.skip", ""));
      String artifactId = text(pom, "artifactId", "");
      boolean inBundle = Files.isDirectory(bundle.resolve("id/iga/" + artifactId));
      if (skipped && inBundle) {
        fail(artifactId, "is marked unpublished (maven.deploy.skip) but is in the bundle");
      } else if (!skipped && !inBundle) {
        fail(artifactId, "is published (no maven.deploy.skip) but is not in the bundle");
      } else if (skipped) {
        System.out.println("not published: " + artifactId);
      }
    }
  }

  private static void print(List<Row> rows) {
    String format = "%-16s %-9s %-44s %-7s %-10s %-8s %s%n";
    System.out.printf(format, "ARTIFACT", "PACKAGING", "FILES", "SIGNED", "CHECKSUMS", "LICENSE", "POM");
    for (Row r : rows) {
      System.out.printf(format, r.artifactId(), r.packaging(), r.files(), r.signed(), r.sums(), r.legal(), r.pom());
    }
  }

  private void fail(String where, String what) {
    failures.add(where + ": " + what);
  }

  private static List<Path> list(Path dir) {
    try (Stream<Path> s = Files.list(dir)) {
      return s.filter(Files::isRegularFile).sorted().toList();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String extension(String name) {
    return name.substring(name.lastIndexOf('.') + 1);
  }

  private static byte[] read(ZipFile z, ZipEntry e) throws IOException {
    try (InputStream in = z.getInputStream(e)) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      in.transferTo(out);
      return out.toByteArray();
    }
  }

  private static Element parse(Path pom) throws Exception {
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setNamespaceAware(false);
    f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    Document d = f.newDocumentBuilder().parse(pom.toFile());
    return d.getDocumentElement();
  }

  private static String gav(Element pom) {
    Element parent = child(pom, "parent");
    String group = text(pom, "groupId", parent == null ? "" : text(parent, "groupId", ""));
    String version = text(pom, "version", parent == null ? "" : text(parent, "version", ""));
    return group + ":" + text(pom, "artifactId", "") + ":" + version;
  }

  private static Element child(Element parent, String name) {
    if (parent == null) {
      return null;
    }
    for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element e && e.getTagName().equals(name)) {
        return e;
      }
    }
    return null;
  }

  private static List<Element> children(Element parent, String name) {
    List<Element> out = new ArrayList<>();
    if (parent == null) {
      return out;
    }
    for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element e && e.getTagName().equals(name)) {
        out.add(e);
      }
    }
    return out;
  }

  private static String path(Element from, String path) {
    Element current = from;
    for (String step : path.split("/")) {
      current = child(current, step);
      if (current == null) {
        return null;
      }
    }
    return current.getTextContent().strip();
  }

  private static String text(Element parent, String name, String fallback) {
    Element e = child(parent, name);
    return e == null ? fallback : e.getTextContent().strip();
  }
}

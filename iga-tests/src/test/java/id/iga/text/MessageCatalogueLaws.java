package id.iga.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Format;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Laws of the message catalogues of every module: each text for people exists in Bahasa Indonesia and in English,
 * with the same arguments, and each key the code names exists, and each key exists because the code names it.
 */
class MessageCatalogueLaws {
  private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
  /** A key as the code names it: a string literal {@code "package.name..."} given to a message. */
  private static final Pattern KEY_USE = Pattern.compile("(?:Message\\.of|text|key|Text\\.of|msg)\\(\\s*\"([a-z]+\\.[A-Za-z0-9_.]+)\"");
  private static final Pattern LITERAL = Pattern.compile("\"([a-z]+\\.[A-Za-z0-9_.]+)\"");

  @Test
  void everyKeyExistsInBothLanguagesWithTheSameArguments() {
    List<String> problems = new ArrayList<>();
    for (Path english : catalogues()) {
      Path indonesian = english.resolveSibling("messages_id.properties");
      assertTrue(Files.exists(indonesian), "no Indonesian catalogue beside " + ROOT.relativize(english));
      Properties en = load(english);
      Properties id = load(indonesian);
      Set<String> enKeys = new TreeSet<>(en.stringPropertyNames());
      Set<String> idKeys = new TreeSet<>(id.stringPropertyNames());
      for (String k : enKeys) {
        if (!idKeys.contains(k)) {
          problems.add(ROOT.relativize(indonesian) + " lacks " + k);
        } else if (!signature(en.getProperty(k)).equals(signature(id.getProperty(k)))) {
          problems.add(k + ": arguments differ: en " + signature(en.getProperty(k)) + ", id "
              + signature(id.getProperty(k)));
        }
      }
      for (String k : idKeys) {
        if (!enKeys.contains(k)) {
          problems.add(ROOT.relativize(english) + " lacks " + k);
        }
      }
    }
    assertEquals(List.of(), problems);
  }

  @Test
  void everyKeyBelongsToThePackageOfItsCatalogue() {
    List<String> problems = new ArrayList<>();
    for (Path english : catalogues()) {
      String dir = english.getParent().toString().replace('\\', '/');
      String pkg = dir.endsWith("/id/iga") ? "iga" : dir.substring(dir.lastIndexOf('/') + 1);
      for (String k : load(english).stringPropertyNames()) {
        if (!k.startsWith(pkg + ".")) {
          problems.add(ROOT.relativize(english) + ": key " + k + " does not start with " + pkg + ".");
        }
      }
    }
    assertEquals(List.of(), problems);
  }

  @Test
  void everyKeyTheCodeNamesHasAText() {
    Set<String> known = new TreeSet<>();
    for (Path c : catalogues()) {
      known.addAll(load(c).stringPropertyNames());
    }
    List<String> problems = new ArrayList<>();
    for (Path source : sources()) {
      Matcher m = KEY_USE.matcher(read(source));
      while (m.find()) {
        if (!known.contains(m.group(1))) {
          problems.add(ROOT.relativize(source) + " names " + m.group(1) + ", which no catalogue holds");
        }
      }
    }
    assertEquals(List.of(), problems);
  }

  @Test
  void everyTextIsNamedByTheCodeOfItsModule() {
    List<String> problems = new ArrayList<>();
    for (Path english : catalogues()) {
      Path module = module(english);
      Set<String> named = new TreeSet<>();
      for (Path source : sources()) {
        if (source.startsWith(module)) {
          Matcher m = LITERAL.matcher(read(source));
          while (m.find()) {
            named.add(m.group(1));
          }
        }
      }
      for (String k : new TreeSet<>(load(english).stringPropertyNames())) {
        if (!named.contains(k)) {
          problems.add(k + " (" + ROOT.relativize(english) + ") is named by no source of " + ROOT.relativize(module));
        }
      }
    }
    assertEquals(List.of(), problems);
  }

  @Test
  void everyPatternFormatsInBothLanguages() {
    for (Path english : catalogues()) {
      for (Path p : List.of(english, english.resolveSibling("messages_id.properties"))) {
        Properties props = load(p);
        for (String k : props.stringPropertyNames()) {
          Locale locale = p.getFileName().toString().contains("_id") ? Locale.forLanguageTag("id") : Locale.ENGLISH;
          new MessageFormat(props.getProperty(k), locale);
        }
      }
    }
  }

  /** The argument indices of a pattern and the kind of format each has, as a comparable text. */
  private static String signature(String pattern) {
    Format[] formats = new MessageFormat(pattern, Locale.ENGLISH).getFormatsByArgumentIndex();
    TreeMap<Integer, String> args = new TreeMap<>();
    Matcher m = Pattern.compile("\\{(\\d+)").matcher(pattern.replaceAll("'[^']*'", ""));
    while (m.find()) {
      int i = Integer.parseInt(m.group(1));
      args.put(i, i < formats.length && formats[i] != null ? formats[i].getClass().getSimpleName() : "plain");
    }
    return args.toString();
  }

  private static Path module(Path catalogue) {
    Path p = catalogue;
    while (!p.getParent().equals(ROOT)) {
      p = p.getParent();
    }
    return p;
  }

  private static List<Path> catalogues() {
    try (Stream<Path> s = Files.walk(ROOT, 12)) {
      List<Path> found = s.filter(p -> p.getFileName().toString().equals("messages.properties"))
          .filter(p -> p.toString().replace('\\', '/').contains("/src/main/resources/")).sorted().toList();
      assertTrue(!found.isEmpty(), "no message catalogue found under " + ROOT);
      return found;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<Path> sources() {
    try (Stream<Path> s = Files.walk(ROOT, 14)) {
      return s.filter(p -> p.toString().endsWith(".java"))
          .filter(p -> p.toString().replace('\\', '/').contains("/src/main/java/")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Properties load(Path p) {
    Properties props = new Properties();
    try (Reader r = Files.newBufferedReader(p, StandardCharsets.UTF_8)) {
      props.load(r);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return props;
  }

  private static String read(Path p) {
    try {
      return Files.readString(p, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

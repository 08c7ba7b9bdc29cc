package id.iga.rank;

import id.iga.IgaException;
import id.iga.Location;
import id.iga.Message;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A user's own peer group: the regions to rank among, read from a text file with one Kemendagri code per line.
 *
 * <pre>
 * # kabupaten of Jawa Tengah without a separate research agency
 * 33.07
 * 33.14   # Sragen
 * </pre>
 *
 * <p>{@code #} starts a comment, to the end of the line; blank lines are skipped; spaces around a code are ignored.
 * A line that is not a code ({@code 33} for a province, {@code 33.14} for a kabupaten or kota) and a code listed twice
 * are errors naming the line. Every code must be in the dataset ranked: {@link Ranking} checks that, naming the line.
 *
 * @since 1.0
 */
public final class Cohort {
  private static final Pattern CODE = Pattern.compile("[1-9][0-9](\\.[0-9]{2})?");

  private final String source;
  private final Map<String, Long> lines;

  private Cohort(String source, Map<String, Long> lines) {
    this.source = source;
    this.lines = Collections.unmodifiableMap(lines);
  }

  /**
   * @param file a cohort file in UTF-8
   * @return the cohort
   * @throws IgaException when the file cannot be read or a line is not valid (the location names the line)
   */
  public static Cohort read(Path file) {
    String text;
    try {
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      throw new IgaException(Message.of("rank.cohort.noSuchFile"), Location.source(file.toString()), e);
    } catch (CharacterCodingException e) {
      throw new IgaException(Message.of("rank.cohort.notUtf8"), Location.source(file.toString()), e);
    } catch (IOException e) {
      // The failure's own words, not its class name.
      throw new IgaException(Message.of("rank.cohort.unreadable", e.getMessage() != null ? e.getMessage()
          : Message.of("rank.cohort.readFailed")), Location.source(file.toString()), e);
    }
    return parse(text, file.toString());
  }

  /**
   * @param text the cohort, one code per line
   * @param source the name errors give it
   * @return the cohort
   * @throws IgaException when a line is not a code or repeats one (the location names the line), or no code is listed
   */
  public static Cohort parse(String text, String source) {
    Objects.requireNonNull(source, "source");
    Map<String, Long> lines = new LinkedHashMap<>();
    String[] all = text.split("\n", -1);
    for (int i = 0; i < all.length; i++) {
      long line = i + 1L;
      String l = all[i];
      int hash = l.indexOf('#');
      String code = (hash >= 0 ? l.substring(0, hash) : l).strip();
      if (code.isEmpty()) {
        continue;
      }
      Location where = new Location(source, line, 0, null);
      if (!CODE.matcher(code).matches()) {
        throw new IgaException(Message.of("rank.cohort.notACode", code), where);
      }
      Long first = lines.putIfAbsent(code, line);
      if (first != null) {
        throw new IgaException(Message.of("rank.cohort.listedTwice", code, first), where);
      }
    }
    if (lines.isEmpty()) {
      throw new IgaException(Message.of("rank.cohort.empty"), Location.source(source));
    }
    return new Cohort(source, lines);
  }

  /** @return the name of the file the cohort was read from */
  public String source() {
    return source;
  }

  /** @return the codes, each with the line it is on, in file order */
  public Map<String, Long> lines() {
    return lines;
  }

  /** @return how many regions the cohort lists */
  public int size() {
    return lines.size();
  }

  /**
   * @param code a Kemendagri code
   * @return whether the cohort lists it
   */
  public boolean contains(String code) {
    return lines.containsKey(code);
  }

  /**
   * @param code a code the cohort lists
   * @return the place it is listed
   */
  Location locationOf(String code) {
    return new Location(source, lines.get(code), 0, null);
  }
}

package id.iga.submission;

import id.iga.IgaException;
import id.iga.Location;
import id.iga.Message;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javax.annotation.Nullable;

/**
 * Indonesia's provinces, kabupaten and kota with their Kemendagri codes, shipped with the library. The IID ranks the
 * 546 autonomous ones (38 provinces, 415 kabupaten, 93 kota); Jakarta's six administrative kabupaten and kota are
 * listed but are not autonomous.
 *
 * @since 1.0
 */
public final class Regions {
  private static final String RESOURCE = "regions.csv";

  /**
   * One entry of the list.
   *
   * @param region the region
   * @param provinceName the name of its province
   * @param autonomous whether it is an autonomous regional government (ranked by the IID)
   * @param previousCode the code it had before the 2022 Papua split, or null
   */
  public record Entry(Region region, String provinceName, boolean autonomous, @Nullable String previousCode) {}

  private static final class Holder {
    static final Map<String, Entry> BY_CODE = load();
  }

  private Regions() {}

  /** @return every listed region, autonomous or not, in code order */
  public static List<Entry> all() {
    return List.copyOf(Holder.BY_CODE.values());
  }

  /** @return the 546 autonomous regions in code order: the IID universe */
  public static List<Region> autonomous() {
    List<Region> out = new ArrayList<>();
    for (Entry e : Holder.BY_CODE.values()) {
      if (e.autonomous()) {
        out.add(e.region());
      }
    }
    return Collections.unmodifiableList(out);
  }

  /**
   * @param code a Kemendagri code, current or (for the regions moved to the new Papua provinces) previous
   * @return the region's entry, if listed
   */
  public static Optional<Entry> find(String code) {
    Entry e = Holder.BY_CODE.get(code);
    if (e != null) {
      return Optional.of(e);
    }
    return Holder.BY_CODE.values().stream().filter(x -> code.equals(x.previousCode())).findFirst();
  }

  /**
   * @param region a region
   * @return the name of its province as the list has it, or its province code when the list does not have the region
   */
  public static String provinceName(Region region) {
    return find(region.code()).map(Entry::provinceName).orElse(region.provinceCode());
  }

  private static Map<String, Entry> load() {
    Map<String, Entry> map = new LinkedHashMap<>();
    try (InputStream in = Regions.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IgaException(Message.of("submission.regionListMissing", RESOURCE));
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      long n = 0;
      boolean header = true;
      while ((line = r.readLine()) != null) {
        n++;
        if (line.startsWith("#")) {
          continue;
        }
        if (header) {
          header = false;
          continue;
        }
        String[] f = line.split(",", -1);
        Location where = new Location(RESOURCE, n, 0, null);
        if (f.length != 7) {
          throw new IgaException(Message.of("submission.regionListFields", f.length), where);
        }
        try {
          Region region = new Region(f[0], f[1], RegionType.valueOf(f[2]), f[3]);
          map.put(f[0], new Entry(region, f[4], Boolean.parseBoolean(f[5]), f[6].isEmpty() ? null : f[6]));
        } catch (IgaException e) {
          throw e.at(where);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return Collections.unmodifiableMap(map);
  }
}

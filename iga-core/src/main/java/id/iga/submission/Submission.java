package id.iga.submission;

import id.iga.IgaException;
import id.iga.Location;
import id.iga.Message;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What one region sends for one assessment year: its answers to the region indicators (SPD, 1-15) and its
 * innovations. A submission is checked against a rubric when it is scored, since the same submission can be scored
 * under several years.
 *
 * @param year the assessment year the region answered for
 * @param region the region
 * @param spd answers to the region indicators, by indicator code, in the order given
 * @param innovations the innovations sent, in the order given; ids are unique
 *
 * @since 1.0
 */
public record Submission(int year, Region region, Map<String, Answer> spd, List<Innovation> innovations) {
  /**
   * Checks the components, as the type's documentation describes them.
   *
   * @param year the assessment year the region answered for
   * @param region the region
   * @param spd answers to the region indicators, by indicator code, in the order given
   * @param innovations the innovations sent, in the order given; ids are unique
   */
  public Submission {
    Objects.requireNonNull(region, "region");
    spd = Collections.unmodifiableMap(new LinkedHashMap<>(spd));
    spd.forEach((k, v) -> Objects.requireNonNull(v, "answer " + k));
    innovations = List.copyOf(innovations);
    Map<String, Integer> ids = new HashMap<>();
    for (int i = 0; i < innovations.size(); i++) {
      Integer first = ids.putIfAbsent(innovations.get(i).id(), i);
      if (first != null) {
        throw new IgaException(Message.of("submission.innovationIdTwice", innovations.get(i).id(), first),
            Location.pointer(Location.pointerOf("innovations", i, "id")));
      }
    }
  }
}

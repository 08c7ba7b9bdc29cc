package id.iga.submission;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One innovation a region sends, with its answers to the innovation indicators (16-35).
 *
 * @param id the region's identifier for it, unique within the submission
 * @param title its name
 * @param agency the agency (perangkat daerah) that runs it
 * @param affair the government affair it serves
 * @param stage how far it has come
 * @param answers answers by indicator code, in the order given
 *
 * @since 1.0
 */
public record Innovation(String id, String title, String agency, Affair affair, Stage stage,
    Map<String, Answer> answers) {
  /**
   * Checks the components, as the type's documentation describes them.
   *
   * @param id the region's identifier for it, unique within the submission
   * @param title its name
   * @param agency the agency (perangkat daerah) that runs it
   * @param affair the government affair it serves
   * @param stage how far it has come
   * @param answers answers by indicator code, in the order given
   */
  public Innovation {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(agency, "agency");
    Objects.requireNonNull(affair, "affair");
    Objects.requireNonNull(stage, "stage");
    answers = Collections.unmodifiableMap(new LinkedHashMap<>(answers));
    answers.forEach((k, v) -> Objects.requireNonNull(v, "answer " + k));
  }
}

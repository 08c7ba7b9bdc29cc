package id.iga.compare;

import id.iga.IgaException;
import id.iga.Message;
import id.iga.rubric.Overrides;
import id.iga.rubric.Rubric;
import id.iga.score.Mode;
import id.iga.score.Scorer;
import id.iga.submission.Submission;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * One parameter swept over a list of values: a submission scored under the published rubric and under one derived
 * rubric per value, one row per value. Immutable and thread-safe.
 *
 * <pre>{@code
 * Sweep sweep = Sweep.of(Rubrics.forYear(2025), List.of(), "divisorFloor=10,12,14,16");
 * for (Sweep.Row row : sweep.score(submission, Mode.CLAIMED)) {
 *   row.parameter();                 // "divisorFloor"
 *   row.value();                     // "12"
 *   row.difference().iidChange();   // against the published rubric
 * }
 * }</pre>
 *
 * @since 1.0
 */
public final class Sweep {
  private final String parameter;
  private final List<String> values;
  private final Scorer published;
  private final List<Scorer> derived;

  /**
   * One value of the sweep.
   *
   * @param parameter the swept parameter's canonical name, so that a row written alone says what was swept
   * @param value the parameter's value, as written
   * @param difference the submission under the published rubric and under this value
   */
  public record Row(String parameter, String value, Difference difference) {
    /**
     * Checks the components, as the type's documentation describes them.
     *
     * @param parameter the swept parameter's canonical name, so that a row written alone says what was swept
     * @param value the parameter's value, as written
     * @param difference the submission under the published rubric and under this value
     */
    public Row {
      Objects.requireNonNull(parameter, "parameter");
      Objects.requireNonNull(value, "value");
      Objects.requireNonNull(difference, "difference");
    }
  }

  private Sweep(String parameter, List<String> values, Rubric published, List<Rubric> derived) {
    this.parameter = parameter;
    this.values = List.copyOf(values);
    this.published = Scorer.of(published);
    this.derived = derived.stream().map(Scorer::of).toList();
  }

  /**
   * @param published the published rubric
   * @param base settings applied to every value (may be empty); they must not set the swept parameter
   * @param sweep {@code name=v1,v2,...}, such as {@code divisorFloor=10,12,14,16} or {@code gate=2,5,6}
   * @return the sweep
   * @throws IgaException when the sweep is not {@code name=v1,v2,...}, repeats a value, sets the swept parameter in
   *     {@code base} too, or a value is not valid for the parameter
   */
  public static Sweep of(Rubric published, List<Overrides.Setting> base, String sweep) {
    Overrides.Setting spec = Overrides.parse(sweep);
    String name = spec.name();
    List<String> values = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (String v : spec.value().split(",", -1)) {
      String value = v.strip();
      if (value.isEmpty()) {
        throw new IgaException(Message.of("compare.sweep.emptyValue", sweep));
      }
      if (!seen.add(value)) {
        throw new IgaException(Message.of("compare.sweep.repeatedValue", sweep, value));
      }
      values.add(value);
    }
    for (Overrides.Setting s : base) {
      if (Overrides.canonicalName(s.name()).equals(name)) {
        throw new IgaException(Message.of("compare.sweep.setAndSwept", name, s.toString(), sweep));
      }
    }
    List<Rubric> derived = new ArrayList<>();
    for (String value : values) {
      List<Overrides.Setting> settings = new ArrayList<>(base);
      settings.add(new Overrides.Setting(name, value));
      derived.add(Overrides.apply(published, settings));
    }
    return new Sweep(name, values, published, derived);
  }

  /** @return the swept parameter's canonical name */
  public String parameter() {
    return parameter;
  }

  /** @return the values, in order */
  public List<String> values() {
    return values;
  }

  /** @return the derived rubrics, one per value, in order */
  public List<Rubric> rubrics() {
    return derived.stream().map(Scorer::rubric).toList();
  }

  /**
   * @param submission a submission valid for the rubric
   * @param mode which answers count
   * @return one row per value, in order
   * @throws IgaException when the submission does not fit the rubric
   */
  public List<Row> score(Submission submission, Mode mode) {
    var before = published.score(submission, mode);
    List<Row> rows = new ArrayList<>(values.size());
    for (int i = 0; i < values.size(); i++) {
      rows.add(new Row(parameter, values.get(i), new Difference(before, derived.get(i).score(submission, mode))));
    }
    return rows;
  }
}

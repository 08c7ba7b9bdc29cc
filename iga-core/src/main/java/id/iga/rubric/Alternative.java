package id.iga.rubric;

import id.iga.IgaException;
import id.iga.Message;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;

/**
 * The plausible values of a rubric fact that is not confirmed for the rubric's year (an ASSUMED, INFERRED or PROJECTED
 * parameter, band edge or rule), with the source that makes them plausible: the divisor floor k in {10, 12}, the
 * basic-service gate in {2, ..., 6} or none (0), the rounding mode, an unconfirmed band's lower edge. The name and
 * every value are written as a what-if setting ({@link Overrides}), so that each combination of alternatives is a
 * rubric {@link Overrides#apply} derives; the rubric's own value is always one of them.
 *
 * @param name the fact, as {@link Overrides#canonicalName} names it ({@code divisorFloor}, {@code band.INOVATIF})
 * @param values the plausible values, as settings take them, each once, the rubric's own value included
 * @param source why these values are plausible, in words a reviewer can follow
 *
 * @since 1.0
 */
public record Alternative(String name, List<String> values, String source) {
  /** The most values one alternative may list (a range included). */
  public static final int MAX_VALUES = 1_000;

  /**
   * Checks the components, as the type's documentation describes them.
   *
   * @param name the fact, as {@link Overrides#canonicalName} names it
   * @param values the plausible values, each once
   * @param source why they are plausible
   */
  public Alternative {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(source, "source");
    name = Overrides.canonicalName(name);
    values = List.copyOf(values);
    if (values.isEmpty()) {
      throw new IgaException(Message.of("rubric.alternative.noValue", name));
    }
    if (values.size() > MAX_VALUES) {
      throw new IgaException(Message.of("rubric.alternative.tooMany", name, values.size(), MAX_VALUES));
    }
    if (new LinkedHashSet<>(values).size() != values.size()) {
      throw new IgaException(Message.of("rubric.alternative.repeated", name, values.toString()));
    }
    if (source.isBlank()) {
      throw new IgaException(Message.of(source.isEmpty() ? "rubric.alternative.emptySource"
          : "rubric.alternative.blankSource", name));
    }
  }

  /**
   * The values of a decimal parameter over an interval, both ends included.
   *
   * @param name the parameter ({@code countScorePerInnovation})
   * @param from the least value
   * @param to the greatest value
   * @param step the step between values (its decimals are those of every value)
   * @param source why the interval is plausible
   * @return the alternative
   * @throws IgaException when the interval is empty, the step is not positive, or it gives more than
   *     {@value #MAX_VALUES} values
   */
  public static Alternative range(String name, BigDecimal from, BigDecimal to, BigDecimal step, String source) {
    if (step.signum() <= 0 || from.compareTo(to) > 0) {
      throw new IgaException(Message.of("rubric.alternative.badInterval", name, from, to, step));
    }
    BigDecimal count = to.subtract(from).divide(step, 0, java.math.RoundingMode.FLOOR).add(BigDecimal.ONE);
    if (count.compareTo(BigDecimal.valueOf(MAX_VALUES)) > 0) {
      throw new IgaException(Message.of("rubric.alternative.longInterval", name, count, MAX_VALUES));
    }
    int scale = Math.max(step.scale(), Math.max(from.scale(), to.scale()));
    List<String> values = new ArrayList<>();
    for (BigDecimal v = from; v.compareTo(to) <= 0; v = v.add(step)) {
      values.add(v.setScale(scale).toPlainString());
    }
    return new Alternative(name, values, source);
  }

  /**
   * @param rubric a rubric
   * @return the values with the rubric's own value first and the others in order
   * @throws IgaException when the rubric's own value is not among the values
   */
  public List<String> valuesFrom(Rubric rubric) {
    String own = Overrides.valueIn(rubric, name);
    List<String> out = new ArrayList<>();
    for (String v : values) {
      if (same(v, own)) {
        out.add(0, v);
      } else {
        out.add(v);
      }
    }
    if (!same(out.get(0), own)) {
      throw new IgaException(Message.of("rubric.alternative.ownValueMissing", name, values.toString(), own));
    }
    return out;
  }

  /**
   * Every combination of one value of each alternative, as the what-if settings that derive it from the rubric
   * ({@link Overrides#apply}): the rubric's own value of a fact is no setting, so the first combination is empty (the
   * rubric itself). The last alternative varies fastest.
   *
   * @param rubric the rubric the alternatives are of
   * @param alternatives its alternatives (a subset, say)
   * @return the combinations, in order
   * @throws IgaException when an alternative leaves out the rubric's own value
   */
  public static List<List<Overrides.Setting>> combinations(Rubric rubric, List<Alternative> alternatives) {
    List<List<Overrides.Setting>> out = new ArrayList<>();
    out.add(List.of());
    for (Alternative a : alternatives) {
      List<String> values = a.valuesFrom(rubric);
      List<List<Overrides.Setting>> next = new ArrayList<>();
      for (List<Overrides.Setting> c : out) {
        for (int i = 0; i < values.size(); i++) {
          List<Overrides.Setting> more = new ArrayList<>(c);
          if (i > 0) {
            more.add(new Overrides.Setting(a.name(), values.get(i)));
          }
          next.add(List.copyOf(more));
        }
      }
      out = next;
    }
    return java.util.Collections.unmodifiableList(out);
  }

  private static boolean same(String a, String b) {
    if (a.equals(b)) {
      return true;
    }
    try {
      return new BigDecimal(a).compareTo(new BigDecimal(b)) == 0;
    } catch (NumberFormatException e) {
      return false;
    }
  }
}

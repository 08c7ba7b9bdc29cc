package id.iga.rubric;

import id.iga.IgaException;
import id.iga.Message;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * What-if parameters for sensitivity studies: settings such as {@code divisorFloor=12} or
 * {@code band.SANGAT_INOVATIF=70.01}, applied to a published rubric through {@link Rubric#derive}. The derived rubric
 * lists every change in {@link Rubric#overrides()}, and every result scored with it warns.
 *
 * <pre>{@code
 * Rubric published = Rubrics.forYear(2025);
 * Rubric whatIf = Overrides.apply(published, List.of(Overrides.parse("k=12"), Overrides.parse("gate=5")));
 * }</pre>
 *
 * <h2>Names</h2>
 * The rubric's own parameter names ({@value Parameters#DIVISOR_FLOOR}, {@value Parameters#COUNT_SCORE},
 * {@value Parameters#COUNT_CAP}, {@value Parameters#GATE}, {@value Parameters#REPORTING_SCALE},
 * {@value Parameters#ROUNDING}), the short aliases {@code k}, {@code countScore}, {@code cap} and {@code gate}, and
 * {@code band.PREDIKAT} for a band's lower edge ({@code band.INOVATIF=45.01}). Whole-number parameters take digits
 * only, {@code countScorePerInnovation} and band edges a plain decimal ({@code 0.40}), {@code rounding} a
 * {@link RoundingMode} name ({@code HALF_EVEN}).
 *
 * <h2>The band rule</h2>
 * Setting a band's lower edge moves the upper edge of the band just below it to one reporting step (0.01 at two
 * decimals) under the new edge, so the bands still cover 0..100 with no gap or overlap; nothing else moves. The new
 * edge must therefore lie above the lower edge of the band below and at most at the band's own upper edge. The lowest
 * band always starts at 0. Several band settings apply in the order given, each to the bands the previous ones left.
 *
 * <p>A value the user sets is not a published fact: it gets the status {@link Status#ASSUMED} with a source that says
 * who set it. A parameter set twice, an unknown name or a value of the wrong form is an {@link IgaException}.
 *
 * @since 1.0
 */
public final class Overrides {
  /** The prefix of a band's name: {@code band.INOVATIF}. */
  public static final String BAND_PREFIX = "band.";
  /** The prefix of a rule's name: {@code rule.gap}. */
  public static final String RULE_PREFIX = "rule.";

  private static final Map<String, String> ALIASES = Map.of("k", Parameters.DIVISOR_FLOOR, "countScore",
      Parameters.COUNT_SCORE, "cap", Parameters.COUNT_CAP, "gate", Parameters.GATE);
  private static final Pattern WHOLE = Pattern.compile("-?[0-9]{1,9}");
  private static final Pattern DECIMAL = Pattern.compile("-?[0-9]{1,12}(\\.[0-9]{1,12})?");

  private Overrides() {}

  /**
   * One what-if setting.
   *
   * @param name the canonical name: a parameter name of {@link Parameters} or {@code band.PREDIKAT}
   * @param value the value as written
   */
  public record Setting(String name, String value) {
    /**
     * Checks the components, as the type's documentation describes them.
     *
     * @param name the canonical name: a parameter name of {@link Parameters} or {@code band.PREDIKAT}
     * @param value the value as written
     */
    public Setting {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(value, "value");
    }

    @Override
    public String toString() {
      return name + "=" + value;
    }
  }

  /**
   * @return every name a setting may use, canonical names first, then the aliases, then the band names
   */
  public static List<String> names() {
    List<String> out = new ArrayList<>(List.of(Parameters.DIVISOR_FLOOR, Parameters.COUNT_SCORE,
        Parameters.COUNT_CAP, Parameters.GATE, Parameters.REPORTING_SCALE, Parameters.ROUNDING, "k", "countScore",
        "cap", "gate"));
    for (Predikat p : Predikat.values()) {
      out.add(BAND_PREFIX + p.name());
    }
    for (String rule : Rules.assumed().named().keySet()) {
      out.add(RULE_PREFIX + rule);
    }
    return out;
  }

  /**
   * @param name a parameter name, an alias or a band name
   * @return the canonical name ({@code k} gives {@code divisorFloor})
   * @throws IgaException when the name is none of {@link #names()}
   */
  public static String canonicalName(String name) {
    if (ALIASES.containsKey(name)) {
      return ALIASES.get(name);
    }
    if (name.startsWith(RULE_PREFIX)) {
      if (Rules.assumed().named().containsKey(name.substring(RULE_PREFIX.length()))) {
        return name;
      }
      throw new IgaException(Message.of("rubric.rule.unknown", name.substring(RULE_PREFIX.length()),
          Rules.assumed().named().keySet().stream().map(r -> RULE_PREFIX + r).toList().toString()));
    }
    if (name.startsWith(BAND_PREFIX)) {
      String predikat = name.substring(BAND_PREFIX.length());
      for (Predikat p : Predikat.values()) {
        if (p.name().equals(predikat)) {
          return name;
        }
      }
      throw new IgaException(Message.of("rubric.setting.unknownBand", predikat, Arrays.stream(Predikat.values())
          .map(p -> BAND_PREFIX + p.name()).toList().toString()));
    }
    if (List.of(Parameters.DIVISOR_FLOOR, Parameters.COUNT_SCORE, Parameters.COUNT_CAP, Parameters.GATE,
        Parameters.REPORTING_SCALE, Parameters.ROUNDING).contains(name)) {
      return name;
    }
    throw new IgaException(Message.of("rubric.setting.unknownName", name, String.join(", ", names())));
  }

  /**
   * The value a setting of this name replaces: what the rubric says of the parameter or band edge, as text in the
   * form a setting takes ({@code 10}, {@code 0.40}, {@code HALF_UP}, {@code 60.01}). Given the published rubric, this
   * is the published value of an overridden parameter.
   *
   * @param rubric a rubric
   * @param name a parameter name, an alias or a band name, as {@link #names()} lists them
   * @return the rubric's value of it
   * @throws IgaException when the name is none of {@link #names()}
   */
  public static String valueIn(Rubric rubric, String name) {
    String canonical = canonicalName(name);
    if (canonical.startsWith(RULE_PREFIX)) {
      return rubric.rules().named().get(canonical.substring(RULE_PREFIX.length())).value().name();
    }
    if (canonical.startsWith(BAND_PREFIX)) {
      Predikat predikat = Predikat.valueOf(canonical.substring(BAND_PREFIX.length()));
      // A rubric has a band for each predikat: Rubric checks it when built.
      return rubric.bands().stream().filter(b -> b.predikat() == predikat).findFirst().orElseThrow().lower()
          .toPlainString();
    }
    return text(rubric.parameters().named().get(canonical));
  }

  /**
   * @param text {@code name=value}, such as {@code divisorFloor=12} or {@code gate=5}
   * @return the setting, with the canonical name
   * @throws IgaException when the text is not {@code name=value} or names no parameter
   */
  public static Setting parse(String text) {
    int eq = text.indexOf('=');
    if (eq <= 0 || eq == text.length() - 1) {
      throw new IgaException(Message.of("rubric.setting.syntax", text));
    }
    return new Setting(canonicalName(text.substring(0, eq).strip()), text.substring(eq + 1).strip());
  }

  /**
   * A rubric like the published one with the settings applied.
   *
   * @param published the rubric to start from
   * @param settings the settings, applied in order
   * @return the derived rubric; its {@link Rubric#overrides()} lists what changed
   * @throws IgaException when a parameter is set twice, a value has the wrong form or range, or a band edge leaves
   *     no room for its neighbour
   */
  public static Rubric apply(Rubric published, List<Setting> settings) {
    if (settings.isEmpty()) {
      return published;
    }
    Map<String, Setting> seen = new LinkedHashMap<>();
    for (Setting s : settings) {
      String name = canonicalName(s.name());
      Setting first = seen.putIfAbsent(name, s);
      if (first != null) {
        throw new IgaException(Message.of("rubric.setting.twice", name, first.value(), s.value()));
      }
    }
    Parameters p = published.parameters();
    Sourced<Integer> divisorFloor = p.divisorFloor();
    Sourced<BigDecimal> countScore = p.countScorePerInnovation();
    Sourced<Integer> countCap = p.countCap();
    Sourced<Integer> gate = p.basicServiceGate();
    Sourced<Integer> scale = p.reportingScale();
    Sourced<RoundingMode> rounding = p.rounding();
    for (Setting s : settings) {
      String name = canonicalName(s.name());
      switch (name) {
        case Parameters.DIVISOR_FLOOR -> divisorFloor = Sourced.of(whole(s), byUser(s, p.divisorFloor().value()));
        case Parameters.COUNT_SCORE ->
            countScore = Sourced.of(decimal(s), byUser(s, p.countScorePerInnovation().value()));
        case Parameters.COUNT_CAP -> countCap = Sourced.of(whole(s), byUser(s, p.countCap().value()));
        case Parameters.GATE -> gate = Sourced.of(whole(s), byUser(s, p.basicServiceGate().value()));
        case Parameters.REPORTING_SCALE -> scale = Sourced.of(whole(s), byUser(s, p.reportingScale().value()));
        case Parameters.ROUNDING -> rounding = Sourced.of(roundingMode(s), byUser(s, p.rounding().value()));
        default -> {
          // band.PREDIKAT: applied below, once the reporting scale is known; rule.NAME: applied last.
        }
      }
    }
    Parameters parameters = new Parameters(divisorFloor, countScore, countCap, gate, scale, rounding);
    List<Band> bands = new ArrayList<>(published.bands());
    for (Setting s : settings) {
      String name = canonicalName(s.name());
      if (name.startsWith(BAND_PREFIX)) {
        moveLowerEdge(bands, Predikat.valueOf(name.substring(BAND_PREFIX.length())), s,
            parameters.reportingScale().value());
      }
    }
    Rubric derived = published.derive(parameters, bands);
    Rules rules = published.rules();
    boolean rulesSet = false;
    for (Setting s : settings) {
      String name = canonicalName(s.name());
      if (name.startsWith(RULE_PREFIX)) {
        rules = rules.with(name.substring(RULE_PREFIX.length()), s.value(),
            byUser(s, valueIn(published, name)));
        rulesSet = true;
      }
    }
    return rulesSet ? derived.withRules(rules) : derived;
  }

  /**
   * Moves a band's lower edge and the upper edge of the band below it; {@code bands} is highest first and has a band
   * for each predikat, as a rubric's bands do (each move keeps the predikats).
   */
  private static void moveLowerEdge(List<Band> bands, Predikat predikat, Setting s, int scale) {
    int i = 0;
    while (bands.get(i).predikat() != predikat) {
      i++;
    }
    BigDecimal edge = decimal(s);
    if (edge.stripTrailingZeros().scale() > scale) {
      throw new IgaException(Message.of("rubric.setting.finerThanScale", s.toString(), scale));
    }
    edge = edge.setScale(Math.max(scale, 0));
    Band band = bands.get(i);
    if (edge.compareTo(band.lower()) == 0) {
      return;
    }
    if (i == bands.size() - 1) {
      throw new IgaException(Message.of("rubric.setting.lowestBand", s.name(), predikat.name(), band.lower()));
    }
    Band below = bands.get(i + 1);
    BigDecimal step = BigDecimal.ONE.movePointLeft(scale);
    BigDecimal least = below.lower().add(step);
    if (edge.compareTo(least) < 0 || edge.compareTo(band.upper()) > 0) {
      throw new IgaException(Message.of("rubric.setting.edgeRange", s.name(), least, band.upper(), below.lower(),
          below.predikat().name(), s.value()));
    }
    Provenance moved = byUser(s, Rubric.edges(band));
    bands.set(i, new Band(predikat, edge, band.upper(), moved));
    bands.set(i + 1, new Band(below.predikat(), below.lower(), edge.subtract(step), new Provenance(Status.ASSUMED,
        Message.of("rubric.provenance.edgeMoved", s.toString(), Rubric.edges(below)))));
  }

  /**
   * @param published what the rubric has: a parameter's value (a decimal is written with the language's separator),
   *     a rule's value, or a band's edges
   */
  private static Provenance byUser(Setting s, Object published) {
    return new Provenance(Status.ASSUMED, Message.of("rubric.provenance.setByUser", s.toString(), published));
  }

  private static String text(Sourced<?> v) {
    return v.value() instanceof BigDecimal d ? d.toPlainString() : String.valueOf(v.value());
  }

  private static int whole(Setting s) {
    if (!WHOLE.matcher(s.value()).matches()) {
      throw new IgaException(Message.of("rubric.setting.notWhole", s.name(), s.value()));
    }
    return Integer.parseInt(s.value());
  }

  private static BigDecimal decimal(Setting s) {
    if (!DECIMAL.matcher(s.value()).matches()) {
      throw new IgaException(Message.of("rubric.setting.notDecimal", s.name(), s.value()));
    }
    return new BigDecimal(s.value());
  }

  private static RoundingMode roundingMode(Setting s) {
    for (RoundingMode m : RoundingMode.values()) {
      if (m.name().equals(s.value())) {
        return m;
      }
    }
    throw new IgaException(Message.of("rubric.setting.notRounding", s.name(), Arrays.stream(RoundingMode.values())
        .filter(m -> m != RoundingMode.UNNECESSARY).map(m -> m.name()).toList().toString(), s.value()));
  }
}

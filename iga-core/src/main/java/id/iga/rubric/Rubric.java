package id.iga.rubric;

import id.iga.IgaException;
import id.iga.Location;
import id.iga.Message;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import javax.annotation.Nullable;

/**
 * One assessment year's rubric: indicators with their weights and level predicates, the predikat bands, the
 * formula's parameters and the {@link Rules} the engine applies where the published options leave a case open, every
 * fact with its {@link Provenance}. A rubric is immutable, validated when built and safe
 * to share between threads; it is to this library what a tzdb version is to {@code java.time}.
 *
 * <p>Construction checks that indicator codes are unique, that the declared {@link Maxima} equal the maxima the
 * weights imply, that there is one band for each {@link Predikat}, and that the bands, from
 * {@link Predikat#SANGAT_INOVATIF} down to {@link Predikat#TIDAK_DAPAT_DINILAI}, cover {@code 100} down to {@code 0} at
 * the reporting scale with no gap or overlap. It throws {@link IgaException} naming the first problem; a problem with
 * the bands is placed at the JSON pointer of the band in the order given ({@code /bands/2}), or at {@code /bands}. Predicate overlaps and gaps are not errors: {@link RubricLint}
 * lists them.
 *
 * @since 1.0
 */
public final class Rubric {
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
  private static final String PREDIKATS = String.join(", ",
      Arrays.stream(Predikat.values()).map(Predikat::name).toList());

  private final int year;
  private final String title;
  private final @Nullable String officialLetter;
  private final Provenance provenance;
  private final List<String> notes;
  private final List<Indicator> indicators;
  private final List<Band> bands;
  private final Parameters parameters;
  private final Rules rules;
  private final Maxima maxima;
  private final List<ParameterOverride> overrides;
  private final List<Alternative> alternatives;

  private final Map<String, Indicator> byCode;
  private final List<Indicator> regionIndicators;
  private final List<Indicator> innovationIndicators;

  private Rubric(Builder b) {
    this.year = b.year;
    this.title = Objects.requireNonNull(b.title, "title");
    this.officialLetter = b.officialLetter;
    this.provenance = Objects.requireNonNull(b.provenance, "provenance");
    this.notes = List.copyOf(b.notes);
    this.indicators = List.copyOf(b.indicators);
    this.parameters = Objects.requireNonNull(b.parameters, "parameters");
    this.rules = Objects.requireNonNull(b.rules, "rules");
    this.overrides = List.copyOf(b.overrides);
    this.alternatives = List.copyOf(b.alternatives);
    List<Band> sorted = new ArrayList<>(b.bands);
    sorted.sort(Comparator.comparing(Band::lower).reversed());
    this.bands = List.copyOf(sorted);

    if (year < 2000 || year > 2999) {
      throw new IgaException(Message.of("rubric.year", year));
    }
    Map<String, Indicator> map = new LinkedHashMap<>();
    List<Indicator> region = new ArrayList<>();
    List<Indicator> innovation = new ArrayList<>();
    for (Indicator i : indicators) {
      if (map.put(i.code(), i) != null) {
        throw new IgaException(Message.of("rubric.indicatorTwice", year, i.code()));
      }
      (i.scope() == Scope.REGION ? region : innovation).add(i);
    }
    if (innovation.isEmpty()) {
      throw new IgaException(Message.of("rubric.noInnovationIndicator", year));
    }
    this.byCode = Collections.unmodifiableMap(map);
    this.regionIndicators = List.copyOf(region);
    this.innovationIndicators = List.copyOf(innovation);

    Maxima computed = computedMaxima();
    this.maxima = b.maxima == null ? computed : b.maxima;
    if (!maxima.sameAs(computed)) {
      throw new IgaException(Message.of("rubric.maxima.differ", year, maxima.message(), computed.message()));
    }
    if (computed.total().signum() <= 0) {
      throw new IgaException(Message.of("rubric.maxima.zero", year));
    }
    checkBands(b.bands);
    checkOverrides();
    checkAlternatives();
  }

  /**
   * Checks that the overrides name each parameter or band at most once, and that each says of it what this rubric
   * holds: a document's overrides cannot claim a value its parameters do not have. An error is placed at
   * {@code /overrides/i} or its {@code value}.
   */
  private void checkOverrides() {
    Map<String, Integer> first = new LinkedHashMap<>();
    for (int i = 0; i < overrides.size(); i++) {
      ParameterOverride o = overrides.get(i);
      Integer before = first.putIfAbsent(o.name(), i);
      if (before != null) {
        throw new IgaException(Message.of("rubric.override.twice", year, o.name(),
            Location.pointerOf("overrides", before)), Location.pointer(Location.pointerOf("overrides", i)));
      }
      String holds;
      try {
        holds = valueText(o.name());
      } catch (IgaException e) {
        throw new IgaException(e.problemMessage(), Location.pointer(Location.pointerOf("overrides", i) + "/name"),
            e);
      }
      if (!holds.equals(o.value())) {
        throw new IgaException(Message.of("rubric.override.differs", o.name(), o.value(), year, holds),
            Location.pointer(Location.pointerOf("overrides", i) + "/value"));
      }
    }
  }

  /**
   * Checks the alternatives: each names a fact once, a fact not known for the year (ASSUMED, INFERRED or PROJECTED:
   * a CONFIRMED fact has no alternative), lists the rubric's own value, and every value applies to the rubric. An error
   * is placed at {@code /alternatives/i}.
   */
  private void checkAlternatives() {
    Map<String, Integer> first = new LinkedHashMap<>();
    for (int i = 0; i < alternatives.size(); i++) {
      Alternative a = alternatives.get(i);
      Location at = Location.pointer(Location.pointerOf("alternatives", i));
      Integer before = first.putIfAbsent(a.name(), i);
      if (before != null) {
        throw new IgaException(Message.of("rubric.alternative.twice", year, a.name(),
            Location.pointerOf("alternatives", before)), at);
      }
      try {
        Status status = statusOf(a.name());
        if (status == Status.CONFIRMED || status == Status.CONFIRMED_SECONDARY) {
          throw new IgaException(Message.of("rubric.alternative.confirmed", a.name(), status.name(), year));
        }
        a.valuesFrom(this);
        for (String v : a.values()) {
          Overrides.apply(this, List.of(new Overrides.Setting(a.name(), v)));
        }
      } catch (IgaException e) {
        throw new IgaException(Message.of("rubric.alternative.invalid", a.name(), e.problemMessage()), at, e);
      }
    }
  }

  /** @return the status of a parameter, band or rule, by the name a setting gives it */
  private Status statusOf(String name) {
    if (name.startsWith(Overrides.RULE_PREFIX)) {
      return rules.named().get(name.substring(Overrides.RULE_PREFIX.length())).provenance().status();
    }
    if (name.startsWith(Overrides.BAND_PREFIX)) {
      String predikat = name.substring(Overrides.BAND_PREFIX.length());
      // A rubric has a band for each predikat (checkBands), and the name is canonical (Alternative).
      return bands.stream().filter(b -> b.predikat().name().equals(predikat)).findFirst().orElseThrow()
          .provenance().status();
    }
    return parameters.named().get(name).provenance().status();
  }

  /**
   * @param name a parameter's canonical name or {@code band.PREDIKAT}
   * @return what this rubric holds for it, in the words of a {@link ParameterOverride}: a parameter's value
   *     ({@code 12}, {@code 0.40}, {@code HALF_UP}), a band's edges ({@code 60.01..100.00}), or {@code absent}
   * @throws IgaException when the name is neither
   */
  private String valueText(String name) {
    if (name.startsWith(Overrides.RULE_PREFIX)) {
      Sourced<? extends Rules.Choice> rule = rules.named().get(name.substring(Overrides.RULE_PREFIX.length()));
      if (rule == null) {
        throw new IgaException(Message.of("rubric.override.unknownRule", name, rules.named().keySet().stream()
            .map(r -> Overrides.RULE_PREFIX + r).toList().toString()));
      }
      return rule.value().name();
    }
    if (name.startsWith(Overrides.BAND_PREFIX)) {
      String predikat = Overrides.canonicalName(name).substring(Overrides.BAND_PREFIX.length());
      return bands.stream().filter(b -> b.predikat().name().equals(predikat)).findFirst()
          .map(Rubric::edgesText).orElse("absent");
    }
    Sourced<?> p = parameters.named().get(name);
    if (p == null) {
      throw new IgaException(Message.of("rubric.override.unknownParameter", name,
          String.join(", ", parameters.named().keySet())));
    }
    return text(p.value());
  }

  private static String edgesText(Band b) {
    return b.lower().toPlainString() + ".." + b.upper().toPlainString();
  }

  /**
   * Checks the bands as given (their places in {@code given} are the JSON pointers of errors, {@code /bands/2}):
   * one band for each predikat, edges at the reporting scale, and, from {@link Predikat#SANGAT_INOVATIF} down to
   * {@link Predikat#TIDAK_DAPAT_DINILAI}, bands that cover 100 down to 0 with no gap or overlap.
   */
  private void checkBands(List<Band> given) {
    int scale = parameters.reportingScale().value();
    BigDecimal step = BigDecimal.ONE.movePointLeft(scale);
    BigDecimal hundred = HUNDRED.setScale(scale);
    if (given.isEmpty()) {
      throw new IgaException(Message.of("rubric.bands.none", year, PREDIKATS), Location.pointer("/bands"));
    }
    Map<Predikat, Integer> place = new EnumMap<>(Predikat.class);
    for (int i = 0; i < given.size(); i++) {
      Band band = given.get(i);
      Integer first = place.putIfAbsent(band.predikat(), i);
      if (first != null) {
        throw new IgaException(Message.of("rubric.bands.twice", year, band.predikat().name(),
            Location.pointerOf("bands", first)), bandAt(i));
      }
      for (BigDecimal edge : List.of(band.lower(), band.upper())) {
        if (edge.stripTrailingZeros().scale() > scale) {
          throw new IgaException(Message.of("rubric.band.finerThanScale", band.predikat().name(), edge, scale),
              bandAt(i));
        }
      }
    }
    List<Predikat> missing = new ArrayList<>(EnumSet.complementOf(EnumSet.copyOf(place.keySet())));
    if (!missing.isEmpty()) {
      throw new IgaException(Message.of("rubric.bands.missing", year, String.join(", ", missing.stream()
          .map(Predikat::name).toList()), PREDIKATS), Location.pointer("/bands"));
    }
    Predikat[] order = Predikat.values();
    for (int k = 1; k < order.length; k++) {
      Band higher = given.get(place.get(order[k - 1]));
      Band band = given.get(place.get(order[k]));
      if (band.upper().compareTo(higher.upper()) > 0) {
        throw new IgaException(Message.of("rubric.band.above", band.predikat().name(), edges(band),
            higher.predikat().name(), edges(higher), hundred, PREDIKATS), bandAt(place.get(order[k])));
      }
    }
    BigDecimal expectedUpper = HUNDRED;
    for (Predikat p : order) {
      int i = place.get(p);
      Band band = given.get(i);
      int c = band.upper().compareTo(expectedUpper);
      if (c != 0) {
        throw new IgaException(Message.of(c < 0 ? "rubric.bands.gap" : "rubric.bands.overlap", hundred, scale,
            p.name(), band.upper(), expectedUpper.setScale(scale)), bandAt(i));
      }
      expectedUpper = band.lower().subtract(step);
    }
    int lowest = place.get(Predikat.TIDAK_DAPAT_DINILAI);
    if (given.get(lowest).lower().signum() != 0) {
      throw new IgaException(Message.of("rubric.bands.lowest", hundred, Predikat.TIDAK_DAPAT_DINILAI.name(),
          given.get(lowest).lower()), bandAt(lowest));
    }
  }

  private static Location bandAt(int index) {
    return Location.pointer(Location.pointerOf("bands", index));
  }

  /** @return a band's edges, {@code 35.00..60.00}, with the language's decimal separator */
  static Message edges(Band band) {
    return Message.of("rubric.range", band.lower(), band.upper());
  }

  /**
   * @param year the assessment year
   * @return a builder for a rubric of that year
   */
  public static Builder builder(int year) {
    return new Builder(year);
  }

  /** @return the assessment year */
  public int year() {
    return year;
  }

  /** @return the rubric's title */
  public String title() {
    return title;
  }

  /** @return the official letter that set the rubric, when one is known */
  public Optional<String> officialLetter() {
    return Optional.ofNullable(officialLetter);
  }

  /** @return where the rubric as a whole comes from */
  public Provenance provenance() {
    return provenance;
  }

  /** @return free-text notes (eligibility of innovations, caveats), in order */
  public List<String> notes() {
    return notes;
  }

  /** @return every indicator, in rubric order */
  public List<Indicator> indicators() {
    return indicators;
  }

  /**
   * @param scope an aspect
   * @return that aspect's indicators, in rubric order
   */
  public List<Indicator> indicators(Scope scope) {
    return scope == Scope.REGION ? regionIndicators : innovationIndicators;
  }

  /**
   * @param code an indicator code
   * @return the indicator, if the rubric has it
   */
  public Optional<Indicator> indicator(String code) {
    return Optional.ofNullable(byCode.get(code));
  }

  /** @return the bands, highest first */
  public List<Band> bands() {
    return bands;
  }

  /** @return the formula's parameters */
  public Parameters parameters() {
    return parameters;
  }

  /** @return the rules the engine applies where the published options leave a case open */
  public Rules rules() {
    return rules;
  }

  /** @return the validated maxima */
  public Maxima maxima() {
    return maxima;
  }

  /** @return the parameters this rubric changed against the published rubric it was derived from (empty if none) */
  public List<ParameterOverride> overrides() {
    return overrides;
  }
  /**
   * @return the plausible values the rubric declares for the facts it does not know for its year, each with its
   *     source, in document order; what {@code id.iga.uncertainty.Uncertainty} weighs. A derived (what-if) rubric
   *     declares none.
   */
  public List<Alternative> alternatives() {
    return alternatives;
  }


  /** @return the variables (Institusi, Infrastruktur, ...), in first-use order */
  public List<String> variables() {
    return indicators.stream().map(Indicator::variable).distinct().toList();
  }

  /**
   * The predikat of a reported IID.
   *
   * @param reportedIid an IID at the reporting scale, 0..100
   * @return the predikat of the band it falls in
   * @throws IgaException when the value lies outside 0..100 or is finer than the reporting scale
   */
  public Predikat predikatOf(BigDecimal reportedIid) {
    for (Band b : bands) {
      if (b.contains(reportedIid)) {
        if (reportedIid.stripTrailingZeros().scale() > parameters.reportingScale().value()) {
          break;
        }
        return b.predikat();
      }
    }
    throw new IgaException(Message.of("rubric.iidOutOfRange", reportedIid,
        HUNDRED.setScale(parameters.reportingScale().value())));
  }

  /** @return the maxima the weights and parameters imply */
  public Maxima computedMaxima() {
    BigDecimal spd = BigDecimal.ZERO;
    BigDecimal maturity = BigDecimal.ZERO;
    for (Indicator i : indicators) {
      if (i.scope() == Scope.REGION) {
        spd = spd.add(i.maxScore());
      } else {
        maturity = maturity.add(i.maxScore());
      }
    }
    BigDecimal count = parameters.maxCountScore();
    return new Maxima(spd, maturity, count, spd.add(maturity).add(count));
  }

  /**
   * The facts of this rubric that are not known to be in force for its year, each with its status: every
   * {@link Status#ASSUMED} and every {@link Status#PROJECTED} fact, in rubric order (the rubric itself, parameters,
   * bands, indicators, and a level whose status differs from its indicator's).
   *
   * @return the rubric's assumptions
   */
  public List<Assumption> assumptions() {
    List<Assumption> out = new ArrayList<>();
    if (provenance.unsure()) {
      out.add(new Assumption(Message.of("rubric.assumption.rubric", year), Message.of("rubric.asWritten", title),
          provenance));
    }
    parameters.named().forEach((name, p) -> {
      if (p.provenance().unsure()) {
        out.add(new Assumption(Message.of("rubric.assumption.parameter", name),
            Message.of("rubric.value", p.value()), p.provenance()));
      }
    });
    for (Band b : bands) {
      if (b.provenance().unsure()) {
        out.add(new Assumption(Message.of("rubric.assumption.band", b.predikat().name()), edges(b),
            b.provenance()));
      }
    }
    for (Indicator i : indicators) {
      if (i.provenance().unsure()) {
        out.add(new Assumption(Message.of("rubric.assumption.indicator", i.code()),
            Message.of("rubric.assumption.indicatorValue", i.name(), i.weight()), i.provenance()));
      }
      for (Level l : i.levels()) {
        if (l.provenance().unsure() && l.provenance().status() != i.provenance().status()) {
          out.add(new Assumption(Message.of("rubric.assumption.level", i.code(), l.number()),
              Message.of("rubric.asWritten", l.label()), l.provenance()));
        }
      }
    }
    return List.copyOf(out);
  }

  /** @return whether any fact of this rubric is {@link Status#PROJECTED}: the rubric is a projection */
  public boolean projected() {
    return assumptions().stream().anyMatch(Assumption::projected);
  }
  /**
   * A rubric like this one under other rules (what-if: {@code rule.gap=LOWER_LEVEL}); every rule whose value changes is
   * listed in {@link #overrides()} as {@code rule.NAME}, and results scored with it warn like any override.
   *
   * @param newRules the rules
   * @return the derived rubric
   */
  public Rubric withRules(Rules newRules) {
    List<ParameterOverride> changed = new ArrayList<>(overrides);
    Map<String, Sourced<? extends Rules.Choice>> before = rules.named();
    newRules.named().forEach((name, r) -> {
      String was = before.get(name).value().name();
      if (!was.equals(r.value().name())) {
        changed.removeIf(o -> o.name().equals(Overrides.RULE_PREFIX + name));
        changed.add(new ParameterOverride(Overrides.RULE_PREFIX + name, was, r.value().name()));
      }
    });
    Builder b = builder(year).title(title).officialLetter(officialLetter).provenance(provenance).notes(notes)
        .indicators(indicators).bands(bands).parameters(parameters).rules(newRules);
    b.overrides.addAll(changed);
    return b.build();
  }


  /**
   * A rubric like this one with other parameters or bands: a what-if for sensitivity studies. The derived rubric
   * lists, in {@link #overrides()}, every parameter and band that differs from this rubric's, and results scored with
   * it say so.
   *
   * @param newParameters the parameters to use
   * @param newBands the bands to use
   * @return the derived rubric
   * @throws IgaException when the derived rubric is not valid (bands that leave a gap, say)
   */
  public Rubric derive(Parameters newParameters, List<Band> newBands) {
    List<ParameterOverride> changed = new ArrayList<>(overrides);
    Map<String, Sourced<?>> before = parameters.named();
    newParameters.named().forEach((name, p) -> {
      Object old = before.get(name).value();
      boolean same = old instanceof BigDecimal d ? d.compareTo((BigDecimal) p.value()) == 0 : old.equals(p.value());
      if (!same) {
        changed.removeIf(o -> o.name().equals(name));
        changed.add(new ParameterOverride(name, text(old), text(p.value())));
      }
    });
    for (Band nb : newBands) {
      String name = "band." + nb.predikat();
      Optional<Band> old = bands.stream().filter(b -> b.predikat() == nb.predikat()).findFirst();
      String was = old.map(Rubric::edgesText).orElse("absent");
      String now = edgesText(nb);
      if (!was.equals(now)) {
        changed.removeIf(o -> o.name().equals(name));
        changed.add(new ParameterOverride(name, was, now));
      }
    }
    Builder b = builder(year).title(title).officialLetter(officialLetter).provenance(provenance).notes(notes)
        .indicators(indicators).bands(newBands).parameters(newParameters).rules(rules).overrides(changed);
    try {
      return b.build();
    } catch (IgaException e) {
      // A derived rubric is no document: the message names the band or parameter, the caller names the setting.
      throw new IgaException(e.problemMessage(), null, e);
    }
  }

  private static String text(Object v) {
    return v instanceof BigDecimal d ? d.toPlainString() : String.valueOf(v);
  }

  /**
   * Two rubrics are equal when every fact of them is: year, title, official letter, provenance, notes, parameters,
   * bands, indicators (numbers at the same scale: a weight of {@code 3} is not one of {@code 3.0}), maxima, rules,
   * overrides and alternatives. A rubric written by {@code id.iga.json.RubricJson} reads back equal to itself.
   *
   * @param o another object
   * @return whether it is an equal rubric
   */
  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof Rubric r && r.year == year && r.title.equals(title)
        && Objects.equals(r.officialLetter, officialLetter) && r.provenance.equals(provenance)
        && r.notes.equals(notes) && r.parameters.equals(parameters) && r.bands.equals(bands)
        && r.indicators.equals(indicators) && r.maxima.equals(maxima) && r.rules.equals(rules)
        && r.overrides.equals(overrides) && r.alternatives.equals(alternatives);
  }

  @Override
  public int hashCode() {
    return Objects.hash(year, title, parameters, bands, indicators, rules, overrides);
  }

  @Override
  public String toString() {
    return "Rubric[" + year + (overrides.isEmpty() ? "" : ", " + overrides.size() + " overrides") + "]";
  }

  /** Builds a {@link Rubric}; {@link #build()} validates. */
  public static final class Builder {
    private final int year;
    private @Nullable String title;
    private @Nullable String officialLetter;
    private Provenance provenance = new Provenance(Status.ASSUMED, Message.of("rubric.provenance.notStated"));
    private final List<String> notes = new ArrayList<>();
    private final List<Indicator> indicators = new ArrayList<>();
    private final List<Band> bands = new ArrayList<>();
    private @Nullable Parameters parameters;
    private Rules rules = Rules.assumed();
    private @Nullable Maxima maxima;
    private final List<ParameterOverride> overrides = new ArrayList<>();
    private final List<Alternative> alternatives = new ArrayList<>();

    private Builder(int year) {
      this.year = year;
    }

    /**
     * @param title the rubric's title
     * @return this builder
     */
    public Builder title(String title) {
      this.title = title;
      return this;
    }

    /**
     * @param letter the official letter, or null when none is known
     * @return this builder
     */
    public Builder officialLetter(@Nullable String letter) {
      this.officialLetter = letter;
      return this;
    }

    /**
     * @param provenance where the rubric as a whole comes from
     * @return this builder
     */
    public Builder provenance(Provenance provenance) {
      this.provenance = provenance;
      return this;
    }

    /**
     * @param notes free-text notes
     * @return this builder
     */
    public Builder notes(List<String> notes) {
      this.notes.addAll(notes);
      return this;
    }

    /**
     * @param indicator an indicator, appended in rubric order
     * @return this builder
     */
    public Builder indicator(Indicator indicator) {
      indicators.add(indicator);
      return this;
    }

    /**
     * @param list indicators, appended in rubric order
     * @return this builder
     */
    public Builder indicators(List<Indicator> list) {
      indicators.addAll(list);
      return this;
    }

    /**
     * @param band a predikat band
     * @return this builder
     */
    public Builder band(Band band) {
      bands.add(band);
      return this;
    }

    /**
     * @param list predikat bands
     * @return this builder
     */
    public Builder bands(List<Band> list) {
      bands.addAll(list);
      return this;
    }

    /**
     * @param parameters the formula's parameters
     * @return this builder
     */
    public Builder parameters(Parameters parameters) {
      this.parameters = parameters;
      return this;
    }

    /**
     * @param rules the rules the engine applies where the published options leave a case open; when not set, every
     *     rule at its one value with the status {@link Status#ASSUMED} ({@link Rules#assumed()})
     * @return this builder
     */
    public Builder rules(Rules rules) {
      this.rules = Objects.requireNonNull(rules, "rules");
      return this;
    }

    /**
     * @param maxima the maxima the rubric declares, checked against the weights; when not set, nothing is declared
     *     and the computed maxima are used
     * @return this builder
     */
    public Builder maxima(Maxima maxima) {
      this.maxima = maxima;
      return this;
    }

    /**
     * @param list the parameters and bands this rubric changed against the published rubric it was derived from, as
     *     {@link Rubric#overrides()} lists them (a document that records a derived rubric), appended in order; each
     *     must name a parameter or band once and say what the rubric holds of it
     * @return this builder
     */
    public Builder overrides(List<ParameterOverride> list) {
      overrides.addAll(list);
      return this;
    }
    /**
     * @param list the plausible values of facts the rubric does not know for its year, appended in order (see
     *     {@link Rubric#alternatives()}); each must name a fact once that is not CONFIRMED, list the rubric's own
     *     value, and apply to the rubric
     * @return this builder
     */
    public Builder alternatives(List<Alternative> list) {
      alternatives.addAll(list);
      return this;
    }


    /**
     * @return the validated rubric
     * @throws IgaException naming the first problem found
     */
    public Rubric build() {
      if (title == null) {
        throw new IgaException(Message.of("rubric.noTitle", year));
      }
      if (parameters == null) {
        throw new IgaException(Message.of("rubric.noParameters", year));
      }
      return new Rubric(this);
    }
  }
}

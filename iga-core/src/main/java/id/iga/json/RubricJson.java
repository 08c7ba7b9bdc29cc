package id.iga.json;

import com.fasterxml.jackson.core.JsonGenerator;
import id.iga.IgaException;
import id.iga.Location;
import id.iga.Message;
import id.iga.rubric.Alternative;
import id.iga.rubric.Band;
import id.iga.rubric.FactKind;
import id.iga.rubric.FactSpec;
import id.iga.rubric.Indicator;
import id.iga.rubric.Level;
import id.iga.rubric.Maxima;
import id.iga.rubric.ParameterOverride;
import id.iga.rubric.Parameters;
import id.iga.rubric.Predicate;
import id.iga.rubric.Predikat;
import id.iga.rubric.Provenance;
import id.iga.rubric.Rubric;
import id.iga.rubric.Rules;
import id.iga.rubric.Scope;
import id.iga.rubric.Sourced;
import id.iga.rubric.Status;
import id.iga.rubric.Term;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.annotation.Nullable;

/**
 * Reads and writes rubric documents, format {@value #FORMAT}, as {@code docs/rubric-format.md} describes them: the
 * data file of a rubric-year module, or a what-if rubric a user wrote.
 *
 * <p>Reading is strict. Unknown fields, duplicate keys, wrong JSON types, missing required fields, constants outside
 * their enum and two lower (or upper) ends on one range are errors; so is any problem the model finds when it
 * validates the rubric (a weight with five decimals, levels out of order, a level no fact can meet, an empty source,
 * declared maxima that differ from the weights', a missing band, bands that leave a gap). Every error is an
 * {@link IgaException} whose {@link Location} names the source, the line and column, and the JSON pointer of the
 * element at fault: {@code /indicators/5} for an invalid indicator, {@code /indicators/5/levels/1/when} for a level
 * no fact can meet, {@code /indicators/5/source} for an empty source, {@code /maxima} for maxima that do not match,
 * {@code /bands/2} for a band that leaves a gap, {@code /bands} for a missing band. An error about a level names its
 * indicator and level in the message ({@code indicator 16 level 2: ...}).
 *
 * <p>Every parameter and every rule ({@link Rules}) is required: a rule the document does not state is an error at
 * {@code /rules} that names it, never a default. Defaults on reading: a level without {@code status} or {@code source} takes its indicator's (each field on its
 * own); {@code officialLetter} may be {@code null} or absent; {@code notes} and {@code maxima} may be absent (without
 * maxima the rubric uses the ones its weights imply). An indicator's {@code number} is not written: it is the digits
 * of its {@code code}.
 *
 * <p>Writing is deterministic: fields in the order of the format's example, two-space indentation, {@code \n} line
 * ends, each parameter, rule, band, term and level on one line as in the format's example, numbers exactly as the model
 * holds them and never in exponent notation. A level's {@code status} and {@code source} are written only when its
 * provenance differs from its indicator's; {@code officialLetter} only when known; {@code notes} only when there are
 * some; {@code maxima} always; {@code overrides} and {@code alternatives} only when there are some. Reading a written
 * rubric gives a
 * rubric {@link Rubric#equals equal} to the one written, which writes the same document.
 *
 * <p>A derived (what-if) rubric's {@link Rubric#overrides() overrides} are the optional member {@code overrides}, one
 * {@code {"name", "published", "value"}} per parameter or band changed, so that a written what-if rubric reads back as
 * the same what-if rubric and its results warn about the overrides as the derived one's do. Each override must name a
 * parameter or {@code band.PREDIKAT} once, and its {@code value} must be what the document's parameters or bands hold
 * (an error at {@code /overrides/0/value} otherwise).
 *
 * <p>The optional member {@code alternatives} declares, for facts the rubric does not know for its year, their
 * plausible values with a source ({@link Rubric#alternatives()}): {@code {"name", "values": [...], "source"}}, or
 * {@code {"name", "range": {"from", "to", "step"}, "source"}} for an interval of decimals (written back as its values).
 *
 * @since 1.0
 */
public final class RubricJson {
  private RubricJson() {}

  /** The value of the document's {@code format} field. */
  public static final String FORMAT = "iga-rubric/1";

  private static final Pattern CODE = Pattern.compile("([1-9][0-9]?)[a-z]?");
  private static final String[] PREDICATE_KEYS = {"range", "oneOf", "count", "includes", "basis", "anyOf"};

  /**
   * @param file a rubric document
   * @return the validated rubric
   * @throws IgaException when the file cannot be read, is not a valid rubric document, or describes an invalid rubric;
   *     the location names the file, line, column and JSON pointer
   */
  public static Rubric read(Path file) {
    return build(new Doc(file.toString()), Json.read(file));
  }

  /**
   * @param in a rubric document in UTF-8 (not closed)
   * @param source the name errors give it (a resource name, {@code <stdin>})
   * @return the validated rubric
   * @throws IgaException when the input is not a valid rubric document or describes an invalid rubric
   */
  public static Rubric read(InputStream in, String source) {
    return build(new Doc(source), Json.read(in, source));
  }

  /**
   * @param json a rubric document; errors name its source {@code <string>}
   * @return the validated rubric
   * @throws IgaException when the text is not a valid rubric document or describes an invalid rubric
   */
  public static Rubric read(String json) {
    return build(new Doc(Json.STRING_SOURCE), Json.parse(Json.text(json), Json.STRING_SOURCE));
  }

  /**
   * Writes a rubric document in UTF-8, ending with a line break.
   *
   * @param rubric the rubric
   * @param out the stream (flushed, not closed)
   * @throws java.io.UncheckedIOException when the stream fails
   */
  public static void write(Rubric rubric, OutputStream out) {
    Json.write(out, true, g -> writeRubric(g, rubric));
  }

  /**
   * @param rubric the rubric
   * @return its document, ending with a line break
   */
  public static String toJson(Rubric rubric) {
    return Json.toJson(true, g -> writeRubric(g, rubric));
  }

  // ---------------------------------------------------------------------------------------------------- reading

  private static Rubric build(Doc doc, Node root) {
    Doc.Fields f = doc.fields(root, "format", "year", "title", "officialLetter", "status", "source", "notes",
        "parameters", "rules", "overrides", "alternatives", "maxima", "bands", "indicators");
    Node format = f.required("format");
    if (!FORMAT.equals(doc.string(format))) {
      throw doc.error(format, Message.of("json.rubricFormat", FORMAT, doc.string(format)));
    }
    int year = doc.integer(f.required("year"), 2000, 2999);
    String title = f.string("title");
    Node letterNode = f.optional("officialLetter");
    String letter = letterNode == null || letterNode instanceof Node.Null ? null : doc.string(letterNode);
    Provenance provenance = provenance(doc, f, null, Message.of("json.owner.rubric", year));
    Node notesNode = f.optional("notes");
    List<String> notes = notesNode == null ? List.of() : doc.strings(notesNode, false);
    Parameters parameters = parameters(doc, f.required("parameters"));
    Rules rules = rules(doc, f.required("rules"));
    Node overridesNode = f.optional("overrides");
    List<ParameterOverride> overrides = overridesNode == null ? List.of() : overrides(doc, overridesNode);
    Node alternativesNode = f.optional("alternatives");
    List<Alternative> alternatives = alternativesNode == null ? List.of() : alternatives(doc, alternativesNode);
    Node maximaNode = f.optional("maxima");
    Maxima maxima = maximaNode == null ? null : maxima(doc, maximaNode);

    Node.Arr bandNodes = doc.array(f.required("bands"));
    List<Band> bands = new ArrayList<>();
    for (Node b : bandNodes.items()) {
      bands.add(band(doc, b));
    }

    Node.Arr indicatorNodes = doc.array(f.required("indicators"));
    List<Indicator> indicators = new ArrayList<>();
    Map<String, Integer> firstUse = new HashMap<>();
    for (int i = 0; i < indicatorNodes.items().size(); i++) {
      Node n = indicatorNodes.items().get(i);
      Indicator ind = indicator(doc, n);
      Integer first = firstUse.putIfAbsent(ind.code(), i);
      if (first != null) {
        throw doc.error(doc.fields(n, INDICATOR_KEYS).required("code"), Message.of("json.indicatorCodeAgain",
            ind.code(), Location.pointerOf("indicators", first)));
      }
      indicators.add(ind);
    }

    Rubric.Builder builder = Rubric.builder(year).title(title).officialLetter(letter).provenance(provenance)
        .notes(notes).parameters(parameters).rules(rules).bands(bands).indicators(indicators).overrides(overrides)
        .alternatives(alternatives);
    Rubric rubric;
    try {
      rubric = builder.build();
    } catch (IgaException e) {
      boolean noInnovation = indicators.stream().noneMatch(i -> i.scope() == Scope.INNOVATION);
      throw place(doc, e, root, noInnovation ? indicatorNodes : bandNodes);
    }
    if (maxima == null) {
      return rubric;
    }
    try {
      return builder.maxima(maxima).build();
    } catch (IgaException e) {
      throw doc.relocate(e, maximaNode);
    }
  }

  /**
   * Places an error a model constructor threw: at the value its JSON pointer names under {@code base} (the model's
   * pointers follow the document: {@code /bands/2}, {@code /levels/1/when}), or at {@code fallback} when it names
   * none. A pointer that goes past the document (a member a level inherits) stops at the deepest value there is.
   */
  private static IgaException place(Doc doc, IgaException e, Node base, Node fallback) {
    String pointer = e.location().map(Location::pointer).orElse(null);
    if (pointer == null || e.location().get().line() > 0) {
      return doc.relocate(e, fallback);
    }
    Node at = base;
    for (String token : pointer.isEmpty() ? new String[0] : pointer.substring(1).split("/", -1)) {
      String key = token.replace("~1", "/").replace("~0", "~");
      Node next = null;
      if (at instanceof Node.Obj o && o.members().containsKey(key)) {
        next = o.members().get(key).value();
      } else if (at instanceof Node.Arr a && key.matches("[0-9]+") && Integer.parseInt(key) < a.items().size()) {
        next = a.items().get(Integer.parseInt(key));
      }
      if (next == null) {
        break;
      }
      at = next;
    }
    return new IgaException(e.problemMessage(), doc.at(at.pos()), e);
  }

  /**
   * @param inherited the provenance a missing {@code status} or {@code source} takes, or null when both are required
   * @param owner what the provenance belongs to, for messages: {@code indicator 17 level 2}
   */
  private static Provenance provenance(Doc doc, Doc.Fields f, @Nullable Provenance inherited, Message owner) {
    Node status = inherited == null ? f.required("status") : f.optional("status");
    Node source = inherited == null ? f.required("source") : f.optional("source");
    Status s = status != null ? doc.constant(status, Status.class) : inherited.status();
    if (source == null) {
      return new Provenance(s, inherited.sourceMessage());
    }
    String text = doc.string(source);
    try {
      return new Provenance(s, text);
    } catch (IgaException e) {
      throw doc.error(source, owned(owner, e));
    }
  }

  private static Parameters parameters(Doc doc, Node node) {
    Doc.Fields f = doc.fields(node, Parameters.DIVISOR_FLOOR, Parameters.COUNT_SCORE, Parameters.COUNT_CAP,
        Parameters.GATE, Parameters.REPORTING_SCALE, Parameters.ROUNDING);
    Map<String, Node> values = new HashMap<>();
    Map<String, Provenance> sources = new HashMap<>();
    for (String name : List.of(Parameters.DIVISOR_FLOOR, Parameters.COUNT_SCORE, Parameters.COUNT_CAP,
        Parameters.GATE, Parameters.REPORTING_SCALE, Parameters.ROUNDING)) {
      Doc.Fields p = doc.fields(f.required(name), "value", "status", "source");
      values.put(name, p.required("value"));
      sources.put(name, provenance(doc, p, null, Message.of("json.owner.parameter", name)));
    }
    Sourced<Integer> divisorFloor =
        Sourced.of(doc.integer(values.get(Parameters.DIVISOR_FLOOR)), sources.get(Parameters.DIVISOR_FLOOR));
    Sourced<BigDecimal> perInnovation =
        Sourced.of(doc.decimal(values.get(Parameters.COUNT_SCORE)), sources.get(Parameters.COUNT_SCORE));
    Sourced<Integer> countCap =
        Sourced.of(doc.integer(values.get(Parameters.COUNT_CAP)), sources.get(Parameters.COUNT_CAP));
    Sourced<Integer> gate = Sourced.of(doc.integer(values.get(Parameters.GATE)), sources.get(Parameters.GATE));
    Sourced<Integer> scale =
        Sourced.of(doc.integer(values.get(Parameters.REPORTING_SCALE)), sources.get(Parameters.REPORTING_SCALE));
    Sourced<RoundingMode> rounding = Sourced.of(doc.constant(values.get(Parameters.ROUNDING), RoundingMode.class),
        sources.get(Parameters.ROUNDING));
    try {
      return new Parameters(divisorFloor, perInnovation, countCap, gate, scale, rounding);
    } catch (IgaException e) {
      for (Map.Entry<String, Node> v : values.entrySet()) {
        if (e.problem().startsWith(v.getKey() + " ")) {
          throw doc.relocate(e, v.getValue());
        }
      }
      throw doc.relocate(e, node);
    }
  }

  /** Every rule is required: a rule the document does not state is an error naming it, never a default. */
  private static Rules rules(Doc doc, Node node) {
    Doc.Fields f = doc.fields(node, Rules.OVERLAP, Rules.GAP, Rules.NOT_ACCEPTED_ANSWER,
        Rules.NOT_ACCEPTED_INNOVATION, Rules.COUNT_SCORE_WITHOUT_GATE);
    return new Rules(rule(doc, f, Rules.OVERLAP, Rules.Overlap.class), rule(doc, f, Rules.GAP, Rules.Gap.class),
        rule(doc, f, Rules.NOT_ACCEPTED_ANSWER, Rules.NotAcceptedAnswer.class),
        rule(doc, f, Rules.NOT_ACCEPTED_INNOVATION, Rules.NotAcceptedInnovation.class),
        rule(doc, f, Rules.COUNT_SCORE_WITHOUT_GATE, Rules.CountScoreWithoutGate.class));
  }

  private static <E extends Enum<E>> Sourced<E> rule(Doc doc, Doc.Fields rules, String name, Class<E> type) {
    Doc.Fields f = doc.fields(rules.required(name), "value", "status", "source");
    E value = f.constant("value", type);
    return Sourced.of(value, provenance(doc, f, null, Message.of("json.owner.rule", name)));
  }

  /** Each alternative lists its values, or gives them as a range of decimals ({@code from}, {@code to}, {@code step}). */
  private static List<Alternative> alternatives(Doc doc, Node node) {
    List<Alternative> out = new ArrayList<>();
    for (Node a : doc.array(node).items()) {
      Doc.Fields f = doc.fields(a, "name", "values", "range", "source");
      try {
        if (f.has("values") == f.has("range")) {
          throw doc.error(a, f.has("values") ? Message.of("json.alternativeBoth")
              : Message.of("json.alternativeNeither"));
        }
        if (f.has("values")) {
          out.add(new Alternative(f.string("name"), doc.strings(f.required("values"), false), f.string("source")));
        } else {
          Doc.Fields r = doc.fields(f.required("range"), "from", "to", "step");
          out.add(Alternative.range(f.string("name"), r.decimal("from"), r.decimal("to"), r.decimal("step"),
              f.string("source")));
        }
      } catch (IgaException e) {
        throw doc.relocate(e, a);
      }
    }
    return out;
  }

  private static List<ParameterOverride> overrides(Doc doc, Node node) {
    List<ParameterOverride> out = new ArrayList<>();
    for (Node o : doc.array(node).items()) {
      Doc.Fields f = doc.fields(o, "name", "published", "value");
      String published = f.string("published");
      if (published.isBlank()) {
        throw doc.error(f.required("published"), published.isEmpty() ? Message.of("json.overridePublishedEmpty")
            : Message.of("json.overridePublishedBlank"));
      }
      out.add(new ParameterOverride(f.string("name"), published, f.string("value")));
    }
    return out;
  }

  private static Maxima maxima(Doc doc, Node node) {
    Doc.Fields f = doc.fields(node, "spd", "maturity", "countScore", "total");
    return new Maxima(f.decimal("spd"), f.decimal("maturity"), f.decimal("countScore"), f.decimal("total"));
  }

  private static Band band(Doc doc, Node node) {
    Doc.Fields f = doc.fields(node, "predikat", "lower", "upper", "status", "source");
    Predikat predikat = f.constant("predikat", Predikat.class);
    BigDecimal lower = f.decimal("lower");
    BigDecimal upper = f.decimal("upper");
    Provenance provenance = provenance(doc, f, null, Message.of("json.owner.band", predikat.name()));
    try {
      return new Band(predikat, lower, upper, provenance);
    } catch (IgaException e) {
      throw doc.relocate(e, node);
    }
  }

  private static final String[] INDICATOR_KEYS = {"code", "scope", "variable", "name", "weight", "mandatory",
      "evidence", "status", "source", "fact", "levels"};

  private static Indicator indicator(Doc doc, Node node) {
    Doc.Fields f = doc.fields(node, INDICATOR_KEYS);
    Node codeNode = f.required("code");
    String code = doc.string(codeNode);
    Matcher m = CODE.matcher(code);
    int number = m.matches() ? Integer.parseInt(m.group(1)) : 0;
    Scope scope = f.constant("scope", Scope.class);
    String variable = f.string("variable");
    String name = f.string("name");
    BigDecimal weight = f.decimal("weight");
    boolean mandatory = f.bool("mandatory");
    String evidence = f.string("evidence");
    Provenance provenance = provenance(doc, f, null, Message.of("json.owner.indicator", code));
    FactSpec fact = fact(doc, f.required("fact"));
    Node.Arr levelNodes = doc.array(f.required("levels"));
    List<Level> levels = new ArrayList<>();
    for (Node l : levelNodes.items()) {
      levels.add(level(doc, l, code, provenance));
    }
    try {
      return new Indicator(code, number, scope, variable, name, weight, mandatory, evidence, fact, levels, provenance);
    } catch (IgaException e) {
      throw place(doc, e, node, m.matches() ? node : codeNode);
    }
  }

  private static FactSpec fact(Doc doc, Node node) {
    Doc.Fields f = doc.fields(node, "kind", "unit", "terms");
    FactKind kind = f.constant("kind", FactKind.class);
    String unit = f.optionalString("unit");
    Node termsNode = f.optional("terms");
    List<Term> terms = new ArrayList<>();
    if (termsNode != null) {
      for (Node t : doc.array(termsNode).items()) {
        Doc.Fields tf = doc.fields(t, "code", "label", "unit");
        terms.add(new Term(tf.string("code"), tf.string("label"), tf.optionalString("unit")));
      }
    }
    try {
      return new FactSpec(kind, unit, terms);
    } catch (IgaException e) {
      throw doc.relocate(e, node);
    }
  }

  private static Level level(Doc doc, Node node, String code, Provenance indicator) {
    Doc.Fields f = doc.fields(node, "level", "label", "when", "status", "source");
    int number = f.integer("level");
    String label = f.string("label");
    Node when = f.optional("when");
    Message owner = Message.of("json.owner.level", code, number);
    Predicate predicate = when == null ? null : predicate(doc, when, owner);
    Provenance provenance = provenance(doc, f, indicator, owner);
    try {
      return new Level(number, label, predicate, provenance);
    } catch (IgaException e) {
      throw doc.relocate(e, f.required("level"));
    }
  }

  /** @param owner the level the predicate belongs to, named in the model's errors: {@code indicator 16 level 2} */
  private static Predicate predicate(Doc doc, Node node, Message owner) {
    Node.Obj o = doc.object(node);
    try {
      if (o.members().containsKey("basis")) {
        Doc.Fields f = doc.fields(node, "basis", "range");
        return new Predicate.OnBasis(f.string("basis"), range(doc, f.required("range")));
      }
      if (o.members().size() != 1) {
        throw doc.error(node, Message.of("json.predicateForm", o.members().isEmpty()
            ? Message.of("json.predicateForm.empty")
            : Message.of("json.predicateForm.fields", String.join(", ", o.members().keySet()))));
      }
      Map.Entry<String, Node.Member> only = o.members().entrySet().iterator().next();
      Node value = only.getValue().value();
      switch (only.getKey()) {
        case "range":
          return range(doc, value);
        case "oneOf":
          return new Predicate.OneOf(new LinkedHashSet<>(doc.strings(value, true)));
        case "count":
          return new Predicate.CountOf(range(doc, value));
        case "includes":
          return new Predicate.Includes(new LinkedHashSet<>(doc.strings(value, true)));
        case "anyOf": {
          List<Predicate> options = new ArrayList<>();
          for (Node option : doc.array(value).items()) {
            options.add(predicate(doc, option, owner));
          }
          return new Predicate.AnyOf(options);
        }
        default:
          throw doc.error(only.getValue().key(), Doc.unknownField(only.getKey(), List.of(PREDICATE_KEYS)));
      }
    } catch (IgaException e) {
      if (e.location().isPresent()) {
        throw e;
      }
      throw doc.error(node, owned(owner, e));
    }
  }

  /**
   * @param owner what the problem is about: {@code indicator 16 level 2}
   * @param e the problem a model constructor found, without a place
   * @return the problem, said of its owner: {@code indicator 16 level 2: ...}
   */
  private static Message owned(Message owner, IgaException e) {
    return Message.of("json.owned", owner, e.problemMessage());
  }

  private static Predicate.Range range(Doc doc, Node node) {
    Doc.Fields f = doc.fields(node, "min", "above", "max", "below");
    if (f.has("min") && f.has("above")) {
      throw doc.error(node, Message.of("json.rangeTwoLower"));
    }
    if (f.has("max") && f.has("below")) {
      throw doc.error(node, Message.of("json.rangeTwoUpper"));
    }
    BigDecimal lower = f.has("min") ? f.decimal("min") : f.has("above") ? f.decimal("above") : null;
    BigDecimal upper = f.has("max") ? f.decimal("max") : f.has("below") ? f.decimal("below") : null;
    return new Predicate.Range(lower, f.has("min"), upper, f.has("max"));
  }

  // ---------------------------------------------------------------------------------------------------- writing

  private static void writeRubric(JsonGenerator g, Rubric r) throws IOException {
    g.writeStartObject();
    g.writeStringField("format", FORMAT);
    g.writeNumberField("year", r.year());
    g.writeStringField("title", r.title());
    if (r.officialLetter().isPresent()) {
      g.writeStringField("officialLetter", r.officialLetter().get());
    }
    writeProvenance(g, r.provenance());
    if (!r.notes().isEmpty()) {
      g.writeArrayFieldStart("notes");
      for (String n : r.notes()) {
        g.writeString(n);
      }
      g.writeEndArray();
    }
    g.writeObjectFieldStart("parameters");
    for (Map.Entry<String, Sourced<?>> p : r.parameters().named().entrySet()) {
      g.writeFieldName(p.getKey());
      Json.inline(g, o -> {
        o.writeStartObject();
        o.writeFieldName("value");
        Object v = p.getValue().value();
        if (v instanceof Integer i) {
          o.writeNumber(i);
        } else if (v instanceof BigDecimal d) {
          o.writeNumber(d);
        } else {
          o.writeString(((RoundingMode) v).name());
        }
        writeProvenance(o, p.getValue().provenance());
        o.writeEndObject();
      });
    }
    g.writeEndObject();
    g.writeObjectFieldStart("rules");
    for (Map.Entry<String, Sourced<? extends Rules.Choice>> rule : r.rules().named().entrySet()) {
      g.writeFieldName(rule.getKey());
      Json.inline(g, o -> {
        o.writeStartObject();
        o.writeStringField("value", rule.getValue().value().name());
        writeProvenance(o, rule.getValue().provenance());
        o.writeEndObject();
      });
    }
    g.writeEndObject();
    if (!r.overrides().isEmpty()) {
      writeOverrides(g, r.overrides());
    }
    if (!r.alternatives().isEmpty()) {
      g.writeArrayFieldStart("alternatives");
      for (Alternative a : r.alternatives()) {
        Json.inline(g, w -> {
          w.writeStartObject();
          w.writeStringField("name", a.name());
          w.writeArrayFieldStart("values");
          for (String v : a.values()) {
            w.writeString(v);
          }
          w.writeEndArray();
          w.writeStringField("source", a.source());
          w.writeEndObject();
        });
      }
      g.writeEndArray();
    }
    Maxima m = r.maxima();
    g.writeFieldName("maxima");
    Json.inline(g, o -> {
      o.writeStartObject();
      o.writeNumberField("spd", m.spd());
      o.writeNumberField("maturity", m.maturity());
      o.writeNumberField("countScore", m.countScore());
      o.writeNumberField("total", m.total());
      o.writeEndObject();
    });
    g.writeArrayFieldStart("bands");
    for (Band b : r.bands()) {
      Json.inline(g, o -> {
        o.writeStartObject();
        o.writeStringField("predikat", b.predikat().name());
        o.writeNumberField("lower", b.lower());
        o.writeNumberField("upper", b.upper());
        writeProvenance(o, b.provenance());
        o.writeEndObject();
      });
    }
    g.writeEndArray();
    g.writeArrayFieldStart("indicators");
    for (Indicator i : r.indicators()) {
      writeIndicator(g, i);
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  /**
   * Writes the member {@code overrides}, each on one line, as the rubric document and the result contract
   * ({@link ResultJson}) both hold it.
   */
  static void writeOverrides(JsonGenerator g, List<ParameterOverride> overrides) throws IOException {
    g.writeArrayFieldStart("overrides");
    for (ParameterOverride o : overrides) {
      Json.inline(g, w -> {
        w.writeStartObject();
        w.writeStringField("name", o.name());
        w.writeStringField("published", o.published());
        w.writeStringField("value", o.value());
        w.writeEndObject();
      });
    }
    g.writeEndArray();
  }

  private static void writeProvenance(JsonGenerator g, Provenance p) throws IOException {
    g.writeStringField("status", p.status().name());
    g.writeStringField("source", p.source());
  }

  private static void writeIndicator(JsonGenerator g, Indicator i) throws IOException {
    g.writeStartObject();
    g.writeStringField("code", i.code());
    g.writeStringField("scope", i.scope().name());
    g.writeStringField("variable", i.variable());
    g.writeStringField("name", i.name());
    g.writeNumberField("weight", i.weight());
    g.writeBooleanField("mandatory", i.mandatory());
    g.writeStringField("evidence", i.evidence());
    writeProvenance(g, i.provenance());
    FactSpec fact = i.fact();
    g.writeFieldName("fact");
    if (fact.terms().isEmpty()) {
      Json.inline(g, o -> writeFact(o, fact));
    } else {
      writeFact(g, fact);
    }
    g.writeArrayFieldStart("levels");
    for (Level l : i.levels()) {
      Json.inline(g, o -> {
        o.writeStartObject();
        o.writeNumberField("level", l.number());
        o.writeStringField("label", l.label());
        if (l.predicate() != null) {
          o.writeFieldName("when");
          writePredicate(o, l.predicate());
        }
        if (!l.provenance().equals(i.provenance())) {
          writeProvenance(o, l.provenance());
        }
        o.writeEndObject();
      });
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  private static void writeFact(JsonGenerator g, FactSpec fact) throws IOException {
    g.writeStartObject();
    g.writeStringField("kind", fact.kind().name());
    if (fact.unit() != null) {
      g.writeStringField("unit", fact.unit());
    }
    if (!fact.terms().isEmpty()) {
      g.writeArrayFieldStart("terms");
      for (Term t : fact.terms()) {
        Json.inline(g, o -> {
          o.writeStartObject();
          o.writeStringField("code", t.code());
          o.writeStringField("label", t.label());
          if (t.unit() != null) {
            o.writeStringField("unit", t.unit());
          }
          o.writeEndObject();
        });
      }
      g.writeEndArray();
    }
    g.writeEndObject();
  }

  private static void writePredicate(JsonGenerator g, Predicate p) throws IOException {
    g.writeStartObject();
    if (p instanceof Predicate.Range r) {
      g.writeFieldName("range");
      writeRange(g, r);
    } else if (p instanceof Predicate.OneOf o) {
      writeStrings(g, "oneOf", o.categories());
    } else if (p instanceof Predicate.CountOf c) {
      g.writeFieldName("count");
      writeRange(g, c.count());
    } else if (p instanceof Predicate.Includes in) {
      writeStrings(g, "includes", in.codes());
    } else if (p instanceof Predicate.OnBasis b) {
      g.writeStringField("basis", b.basis());
      g.writeFieldName("range");
      writeRange(g, b.range());
    } else {
      g.writeArrayFieldStart("anyOf");
      for (Predicate option : ((Predicate.AnyOf) p).options()) {
        writePredicate(g, option);
      }
      g.writeEndArray();
    }
    g.writeEndObject();
  }

  private static void writeStrings(JsonGenerator g, String field, Iterable<String> values) throws IOException {
    g.writeArrayFieldStart(field);
    for (String v : values) {
      g.writeString(v);
    }
    g.writeEndArray();
  }

  private static void writeRange(JsonGenerator g, Predicate.Range r) throws IOException {
    g.writeStartObject();
    if (r.min() != null) {
      g.writeNumberField(r.minInclusive() ? "min" : "above", r.min());
    }
    if (r.max() != null) {
      g.writeNumberField(r.maxInclusive() ? "max" : "below", r.max());
    }
    g.writeEndObject();
  }
}

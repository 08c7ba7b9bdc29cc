package id.iga.rubric;

import static id.iga.rubric.RubricFixtures.KNOWN;
import static id.iga.rubric.RubricFixtures.band;
import static id.iga.rubric.RubricFixtures.bands2024;
import static id.iga.rubric.RubricFixtures.levelOnly;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import id.iga.IgaException;
import id.iga.Location;
import id.iga.Message;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A rubric keeps what it was built with, is equal to another exactly when every fact of them is, and checks the
 * overrides and alternatives a document declares: each names a fact once, overrides say what the rubric holds, and
 * alternatives are of facts not known for the year.
 */
class RubricModelSpec {
  private static final Provenance GUESS = Provenance.of(Status.ASSUMED, "guess");

  private static Parameters parameters(Status divisorFloor, int gate) {
    return new Parameters(Sourced.of(10, Provenance.of(divisorFloor, "letter")),
        Sourced.of(new BigDecimal("0.38"), KNOWN), Sourced.of(200, KNOWN), Sourced.of(gate, KNOWN),
        Sourced.of(2, KNOWN), Sourced.of(RoundingMode.HALF_UP, KNOWN));
  }

  /** A rubric with every fact stated; the variant (1..12) changes one of them, 0 none. */
  private static Rubric rubric(int variant) {
    Rubric.Builder b = Rubric.builder(variant == 1 ? 2025 : 2024)
        .title(variant == 2 ? "Other" : "Model")
        .officialLetter(variant == 3 ? null : variant == 4 ? "B/2/2024" : "B/1/2024")
        .provenance(variant == 5 ? GUESS : KNOWN)
        .notes(variant == 6 ? List.of("one", "two") : List.of("one"))
        .indicators(List.of(levelOnly("1", Scope.REGION, "Satu", "2", true),
            levelOnly("2", Scope.INNOVATION, variant == 7 ? "Zwei" : "Dua", "3", true)))
        .parameters(parameters(Status.ASSUMED, variant == 8 ? 3 : 2))
        .bands(variant == 9 ? List.of(band(Predikat.SANGAT_INOVATIF, "60.01", "100.00"),
            band(Predikat.INOVATIF, "40.00", "60.00"), band(Predikat.KURANG_INOVATIF, "0.01", "39.99"),
            band(Predikat.TIDAK_DAPAT_DINILAI, "0.00", "0.00")) : bands2024())
        .rules(variant == 10 ? Rules.assumed().with(Rules.GAP, "LOWER_LEVEL", GUESS) : Rules.assumed())
        .overrides(variant == 11 ? List.of() : List.of(new ParameterOverride(Parameters.DIVISOR_FLOOR, "12", "10")))
        .alternatives(variant == 12 ? List.of()
            : List.of(new Alternative("k", List.of("10", "12"), "PermenPANRB 2023")));
    return b.build();
  }

  @Test
  void aRubricKeepsWhatItWasBuiltWith() {
    Rubric r = rubric(0);
    assertEquals(List.of("Model", Optional.of("B/1/2024"), KNOWN, List.of("one")),
        List.of(r.title(), r.officialLetter(), r.provenance(), r.notes()));
    assertEquals(List.of(new Alternative(Parameters.DIVISOR_FLOOR, List.of("10", "12"), "PermenPANRB 2023")),
        r.alternatives());
    assertEquals(Optional.empty(), rubric(3).officialLetter());
  }

  @Test
  void twoRubricsAreEqualExactlyWhenBuiltFromTheSameFacts() {
    qt().withExamples(200).forAll(integers().between(0, 12), integers().between(0, 12)).checkAssert((i, j) ->
        assertEquals(i.equals(j), rubric(i).equals(rubric(j)), () -> "variants " + i + " and " + j));
  }

  @Test
  void equalRubricsHaveEqualHashCodes() {
    qt().withExamples(20).forAll(integers().between(0, 12)).checkAssert(i ->
        assertEquals(rubric(i).hashCode(), rubric(i).hashCode()));
  }

  @Test
  void aRubricIsEqualToNoOtherKindOfObject() {
    assertEquals(false, rubric(0).equals("Model"));
  }

  // ------------------------------------------------------------------------------------------- overrides

  private static Rubric.Builder twoRows(ParameterOverride... overrides) {
    return RubricFixtures.twoRows().bands(bands2024()).overrides(List.of(overrides));
  }

  private static String pointer(IgaException e) {
    return e.location().map(Location::pointer).orElse(null);
  }

  private static void assertRefusedAt(String pointer, String key, List<Object> arguments, Rubric.Builder b) {
    IgaException e = assertThrows(IgaException.class, b::build);
    assertEquals(List.of(pointer, key, arguments), List.of(pointer(e), e.key(), e.arguments()));
  }

  @Test
  void anOverrideListedTwiceIsRefusedAtTheSecond() {
    ParameterOverride k = new ParameterOverride(Parameters.DIVISOR_FLOOR, "12", "10");
    assertRefusedAt("/overrides/1", "rubric.override.twice", List.of(2024, Parameters.DIVISOR_FLOOR, "/overrides/0"),
        twoRows(k, k));
  }

  @Test
  void anOverrideThatDoesNotSayWhatTheRubricHoldsIsRefusedAtItsValue() {
    assertRefusedAt("/overrides/0/value", "rubric.override.differs",
        List.of("band.INOVATIF", "40.00..60.00", 2024, "35.00..60.00"),
        twoRows(new ParameterOverride("band.INOVATIF", "35.00..60.00", "40.00..60.00")));
  }

  @Test
  void anOverrideOfAnUnknownRuleIsRefusedAtItsNameListingTheRules() {
    assertRefusedAt("/overrides/0/name", "rubric.override.unknownRule", List.of("rule.nonsense",
        "[rule.overlap, rule.gap, rule.notAcceptedAnswer, rule.notAcceptedInnovation, rule.countScoreWithoutGate]"),
        twoRows(new ParameterOverride("rule.nonsense", "ZERO", "ZERO")));
  }

  @Test
  void anOverrideOfARuleSaysItsValue() {
    Rubric r = twoRows(new ParameterOverride("rule.gap", "LOWER_LEVEL", "ZERO")).build();
    assertEquals(List.of(new ParameterOverride("rule.gap", "LOWER_LEVEL", "ZERO")), r.overrides());
  }

  // ----------------------------------------------------------------------------------------- alternatives

  private static IgaException refusedAlternative(Rubric.Builder b) {
    return assertThrows(IgaException.class, b::build);
  }

  @Test
  void aParameterConfirmedFromASecondarySourceHasNoAlternatives() {
    Rubric.Builder b = RubricFixtures.twoRows().bands(bands2024())
        .parameters(parameters(Status.CONFIRMED_SECONDARY, 2))
        .alternatives(List.of(new Alternative("k", List.of("10", "12"), "guess")));
    IgaException e = refusedAlternative(b);
    assertEquals("rubric.alternative.invalid", e.key());
    assertEquals(List.of(Parameters.DIVISOR_FLOOR, Message.of("rubric.alternative.confirmed",
        Parameters.DIVISOR_FLOOR, "CONFIRMED_SECONDARY", 2024)), e.arguments());
    assertEquals("/alternatives/0", pointer(e));
  }

  @Test
  void aConfirmedRuleHasNoAlternatives() {
    Rubric.Builder b = RubricFixtures.twoRows().bands(bands2024())
        .rules(Rules.assumed().with(Rules.GAP, "ZERO", KNOWN))
        .alternatives(List.of(new Alternative("rule.gap", List.of("ZERO", "LOWER_LEVEL"), "guess")));
    IgaException e = refusedAlternative(b);
    assertEquals(List.of("rule.gap", Message.of("rubric.alternative.confirmed", "rule.gap", "CONFIRMED", 2024)),
        e.arguments());
  }

  @Test
  void anAssumedRuleHasAlternatives() {
    Alternative gap = new Alternative("rule.gap", List.of("ZERO", "LOWER_LEVEL"), "guess");
    Rubric r = RubricFixtures.twoRows().bands(bands2024()).alternatives(List.of(gap)).build();
    assertEquals(List.of(gap), r.alternatives());
  }

  /** The 2024 bands, SANGAT_INOVATIF assumed and the others confirmed. */
  private static List<Band> topBandAssumed() {
    List<Band> bands = new ArrayList<>(bands2024());
    bands.set(0, new Band(Predikat.SANGAT_INOVATIF, new BigDecimal("60.01"), new BigDecimal("100.00"), GUESS));
    return bands;
  }

  @Test
  void aBandIsJudgedByItsOwnStatus() {
    Alternative top = new Alternative("band.SANGAT_INOVATIF", List.of("60.01", "70.01"), "guess");
    Rubric r = RubricFixtures.twoRows().bands(topBandAssumed()).alternatives(List.of(top)).build();
    assertEquals(List.of(top), r.alternatives());
    Rubric.Builder b = RubricFixtures.twoRows().bands(topBandAssumed())
        .alternatives(List.of(new Alternative("band.INOVATIF", List.of("35.00", "40.00"), "guess")));
    IgaException e = refusedAlternative(b);
    assertEquals(List.of("band.INOVATIF", Message.of("rubric.alternative.confirmed", "band.INOVATIF", "CONFIRMED",
        2024)), e.arguments());
  }

  // ---------------------------------------------------------------------------------------------- rules

  @Test
  void aRuleChangedAgainIsListedOnceBesideTheOtherOverrides() {
    Rubric k12 = Overrides.apply(RubricFixtures.twoRows().bands(bands2024()).build(),
        List.of(new Overrides.Setting("k", "12")));
    Rubric lower = k12.withRules(k12.rules().with(Rules.GAP, "LOWER_LEVEL", GUESS));
    Rubric back = lower.withRules(lower.rules().with(Rules.GAP, "ZERO", GUESS));
    assertEquals(List.of(new ParameterOverride(Parameters.DIVISOR_FLOOR, "10", "12"),
        new ParameterOverride("rule.gap", "LOWER_LEVEL", "ZERO")), back.overrides());
  }

  // ---------------------------------------------------------------------------------------------- bands

  @Test
  void aBandThatEndsWhereTheBandAboveEndsOverlapsIt() {
    List<Band> bands = new ArrayList<>(bands2024());
    bands.set(1, band(Predikat.INOVATIF, "35.00", "100.00"));
    IgaException e = assertThrows(IgaException.class, RubricFixtures.twoRows().bands(bands)::build);
    assertEquals("rubric.bands.overlap", e.key());
    assertEquals(List.of(new BigDecimal("100.00"), 2, "INOVATIF", new BigDecimal("100.00"),
        new BigDecimal("60.00")), e.arguments());
    assertEquals("/bands/1", pointer(e));
  }

  @Test
  void applyingNoSettingGivesTheRubricItself() {
    Rubric r = RubricFixtures.coarse();
    assertEquals(true, Overrides.apply(r, List.of()) == r);
  }
}

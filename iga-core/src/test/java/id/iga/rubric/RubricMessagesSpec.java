package id.iga.rubric;

import static id.iga.rubric.RubricFixtures.KNOWN;
import static id.iga.rubric.RubricFixtures.band;
import static id.iga.rubric.RubricFixtures.bands2024;
import static id.iga.rubric.RubricFixtures.levelOnly;
import static id.iga.rubric.RubricFixtures.levels;
import static id.iga.rubric.RubricFixtures.parameters;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import id.iga.IgaException;
import id.iga.Message;
import id.iga.rubric.Predicate.Range;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * The rubric's errors and texts for people in Bahasa Indonesia, with the key and arguments an embedding application
 * would use: one of each kind of problem, a finding of each kind, and the texts of what-if settings, rules and
 * predicates. Decimals take the decimal comma; an interval's ends are then parted by a semicolon.
 */
class RubricMessagesSpec {
  private static final Locale ID = Message.INDONESIAN;

  private static Rubric.Builder builder(List<Band> bands) {
    return RubricFixtures.twoRows().bands(bands);
  }

  private static Rubric.Builder bandsWith(int index, Band band) {
    List<Band> bands = new ArrayList<>(bands2024());
    bands.set(index, band);
    return builder(bands);
  }

  private static IgaException refused(Executable e) {
    return assertThrows(IgaException.class, e);
  }

  private static BigDecimal d(String value) {
    return new BigDecimal(value);
  }

  // ----------------------------------------------------------------------------------------------- bands

  @Test
  void aGapBetweenTwoBandsIsPlacedAtTheBandThatEndsShort() {
    IgaException e = refused(bandsWith(1, band(Predikat.INOVATIF, "35.00", "59.99"))::build);
    assertEquals("/bands/1: rentang nilai predikat harus mencakup 0..100,00 dengan 2 desimal tanpa celah atau "
        + "tumpang tindih: rentang INOVATIF berakhir di 59,99, padahal seharusnya di 60,00 (celah)", e.message(ID));
    assertEquals("rubric.bands.gap", e.key());
    assertEquals(List.of(d("100.00"), 2, "INOVATIF", d("59.99"), d("60.00")), e.arguments());
    assertEquals("/bands/1: bands must cover 0..100.00 at scale 2 with no gap or overlap: band INOVATIF ends at "
        + "59.99 where 60.00 was expected (gap)", e.getMessage());
  }

  @Test
  void anOverlapOfTwoBandsHasItsOwnKey() {
    IgaException e = refused(bandsWith(1, band(Predikat.INOVATIF, "35.00", "60.01"))::build);
    assertEquals("/bands/1: rentang nilai predikat harus mencakup 0..100,00 dengan 2 desimal tanpa celah atau "
        + "tumpang tindih: rentang INOVATIF berakhir di 60,01, padahal seharusnya di 60,00 (tumpang tindih)",
        e.message(ID));
    assertEquals("rubric.bands.overlap", e.key());
  }

  @Test
  void bandsInTheWrongOrderNameBothBandsWithTheirEdges() {
    IgaException e = refused(builder(List.of(band(Predikat.KURANG_INOVATIF, "60.01", "100.00"),
        band(Predikat.INOVATIF, "35.00", "60.00"), band(Predikat.SANGAT_INOVATIF, "0.01", "34.99"),
        band(Predikat.TIDAK_DAPAT_DINILAI, "0.00", "0.00")))::build);
    assertEquals("/bands/1: rentang nilai predikat INOVATIF (35,00..60,00) berada di atas rentang nilai predikat "
        + "SANGAT_INOVATIF (0,01..34,99); seharusnya rentang tersusun dari 100,00 turun ke 0 dengan urutan "
        + "SANGAT_INOVATIF, INOVATIF, KURANG_INOVATIF, TIDAK_DAPAT_DINILAI", e.message(ID));
    assertEquals("rubric.band.above", e.key());
    assertEquals(List.of("INOVATIF", Message.of("rubric.range", d("35.00"), d("60.00")), "SANGAT_INOVATIF",
        Message.of("rubric.range", d("0.01"), d("34.99")), d("100.00"),
        "SANGAT_INOVATIF, INOVATIF, KURANG_INOVATIF, TIDAK_DAPAT_DINILAI"), e.arguments());
  }

  // -------------------------------------------------------------------------------- rubric, levels, values

  @Test
  void declaredMaximaThatDisagreeNameBothInWords() {
    IgaException e = refused(builder(bands2024()).maxima(new Maxima(d("63"), d("111"), d("76"), d("250")))::build);
    assertEquals("rubrik 2024 menyatakan nilai maksimum (SPD 63, kematangan 111, Skor Jumlah Inovasi 76, total 250), "
        + "tetapi bobotnya menghasilkan (SPD 6, kematangan 9, Skor Jumlah Inovasi 76,00, total 91,00)", e.message(ID));
    assertEquals("rubric.maxima.differ", e.key());
    assertEquals(List.of(2024, Message.of("rubric.maxima", d("63"), d("111"), d("76"), d("250")),
        Message.of("rubric.maxima", d("6"), d("9"), d("76.00"), d("91.00"))), e.arguments());
  }

  @Test
  void aLevelWhoseRangeHoldsNoNumberIsPlacedAtItsCondition() {
    IgaException e = refused(() -> new Indicator("3", 3, Scope.INNOVATION, "Proses", "Nama", BigDecimal.ONE, false,
        "", FactSpec.quantity("percent"), levels(Range.lessThan("10"), Range.closed("50.5", "10"),
            Range.atLeast("50")), KNOWN));
    assertEquals("/levels/1/when: indikator 3 tingkat 2 tidak dapat dipenuhi fakta apa pun: tidak ada nilai di dalam "
        + "[50,5; 10]; seharusnya batas bawah lebih kecil daripada batas atas, atau sama dengannya dengan kedua batas "
        + "termasuk", e.message(ID));
    assertEquals("rubric.level.emptyRange", e.key());
    assertEquals(List.of("3", 2, Message.of("rubric.interval", "[", d("50.5"), d("10"), "]")), e.arguments());
  }

  @Test
  void aLevelNamingACodeOutsideTheVocabularySaysWhichCodesAreExpected() {
    FactSpec regulation = new FactSpec(FactKind.CATEGORY, null, List.of(Term.of("PERKADA", "Perkada"),
        Term.of("PERDA", "Perda")));
    IgaException e = refused(() -> new Indicator("16", 16, Scope.INNOVATION, "Proses", "Regulasi", BigDecimal.ONE,
        true, "", regulation, levels(Predicate.OneOf.of("PERKADA"), Predicate.OneOf.of("PERGUB"),
            Predicate.OneOf.of("PERDA")), KNOWN));
    assertEquals("/levels/1/when/oneOf/0: indikator 16 tingkat 2 menyebut 'PERGUB', yang tidak ada dalam daftar kode "
        + "indikator; seharusnya salah satu dari PERKADA, PERDA", e.message(ID));
    assertEquals("rubric.level.unknownTerm", e.key());
    assertEquals(List.of("16", 2, "PERGUB", "PERKADA, PERDA"), e.arguments());
  }

  @Test
  void aParameterOutOfItsRangeStartsWithItsName() {
    IgaException e = refused(() -> parameters(10, "0.38", 200, 7, RoundingMode.HALF_UP));
    assertEquals("basicServiceGate (syarat urusan pelayanan dasar) harus 0..6, bukan 7", e.message(ID));
    assertEquals("rubric.parameter.gate", e.key());
    assertEquals(List.of(6, 7), e.arguments());
    assertEquals("basicServiceGate must be 0..6, not 7", e.problem());
  }

  @Test
  void anIidOutsideZeroToHundredIsWrittenWithTheDecimalComma() {
    Rubric r = builder(bands2024()).build();
    IgaException e = refused(() -> r.predikatOf(d("100.01")));
    assertEquals("IID 100,01 bukan nilai 0..100,00 sesuai jumlah desimal pelaporan", e.message(ID));
    assertEquals("rubric.iidOutOfRange", e.key());
    assertEquals(List.of(d("100.01"), d("100.00")), e.arguments());
  }

  @Test
  void aFactOfTheWrongKindIsAProblemInEitherLanguage() {
    FactSpec media = new FactSpec(FactKind.CODES, null, List.of(Term.of("APP", "aplikasi"), Term.of("WEB", "web")));
    Message m = media.problemMessage(Fact.quantity(2)).orElseThrow();
    assertEquals("seharusnya fakta berjenis CODES ({\"codes\": [\"APP\", ...]}), bukan fakta berjenis QUANTITY",
        m.text(ID));
    assertEquals(Message.of("rubric.fact.wrongKind", "CODES", "{\"codes\": [\"APP\", ...]}", "QUANTITY"), m);
    assertEquals("kode 'FAX' tidak dikenal; seharusnya kode dari [APP, WEB]",
        media.problemMessage(Fact.codes("WEB", "FAX")).orElseThrow().text(ID));
    assertEquals(media.problemWith(Fact.quantity(2)).orElseThrow(), m.toString());
  }

  // ------------------------------------------------------------------------------ what-if settings

  @Test
  void anUnknownSettingNameListsEveryNameASettingMayUse() {
    IgaException e = refused(() -> Overrides.parse("kk=3"));
    String names = "divisorFloor, countScorePerInnovation, countCap, basicServiceGate, reportingScale, rounding, k, "
        + "countScore, cap, gate, band.SANGAT_INOVATIF, band.INOVATIF, band.KURANG_INOVATIF, band.TIDAK_DAPAT_DINILAI, "
        + "rule.overlap, rule.gap, rule.notAcceptedAnswer, rule.notAcceptedInnovation, rule.countScoreWithoutGate";
    assertEquals("parameter 'kk' tidak dikenal; seharusnya salah satu dari " + names, e.message(ID));
    assertEquals("rubric.setting.unknownName", e.key());
    assertEquals(List.of("kk", names), e.arguments());
  }

  @Test
  void aBandEdgeOutOfItsRoomSaysTheRoomWithTheDecimalCommaAndTheValueAsTyped() {
    IgaException e = refused(() -> Overrides.apply(builder(bands2024()).build(),
        List.of(Overrides.parse("band.INOVATIF=70.00"))));
    assertEquals("band.INOVATIF harus 0,02..60,00 (di atas batas bawah KURANG_INOVATIF, yaitu 0,01, dan paling tinggi "
        + "batas atas rentang itu sendiri), bukan 70.00", e.message(ID));
    assertEquals("rubric.setting.edgeRange", e.key());
    assertEquals(List.of("band.INOVATIF", d("0.02"), d("60.00"), d("0.01"), "KURANG_INOVATIF", "70.00"),
        e.arguments());
  }

  @Test
  void aSettingOfTheWrongFormQuotesWhatWasTyped() {
    IgaException e = refused(() -> Overrides.apply(builder(bands2024()).build(), List.of(Overrides.parse("k=12.5"))));
    assertEquals("divisorFloor harus bilangan bulat, bukan '12.5'", e.message(ID));
    assertEquals(List.of("divisorFloor", "12.5"), e.arguments());
  }

  @Test
  void aValueSetByTheUserIsAnAssumptionWhoseSourceSaysSoInEitherLanguage() {
    Rubric r = Overrides.apply(builder(bands2024()).build(), List.of(Overrides.parse("countScore=0.40"),
        Overrides.parse("band.INOVATIF=40.01")));
    Assumption count = r.assumptions().get(0);
    assertEquals(List.of("parameter countScorePerInnovation", "0,40",
        "ditetapkan oleh pengguna: countScorePerInnovation=0.40 (nilai yang dipublikasikan 0,38)"),
        List.of(count.subject(ID), count.value(ID), count.source(ID)));
    assertEquals(List.of("countScorePerInnovation", "0.40",
        "set by the user: countScorePerInnovation=0.40 (published 0.38)"),
        List.of(count.subject(), count.value(), count.source()));
    assertEquals(Message.of("rubric.provenance.setByUser", "countScorePerInnovation=0.40", d("0.38")),
        count.sourceMessage());
    Band below = r.bands().get(2);
    assertEquals("batas atas digeser satu satuan di bawah band.INOVATIF=40.01 (nilai yang dipublikasikan "
        + "0,01..34,99)", below.provenance().source(ID));
    assertEquals("upper edge moved one step below band.INOVATIF=40.01 (published 0.01..34.99)",
        below.provenance().source());
    Assumption band = r.assumptions().stream().filter(a -> a.subject().equals("band INOVATIF")).findFirst()
        .orElseThrow();
    assertEquals(List.of("rentang nilai predikat INOVATIF", "40,01..60,00"), List.of(band.subject(ID), band.value(ID)));
  }

  @Test
  void aSourceARubricDocumentStatesIsTheSameInEitherLanguageAndEqualsTheLibrarysEnglishWords() {
    Provenance written = Provenance.of(Status.ASSUMED, "Lampiran II, Surat Kepala BSKDN");
    assertEquals("Lampiran II, Surat Kepala BSKDN", written.source(ID));
    assertEquals(Message.of("rubric.asWritten", "Lampiran II, Surat Kepala BSKDN"), written.sourceMessage());
    Provenance made = new Provenance(Status.ASSUMED, Message.of("rubric.provenance.enginesRule"));
    assertEquals("aturan mesin penilaian; rubrik tidak menyatakannya", made.source(ID));
    assertEquals(Provenance.of(Status.ASSUMED, "the engine's rule; the rubric does not state it"), made);
    assertEquals(Provenance.of(Status.ASSUMED, "the engine's rule; the rubric does not state it").hashCode(),
        made.hashCode());
  }

  // ------------------------------------------------------------------------------------- alternatives

  @Test
  void anAlternativeOfAConfirmedFactIsRefusedAtItsPlace() {
    IgaException e = refused(builder(bands2024()).alternatives(List.of(new Alternative("divisorFloor",
        List.of("10", "12"), "the 2023 slides")))::build);
    assertEquals("/alternatives/0: alternatif divisorFloor: divisorFloor berstatus CONFIRMED untuk tahun 2024; hanya "
        + "fakta berstatus ASSUMED, INFERRED, atau PROJECTED yang memiliki alternatif", e.message(ID));
    assertEquals("rubric.alternative.invalid", e.key());
    assertEquals(List.of("divisorFloor", Message.of("rubric.alternative.confirmed", "divisorFloor", "CONFIRMED",
        2024)), e.arguments());
  }

  @Test
  void anIntervalOfAlternativesRunningDownIsRefusedWithItsEnds() {
    IgaException e = refused(() -> Alternative.range("countScorePerInnovation", d("0.40"), d("0.38"), d("0.01"),
        "guess"));
    assertEquals("interval countScorePerInnovation harus naik dari 0,40 sampai 0,38 dengan kenaikan positif, bukan 0,01",
        e.message(ID));
    assertEquals("rubric.alternative.badInterval", e.key());
    assertEquals(List.of("countScorePerInnovation", d("0.40"), d("0.38"), d("0.01")), e.arguments());
  }

  // ----------------------------------------------------------------------------------------- the lint

  private static final Indicator PAD_GROWTH = new Indicator("4", 4, Scope.REGION, "Institusi", "Pertumbuhan PAD",
      BigDecimal.ONE, true, "", FactSpec.quantity("percent"), levels(Range.atMost("2.04"),
          Range.closed("2.05", "5.23"), Range.atLeast("5.23")), KNOWN);

  private static final Indicator REGULATION = new Indicator("16", 16, Scope.INNOVATION, "Infrastruktur", "Regulasi",
      BigDecimal.ONE, true, "", new FactSpec(FactKind.CATEGORY, null, List.of(Term.of("SK_PD", "SK Kepala PD"),
          Term.of("SK_KDH", "SK Kepala Daerah"), Term.of("PERKADA", "Perkada"), Term.of("PERDA", "Perda"))),
      levels(Predicate.OneOf.of("SK_KDH"), Predicate.OneOf.of("PERKADA", "SK_KDH"), Predicate.OneOf.of("PERDA")),
      KNOWN);

  private static final Indicator STAFF = new Indicator("17", 17, Scope.INNOVATION, "Proses", "SDM", BigDecimal.ONE,
      true, "", FactSpec.quantity("persons"), levels(Range.closed("-5", "-1"), Range.closed("0", "10"),
          Range.greaterThan("10")), KNOWN);

  /** The findings of one indicator, in a rubric whose other indicator is answered by level only and finds nothing. */
  private static List<RubricLint.Finding> findings(Indicator indicator) {
    return RubricLint.check(Rubric.builder(2026).title("lint").provenance(KNOWN).indicator(indicator)
        .indicator(levelOnly("35", Scope.INNOVATION, "Tingkat saja", "1", false))
        .bands(bands2024()).parameters(parameters(12, "0.38", 200, 5, RoundingMode.HALF_UP)).build());
  }

  @Test
  void anOverlapOfTwoRangesIsWrittenWithTheDecimalCommaAndASemicolonBetweenTheEnds() {
    RubricLint.Finding f = findings(PAD_GROWTH).get(0);
    assertEquals(RubricLint.Kind.OVERLAP, f.kind());
    assertEquals("indikator 4: nilai [5,23; 5,23] memenuhi tingkat 2 dan 3; tingkat 3 yang berlaku", f.message(ID));
    assertEquals("indicator 4: values [5.23, 5.23] meet levels 2 and 3; level 3 wins", f.message());
    assertEquals(Message.of("rubric.lint.overlap", "4", Message.of("rubric.lint.values"),
        Message.of("rubric.interval", "[", d("5.23"), d("5.23"), "]"), 2, 3), f.words());
  }

  @Test
  void aGapBetweenTwoRangesSaysNoWholeNumberLiesThere() {
    RubricLint.Finding f = findings(PAD_GROWTH).get(1);
    assertEquals(RubricLint.Kind.GAP, f.kind());
    assertEquals("indikator 4: nilai (2,04; 2,05), di antara tingkat 1 dan 2, tidak memenuhi tingkat mana pun (tidak "
        + "ada bilangan bulat di dalamnya)", f.message(ID));
    assertEquals(Message.of("rubric.lint.gapOfNoWholeNumber", "4", Message.of("rubric.lint.values"),
        Message.of("rubric.interval", "(", d("2.04"), d("2.05"), ")"), Message.of("rubric.lint.between", 1, 2)),
        f.words());
  }

  @Test
  void categoriesInTwoLevelsOrInNoneAndALevelNeverEarnedAreFindingsOfTheirKind() {
    List<RubricLint.Finding> f = findings(REGULATION);
    assertEquals(List.of(RubricLint.Kind.OVERLAP, RubricLint.Kind.GAP, RubricLint.Kind.THEORETICAL),
        f.stream().map(RubricLint.Finding::kind).toList());
    assertEquals(List.of(
        "indikator 16: kategori SK_KDH memenuhi tingkat 1 dan 2; tingkat 2 yang berlaku",
        "indikator 16: kategori SK_PD (SK Kepala PD) tidak memenuhi tingkat mana pun",
        "indikator 16: tingkat 1 tidak pernah dicapai: setiap fakta yang memenuhinya juga memenuhi tingkat 2, dan "
            + "tingkat tertinggi yang berlaku"), f.stream().map(x -> x.message(ID)).toList());
    assertEquals(Message.of("rubric.lint.neverEarned", "16", 1, 2), f.get(2).words());
  }

  @Test
  void aLevelEarnedOnlyByImplausibleNumbersNamesTheUnitsDomain() {
    RubricLint.Finding f = findings(STAFF).stream().filter(x -> x.kind() == RubricLint.Kind.THEORETICAL).findFirst()
        .orElseThrow();
    assertEquals("indikator 17: tingkat 1 hanya dicapai oleh nilai [-5; -1], dan tidak satu pun masuk akal untuk "
        + "satuan persons (bilangan bulat >= 0)", f.message(ID));
    assertEquals(Message.of("rubric.lint.implausible", "17", 1, Message.of("rubric.interval", "[", d("-5"), d("-1"),
        "]"), "persons", Message.of("rubric.lint.domain.count")), f.words());
  }

  // ------------------------------------------------------------------------------ predicates and rules

  @Test
  void aPredicateIsDescribedWithTheLanguagesWordsAndDecimalComma() {
    assertEquals(">= 2,05 dan < 5,23", new Range(d("2.05"), true, d("5.23"), false).describe(ID));
    assertEquals(">= 2.05 and < 5.23", new Range(d("2.05"), true, d("5.23"), false).describe(Locale.ENGLISH));
    assertEquals("bilangan apa pun", new Range(null, false, null, false).describe(ID));
    assertEquals("salah satu dari PERKADA, PERDA", Predicate.OneOf.of("PERKADA", "PERDA").describe(ID));
    assertEquals("jumlah 2..3", new Predicate.CountOf(Range.closed("2", "3")).describe(ID));
    assertEquals("mencakup RKPD_T1 dan RKPD_T2 dan RKPD_T3",
        Predicate.Includes.of("RKPD_T1", "RKPD_T2", "RKPD_T3").describe(ID));
    assertEquals("persons >= 501 | percent > 10,5", new Predicate.AnyOf(List.of(
        new Predicate.OnBasis("persons", Range.atLeast("501")),
        new Predicate.OnBasis("percent", Range.greaterThan("10.5")))).describe(ID));
  }

  @Test
  void eachRuleValueSaysWhatTheEngineDoesInEitherLanguage() {
    assertEquals("fakta yang berada di antara rentang yang dipublikasikan untuk dua tingkat memperoleh tingkat yang "
        + "lebih rendah dari keduanya", Rules.Gap.LOWER_LEVEL.meaning(ID));
    assertEquals(Message.of("rubric.rule.gap.lowerLevel"), Rules.Gap.LOWER_LEVEL.meaningMessage());
    assertEquals("Skor Jumlah Inovasi bernilai 0 apabila inovasi mencakup urusan wajib pelayanan dasar lebih sedikit "
        + "daripada syarat urusan pelayanan dasar", Rules.CountScoreWithoutGate.ZERO.meaning(ID));
    IgaException e = refused(() -> Rules.assumed().with(Rules.GAP, "HIGHER_LEVEL", KNOWN));
    assertEquals("aturan gap bernilai salah satu dari [ZERO, LOWER_LEVEL], bukan 'HIGHER_LEVEL'", e.message(ID));
    assertEquals(List.of("gap", "[ZERO, LOWER_LEVEL]", "HIGHER_LEVEL"), e.arguments());
  }
}

package id.iga.compare;

import static id.iga.compare.CompareFixtures.sragen;
import static id.iga.compare.CompareFixtures.y2024;
import static id.iga.compare.CompareFixtures.y2025;
import static id.iga.compare.CompareFixtures.y2026;
import static id.iga.MessageAssertions.assertError;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import id.iga.IgaException;
import id.iga.Message;
import id.iga.rubric.Fact;
import id.iga.rubric.Overrides;
import id.iga.score.Mode;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A comparison's texts and errors in Bahasa Indonesia, with the key and arguments an application would show in its own
 * words; the English forms, which the JSON and CSV writers use, stay as they were.
 */
class CompareMessagesSpec {
  private static final YearComparison Y2024_2026 = YearComparison.of(List.of(y2024(), y2026()));

  private static String cells(RowComparison row) {
    return String.join(" | ", row.cells().stream().map(c -> c.text(Message.INDONESIAN)).toList());
  }

  @Test
  void eachKindOfCellReadsInIndonesian() {
    Comparison claimed = Y2024_2026.compare(sragen(), Mode.CLAIMED);
    List<RowComparison> d = claimed.differences();
    assertEquals("2 (11..30) | 1 (1..20)", cells(d.get(0)));
    assertEquals("1 (salah satu dari SK_PD) | 0 (tidak memenuhi tingkat mana pun)", cells(d.get(1)));
    assertEquals("2 dibawa apa adanya | 2 dibawa apa adanya", cells(claimed.carried().get(0)));
    assertEquals("0 (tidak diterima) | 0 (tidak diterima)",
        cells(Y2024_2026.compare(sragen(), Mode.VERIFIED).rows().get(2)));

    List<RowComparison> missing = YearComparison.of(List.of(y2024(), y2025())).compare(sragen(), Mode.CLAIMED)
        .differences();
    assertEquals("2 (> 50 dan <= 86) | tidak ada dalam rubrik tahun ini", cells(missing.get(0)));
    assertEquals("1 (salah satu dari SK_PD) | tidak ada dalam kosakata tahun ini", cells(missing.get(1)));
    assertEquals("2 (11..30)", d.get(0).cells().get(0).text(Message.INDONESIAN));
    assertEquals("2 (11..30)", d.get(0).cells().get(0).text());
  }

  @Test
  void aYearThatCannotReadAnAnswerSaysWhyInIndonesian() {
    YearScore y2025 = YearComparison.of(List.of(y2024(), y2025())).compare(sragen(), Mode.CLAIMED).years().get(1);
    Message noRow = y2025.problemMessages().get(0);
    Message vocabulary = y2025.problemMessages().get(1);

    assertEquals(Message.of("compare.problem", Message.of("compare.where.region", "2"),
        Message.of("compare.noRegionIndicator", 2025, "2")), noRow);
    assertEquals("spd 2: rubrik 2025 tidak memiliki indikator daerah 2", y2025.problems(Message.INDONESIAN).get(0));
    // The third argument is the fact spec's own problem (id.iga.rubric), shown in the language asked for.
    assertEquals("compare.problemOfIndicator", vocabulary.key());
    assertEquals(List.of(Message.of("compare.where.innovation", "X", "4"), "Regulasi inovasi"),
        vocabulary.arguments().subList(0, 2));
    assertEquals("inovasi X indikator 4 (Regulasi inovasi): " + Message.plain(vocabulary.arguments().get(2),
        Message.INDONESIAN), y2025.problems(Message.INDONESIAN).get(1));
    assertEquals("spd 2: rubric 2025 has no region indicator 2", y2025.problems().get(0));
  }

  @Test
  void anAnswerAsGivenReadsInIndonesianWithDecimalCommas() {
    RowComparison carried = Y2024_2026.compare(sragen(), Mode.CLAIMED).carried().get(0);

    assertEquals("tingkat 2", carried.given(Message.INDONESIAN));
    assertEquals("level 2", carried.given());
    assertEquals("16,5", RowComparison.describe(Fact.quantity(new BigDecimal("16.5")), Message.INDONESIAN));
    assertEquals("persons 350,25",
        RowComparison.describe(Fact.measure("persons", new BigDecimal("350.25")), Message.INDONESIAN));
    assertEquals("tanpa kode", RowComparison.describe(Fact.codes(), Message.INDONESIAN));
    assertEquals("no codes", RowComparison.describe(Fact.codes()));
    assertEquals("T0, T1", RowComparison.describe(Fact.codes("T0", "T1"), Message.INDONESIAN));
  }

  @Test
  void theIidChangeKeepsItsSignAndTakesTheLanguagesSeparator() {
    Difference down = Sensitivity.of(y2024(), List.of(Overrides.parse("k=4"))).score(sragen(), Mode.CLAIMED);
    Difference reversed = new Difference(down.derived(), down.published());

    assertEquals("-22,00", down.iidChangeText(Message.INDONESIAN));
    assertEquals("+22,00", reversed.iidChangeText(Message.INDONESIAN));
    assertEquals("+22.00", reversed.iidChangeText());
  }

  @Test
  void yearsThatCannotBeComparedAreRefusedInIndonesian() {
    assertError("compare.noYears", List.of(), "perbandingan memerlukan paling sedikit satu tahun rubrik",
        assertThrows(IgaException.class, () -> YearComparison.of(List.of())));
    assertError("compare.yearTwice", List.of(2024), "tahun 2024 diberikan dua kali; bandingkan setiap tahun satu kali "
        + "saja", assertThrows(IgaException.class, () -> YearComparison.of(List.of(y2024(), y2026(), y2024()))));
    assertError("compare.whatIf.otherYear", List.of(2024, 2026),
        "simulasi \"bagaimana jika\" atas rubrik 2024 harus untuk tahun yang sama, bukan 2026",
        assertThrows(IgaException.class, () -> Sensitivity.of(y2024(), y2026())));
  }

  @Test
  void aSweepThatIsNotOneListOfValuesIsRefusedInIndonesian() {
    assertError("compare.sweep.repeatedValue", List.of("k=2,4,2", "2"),
        "rangkaian nilai 'k=2,4,2' mencantumkan 2 dua kali",
        assertThrows(IgaException.class, () -> Sweep.of(y2024(), List.of(), "k=2,4,2")));
    assertError("compare.sweep.emptyValue", List.of("k=2,,4"),
        "rangkaian nilai 'k=2,,4' memuat nilai kosong; seharusnya nama=n1,n2,...",
        assertThrows(IgaException.class, () -> Sweep.of(y2024(), List.of(), "k=2,,4")));
    assertError("compare.sweep.setAndSwept", List.of("divisorFloor", "divisorFloor=3", "divisorFloor=2,4"),
        "divisorFloor ditetapkan (divisorFloor=3) sekaligus diuji dengan rangkaian nilai (divisorFloor=2,4); berikan "
            + "satu kali saja",
        assertThrows(IgaException.class, () -> Sweep.of(y2024(), List.of(Overrides.parse("k=3")),
            "divisorFloor=2,4")));
  }

  @Test
  void aDatasetComparisonOfOtherYearsIsRefusedInIndonesian() {
    DatasetComparison.Builder b = DatasetComparison.builder(List.of(2024, 2026));
    Comparison other = YearComparison.of(List.of(y2026(), y2024())).compare(sragen(), Mode.CLAIMED);

    assertError("compare.dataset.otherYears", List.of("[2026, 2024]", "[2024, 2026]"),
        "perbandingan tahun [2026, 2024] tidak dapat digabungkan dengan perbandingan tahun [2024, 2026]",
        assertThrows(IgaException.class, () -> b.add(other)));
    assertError("compare.dataset.notCompared", List.of(2025, "[2024, 2026]"),
        "tahun 2025 tidak termasuk tahun yang dibandingkan [2024, 2026]",
        assertThrows(IgaException.class, () -> b.build().counts(2025)));
    assertError("compare.dataset.noYears", List.of(), "perbandingan kumpulan data memerlukan paling sedikit satu tahun",
        assertThrows(IgaException.class, () -> DatasetComparison.builder(List.of())));
  }
}

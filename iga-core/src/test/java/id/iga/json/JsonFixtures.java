package id.iga.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import id.iga.IgaException;
import id.iga.Location;
import id.iga.rubric.Band;
import id.iga.rubric.Fact;
import id.iga.rubric.FactKind;
import id.iga.rubric.FactSpec;
import id.iga.rubric.Indicator;
import id.iga.rubric.Level;
import id.iga.rubric.Parameters;
import id.iga.rubric.Rules;
import id.iga.rubric.Predicate;
import id.iga.rubric.Predikat;
import id.iga.rubric.Provenance;
import id.iga.rubric.Rubric;
import id.iga.rubric.Scope;
import id.iga.rubric.Sourced;
import id.iga.rubric.Status;
import id.iga.rubric.Term;
import id.iga.submission.Affair;
import id.iga.submission.Answer;
import id.iga.submission.Innovation;
import id.iga.submission.Region;
import id.iga.submission.RegionType;
import id.iga.submission.Stage;
import id.iga.submission.Submission;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.function.Executable;

/** A small rubric and submission built by hand, and assertions on error places. */
final class JsonFixtures {
  private JsonFixtures() {}

  static final Provenance FIXTURE = Provenance.of(Status.CONFIRMED, "test fixture");
  private static final Provenance READING = Provenance.of(Status.ASSUMED, "the library's reading");

  /**
   * A rubric with every predicate form: region rows 1 (QUANTITY, weight 2) and 2a (NONE, weight 1.5); innovation
   * rows 16 (CATEGORY, weight 3), 17 (CODES, weight 1, mandatory) and 33 (MEASURE, weight 2). Maxima: SPD 10.5,
   * maturity 18, count score 4 x 0.5 = 2, total 30.5. Rounding is the one ASSUMED parameter; every rule is ASSUMED
   * but countScoreWithoutGate.
   */
  static Rubric rubric() {
    Parameters parameters = new Parameters(Sourced.of(2, FIXTURE), Sourced.of(new BigDecimal("0.5"), FIXTURE),
        Sourced.of(4, FIXTURE), Sourced.of(1, FIXTURE), Sourced.of(2, FIXTURE),
        Sourced.of(RoundingMode.HALF_UP, Provenance.of(Status.ASSUMED, "carried over from 2023")));
    Indicator i1 = new Indicator("1", 1, Scope.REGION, "Institusi", "Capaian RPJMD", new BigDecimal("2"), true,
        "RPJMD", FactSpec.quantity("percent"), List.of(
            new Level(1, "below 50%", Predicate.Range.lessThan("50"), FIXTURE),
            new Level(2, "50% to 80%", new Predicate.Range(new BigDecimal("50"), true, new BigDecimal("80"), false),
                FIXTURE),
            new Level(3, "80% or more", Predicate.Range.atLeast("80"), FIXTURE)), FIXTURE);
    Indicator i2a = new Indicator("2a", 2, Scope.REGION, "Institusi", "Alokasi anggaran", new BigDecimal("1.5"), false,
        "", FactSpec.NONE, List.of(
            new Level(1, "low", null, FIXTURE),
            new Level(2, "middle", null, Provenance.of(Status.INFERRED, "derived from 2023")),
            new Level(3, "high", null, FIXTURE)), FIXTURE);
    Indicator i16 = new Indicator("16", 16, Scope.INNOVATION, "Infrastruktur", "Regulasi inovasi", new BigDecimal("3"),
        true, "PDF regulasi", new FactSpec(FactKind.CATEGORY, null, List.of(Term.of("SK", "SK Kepala Daerah"),
            Term.of("PERKADA", "Peraturan Kepala Daerah"), Term.of("PERDA", "Peraturan Daerah"))), List.of(
            new Level(1, "SK", Predicate.OneOf.of("SK"), FIXTURE),
            new Level(2, "Perkada", Predicate.OneOf.of("PERKADA"), FIXTURE),
            new Level(3, "Perda", Predicate.OneOf.of("PERDA"), FIXTURE)), FIXTURE);
    Indicator i17 = new Indicator("17", 17, Scope.INNOVATION, "Infrastruktur", "Metode informasi", new BigDecimal("1"),
        true, "tangkapan layar", new FactSpec(FactKind.CODES, null, List.of(Term.of("WEB", "situs web"),
            Term.of("APP", "aplikasi"), Term.of("SOCIAL", "media sosial"))), List.of(
            new Level(1, "one method", new Predicate.CountOf(Predicate.Range.closed("1", "1")), FIXTURE),
            new Level(2, "two methods or an app", new Predicate.AnyOf(List.of(
                new Predicate.CountOf(Predicate.Range.closed("2", "2")), Predicate.Includes.of("APP"))), FIXTURE),
            new Level(3, "three methods", new Predicate.CountOf(Predicate.Range.atLeast("3")), FIXTURE)), FIXTURE);
    Indicator i33 = new Indicator("33", 33, Scope.INNOVATION, "Manfaat", "Jumlah pengguna", new BigDecimal("2"),
        false, "", new FactSpec(FactKind.MEASURE, null, List.of(new Term("persons", "orang", "persons"),
            new Term("products", "produk", "count"))), List.of(
            new Level(1, "few", new Predicate.AnyOf(List.of(
                new Predicate.OnBasis("persons", Predicate.Range.closed("1", "100")),
                new Predicate.OnBasis("products", Predicate.Range.closed("1", "5")))), FIXTURE),
            new Level(2, "some", new Predicate.AnyOf(List.of(
                new Predicate.OnBasis("persons", new Predicate.Range(new BigDecimal("100"), false,
                    new BigDecimal("500"), true)),
                new Predicate.OnBasis("products", new Predicate.Range(new BigDecimal("5"), false,
                    new BigDecimal("20"), false)))), FIXTURE),
            new Level(3, "many", new Predicate.AnyOf(List.of(
                new Predicate.OnBasis("persons", Predicate.Range.greaterThan("500")),
                new Predicate.OnBasis("products", Predicate.Range.atLeast("20")))), FIXTURE)), FIXTURE);
    return Rubric.builder(2024).title("Fixture rubric").officialLetter("Surat 1/2024").provenance(FIXTURE)
        .notes(List.of("For tests only."))
        .parameters(parameters)
        .rules(new Rules(Sourced.of(Rules.Overlap.HIGHEST_LEVEL, READING), Sourced.of(Rules.Gap.ZERO, READING),
            Sourced.of(Rules.NotAcceptedAnswer.ZERO, READING),
            Sourced.of(Rules.NotAcceptedInnovation.COUNTS_IN_N_AND_GATE, READING),
            Sourced.of(Rules.CountScoreWithoutGate.ZERO, FIXTURE)))
        .band(new Band(Predikat.SANGAT_INOVATIF, new BigDecimal("60.01"), new BigDecimal("100.00"), FIXTURE))
        .band(new Band(Predikat.INOVATIF, new BigDecimal("30.01"), new BigDecimal("60.00"), FIXTURE))
        .band(new Band(Predikat.KURANG_INOVATIF, new BigDecimal("0.01"), new BigDecimal("30.00"), FIXTURE))
        .band(new Band(Predikat.TIDAK_DAPAT_DINILAI, new BigDecimal("0.00"), new BigDecimal("0.00"), FIXTURE))
        .indicators(List.of(i1, i2a, i16, i17, i33))
        .build();
  }

  static final Region SRAGEN = new Region("33.14", "Kabupaten Sragen", RegionType.KABUPATEN, "33");

  /**
   * Region rows: 1 = 85% (level 3), 2a = level 1. Innovation inv-a (KESEHATAN): 16 PERDA (3), 17 WEB+APP (2),
   * 33 350 persons (2). Innovation inv-b (PARIWISATA): 16 PERKADA (2), 17 unanswered, 33 0 products (no level).
   */
  static Submission submission() {
    Map<String, Answer> spd = new LinkedHashMap<>();
    spd.put("1", Answer.fact(Fact.quantity(85)));
    spd.put("2a", Answer.level(1));
    Map<String, Answer> a = new LinkedHashMap<>();
    a.put("16", Answer.fact(Fact.category("PERDA")));
    a.put("17", Answer.fact(Fact.codes("WEB", "APP")));
    a.put("33", Answer.fact(Fact.measure("persons", new BigDecimal("350"))));
    Map<String, Answer> b = new LinkedHashMap<>();
    b.put("16", Answer.fact(Fact.category("PERKADA")));
    b.put("33", Answer.fact(Fact.measure("products", BigDecimal.ZERO)));
    return new Submission(2024, SRAGEN, spd, List.of(
        new Innovation("inv-a", "Si Cantik", "Dinas Kesehatan", Affair.KESEHATAN, Stage.PENERAPAN, a),
        new Innovation("inv-b", "Desa Wisata", "Dinas Pariwisata", Affair.PARIWISATA, Stage.UJI_COBA, b)));
  }

  /**
   * @param e what the input throws when read
   * @return an input whose every read fails with it
   */
  static InputStream failing(IOException e) {
    return new InputStream() {
      @Override
      public int read() throws IOException {
        throw e;
      }
    };
  }

  /**
   * The 1-based line and column where a marker first occurs in a text.
   *
   * @param text the text
   * @param marker a substring of it
   * @return {line, column}
   */
  static long[] place(String text, String marker) {
    int at = text.indexOf(marker);
    if (at < 0) {
      throw new IllegalArgumentException("marker not in text: " + marker);
    }
    long line = 1;
    int lineStart = 0;
    for (int i = 0; i < at; i++) {
      if (text.charAt(i) == '\n') {
        line++;
        lineStart = i + 1;
      }
    }
    return new long[] {line, at - lineStart + 1};
  }

  /**
   * Asserts that an action throws an error with exactly this problem and place.
   *
   * @return the error
   */
  static IgaException assertError(Executable action, String source, long line, long column, String pointer,
      String problem) {
    IgaException e = assertThrows(IgaException.class, action);
    assertEquals(problem, e.problem());
    assertEquals(new Location(source, line, column, pointer), e.location().orElseThrow());
    return e;
  }

  /** Asserts an error placed at the first occurrence of a marker in the document. */
  static IgaException assertErrorAt(Executable action, String json, String marker, String pointer, String problem) {
    long[] p = place(json, marker);
    return assertError(action, "<string>", p[0], p[1], pointer, problem);
  }
}

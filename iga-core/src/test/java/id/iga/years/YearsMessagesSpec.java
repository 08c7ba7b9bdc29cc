package id.iga.years;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import id.iga.IgaException;
import id.iga.Message;
import id.iga.generate.RubricGenerator;
import id.iga.generate.SubmissionGenerator;
import id.iga.json.RubricJson;
import id.iga.rubric.Rubric;
import id.iga.rubric.RubricProvider;
import id.iga.score.Mode;
import id.iga.score.Scorer;
import id.iga.score.Warning;
import id.iga.submission.Submission;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.ServiceConfigurationError;
import org.junit.jupiter.api.Test;

/**
 * The rubric years' errors and the reason a user's rubric is not the shipped one, in Bahasa Indonesia, with the key and
 * arguments an application would show in its own words.
 */
class YearsMessagesSpec {
  private static final Rubric SHIPPED = RubricGenerator.rubric(7);
  private static final int YEAR = SHIPPED.year();
  private static final Submission SUBMISSION = SubmissionGenerator.submission(SHIPPED, 7);

  /** The provider of the generated year. */
  static final class Shipped implements RubricProvider {
    @Override
    public int year() {
      return YEAR;
    }

    @Override
    public Rubric load() {
      return SHIPPED;
    }
  }

  /** A second provider of the same year. */
  static final class Reissued implements RubricProvider {
    @Override
    public int year() {
      return YEAR;
    }

    @Override
    public Rubric load() {
      return SHIPPED;
    }
  }

  /** A provider that claims year 2030 but loads the generated year's rubric. */
  static final class Mislabelled implements RubricProvider {
    @Override
    public int year() {
      return 2030;
    }

    @Override
    public Rubric load() {
      return SHIPPED;
    }
  }

  private static final RubricRegistry REGISTRY = RubricRegistry.of(List.of(new Shipped()));

  private static void assertError(String key, List<Object> arguments, String indonesian, IgaException e) {
    assertEquals(key, e.key());
    assertEquals(arguments, e.arguments());
    assertEquals(indonesian, e.message(Message.INDONESIAN));
  }

  @Test
  void aYearNobodyServesListsTheYearsAvailableInIndonesian() {
    assertError("years.noRubric", List.of(1999, String.valueOf(YEAR)),
        "tidak ada rubrik untuk tahun penilaian 1999; tahun yang tersedia: " + YEAR,
        assertThrows(IgaException.class, () -> REGISTRY.forYear(1999)));
    assertError("years.noRubric", List.of(1999, Message.of("years.noYears")),
        "tidak ada rubrik untuk tahun penilaian 1999; tahun yang tersedia: tidak ada (tambahkan modul "
            + "iga-rubric-TAHUN pada class path atau module path)",
        assertThrows(IgaException.class, () -> RubricRegistry.of(List.of()).forYear(1999)));
  }

  @Test
  void twoProvidersOfOneYearAreNamedInIndonesian() {
    RubricRegistry registry = RubricRegistry.of(List.of(new Shipped(), new Reissued()));
    IgaException e = assertThrows(IgaException.class, registry::available);

    assertError("years.provider.conflict", List.of(YEAR, Message.of("years.and",
        "id.iga.years.YearsMessagesSpec$Shipped", "id.iga.years.YearsMessagesSpec$Reissued")),
        "dua penyedia rubrik sama-sama menyediakan tahun " + YEAR + ": id.iga.years.YearsMessagesSpec$Shipped dan "
            + "id.iga.years.YearsMessagesSpec$Reissued; keluarkan salah satunya dari path", e);
  }

  @Test
  void aProviderThatLoadsAnotherYearAndOneThatCannotBeLoadedAreErrorsInIndonesian() {
    assertError("years.provider.wrongYear", List.of("id.iga.years.YearsMessagesSpec$Mislabelled", 2030, YEAR),
        "penyedia rubrik id.iga.years.YearsMessagesSpec$Mislabelled menyediakan tahun 2030, tetapi memuat rubrik "
            + "tahun " + YEAR,
        assertThrows(IgaException.class, () -> RubricRegistry.of(List.of(new Mislabelled())).forYear(2030)));

    Iterable<RubricProvider> broken = () -> new Iterator<>() {
      @Override
      public boolean hasNext() {
        return true;
      }

      @Override
      public RubricProvider next() {
        throw new ServiceConfigurationError("Provider example.Missing not found");
      }
    };
    assertError("years.provider.notLoaded", List.of("Provider example.Missing not found"),
        "penyedia rubrik tidak dapat dimuat: Provider example.Missing not found",
        assertThrows(IgaException.class, () -> RubricRegistry.of(broken)));
  }

  @Test
  void anEditedRubricSaysWhatDiffersInIndonesianAsItsFirstWarning() {
    String k = String.valueOf(SHIPPED.parameters().divisorFloor().value());
    String edited = RubricJson.toJson(SHIPPED).replace("\"title\": \"Generated rubric " + YEAR + "\"",
        "\"title\": \"My rubric\"").replaceFirst("\"divisorFloor\": \\{\"value\": " + k + ",",
        "\"divisorFloor\": {\"value\": " + (Integer.parseInt(k) + 1) + ",");
    Scorer scorer = REGISTRY.scorer(RubricJson.read(edited), "mine.json");
    Warning w = scorer.score(SUBMISSION, Mode.CLAIMED).warnings().get(0);

    Message why = Message.of("years.userRubric.differs", YEAR, "mine.json", Message.of("years.list",
        Message.of("years.differs.title"), Message.of("years.differs.parameter", "divisorFloor")));
    assertEquals(Warning.Kind.USER_RUBRIC, w.kind());
    assertEquals(why, w.message());
    assertEquals(Optional.of(why), scorer.userRubricMessage());
    assertEquals("dinilai dengan rubrik " + YEAR + " dari mine.json, bukan rubrik " + YEAR + " bawaan: rubrik ini "
        + "berbeda pada judul, parameter divisorFloor", w.text(Message.INDONESIAN));
  }

  @Test
  void aRubricOfAYearNoModuleShipsSaysSoInIndonesian() {
    Rubric other = RubricJson.read(RubricJson.toJson(SHIPPED).replace("\"year\": " + YEAR, "\"year\": 2999"));
    Scorer scorer = REGISTRY.scorer(other, "future.json");
    Warning w = scorer.score(SUBMISSION, Mode.CLAIMED).warnings().get(0);

    assertEquals(Message.of("years.userRubric.noModule", 2999, "future.json"), w.message());
    assertEquals("dinilai dengan rubrik 2999 dari future.json; tidak ada modul rubrik yang menyediakan tahun 2999",
        w.text(Message.INDONESIAN));
    assertEquals(Optional.of("scored under rubric 2999 from future.json; no rubric module ships year 2999"),
        scorer.userRubric());
  }
}

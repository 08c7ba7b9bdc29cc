package id.iga.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every kind of usage error, whoever finds it, said the same way in the chosen language: one line naming the option
 * or argument and what was expected, then where help is; exit code 2 and nothing on standard output.
 */
class UsageErrorTest {
  private static final String WONOSOBO = "examples/2024/kabupaten-wonosobo.json";
  private static final String SCORE_OPTIONS = "--year, --rubric, --mode, --fail-fast, --format, --breakdown, --set, "
      + "--sweep, --uncertainty, --jobs, --quiet, --help, --lang";

  static Stream<Arguments> errors() {
    String years = Iga.availableYears();
    return Stream.of(
        Arguments.of(List.of("score", "--yaer", "2024", WONOSOBO),
            "unknown option --yaer; options: " + SCORE_OPTIONS,
            "opsi --yaer tidak dikenal; opsi yang tersedia: " + SCORE_OPTIONS),
        Arguments.of(List.of("score"),
            "needs at least one FILE (.json, .jsonl or -)",
            "memerlukan sekurang-kurangnya satu BERKAS (.json, .jsonl, atau -)"),
        Arguments.of(List.of("rank"),
            "needs exactly one DATASET (.jsonl or -), not 0",
            "memerlukan tepat satu KUMPULAN_DATA (.jsonl atau -), bukan 0"),
        Arguments.of(List.of("compare", "--years", "2024,2026", WONOSOBO, WONOSOBO),
            "needs exactly one FILE (.json, .jsonl or -), not 2",
            "memerlukan tepat satu BERKAS (.json, .jsonl, atau -), bukan 2"),
        Arguments.of(List.of("generate", "--year"),
            "option --year needs a value",
            "opsi --year memerlukan nilai"),
        Arguments.of(List.of("generate", "--seed", "7"),
            "option --year is required",
            "opsi --year wajib diberikan"),
        Arguments.of(List.of("score", "--year", "2019", WONOSOBO),
            "--year must be a year a rubric module serves (" + years + "), not 2019",
            "--year seharusnya tahun yang dilayani modul rubrik (" + years + "), bukan 2019"),
        Arguments.of(List.of("score", "--year", "twenty", WONOSOBO),
            "--year must be a year such as 2026, not 'twenty'",
            "--year seharusnya tahun seperti 2026, bukan 'twenty'"),
        Arguments.of(List.of("compare", "--years", "2024,2019", WONOSOBO),
            "--years must be a year a rubric module serves (" + years + "), not 2019",
            "--years seharusnya tahun yang dilayani modul rubrik (" + years + "), bukan 2019"),
        Arguments.of(List.of("rubric", "1999"),
            "YEAR must be a year a rubric module serves (" + years + "), not 1999",
            "TAHUN seharusnya tahun yang dilayani modul rubrik (" + years + "), bukan 1999"),
        Arguments.of(List.of("score", "--format", "xml", WONOSOBO),
            "--format must be one of table, json, csv, not 'xml'",
            "--format seharusnya salah satu dari table, json, csv, bukan 'xml'"),
        Arguments.of(List.of("score", "--mode", "audited", WONOSOBO),
            "--mode must be one of claimed, verified, not 'audited'",
            "--mode seharusnya salah satu dari claimed, verified, bukan 'audited'"),
        Arguments.of(List.of("rank", "--rubric", "my-rubric.json", "--year", "2024", "examples/2024/dataset.jsonl"),
            "--rubric FILE scores under the document's rubric, whose year it names; give --rubric or --year, not both",
            "--rubric BERKAS menilai dengan rubrik dokumen itu, yang tahunnya disebut dalam dokumen; berikan --rubric "
                + "atau --year, tidak keduanya"),
        Arguments.of(List.of("score", "--format", "csv", "--format", "json", WONOSOBO),
            "option --format is given 2 times; give it once",
            "opsi --format diberikan 2 kali; berikan sekali saja"),
        Arguments.of(List.of("score", "--quiet=yes", WONOSOBO),
            "option --quiet takes no value",
            "opsi --quiet tidak menerima nilai"),
        Arguments.of(List.of("score", "results.txt"),
            "FILE must end in .json (a submission) or .jsonl (a dataset), or be -: 'results.txt'",
            "BERKAS seharusnya berakhiran .json (satu data penilaian) atau .jsonl (kumpulan data), atau berupa -: "
                + "'results.txt'"),
        Arguments.of(List.of("rubrics", "2024"),
            "takes no arguments, got [2024]",
            "perintah ini tidak menerima argumen, tetapi diberi [2024]"),
        Arguments.of(List.of("score", "--breakdown", WONOSOBO),
            "--breakdown goes with --format json",
            "--breakdown hanya dapat dipakai dengan --format json"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("errors")
  void theMessageNamesTheOptionAndWhatWasExpectedInTheChosenLanguage(List<String> args, String english,
      String indonesian) {
    String command = "iga " + args.get(0);
    assertUsageError(args, "en", command + ": " + english + "\nRun '" + command + " --help' for help.\n");
    assertUsageError(args, "id", command + ": " + indonesian + "\nGunakan '" + command
        + " --help' untuk melihat bantuan.\n");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("errors")
  void theEnvironmentChoosesTheLanguageOfTheMessageToo(List<String> args, String english, String indonesian) {
    Iga.Run r = Iga.withEnvironment(java.util.Map.of("LANG", "id_ID.UTF-8"), args.toArray(String[]::new));
    assertEquals(Main.USAGE, r.code(), r.err());
    assertEquals("iga " + args.get(0) + ": " + indonesian, r.err().lines().findFirst().orElseThrow());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("topLevel")
  void aCommandThatDoesNotExistOrALanguageThatIsNotIsAnErrorOfIgaItself(List<String> args, String english,
      String indonesian) {
    assertUsageError(args, "en", "iga: " + english + "\nRun 'iga --help' for help.\n");
    assertUsageError(args, "id", "iga: " + indonesian + "\nGunakan 'iga --help' untuk melihat bantuan.\n");
  }

  static Stream<Arguments> topLevel() {
    String commands = "rubrics, rubric, score, compare, rank, report, plan, calibrate, generate, completion";
    return Stream.of(
        Arguments.of(List.of("scroe", WONOSOBO), "unknown command 'scroe'; commands: " + commands,
            "perintah 'scroe' tidak dikenal; perintah yang tersedia: " + commands),
        Arguments.of(List.of("--verbose"), "unknown option --verbose; options: --version, --help, --lang",
            "opsi --verbose tidak dikenal; opsi yang tersedia: --version, --help, --lang"));
  }

  @org.junit.jupiter.api.Test
  void aLanguageTheOptionDoesNotTakeIsAUsageErrorInTheEnvironmentsLanguage() {
    Iga.Run r = Iga.withEnvironment(java.util.Map.of("LANG", "id_ID.UTF-8"), "--lang", "fr", "score", WONOSOBO);
    assertEquals(Main.USAGE, r.code());
    assertEquals("", r.out());
    assertEquals("iga: --lang seharusnya salah satu dari id, en, bukan 'fr'\n"
        + "Gunakan 'iga --help' untuk melihat bantuan.\n", r.err());
  }

  private static void assertUsageError(List<String> args, String lang, String expected) {
    List<String> line = new ArrayList<>(List.of("--lang", lang));
    line.addAll(args);
    Iga.Run r = Iga.iga(line.toArray(String[]::new));
    assertEquals(Main.USAGE, r.code(), r.err());
    assertEquals("", r.out());
    assertEquals(expected, r.err());
  }
}

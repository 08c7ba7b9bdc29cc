package id.iga.cli;

import static id.iga.cli.Iga.iga;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The same command in Bahasa Indonesia and English: {@code --lang} before or after the command's name, or the
 * environment, chooses the language of what people read; JSON and CSV do not change by a byte.
 */
class TwoLanguagesTest {
  private static final String WONOSOBO = "examples/2024/kabupaten-wonosobo.json";
  private static final String DATASET = "examples/2024/dataset.jsonl";

  private static String ok(Iga.Run r) {
    assertEquals(0, r.code(), r.err());
    assertEquals("", r.err());
    return r.out();
  }

  @Test
  void theOptionBeforeOrAfterTheCommandAndTheEnvironmentGiveTheSameIndonesian() {
    String before = ok(iga("--lang", "id", "score", WONOSOBO));
    assertTrue(before.startsWith("""
        Kabupaten Wonosobo (33.07, KABUPATEN, provinsi 33)
        Rubrik 2024, jawaban CLAIMED (penilaian mandiri)

        IID       53,53  INOVATIF
        SPD       43,50  dari 63,00
        SID       90,33  = rata-rata kematangan 75,13 + Skor Jumlah Inovasi 15,20
        Total    133,83  dari 250,00
        """), before);
    assertEquals(before, ok(iga("score", "--lang", "id", WONOSOBO)));
    assertEquals(before, ok(iga("score", WONOSOBO, "--lang=id")));
    assertEquals(before, ok(Iga.withEnvironment(Map.of("LANG", "id_ID.UTF-8"), "score", WONOSOBO)));
    assertEquals(before, ok(Iga.withEnvironment(Map.of("LC_ALL", "id_ID.UTF-8", "LANG", "en_US.UTF-8"), "score",
        WONOSOBO)));
  }

  @Test
  void theOptionOverridesTheEnvironment() {
    String english = ok(iga("score", WONOSOBO));
    assertTrue(english.startsWith("Kabupaten Wonosobo (33.07, KABUPATEN, province 33)\n"
        + "Rubric 2024, CLAIMED answers\n\nIID       53.53  INOVATIF\n"), english);
    assertEquals(english, ok(Iga.withEnvironment(Map.of("LANG", "id_ID.UTF-8"), "--lang", "en", "score", WONOSOBO)));
    assertEquals(english, ok(Iga.withEnvironment(Map.of("LANG", "en_US.UTF-8"), "score", WONOSOBO)));
  }

  /** Machine outputs of each command that has them, over one submission and over a dataset. */
  static Stream<List<String>> machineOutputs() {
    List<List<String>> cases = new ArrayList<>();
    for (String format : List.of("json", "csv")) {
      cases.add(List.of("score", "--format", format, WONOSOBO));
      cases.add(List.of("score", "--format", format, DATASET));
      cases.add(List.of("score", "--year", "2025", "--set", "k=12", "--format", format, DATASET));
      cases.add(List.of("rank", "--format", format, DATASET));
      cases.add(List.of("plan", "--target-predikat", "sangat_inovatif", "--format", format, WONOSOBO));
      cases.add(List.of("plan", "--target-iid", "60.01", "--format", format, DATASET));
      cases.add(List.of("compare", "--years", "2024,2026", "--format", format, WONOSOBO));
      cases.add(List.of("compare", "--years", "2024,2026", "--format", format, DATASET));
    }
    return cases.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("machineOutputs")
  void jsonAndCsvAreTheSameBytesInBothLanguages(List<String> args) {
    List<String> english = new ArrayList<>(List.of("--lang", "en"));
    english.addAll(args);
    List<String> indonesian = new ArrayList<>(List.of("--lang", "id"));
    indonesian.addAll(args);
    String en = ok(iga(english.toArray(String[]::new)));
    assertFalse(en.isEmpty());
    assertEquals(en, ok(iga(indonesian.toArray(String[]::new))));
    assertEquals(en, ok(Iga.withEnvironment(Map.of("LANG", "id_ID.UTF-8"), args.toArray(String[]::new))));
  }

  @Test
  void theIndonesianHelpOfScoreHasNoEnglishLabel() {
    String english = ok(iga("--lang", "en", "score", "--help"));
    String indonesian = ok(iga("--lang", "id", "score", "--help"));
    List<String> words = List.of("Usage", "Options", "Examples", "Exit codes", "print this help", "score under",
        "default", "submission", "standard output", "standard error", "what-if", "success", "invalid input",
        "usage error", "out of memory", "FILE", "NAME=VALUE");
    for (String word : words) {
      assertTrue(english.contains(word), "the English help has '" + word + "'");
      assertFalse(indonesian.contains(word), "the Indonesian help has '" + word + "':\n" + indonesian);
    }
    assertTrue(indonesian.startsWith("Penggunaan: iga score [--year Y | --rubric BERKAS.json] "), indonesian);
    assertTrue(indonesian.contains("\nOpsi:\n"), indonesian);
    assertTrue(indonesian.contains("\nKode keluar:\n  0  berhasil: seluruh keluaran telah ditulis\n"), indonesian);
    assertTrue(indonesian.contains("\nContoh:\n  iga score examples/2024/kabupaten-wonosobo.json\n"), indonesian);
  }

  @Test
  void versionIsTheProjectsVersion() {
    assertEquals("iga " + Version.number() + "\n", ok(iga("--version")));
    // Maven wrote the version from the POM into the resource: no placeholder is left.
    assertTrue(Version.number().matches("\\d+\\.\\d+\\.\\d+(-SNAPSHOT)?"), Version.number());
  }

  @Test
  void helpOfACommandIsTheSameByEveryRoute() {
    String help = ok(iga("score", "--help"));
    assertEquals(help, ok(iga("score", "-h")));
    assertEquals(help, ok(iga("help", "score")));
    assertEquals(help, ok(iga("--help", "score")));
    assertEquals(ok(iga("--help")), ok(iga("help")));
  }
}

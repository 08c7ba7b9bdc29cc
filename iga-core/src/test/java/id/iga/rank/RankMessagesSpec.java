package id.iga.rank;

import static id.iga.rank.RankFixtures.digits;
import static id.iga.rank.RankFixtures.kabupaten;
import static id.iga.rank.RankFixtures.kota;
import static id.iga.rank.RankFixtures.result;
import static id.iga.MessageAssertions.assertError;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import id.iga.IgaException;
import id.iga.Message;
import id.iga.score.Mode;
import id.iga.score.ScoreResult;
import id.iga.score.Scorer;
import id.iga.submission.Region;
import id.iga.submission.RegionType;
import id.iga.submission.Submission;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Ranking's and cohort files' errors in Bahasa Indonesia, with their place, and the key and arguments an application
 * would show in its own words.
 */
class RankMessagesSpec {
  private static final Set<RegionType> KABUPATEN = EnumSet.of(RegionType.KABUPATEN);

  @TempDir
  Path dir;

  private static List<ScoreResult> dataset() {
    return List.of(result(kabupaten("33.07", "Wonosobo"), "2100"), result(kota("33.73", "Salatiga"), "3000"));
  }

  private static IgaException ranking(List<ScoreResult> results, Set<RegionType> types, Cohort cohort) {
    return assertThrows(IgaException.class, () -> Ranking.of(results, RankScope.NATIONAL, types, cohort));
  }

  @Test
  void resultsThatCannotBeRankedTogetherAreRefusedInIndonesian() {
    assertError("rank.noResults", List.of(), "tidak ada hasil penilaian untuk diperingkat",
        ranking(List.of(), KABUPATEN, null));
    assertError("rank.noTypes", List.of(),
        "pilih paling sedikit satu jenis daerah untuk diperingkat (kabupaten, kota, provinsi)",
        ranking(dataset(), EnumSet.noneOf(RegionType.class), null));

    ScoreResult y2026 = result(Scorer.of(digits(2026)), kabupaten("33.01", "Cilacap"), "1000");
    assertError("rank.mixedYears", List.of(2024, "33.07", 2026, "33.01"),
        "hasil penilaian mencampur tahun rubrik 2024 (33.07) dan 2026 (33.01); peringkatkan satu tahun setiap kali",
        ranking(List.of(dataset().get(0), y2026), KABUPATEN, null));

    ScoreResult verified = Scorer.of(digits(2024)).score(new Submission(2024, kabupaten("33.01", "Cilacap"),
        Map.of(), List.of()), Mode.VERIFIED);
    assertError("rank.mixedModes", List.of("CLAIMED", "VERIFIED"),
        "hasil penilaian mencampur mode CLAIMED dan VERIFIED; peringkatkan satu mode setiap kali",
        ranking(List.of(dataset().get(0), verified), KABUPATEN, null));

    assertError("rank.regionTwice", List.of("33.07", "Kabupaten Wonosobo"),
        "daerah 33.07 (Kabupaten Wonosobo) muncul dua kali dalam hasil penilaian; setiap daerah hanya dapat "
            + "diperingkat satu kali",
        ranking(List.of(dataset().get(0), result(kabupaten("33.07", "Wonosobo"), "1000")), KABUPATEN, null));

    Region jateng = new Region("33", "Provinsi Jawa Tengah", RegionType.PROVINSI, "33");
    assertError("rank.noneOfTypes", List.of("[KABUPATEN]", "1 PROVINSI, 1 KOTA"),
        "tidak ada daerah dengan jenis yang dipilih [KABUPATEN] dalam hasil penilaian; hasil tersebut memuat "
            + "1 PROVINSI, 1 KOTA",
        ranking(List.of(result(jateng, "1000"), dataset().get(1)), KABUPATEN, null));
  }

  @Test
  void aCohortRegionThatCannotBeRankedIsRefusedInIndonesianAtItsLine() {
    assertError("rank.cohort.notInDataset", List.of("33.99"),
        "peers.txt:2: kelompok pembanding mencantumkan daerah 33.99, yang tidak terdapat dalam kumpulan data",
        ranking(dataset(), KABUPATEN, Cohort.parse("33.07\n33.99\n", "peers.txt")));
    assertError("rank.cohort.otherType", List.of("33.73", "Kota Salatiga", "KOTA", "[KABUPATEN]"),
        "peers.txt:2: kelompok pembanding mencantumkan daerah 33.73 (Kota Salatiga) dengan jenis KOTA, padahal hanya "
            + "[KABUPATEN] yang diperingkat",
        ranking(dataset(), KABUPATEN, Cohort.parse("33.07\n33.73\n", "peers.txt")));
  }

  @Test
  void aCohortFileThatIsNotOneCodePerLineIsRefusedInIndonesianAtItsLine() {
    assertError("rank.cohort.notACode", List.of("33.7"),
        "peers.txt:2: seharusnya kode wilayah Kemendagri (\"33\" atau \"33.14\"), bukan '33.7'",
        assertThrows(IgaException.class, () -> Cohort.parse("33.07\n33.7\n", "peers.txt")));
    assertError("rank.cohort.listedTwice", List.of("33.07", 1L),
        "peers.txt:3: daerah 33.07 tercantum dua kali (pertama kali pada baris 1)",
        assertThrows(IgaException.class, () -> Cohort.parse("33.07\n33.14\n33.07\n", "peers.txt")));
    assertError("rank.cohort.empty", List.of(),
        "peers.txt: kelompok pembanding tidak mencantumkan daerah; seharusnya satu kode wilayah Kemendagri per baris",
        assertThrows(IgaException.class, () -> Cohort.parse("# nobody\n\n", "peers.txt")));
  }

  @Test
  void aCohortFileThatCannotBeReadIsRefusedInIndonesian() throws IOException {
    Path missing = dir.resolve("missing.txt");
    assertError("rank.cohort.noSuchFile", List.of(), missing + ": berkas tidak ditemukan",
        assertThrows(IgaException.class, () -> Cohort.read(missing)));

    Path latin1 = Files.write(dir.resolve("latin1.txt"), new byte[] {'3', '3', '#', (byte) 0xE9});
    assertError("rank.cohort.notUtf8", List.of(), latin1 + ": berkas kelompok pembanding bukan UTF-8 yang sah",
        assertThrows(IgaException.class, () -> Cohort.read(latin1)));

    // A directory is no file to read: the system's own words say why, after the Indonesian.
    IgaException unreadable = assertThrows(IgaException.class, () -> Cohort.read(dir));
    assertEquals("rank.cohort.unreadable", unreadable.key());
    assertEquals(dir + ": berkas kelompok pembanding tidak dapat dibaca: "
        + Message.plain(unreadable.arguments().get(0), Message.INDONESIAN),
        unreadable.message(Message.INDONESIAN));
  }
}

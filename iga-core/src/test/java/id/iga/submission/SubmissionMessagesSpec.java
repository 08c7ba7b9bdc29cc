package id.iga.submission;

import static id.iga.MessageAssertions.assertIndonesian;
import static org.junit.jupiter.api.Assertions.assertEquals;

import id.iga.IgaException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The model's checks of what a region sends, in Bahasa Indonesia: the whole message with its place, and the key and
 * arguments an application would show in its own words.
 */
class SubmissionMessagesSpec {
  @Test
  void aLevelOutOfRangeGivesTheRange() {
    IgaException e = assertIndonesian(() -> Answer.level(4), "tingkat seharusnya 0..3, bukan 4", "submission.level", 4);
    assertEquals("a level is 0..3, not 4", e.getMessage());
  }

  @Test
  void anInnovationIdUsedTwiceIsNamedAtTheSecond() {
    List<Innovation> innovations = List.of(SubmissionSpec.innovation("A"), SubmissionSpec.innovation("B"),
        SubmissionSpec.innovation("A"));
    assertIndonesian(() -> new Submission(2026, SubmissionSpec.SRAGEN, Map.of(), innovations),
        "/innovations/2/id: id inovasi 'A' dipakai dua kali (pertama kali di /innovations/0); setiap id harus unik",
        "submission.innovationIdTwice", "A", 0);
  }

  @Test
  void aRegionCodeOfTheWrongShapeSaysTheShape() {
    assertIndonesian(() -> new Region("3", "Jawa Tengah", RegionType.PROVINSI, "3"),
        "kode provinsi terdiri atas dua angka (\"33\"), bukan '3'", "submission.region.provinceCode", "3");
    assertIndonesian(() -> new Region("3371", "Kota Magelang", RegionType.KOTA, "33"),
        "kode kota terdiri atas dua angka, titik, dan dua angka (\"33.14\"), bukan '3371'",
        "submission.region.districtCode", "kota", "3371");
  }

  @Test
  void aRegionOutsideItsProvinceNamesBoth() {
    assertIndonesian(() -> new Region("33.14", "Kabupaten Sragen", RegionType.KABUPATEN, "34"),
        "daerah 33.14 terletak di provinsi 33, bukan '34'", "submission.region.province", "33.14", "33", "34");
    assertIndonesian(() -> new Region("33", "Jawa Tengah", RegionType.PROVINSI, "34"),
        "provinsi 33 harus memiliki provinceCode 33, bukan '34'", "submission.region.ownProvince", "33", "34");
  }

  @Test
  void aRegionWithoutANameIsRefused() {
    assertIndonesian(() -> new Region("33.14", " ", RegionType.KABUPATEN, "33"), "nama daerah 33.14 kosong",
        "submission.region.emptyName", "33.14");
  }
}

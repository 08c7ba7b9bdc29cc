package id.iga.submission;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import id.iga.IgaException;
import org.junit.jupiter.api.Test;

/** A region's code follows Kemendagri's form: two digits for a province, two digits, a dot and two digits below. */
class RegionSpec {
  private static String refused(String code, RegionType type, String province) {
    return assertThrows(IgaException.class, () -> new Region(code, "Nama", type, province)).getMessage();
  }

  @Test
  void aProvinceHasTwoDigitsAndIsItsOwnProvince() {
    Region jateng = new Region("33", "Provinsi Jawa Tengah", RegionType.PROVINSI, "33");
    assertEquals("33", jateng.provinceCode());
    assertEquals("a province's code is two digits (\"33\"), not '033'", refused("033", RegionType.PROVINSI, "033"));
    assertEquals("a province's code is two digits (\"33\"), not '09'", refused("09", RegionType.PROVINSI, "09"));
    assertEquals("province 33 must have provinceCode 33, not '34'", refused("33", RegionType.PROVINSI, "34"));
  }

  @Test
  void aKabupatenOrKotaHasTwoDigitsADotAndTwoDigits() {
    assertEquals("a kabupaten's code is two digits, a dot and two digits (\"33.14\"), not '33.4'",
        refused("33.4", RegionType.KABUPATEN, "33"));
    assertEquals("a kota's code is two digits, a dot and two digits (\"33.14\"), not '3372'",
        refused("3372", RegionType.KOTA, "33"));
  }

  @Test
  void aKabupatenOrKotaLiesInTheProvinceItsCodeNames() {
    assertEquals("region 33.72 lies in province 33, not '34'", refused("33.72", RegionType.KOTA, "34"));
  }

  @Test
  void aRegionHasAName() {
    assertEquals("region 33.14 has an empty name", assertThrows(IgaException.class,
        () -> new Region("33.14", " ", RegionType.KABUPATEN, "33")).getMessage());
  }
}

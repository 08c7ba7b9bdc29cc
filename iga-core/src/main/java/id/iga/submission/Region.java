package id.iga.submission;

import id.iga.IgaException;
import id.iga.Message;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A regional government, named by its Kemendagri code.
 *
 * @param code the Kemendagri code: {@code "33"} for a province, {@code "33.14"} for a kabupaten or kota
 * @param name the official name ({@code "Kabupaten Sragen"})
 * @param type province, kabupaten or kota
 * @param provinceCode the code of its province (a province's own code for a province)
 *
 * @since 1.0
 */
public record Region(String code, String name, RegionType type, String provinceCode) {
  private static final Pattern PROVINCE = Pattern.compile("[1-9][0-9]");
  private static final Pattern DISTRICT = Pattern.compile("([1-9][0-9])\\.[0-9]{2}");

  /**
   * Checks the components, as the type's documentation describes them.
   *
   * @param code the Kemendagri code: {@code "33"} for a province, {@code "33.14"} for a kabupaten or kota
   * @param name the official name ({@code "Kabupaten Sragen"})
   * @param type province, kabupaten or kota
   * @param provinceCode the code of its province (a province's own code for a province)
   */
  public Region {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(provinceCode, "provinceCode");
    if (name.isBlank()) {
      throw new IgaException(Message.of("submission.region.emptyName", code));
    }
    if (type == RegionType.PROVINSI) {
      if (!PROVINCE.matcher(code).matches()) {
        throw new IgaException(Message.of("submission.region.provinceCode", code));
      }
      if (!provinceCode.equals(code)) {
        throw new IgaException(Message.of("submission.region.ownProvince", code, provinceCode));
      }
    } else {
      var m = DISTRICT.matcher(code);
      if (!m.matches()) {
        throw new IgaException(Message.of("submission.region.districtCode",
            type.name().toLowerCase(java.util.Locale.ROOT), code));
      }
      if (!m.group(1).equals(provinceCode)) {
        throw new IgaException(Message.of("submission.region.province", code, m.group(1), provinceCode));
      }
    }
  }
}

package id.iga.score;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import id.iga.IgaException;
import id.iga.submission.Region;
import id.iga.submission.RegionType;
import id.iga.submission.Submission;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A submission's region is checked against the library's list of regions: a type the list contradicts is an error
 * at {@code /region/type}; an unknown code, another name, a code from before the Papua split and a region that is not
 * autonomous are warnings, and the result is otherwise whole.
 */
class RegionCheckSpec {
  private static final Scorer SCORER = Scorer.of(TestRubrics.mini());

  private static List<Warning> regionWarnings(Region region) {
    return SCORER.score(new Submission(2024, region, Map.of(), List.of()), Mode.CLAIMED).warnings().stream()
        .filter(w -> w.kind().name().contains("REGION") || w.kind() == Warning.Kind.NOT_AUTONOMOUS).toList();
  }

  @Test
  void aRegionAsListedRaisesNoRegionWarning() {
    assertEquals(List.of(), regionWarnings(new Region("33.14", "Kabupaten Sragen", RegionType.KABUPATEN, "33")));
  }

  @Test
  void aKotaSentAsAKabupatenIsAnErrorAtItsType() {
    IgaException e = assertThrows(IgaException.class,
        () -> regionWarnings(new Region("13.75", "Kota Bukittinggi", RegionType.KABUPATEN, "13")));
    assertEquals("/region/type: region 13.75 is Kota Bukittinggi, a KOTA, not a KABUPATEN", e.getMessage());
  }

  @Test
  void anUnknownCodeIsScoredWithAWarning() {
    assertEquals(List.of(new EnglishWarning(Warning.Kind.UNKNOWN_REGION, null, null, "region code 13.99 is not in the "
        + "library's list of regions; scored as given (a region created after the list was made, or a wrong code)")),
        EnglishWarning.of(regionWarnings(new Region("13.99", "Kabupaten Baru", RegionType.KABUPATEN, "13"))));
  }

  @Test
  void aNameOtherThanTheOfficialOneIsAWarning() {
    assertEquals(List.of(new EnglishWarning(Warning.Kind.REGION_NAME_DIFFERS, null, null,
        "region 33.14 is officially named 'Kabupaten Sragen', not 'Kab. Sragen'")),
        EnglishWarning.of(regionWarnings(new Region("33.14", "Kab. Sragen", RegionType.KABUPATEN, "33"))));
  }

  @Test
  void aCodeFromBeforeThePapuaSplitNamesTheCodeNow() {
    assertEquals(List.of(new EnglishWarning(Warning.Kind.PREVIOUS_REGION_CODE, null, null,
        "region code 91.01 is the code "
        + "before the 2022 Papua split; Kabupaten Merauke is now 93.01 in province 93 (Papua Selatan)")),
        EnglishWarning.of(regionWarnings(new Region("91.01", "Kabupaten Merauke", RegionType.KABUPATEN, "91"))));
  }

  @Test
  void anAdministrativeKotaOfJakartaIsNotRanked() {
    assertEquals(List.of(new EnglishWarning(Warning.Kind.NOT_AUTONOMOUS, null, null,
        "Kota Administrasi Jakarta Pusat is not "
        + "an autonomous regional government; the IID ranks only the autonomous ones")),
        EnglishWarning.of(regionWarnings(
            new Region("31.71", "Kota Administrasi Jakarta Pusat", RegionType.KOTA, "31"))));
  }
}

package id.iga.submission;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class RegionsTest {

  @Test
  void theIidUniverseIs38ProvincesAnd415KabupatenAnd93Kota() {
    Map<RegionType, Long> counts = Regions.autonomous().stream()
        .collect(Collectors.groupingBy(Region::type, Collectors.counting()));
    assertEquals(Map.of(RegionType.PROVINSI, 38L, RegionType.KABUPATEN, 415L, RegionType.KOTA, 93L), counts);
    assertEquals(552, Regions.all().size());
  }

  @Test
  void aRegionIsFoundByItsKemendagriCode() {
    assertEquals(new Region("33.14", "Kabupaten Sragen", RegionType.KABUPATEN, "33"),
        Regions.find("33.14").orElseThrow().region());
    assertEquals("Jawa Tengah", Regions.find("33.14").orElseThrow().provinceName());
  }

  @Test
  void aProvinceIsNamedFromTheListOrByItsCodeWhenTheListLacksTheRegion() {
    assertEquals("Jawa Tengah",
        Regions.provinceName(new Region("33.14", "Kabupaten Sragen", RegionType.KABUPATEN, "33")));
    assertEquals("69", Regions.provinceName(new Region("69", "Provinsi 69", RegionType.PROVINSI, "69")));
  }

  @Test
  void jakartasAdministrativeCitiesAreListedButNotAutonomous() {
    Regions.Entry e = Regions.find("31.71").orElseThrow();
    assertEquals(false, e.autonomous());
    assertEquals(0, Regions.autonomous().stream().filter(r -> r.code().equals("31.71")).count());
  }

  @Test
  void aRegionMovedToANewPapuaProvinceIsFoundByItsPreviousCodeToo() {
    Regions.Entry moved = Regions.all().stream().filter(x -> x.previousCode() != null).findFirst().orElseThrow();
    assertEquals(moved, Regions.find(moved.previousCode()).orElseThrow());
    assertEquals(26, Regions.all().stream().filter(x -> x.previousCode() != null).count());
    Map<String, Regions.Entry> byCode = Regions.all().stream()
        .collect(Collectors.toMap(x -> x.region().code(), Function.identity()));
    assertEquals(552, byCode.size());
  }
}

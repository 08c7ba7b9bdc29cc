package id.iga.rubric;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The official Indonesian names that reports and the command line print for the predikat and the two aspects. */
class NamesSpec {
  @Test
  void eachPredikatHasItsOfficialLabelHighestFirst() {
    assertEquals(List.of("Sangat Inovatif", "Inovatif", "Kurang Inovatif", "Tidak Dapat Dinilai"),
        Arrays.stream(Predikat.values()).map(Predikat::label).toList());
  }

  @Test
  void eachAspectHasItsOfficialName() {
    assertEquals(List.of("Satuan Pemerintah Daerah", "Satuan Inovasi Daerah"),
        Arrays.stream(Scope.values()).map(Scope::aspect).toList());
  }
}

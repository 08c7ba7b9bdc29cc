package id.iga.rank;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import id.iga.IgaException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CohortTest {
  @TempDir
  Path dir;

  @Test
  void aCohortIsOneCodePerLineWithCommentsAndBlankLines() {
    Cohort c = Cohort.parse("# Jawa Tengah peers\r\n33.07\r\n\r\n  33.14 # Sragen\r\n33\n", "peers.txt");
    assertEquals(Map.of("33.07", 2L, "33.14", 4L, "33", 5L), c.lines());
    assertEquals(3, c.size());
    assertEquals("peers.txt", c.source());
  }

  @Test
  void aLineThatIsNotACodeIsAnErrorNamingTheLine() {
    IgaException e = assertThrows(IgaException.class, () -> Cohort.parse("33.07\n33.7\n", "peers.txt"));
    assertEquals("peers.txt:2: expected a Kemendagri code (\"33\" or \"33.14\"), found '33.7'", e.getMessage());
  }

  @Test
  void aCodeListedTwiceIsAnErrorNamingBothLines() {
    IgaException e = assertThrows(IgaException.class, () -> Cohort.parse("33.07\n33.14\n33.07\n", "peers.txt"));
    assertEquals("peers.txt:3: region 33.07 is listed twice (first on line 1)", e.getMessage());
  }

  @Test
  void anEmptyCohortIsRefused() {
    IgaException e = assertThrows(IgaException.class, () -> Cohort.parse("# nobody\n\n", "peers.txt"));
    assertEquals("peers.txt: the cohort lists no region; expected one Kemendagri code per line", e.getMessage());
  }

  @Test
  void aCohortIsReadFromAFile() throws IOException {
    Path file = Files.writeString(dir.resolve("peers.txt"), "33.07\n35.01\n");
    assertEquals(Map.of("33.07", 1L, "35.01", 2L), Cohort.read(file).lines());
  }

  @Test
  void aMissingFileIsAnError() {
    Path file = dir.resolve("missing.txt");
    IgaException e = assertThrows(IgaException.class, () -> Cohort.read(file));
    assertEquals(file + ": no such file", e.getMessage());
  }
}

package id.iga.rubric;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import id.iga.IgaException;
import org.junit.jupiter.api.Test;

/** Every rubric fact says where it comes from: a source a reviewer can follow, never empty or blank. */
class ProvenanceTest {

  @Test
  void anEmptySourceIsRefused() {
    IgaException e = assertThrows(IgaException.class, () -> Provenance.of(Status.CONFIRMED, ""));
    assertEquals("expected a source a reviewer can follow (a document, letter or page), found an empty one",
        e.getMessage());
  }

  @Test
  void aBlankSourceIsRefused() {
    IgaException e = assertThrows(IgaException.class, () -> Provenance.of(Status.ASSUMED, " \t\n"));
    assertEquals("expected a source a reviewer can follow (a document, letter or page), found a blank one",
        e.getMessage());
  }

  @Test
  void aSourceWithWordsIsKept() {
    assertEquals(" Lampiran II ", Provenance.of(Status.CONFIRMED, " Lampiran II ").source());
  }
}

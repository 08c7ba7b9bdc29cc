package id.iga.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import id.iga.IgaException;
import org.junit.jupiter.api.Test;

/** A year module's provider reads the document shipped beside it, and says where it looked when it is missing. */
class ResourceRubricProviderTest {
  /** Serves the fixture rubric document of this package. */
  public static final class Fixture extends ResourceRubricProvider {
    public Fixture() {
      super(2024, "fixture-rubric.json");
    }
  }

  /** Names a document that is not there. */
  public static final class Missing extends ResourceRubricProvider {
    public Missing() {
      super(2031, "rubric-2031.json");
    }
  }

  @Test
  void theProviderServesItsYearAndReadsTheDocumentBesideIt() {
    assertEquals(2024, new Fixture().year());
    assertEquals("Fixture rubric", new Fixture().load().title());
  }

  @Test
  void aMissingDocumentIsNamedWithTheProviderThatLookedForIt() {
    assertEquals(2031, new Missing().year());
    assertEquals("the rubric document id/iga/json/rubric-2031.json is missing from "
        + "id.iga.json.ResourceRubricProviderTest$Missing's module, or its package is not opened to id.iga.core",
        assertThrows(IgaException.class, () -> new Missing().load()).getMessage());
  }
}

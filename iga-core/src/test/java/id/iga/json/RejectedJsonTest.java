package id.iga.json;

import id.iga.Message;
import static org.junit.jupiter.api.Assertions.assertEquals;

import id.iga.IgaException;
import id.iga.Location;
import org.junit.jupiter.api.Test;

/** The line that stands for a rejected input in a dataset's JSON Lines. */
class RejectedJsonTest {
  @Test
  void aRejectionWithItsFullPlaceNamesSourceLineColumnPointerAndProblem() {
    IgaException e = new IgaException(Message.of("compare.noRegionIndicator", 2024, "'99'"),
        new Location("national.jsonl", 4, 37, "/spd/99"));
    assertEquals("{\"rejected\":{\"source\":\"national.jsonl\",\"line\":4,\"column\":37,\"pointer\":\"/spd/99\","
        + "\"problem\":\"rubric 2024 has no region indicator '99'\",\"stops\":false}}\n",
        RejectedJson.toJsonLine(e, false));
  }

  @Test
  void whatThePlaceLacksIsLeftOut() {
    IgaException e = new IgaException(Message.of("json.badUtf8"), new Location("<stdin>", 3, 0, null));
    assertEquals("{\"rejected\":{\"source\":\"<stdin>\",\"line\":3,\"problem\":\"the input is not valid UTF-8\","
        + "\"stops\":true}}\n", RejectedJson.toJsonLine(e, true));
  }

  @Test
  void aRejectionWithNoPlaceHasOnlyItsProblem() {
    assertEquals("{\"rejected\":{\"problem\":\"no rubric for year 2019; available years: 2023, 2024\","
        + "\"stops\":false}}\n",
        RejectedJson.toJsonLine(new IgaException(Message.of("years.noRubric", 2019, "2023, 2024")), false));
  }

  @Test
  void theRootPointerIsWrittenAsTheEmptyString() {
    IgaException e =
        new IgaException(Message.of("years.noRubric", 2019, "2023, 2024"), new Location("a.json", 1, 1, ""));
    assertEquals("{\"rejected\":{\"source\":\"a.json\",\"line\":1,\"column\":1,\"pointer\":\"\","
        + "\"problem\":\"no rubric for year 2019; available years: 2023, 2024\",\"stops\":false}}\n",
        RejectedJson.toJsonLine(e, false));
  }

  @Test
  void aPlaceWithoutALineHasNeitherLineNorColumn() {
    IgaException e = new IgaException(Message.of("json.badUtf8"), new Location("a.json", 0, 0, "/name"));
    assertEquals("{\"rejected\":{\"source\":\"a.json\",\"pointer\":\"/name\","
        + "\"problem\":\"the input is not valid UTF-8\",\"stops\":false}}\n", RejectedJson.toJsonLine(e, false));
  }
}

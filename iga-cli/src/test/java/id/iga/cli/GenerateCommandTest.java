package id.iga.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import id.iga.years.Rubrics;
import id.iga.generate.NationalDataset;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code iga generate}: the national dataset as JSON Lines, and scoring it back. */
class GenerateCommandTest {
  @TempDir
  Path dir;

  record Run(int code, byte[] out, String err) {
    String text() {
      return new String(out, StandardCharsets.UTF_8);
    }
  }

  Run iga(byte[] stdin, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = Main.run(args, new ByteArrayInputStream(stdin), new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8), dir);
    return new Run(code, out.toByteArray(), err.toString(StandardCharsets.UTF_8));
  }

  Run iga(String... args) {
    return iga(new byte[0], args);
  }

  @Test
  void theKabupatenOf2024ForSeed2024AreTheLibrarysBytes() throws Exception {
    Run r = iga("generate", "--year", "2024", "--regions", "kabupaten", "--seed", "2024");
    assertEquals(0, r.code(), r.err());
    assertEquals("", r.err());
    ByteArrayOutputStream library = new ByteArrayOutputStream();
    NationalDataset.of(Rubrics.forYear(2024), NationalDataset.Coverage.KABUPATEN, 2024).writeJsonl(library);
    assertArrayEquals(library.toByteArray(), r.out());
    assertEquals(415, r.text().split("\n").length);
    assertEquals("33e4ca9924d560fc94f9c99f0ccfa158abce4b5dc564331b0a6af4957877c179",
        HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(r.out())));
    String first = "{\"year\":2024,\"region\":{\"code\":\"11.01\",\"name\":\"Kabupaten Aceh Selatan\",\"type\":"
        + "\"KABUPATEN\",\"provinceCode\":\"11\"},\"spd\":{\"1\":{\"level\":";
    assertEquals(first, r.text().substring(0, first.length()));
  }

  @Test
  void theDefaultsAreAllRegionsAndSeedOne() {
    Run defaults = iga("generate", "--year", "2026", "--innovations", "1");
    Run explicit = iga("generate", "--year", "2026", "--regions", "all", "--seed", "1", "--innovations", "1");
    assertEquals(0, defaults.code(), defaults.err());
    assertEquals(546, defaults.text().split("\n").length);
    assertArrayEquals(explicit.out(), defaults.out());
  }

  @Test
  void theGenerated2025NationScoresBackToAMeanIidOf50Point59() {
    Run data = iga("generate", "--year", "2025", "--regions", "all", "--seed", "2025");
    Run scored = iga(data.out(), "score", "--format", "csv", "-");
    assertEquals(0, scored.code(), scored.err());
    List<String> rows = Arrays.asList(scored.text().split("\n")).subList(1, 547);
    BigDecimal sum = BigDecimal.ZERO;
    for (String row : rows) {
      sum = sum.add(new BigDecimal(row.split(",")[6]));
    }
    assertEquals(new BigDecimal("50.59"), sum.divide(BigDecimal.valueOf(546), 2, RoundingMode.HALF_UP));
    assertEquals("11,Aceh,PROVINSI,11,2025,CLAIMED,", rows.get(0).substring(0, 33));
  }

  @Test
  void aFixedNumberOfInnovationsGoesToEveryRegion() {
    Run data = iga("generate", "--year", "2024", "--regions", "kabupaten", "--innovations", "2");
    Run scored = iga(data.out(), "score", "--format", "csv", "-");
    assertEquals(0, scored.code(), scored.err());
    List<String> rows = Arrays.asList(scored.text().split("\n")).subList(1, 416);
    assertEquals(List.of("2"), rows.stream().map(row -> row.split(",")[15]).distinct().toList());
  }

  @Test
  void theYearIsRequired() {
    Run r = iga("generate", "--regions", "all");
    assertEquals(2, r.code());
    assertEquals("iga generate: option --year is required\nRun 'iga generate --help' for help.\n", r.err());
  }

  @Test
  void regionsAreKabupatenOrAll() {
    Run r = iga("generate", "--year", "2024", "--regions", "provinces");
    assertEquals(2, r.code());
    assertEquals("iga generate: --regions must be one of kabupaten, all, not 'provinces'\n"
        + "Run 'iga generate --help' for help.\n", r.err());
  }

  @Test
  void theSeedIsAWholeNumber() {
    Run r = iga("generate", "--year", "2024", "--seed", "1.5");
    assertEquals(2, r.code());
    assertEquals("iga generate: --seed must be a whole number, not '1.5'\nRun 'iga generate --help' for help.\n",
        r.err());
  }

  @Test
  void aNegativeNumberOfInnovationsIsAUsageError() {
    Run r = iga("generate", "--year", "2024", "--innovations", "-3");
    assertEquals(2, r.code());
    assertEquals("iga generate: --innovations must be 0 or more, not -3\nRun 'iga generate --help' for help.\n",
        r.err());
  }

  @Test
  void aYearWithoutARubricIsAUsageError() {
    Run r = iga("generate", "--year", "2019");
    assertEquals(2, r.code());
    assertEquals("iga generate: --year must be a year a rubric module serves (" + Iga.availableYears()
        + "), not 2019\nRun 'iga generate --help' for help.\n", r.err());
    assertEquals(0, r.out().length);
  }

  @Test
  void theHelpShowsAnExample() {
    Run r = iga("generate", "--help");
    assertEquals(0, r.code());
    assertEquals(true, r.text().startsWith("Usage: iga generate --year Y"));
    assertEquals(true, r.text().contains("  iga generate --year 2024 --regions kabupaten --seed 2024 > national.jsonl"));
  }
}

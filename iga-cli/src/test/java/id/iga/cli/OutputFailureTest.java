package id.iga.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * No command exits 0 after losing output: a failed write to standard output ends every command with exit code 3 and
 * a message that names the target and why; a file is written whole or left as it was.
 */
class OutputFailureTest {
  @TempDir
  Path dir;

  /** Standard output on a full disk: the first few bytes go through, then every write fails. */
  private static final class FullDisk extends OutputStream {
    private int room = 100;

    @Override
    public void write(int b) throws IOException {
      if (room-- <= 0) {
        throw new IOException("No space left on device");
      }
    }
  }

  private static Iga.Run onFullDisk(String... args) {
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = Main.run(args, new ByteArrayInputStream(new byte[0]), CheckedOutput.of(new FullDisk()),
        new PrintStream(err, true, StandardCharsets.UTF_8), Iga.ROOT);
    return new Iga.Run(code, "", err.toString(StandardCharsets.UTF_8));
  }

  static Stream<Arguments> commands() {
    return Stream.of(
        Arguments.of("score", List.of("score", "examples/2024/dataset.jsonl")),
        Arguments.of("score", List.of("score", "--format", "csv", "examples/2024/dataset.jsonl")),
        Arguments.of("score", List.of("score", "--format", "json", "examples/2024/kabupaten-wonosobo.json")),
        Arguments.of("generate", List.of("generate", "--year", "2024", "--regions", "kabupaten")),
        Arguments.of("rubric", List.of("rubric", "2024")),
        Arguments.of("rubric", List.of("rubric", "2024", "--format", "json")),
        Arguments.of("report", List.of("report", "-o", "-", "examples/2024/dataset.jsonl")),
        Arguments.of("compare", List.of("compare", "--years", "2024,2026", "examples/2024/dataset.jsonl")),
        Arguments.of("rank", List.of("rank", "--format", "csv", "examples/2024/dataset.jsonl")),
        Arguments.of("plan", List.of("plan", "--target-predikat", "sangat_inovatif", "examples/2024/dataset.jsonl")),
        Arguments.of("rubrics", List.of("rubrics")));
  }

  @ParameterizedTest(name = "{1}")
  @MethodSource("commands")
  void aFullDiskOnStandardOutputEndsTheCommandWithExitCode3(String command, List<String> args) {
    Iga.Run r = onFullDisk(args.toArray(String[]::new));
    assertEquals(Main.OUTPUT_FAILED, r.code(), r.err());
    assertEquals("iga " + command + ": could not write standard output: No space left on device\n", r.err());
  }

  @Test
  void outputThatGoesThroughExitsZero() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int code = Main.run(new String[] {"rubrics"}, new ByteArrayInputStream(new byte[0]), CheckedOutput.of(out),
        new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8), Iga.ROOT);
    assertEquals(Main.OK, code);
    assertFalse(out.toString(StandardCharsets.UTF_8).isEmpty());
  }

  @Test
  void aReportThatCannotBeWrittenNamesItsFile() {
    Iga.Run r = Iga.iga("report", "-o", dir.resolve("no-such-folder/report.html").toString(),
        "examples/2024/dataset.jsonl");
    assertEquals(Main.OUTPUT_FAILED, r.code(), r.err());
    assertEquals("iga report: could not write " + dir.resolve("no-such-folder/report.html") + ": the folder "
        + dir.resolve("no-such-folder") + " does not exist\n", r.err());
  }

  @Test
  void aFileWriteThatFailsHalfwayLeavesThePreviousFileAndNoTemporaryFile() throws IOException {
    Path target = dir.resolve("report.html");
    Files.writeString(target, "the previous report");
    OutputFailure e = assertThrows(OutputFailure.class, () -> AtomicFile.write(target, "report.html", out -> {
      out.write("<html>half of the new report".getBytes(StandardCharsets.UTF_8));
      throw new IOException("No space left on device");
    }));
    assertEquals("could not write report.html: No space left on device", e.getMessage());
    assertEquals("the previous report", Files.readString(target));
    try (Stream<Path> files = Files.list(dir)) {
      assertEquals(List.of(target), files.toList());
    }
  }

  @Test
  void aFileWriteThatSucceedsReplacesTheFileWhole() throws OutputFailure, IOException {
    Path target = dir.resolve("report.html");
    Files.writeString(target, "the previous report");
    AtomicFile.write(target, "report.html", out -> out.write("the new report".getBytes(StandardCharsets.UTF_8)));
    assertEquals("the new report", Files.readString(target));
    try (Stream<Path> files = Files.list(dir)) {
      assertEquals(List.of(target), files.toList());
    }
  }

  static Stream<Arguments> outOfRange() {
    return Stream.of(
        Arguments.of(List.of("rubric", "1999"),
            "iga rubric: YEAR must be a year a rubric module serves (" + Iga.availableYears() + "), not 1999"),
        Arguments.of(List.of("plan", "--target-iid", "101", "examples/2024/kabupaten-wonosobo.json"),
            "iga plan: --target-iid must be an IID from 0 to 100, not 101"),
        Arguments.of(List.of("rank", "--year", "1999", "examples/2024/dataset.jsonl"),
            "iga rank: --year must be a year a rubric module serves (" + Iga.availableYears() + "), not 1999"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("outOfRange")
  void anOutOfRangeOptionIsAUsageErrorLikeAMalformedOne(List<String> args, String message) {
    Iga.Run r = Iga.iga(args.toArray(String[]::new));
    assertEquals(Main.USAGE, r.code(), r.err());
    assertEquals(message, r.err().lines().findFirst().orElseThrow());
  }
}

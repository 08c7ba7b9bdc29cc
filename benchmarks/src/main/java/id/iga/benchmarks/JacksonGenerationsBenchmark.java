package id.iga.benchmarks;

import id.iga.generate.NationalDataset;
import id.iga.years.Rubrics;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Jackson's streaming core, generation 2 ({@code com.fasterxml.jackson.core}, what iga-core reads with) against
 * generation 3 ({@code tools.jackson.core}), on the JSON Lines of the 415 kabupaten of {@link NationalBenchmark}: the
 * same bytes, the same work, both factories configured as iga-core configures its own (no duplicate detection, the
 * core's reading limits, the fast number parsers off as in Jackson 2's defaults).
 *
 * <ul>
 *   <li>{@code tokens2}, {@code tokens3}: one parser over all the bytes, {@code nextToken()} to the end, no value read;
 *   <li>{@code read2}, {@code read3}: what the submission reader takes from the parser, line by line as
 *       {@code SubmissionSource} reads a dataset: a parser over each line's bytes, every key's name, every string's
 *       text, every number (an int or a long as such, a decimal exactly), and the line and column of every object
 *       (the places the reader records); no model built.
 * </ul>
 *
 * Each returns a checksum of what it read; the setup checks that both generations give the same one.
 */
@State(org.openjdk.jmh.annotations.Scope.Benchmark)
@BenchmarkMode(org.openjdk.jmh.annotations.Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class JacksonGenerationsBenchmark {
  private byte[] jsonl;
  /** Where each line starts and ends (exclusive) in {@link #jsonl}. */
  private int[] starts;
  private int[] ends;

  private final com.fasterxml.jackson.core.JsonFactory v2 = new com.fasterxml.jackson.core.JsonFactoryBuilder()
      .disable(com.fasterxml.jackson.core.StreamReadFeature.STRICT_DUPLICATE_DETECTION)
      .disable(com.fasterxml.jackson.core.StreamReadFeature.AUTO_CLOSE_SOURCE)
      .disable(com.fasterxml.jackson.core.StreamReadFeature.USE_FAST_DOUBLE_PARSER)
      .disable(com.fasterxml.jackson.core.StreamReadFeature.USE_FAST_BIG_NUMBER_PARSER)
      .streamReadConstraints(com.fasterxml.jackson.core.StreamReadConstraints.builder()
          .maxNestingDepth(64).maxNumberLength(64).maxStringLength(1_000_000).maxNameLength(50_000)
          .maxDocumentLength(0).build())
      .build();

  private final tools.jackson.core.json.JsonFactory v3 = tools.jackson.core.json.JsonFactory.builder()
      .disable(tools.jackson.core.StreamReadFeature.STRICT_DUPLICATE_DETECTION)
      .disable(tools.jackson.core.StreamReadFeature.AUTO_CLOSE_SOURCE)
      .disable(tools.jackson.core.StreamReadFeature.USE_FAST_DOUBLE_PARSER)
      .disable(tools.jackson.core.StreamReadFeature.USE_FAST_BIG_NUMBER_PARSER)
      .streamReadConstraints(tools.jackson.core.StreamReadConstraints.builder()
          .maxNestingDepth(64).maxNumberLength(64).maxStringLength(1_000_000).maxNameLength(50_000)
          .maxDocumentLength(0).build())
      .build();

  /** Generates the dataset, finds its lines, and checks that the two generations read the same. */
  @Setup(Level.Trial)
  public void setUp() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    NationalDataset.of(Rubrics.forYear(2024), NationalDataset.Coverage.KABUPATEN, NationalBenchmark.SEED)
        .writeJsonl(out);
    jsonl = out.toByteArray();
    List<int[]> lines = new ArrayList<>();
    int start = 0;
    for (int i = 0; i < jsonl.length; i++) {
      if (jsonl[i] == '\n') {
        lines.add(new int[] {start, i});
        start = i + 1;
      }
    }
    starts = lines.stream().mapToInt(l -> l[0]).toArray();
    ends = lines.stream().mapToInt(l -> l[1]).toArray();
    long t2 = tokens2();
    long t3 = tokens3();
    long r2 = read2();
    long r3 = read3();
    if (t2 != t3 || r2 != r3) {
      throw new IllegalStateException("the generations read differently: tokens " + t2 + " and " + t3
          + ", checksums " + r2 + " and " + r3);
    }
    System.out.println("dataset: " + starts.length + " lines, " + jsonl.length + " bytes, " + t2 + " tokens");
  }

  /**
   * Jackson 2: every token of the dataset, nothing read.
   *
   * @return the number of tokens
   * @throws IOException never, from bytes in memory
   */
  @Benchmark
  public long tokens2() throws IOException {
    long tokens = 0;
    try (com.fasterxml.jackson.core.JsonParser p = v2.createParser(jsonl)) {
      while (p.nextToken() != null) {
        tokens++;
      }
    }
    return tokens;
  }

  /**
   * Jackson 3: every token of the dataset, nothing read.
   *
   * @return the number of tokens
   */
  @Benchmark
  public long tokens3() {
    long tokens = 0;
    try (tools.jackson.core.JsonParser p = v3.createParser(tools.jackson.core.ObjectReadContext.empty(), jsonl)) {
      while (p.nextToken() != null) {
        tokens++;
      }
    }
    return tokens;
  }

  /**
   * Jackson 2: a parser per line, and every name, string, number and object place read.
   *
   * @return a checksum of what was read
   * @throws IOException never, from bytes in memory
   */
  @Benchmark
  public long read2() throws IOException {
    long sum = 0;
    for (int line = 0; line < starts.length; line++) {
      try (com.fasterxml.jackson.core.JsonParser p = v2.createParser(jsonl, starts[line], ends[line] - starts[line])) {
        com.fasterxml.jackson.core.JsonToken t;
        while ((t = p.nextToken()) != null) {
          switch (t) {
            case START_OBJECT -> {
              com.fasterxml.jackson.core.JsonLocation l = p.currentTokenLocation();
              sum += l.getLineNr() * 31L + l.getColumnNr();
            }
            case FIELD_NAME -> sum += p.currentName().length();
            case VALUE_STRING -> sum += p.getText().length();
            case VALUE_NUMBER_INT -> sum += p.getNumberType() == com.fasterxml.jackson.core.JsonParser.NumberType.INT
                ? p.getIntValue() : p.getLongValue();
            case VALUE_NUMBER_FLOAT -> sum += p.getDecimalValue().unscaledValue().longValue();
            default -> sum++;
          }
        }
      }
    }
    return sum;
  }

  /**
   * Jackson 3: a parser per line, and every name, string, number and object place read.
   *
   * @return a checksum of what was read
   */
  @Benchmark
  public long read3() {
    long sum = 0;
    for (int line = 0; line < starts.length; line++) {
      try (tools.jackson.core.JsonParser p = v3.createParser(tools.jackson.core.ObjectReadContext.empty(), jsonl,
          starts[line], ends[line] - starts[line])) {
        tools.jackson.core.JsonToken t;
        while ((t = p.nextToken()) != null) {
          switch (t) {
            case START_OBJECT -> {
              tools.jackson.core.TokenStreamLocation l = p.currentTokenLocation();
              sum += l.getLineNr() * 31L + l.getColumnNr();
            }
            case PROPERTY_NAME -> sum += p.currentName().length();
            case VALUE_STRING -> sum += p.getString().length();
            case VALUE_NUMBER_INT -> sum += p.getNumberType() == tools.jackson.core.JsonParser.NumberType.INT
                ? p.getIntValue() : p.getLongValue();
            case VALUE_NUMBER_FLOAT -> sum += p.getDecimalValue().unscaledValue().longValue();
            default -> sum++;
          }
        }
      }
    }
    return sum;
  }
}

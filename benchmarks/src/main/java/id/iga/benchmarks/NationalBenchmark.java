package id.iga.benchmarks;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import id.iga.years.Rubrics;
import id.iga.generate.NationalDataset;
import id.iga.json.SubmissionSource;
import id.iga.rubric.Indicator;
import id.iga.rubric.Overrides;
import id.iga.rubric.Rubric;
import id.iga.rubric.Scope;
import id.iga.score.Aggregate;
import id.iga.score.CompiledRubric;
import id.iga.score.Mode;
import id.iga.score.Scorer;
import id.iga.submission.Answer;
import id.iga.submission.Innovation;
import id.iga.submission.Submission;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The generated national dataset of the 415 kabupaten under the 2024 rubric (seed 2024): scored by the engine from
 * in-memory submissions, against the same arithmetic hand-written over flat int arrays (the floor); and read from its
 * JSON Lines bytes and scored, against a bare Jackson streaming pass over the same bytes. One operation is the whole
 * dataset, single-threaded. Run with {@code -prof gc} for the allocation per operation.
 */
@State(org.openjdk.jmh.annotations.Scope.Benchmark)
@BenchmarkMode(org.openjdk.jmh.annotations.Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class NationalBenchmark {
  /** The seed of the dataset. */
  static final long SEED = 2024;

  private Scorer scorer;
  private List<Submission> submissions;
  /** Each kabupaten's facts summed once (the compact form), and a rubric that changes every aggregation parameter. */
  private Aggregate[] aggregates;
  private CompiledRubric changed;
  private byte[] jsonl;
  private final JsonFactory bare = JsonFactory.builder().build();

  // The floor's data: every level resolved and multiplied by its weight, in units of 1/10,000 of a point.
  private int regions;
  private int[] spdStart;
  private int[] spdScores;
  private int[] innovationStart;
  private int[] answerStart;
  private int[] answerScores;
  private int[] basicAffairs;
  private long divisorFloor;
  private long gate;
  private long countCap;
  private long perInnovation;
  private long maxTotal;

  /**
   * Generates the dataset, writes its JSON Lines, flattens it for the floor, and checks that the floor computes the
   * engine's IIDs.
   */
  @Setup(Level.Trial)
  public void setUp() {
    Rubric rubric = Rubrics.forYear(2024);
    scorer = Scorer.of(rubric);
    NationalDataset data = NationalDataset.of(rubric, NationalDataset.Coverage.KABUPATEN, SEED);
    submissions = new ArrayList<>();
    data.forEach(submissions::add);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    data.writeJsonl(out);
    jsonl = out.toByteArray();
    flatten(rubric);
    long engine = 0;
    for (Submission s : submissions) {
      engine += scorer.score(s, Mode.CLAIMED).iid().value().movePointRight(2).longValueExact();
    }
    aggregates = submissions.stream().map(x -> scorer.score(x, Mode.CLAIMED).aggregate()).toArray(Aggregate[]::new);
    changed = CompiledRubric.of(Overrides.apply(rubric, List.of(Overrides.parse("k=12"), Overrides.parse("gate=5"),
        Overrides.parse("countScore=0.40"), Overrides.parse("band.SANGAT_INOVATIF=65.01"),
        Overrides.parse("rounding=HALF_EVEN"))));
    long floor = floor415();
    if (floor != engine) {
      throw new IllegalStateException("the floor sums IIDs to " + floor + " hundredths, the engine to " + engine);
    }
    System.out.println("dataset: " + submissions.size() + " kabupaten, " + (answerStart.length - 1)
        + " innovations, " + (spdScores.length + answerScores.length) + " answers, " + jsonl.length + " bytes of JSON");
  }

  private void flatten(Rubric rubric) {
    List<Indicator> region = rubric.indicators(Scope.REGION);
    List<Indicator> innovation = rubric.indicators(Scope.INNOVATION);
    regions = submissions.size();
    spdStart = new int[regions + 1];
    basicAffairs = new int[regions];
    List<Integer> spd = new ArrayList<>();
    List<Integer> innovations = new ArrayList<>();
    List<Integer> answers = new ArrayList<>();
    innovations.add(0);
    for (int r = 0; r < regions; r++) {
      Submission s = submissions.get(r);
      spdStart[r] = spd.size();
      resolve(region, s.spd(), spd);
      int mask = 0;
      for (Innovation inv : s.innovations()) {
        if (inv.affair().basicService()) {
          mask |= 1 << inv.affair().ordinal();
        }
        resolve(innovation, inv.answers(), answers);
        innovations.add(answers.size());
      }
      basicAffairs[r] = mask;
    }
    spdStart[regions] = spd.size();
    spdScores = spd.stream().mapToInt(Integer::intValue).toArray();
    answerScores = answers.stream().mapToInt(Integer::intValue).toArray();
    answerStart = innovations.stream().mapToInt(Integer::intValue).toArray();
    // innovationStart[r]..innovationStart[r + 1] are region r's innovations, as indices into answerStart.
    innovationStart = new int[regions + 1];
    int k = 0;
    for (int r = 0; r < regions; r++) {
      innovationStart[r] = k;
      k += submissions.get(r).innovations().size();
    }
    innovationStart[regions] = k;
    var p = rubric.parameters();
    divisorFloor = p.divisorFloor().value();
    gate = p.basicServiceGate().value();
    countCap = p.countCap().value();
    perInnovation = units(p.countScorePerInnovation().value());
    maxTotal = units(rubric.maxima().total());
  }

  private static void resolve(List<Indicator> indicators, Map<String, Answer> answers, List<Integer> out) {
    for (Indicator ind : indicators) {
      Answer a = answers.get(ind.code());
      if (a != null) {
        int level = a instanceof Answer.Stated s ? ind.levelOf(s.fact()) : ((Answer.Leveled) a).level();
        out.add((int) units(ind.weight().multiply(BigDecimal.valueOf(level))));
      }
    }
  }

  private static long units(BigDecimal points) {
    return points.movePointRight(4).longValueExact();
  }

  /**
   * The engine: every result whole (IID, predikat, components, breakdown, points lost, warnings).
   *
   * @param bh consumes the results
   */
  @Benchmark
  public void scoreAll415(Blackhole bh) {
    for (Submission s : submissions) {
      bh.consume(scorer.score(s, Mode.CLAIMED));
    }
  }

  /**
   * The floor: the IID's arithmetic by hand over flat int arrays (levels resolved, weights multiplied in), each
   * region's IID rounded half-up to hundredths; no result objects, breakdown, points lost or warnings.
   *
   * @return the sum of the IIDs in hundredths
   */
  @Benchmark
  public long floor415() {
    long checksum = 0;
    for (int r = 0; r < regions; r++) {
      long spd = 0;
      for (int a = spdStart[r]; a < spdStart[r + 1]; a++) {
        spd += spdScores[a];
      }
      long maturitySum = 0;
      for (int k = innovationStart[r]; k < innovationStart[r + 1]; k++) {
        long maturity = 0;
        for (int a = answerStart[k]; a < answerStart[k + 1]; a++) {
          maturity += answerScores[a];
        }
        maturitySum += maturity;
      }
      long n = innovationStart[r + 1] - innovationStart[r];
      long d = Math.max(divisorFloor, n);
      long count = Integer.bitCount(basicAffairs[r]) >= gate ? Math.min(n, countCap) * perInnovation : 0;
      long total = spd * d + maturitySum + count * d;
      long den = d * maxTotal;
      checksum += (total * 100 * 100 * 2 + den) / (2 * den);
    }
    return checksum;
  }

  /**
   * The compact form: the 415 kabupaten's summed facts aggregated again under a rubric with another divisor floor,
   * gate, count weight, band edge and rounding (what uncertainty, sweeps and calibration do many times), each IID
   * exact and reported with its predikat.
   *
   * @return the sum of the reported IIDs in hundredths
   */
  @Benchmark
  public long rescore415() {
    long checksum = 0;
    for (Aggregate a : aggregates) {
      checksum += changed.standing(a).iid().value().unscaledValue().longValue();
    }
    return checksum;
  }

  /**
   * The JSON reader and the engine: the JSON Lines bytes read (UTF-8, lines, strict parse with places) and scored.
   *
   * @param bh consumes the results
   */
  @Benchmark
  public void parseAndScore415(Blackhole bh) {
    try (SubmissionSource reader = SubmissionSource.of(SubmissionSource.Kind.LINES, new ByteArrayInputStream(jsonl),
        "national.jsonl")) {
      while (reader.hasNext()) {
        bh.consume(reader.next().score(scorer, Mode.CLAIMED));
      }
    }
  }

  /**
   * The JSON reader alone, to split parseAndScore415 into reading and scoring.
   *
   * @param bh consumes the submissions
   */
  @Benchmark
  public void parseOnly415(Blackhole bh) {
    try (SubmissionSource reader = SubmissionSource.of(SubmissionSource.Kind.LINES, new ByteArrayInputStream(jsonl),
        "national.jsonl")) {
      while (reader.hasNext()) {
        bh.consume(reader.next());
      }
    }
  }

  /**
   * A bare Jackson streaming pass over the same bytes: every token read, no value built.
   *
   * @return the number of tokens
   * @throws IOException never, from bytes in memory
   */
  @Benchmark
  public long tokensOnly415() throws IOException {
    long tokens = 0;
    try (JsonParser p = bare.createParser(jsonl)) {
      while (p.nextToken() != null) {
        tokens++;
      }
    }
    return tokens;
  }
}

package id.iga.generate;

import id.iga.IgaException;
import id.iga.Message;
import id.iga.json.SubmissionJson;
import id.iga.rubric.Fact;
import id.iga.rubric.FactKind;
import id.iga.rubric.Indicator;
import id.iga.rubric.Level;
import id.iga.rubric.Predicate;
import id.iga.rubric.Rubric;
import id.iga.rubric.Scope;
import id.iga.submission.Affair;
import id.iga.submission.Answer;
import id.iga.submission.Innovation;
import id.iga.submission.Region;
import id.iga.submission.RegionType;
import id.iga.submission.Regions;
import id.iga.submission.Stage;
import id.iga.submission.Submission;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * A realistic national dataset for one rubric: one submission per autonomous region of Indonesia (the 415 kabupaten,
 * or all 546 provinces, kabupaten and kota) with their real Kemendagri codes and names, drawn from a seed. Use it to
 * test an integration, a dashboard or a benchmark on data shaped like a real assessment year.
 *
 * <pre>{@code
 * NationalDataset data = NationalDataset.of(Rubrics.forYear(2024), NationalDataset.Coverage.KABUPATEN, 2024);
 * try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(Path.of("national.jsonl")))) {
 *   data.writeJsonl(out);                   // one submission per line, streamed
 * }
 * }</pre>
 *
 * <h2>What the data aims at</h2>
 * The shape comes from the published facts of the 2024 and 2025 assessments (the calibration constants below cite
 * them); the aims are loose, since a generated region is not a real one:
 * <ul>
 *   <li>about 3% of regions send nothing (2024: 529 of 546 reported), and score 0, Tidak Dapat Dinilai;
 *   <li>the others send a heavy-tailed number of innovations: about 60 on average (2024: 31,719 innovations from 529
 *       regions), roughly one region in ten fewer than the divisor floor k, and a few near 220 (2025: Kabupaten Sragen
 *       sent 219);
 *   <li>every answer of an indicator defined over a fact is a fact, found at run time by searching the indicator's
 *       level predicates for a fact that earns the level drawn (so the data follows the rubric's vocabulary and
 *       thresholds, whatever they are); an indicator answered by level only (the SPD of 2024 and 2025) is answered
 *       with a level;
 *   <li>answer quality varies between regions and innovations so that the national mean IID lands near the published
 *       one (46.01 for 2024, 49.43 for 2025; other years use 2025's answer quality) and the predikat counts look like
 *       the published ones (2022: 44 Sangat Inovatif, 365 Inovatif, 101 Kurang Inovatif of 510 regions);
 *   <li>innovations are spread over the government affairs, each region working in some of the six basic-service
 *       affairs, so that some regions miss the basic-service gate (more of them under a stricter gate).
 * </ul>
 * A reporting region answers every mandatory indicator and leaves some others out. Answers carry no evidence and no
 * verification decision: score the dataset in {@link id.iga.score.Mode#CLAIMED} mode (in
 * {@link id.iga.score.Mode#VERIFIED} mode every answer is pending and scores 0). For seed 2024 under the 2024 rubric,
 * the 546 regions send 31,590 innovations, 72 of them miss the gate of 2 affairs, and their mean IID is 45.28.
 *
 * <h2>Determinism</h2>
 * The same rubric, coverage and seed always give equal submissions, and {@link #writeJsonl} the same bytes. A region's
 * submission depends only on the rubric, the seed and the region's code: {@link #submission(int)} draws one alone, in
 * any order and on any thread, and the kabupaten of an {@link Coverage#ALL} dataset equal those of a
 * {@link Coverage#KABUPATEN} dataset with the same seed. No binary floating point is used.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 1.0
 */
public final class NationalDataset implements Iterable<Submission> {

  /** Which regions a dataset covers. */
  public enum Coverage {
    /** The 415 kabupaten. */
    KABUPATEN,
    /** All 546 autonomous regions: 38 provinces, 415 kabupaten and 93 kota. */
    ALL
  }

  // ------------------------------------------------------------------------------------------- calibration constants

  /** Regions that send nothing, per 546: 2024, 529 of 546 regions reported (shared rubric facts, "Calibration"). */
  static final int SILENT_PER_546 = 17;

  /**
   * The number of innovations a reporting region sends, as a quantile table: at permille p (of 1000), n innovations,
   * linear in between. Mean about 60 (2024: 31,719 innovations / 529 regions = 59.96; 2025: 36,742 / 531 = 69.19),
   * about 10% below 10 ("many regions send fewer than 20"), the top near 220 (2025: Kabupaten Sragen 219, Kabupaten
   * Balangan 200).
   */
  private static final int[][] COUNT_QUANTILES = {
    {0, 1}, {100, 9}, {250, 22}, {500, 45}, {750, 84}, {900, 132}, {970, 180}, {995, 212}, {1000, 221},
  };

  /**
   * What changes between assessment years. Each year shifts the regions' answer quality (on a 0..1000 scale) and
   * scales the number of innovations they send (per mille): 2024 is the reference; 2025's regions sent 36,742
   * innovations from 531 regions (69.19 each, 1154 per mille of 2024's 59.96) and reached a national mean IID of 49.43
   * against 2024's 46.01 (shared rubric facts, "Calibration facts for realistic data"). The quality shifts were tuned
   * by hand so that the mean of the 546 regions lands within about one point of the published mean for any seed. A
   * year without published figures uses the latest published year's row.
   *
   * @param year the assessment year
   * @param qualityShift added to every region's quality
   * @param countPermille the innovation counts drawn, per mille
   */
  private record Calibration(int year, int qualityShift, int countPermille) {}

  private static final List<Calibration> CALIBRATIONS = List.of(new Calibration(2024, 0, 1000),
      new Calibration(2025, 38, 1154));

  /** The mean quality of a region's answers, on a 0..1000 scale, before the year's shift. */
  private static final int REGION_QUALITY = 446;
  /** The spread of a region's quality around the mean, either way (a bell: the mean of three uniform draws). */
  private static final int REGION_SPREAD = 400;
  /**
   * Regions that send many innovations send, on average, less mature ones: a region's quality drops by
   * {@value #COUNT_DRAG_PERMILLE} per mille of the innovations it sends beyond {@value #COUNT_PIVOT} (and rises for
   * fewer). Without it the count score alone would make most large senders Sangat Inovatif, against the published
   * predikat counts (2022: 44 Sangat Inovatif, 365 Inovatif, 101 Kurang Inovatif).
   */
  private static final int COUNT_PIVOT = 45;
  /** See {@link #COUNT_PIVOT}. */
  private static final int COUNT_DRAG_PERMILLE = 800;
  /** The spread of one answer's quality around its innovation's (or its region's), either way. */
  private static final int ANSWER_SPREAD = 330;
  /** The spread of one innovation's quality around its region's, either way. */
  private static final int INNOVATION_SPREAD = 120;
  /** An answer of a quality below this earns no level, and is left out unless its indicator is mandatory. */
  private static final int LEVEL_1_FROM = 80;
  /** An answer of a quality from here earns level 2 (from {@link #LEVEL_1_FROM}, level 1). */
  private static final int LEVEL_2_FROM = 380;
  /** An answer of a quality from here earns level 3. */
  private static final int LEVEL_3_FROM = 640;
  /** The share of mandatory answers of a quality below level 1 that state a fact meeting no level; the rest earn 1. */
  private static final int MANDATORY_UNMET_PERCENT = 20;

  /**
   * How many of the six basic-service affairs a reporting region works in, as permille weights of 0..6 affairs; with
   * {@link #BASIC_SHARE_PERCENT} of innovations in those affairs, a region with few innovations or few affairs misses
   * the gate.
   */
  private static final int[] BASIC_AFFAIRS_PERMILLE = {15, 45, 90, 160, 200, 220, 270};
  /** The share of a region's innovations that serve one of its basic-service affairs, when it has any. */
  private static final int BASIC_SHARE_PERCENT = 45;

  // ------------------------------------------------------------------------------------------------------- state

  private static final List<Affair> BASIC = Arrays.stream(Affair.values()).filter(Affair::basicService).toList();
  private static final List<Affair> OTHER = Arrays.stream(Affair.values()).filter(a -> !a.basicService()).toList();
  private static final List<String> KINDS = List.of("Gerakan", "Sistem Informasi", "Layanan", "Aplikasi", "Klinik",
      "Rumah", "Pojok", "Gerai", "Sekolah", "Kampung", "Program", "Jaringan");
  private static final List<String> QUALITIES = List.of("Terpadu", "Digital", "Keliling", "Berbasis Desa",
      "Satu Pintu", "Mandiri", "Cepat", "Inklusif", "Bersama Masyarakat", "Tanpa Antre", "Ramah Anak", "Terintegrasi");

  private final Rubric rubric;
  private final Coverage coverage;
  private final long seed;
  private final int fixedInnovations;
  private final List<Region> regions;
  private final Pool[] regionPools;
  private final Pool[] innovationPools;
  private final int qualityShift;
  private final int countPermille;

  private NationalDataset(Rubric rubric, Coverage coverage, long seed, int fixedInnovations) {
    this.rubric = Objects.requireNonNull(rubric, "rubric");
    this.coverage = Objects.requireNonNull(coverage, "coverage");
    this.seed = seed;
    this.fixedInnovations = fixedInnovations;
    List<Region> selected = new ArrayList<>();
    for (Region r : Regions.autonomous()) {
      if (coverage == Coverage.ALL || r.type() == RegionType.KABUPATEN) {
        selected.add(r);
      }
    }
    this.regions = List.copyOf(selected);
    this.regionPools = pools(rubric.indicators(Scope.REGION));
    this.innovationPools = pools(rubric.indicators(Scope.INNOVATION));
    Calibration calibration = CALIBRATIONS.get(CALIBRATIONS.size() - 1);
    for (Calibration c : CALIBRATIONS) {
      if (c.year() == rubric.year()) {
        calibration = c;
      }
    }
    this.qualityShift = calibration.qualityShift();
    this.countPermille = calibration.countPermille();
  }

  /**
   * @param rubric the rubric the submissions answer (its year is theirs; its indicators, vocabulary and thresholds
   *     decide the facts)
   * @param coverage which regions
   * @param seed any seed
   * @return the dataset that seed gives
   */
  public static NationalDataset of(Rubric rubric, Coverage coverage, long seed) {
    return new NationalDataset(rubric, coverage, seed, -1);
  }

  /**
   * The same dataset, except that every region reports and sends exactly {@code innovations} innovations: for scale
   * tests and benchmarks.
   *
   * @param innovations 0 or more
   * @return the dataset
   * @throws IgaException when {@code innovations} is negative
   */
  public NationalDataset withInnovationsPerRegion(int innovations) {
    if (innovations < 0) {
      throw new IgaException(Message.of("generate.innovationsPerRegion", innovations));
    }
    return new NationalDataset(rubric, coverage, seed, innovations);
  }

  /** @return the rubric the submissions answer */
  public Rubric rubric() {
    return rubric;
  }

  /** @return which regions the dataset covers */
  public Coverage coverage() {
    return coverage;
  }

  /** @return the seed */
  public long seed() {
    return seed;
  }

  /** @return the regions, one submission each, in Kemendagri code order */
  public List<Region> regions() {
    return regions;
  }

  /** @return the number of submissions: 415 or 546 */
  public int size() {
    return regions.size();
  }

  /**
   * @param index 0..size()-1
   * @return the submission of the region at that index
   * @throws IndexOutOfBoundsException for an index outside the dataset
   */
  public Submission submission(int index) {
    Region region = regions.get(index);
    return draw(region, new SplittableRandom(regionSeed(region)));
  }

  /** @return the submissions in region order, each drawn when it is asked for */
  @Override
  public Iterator<Submission> iterator() {
    return new Iterator<>() {
      private int next;

      @Override
      public boolean hasNext() {
        return next < regions.size();
      }

      @Override
      public Submission next() {
        if (!hasNext()) {
          throw new NoSuchElementException("the dataset has " + regions.size() + " submissions");
        }
        return submission(next++);
      }
    };
  }

  /**
   * Writes the dataset as JSON Lines (one compact submission document per line, in region order), drawing and writing
   * one submission at a time: memory does not grow with the dataset.
   *
   * @param out where to write UTF-8 (not closed; wrap a file stream in a buffer)
   * @return the number of lines written
   * @throws java.io.UncheckedIOException when the stream fails
   */
  public long writeJsonl(OutputStream out) {
    long lines = 0;
    for (Submission s : this) {
      SubmissionJson.writeLine(s, out);
      lines++;
    }
    return lines;
  }

  // ------------------------------------------------------------------------------------------------------ drawing

  private long regionSeed(Region region) {
    String[] parts = region.code().split("\\.");
    long key = Long.parseLong(parts[0]);
    if (parts.length > 1) {
      key = key * 100 + Long.parseLong(parts[1]);
    }
    return mix(seed ^ mix(key + 0x9E3779B97F4A7C15L));
  }

  /** The MurmurHash3 finalizer: distinct keys give unrelated seeds, so no two regions share a random stream. */
  private static long mix(long z) {
    z = (z ^ (z >>> 33)) * 0xff51afd7ed558ccdL;
    z = (z ^ (z >>> 33)) * 0xc4ceb9fe1a85ec53L;
    return z ^ (z >>> 33);
  }

  private Submission draw(Region region, SplittableRandom random) {
    boolean silent = fixedInnovations < 0 && random.nextInt(546) < SILENT_PER_546;
    if (silent) {
      return new Submission(rubric.year(), region, Map.of(), List.of());
    }
    int n = fixedInnovations >= 0 ? fixedInnovations
        : Math.min(COUNT_QUANTILES[COUNT_QUANTILES.length - 1][1], innovationCount(random) * countPermille / 1000);
    // Region quality: a bell (the mean of three uniform draws) around REGION_QUALITY, shifted for the year.
    int quality = REGION_QUALITY - REGION_SPREAD + qualityShift + (random.nextInt(2 * REGION_SPREAD + 1)
        + random.nextInt(2 * REGION_SPREAD + 1) + random.nextInt(2 * REGION_SPREAD + 1)) / 3;
    if (fixedInnovations < 0) {
      quality -= (n - COUNT_PIVOT) * COUNT_DRAG_PERMILLE / 1000;
    }
    Map<String, Answer> spd = answers(rubric.indicators(Scope.REGION), regionPools, quality, random);
    List<Affair> basic = Draw.subset(random, BASIC, weighted(random, BASIC_AFFAIRS_PERMILLE));
    String place = shortName(region);
    List<Innovation> innovations = new ArrayList<>(n);
    for (int k = 1; k <= n; k++) {
      Affair affair = !basic.isEmpty() && Draw.chance(random, BASIC_SHARE_PERCENT) ? Draw.oneOf(random, basic)
          : Draw.oneOf(random, OTHER);
      int q = quality + random.nextInt(2 * INNOVATION_SPREAD + 1) - INNOVATION_SPREAD;
      String title = Draw.oneOf(random, KINDS) + " " + topic(affair) + " " + Draw.oneOf(random, QUALITIES) + " "
          + place;
      int s = random.nextInt(100);
      Stage stage = s < 85 ? Stage.PENERAPAN : s < 95 ? Stage.UJI_COBA : Stage.INISIATIF;
      innovations.add(new Innovation(region.code() + "-" + String.format(Locale.ROOT, "%03d", k), title,
          agency(affair), affair, stage, answers(rubric.indicators(Scope.INNOVATION), innovationPools, q, random)));
    }
    return new Submission(rubric.year(), region, spd, innovations);
  }

  private static int innovationCount(SplittableRandom random) {
    int u = random.nextInt(1000);
    for (int i = 1; i < COUNT_QUANTILES.length; i++) {
      int[] lo = COUNT_QUANTILES[i - 1];
      int[] hi = COUNT_QUANTILES[i];
      if (u < hi[0]) {
        return lo[1] + (hi[1] - lo[1]) * (u - lo[0]) / (hi[0] - lo[0]);
      }
    }
    return COUNT_QUANTILES[COUNT_QUANTILES.length - 1][1];
  }

  private static int weighted(SplittableRandom random, int[] permille) {
    int u = random.nextInt(1000);
    for (int i = 0; i < permille.length; i++) {
      u -= permille[i];
      if (u < 0) {
        return i;
      }
    }
    return permille.length - 1;
  }

  private static Map<String, Answer> answers(List<Indicator> indicators, Pool[] pools, int quality,
      SplittableRandom random) {
    Map<String, Answer> out = new LinkedHashMap<>();
    for (int i = 0; i < pools.length; i++) {
      Indicator ind = indicators.get(i);
      int q = quality + random.nextInt(2 * ANSWER_SPREAD + 1) - ANSWER_SPREAD;
      int level = q < LEVEL_1_FROM ? 0 : q < LEVEL_2_FROM ? 1 : q < LEVEL_3_FROM ? 2 : 3;
      if (level == 0 && !ind.mandatory()) {
        continue;
      }
      if (level == 0 && random.nextInt(100) >= MANDATORY_UNMET_PERCENT) {
        level = 1;
      }
      out.put(ind.code(), pools[i].answer(level, random));
    }
    return out;
  }

  /** "Kabupaten Sragen" gives "Sragen"; "Provinsi Jawa Tengah" gives "Jawa Tengah". */
  private static String shortName(Region region) {
    String name = region.name();
    for (String prefix : List.of("Kabupaten ", "Kota ", "Provinsi ")) {
      if (name.startsWith(prefix)) {
        return name.substring(prefix.length());
      }
    }
    return name;
  }

  private static String topic(Affair affair) {
    switch (affair) {
      case PEKERJAAN_UMUM:
        return "Infrastruktur";
      case PERUMAHAN:
        return "Permukiman";
      case TRANTIBUM:
        return "Ketertiban Umum";
      case PEMBERDAYAAN_PEREMPUAN:
        return "Perlindungan Perempuan dan Anak";
      case ADMINDUK:
        return "Kependudukan";
      case PEMBERDAYAAN_MASYARAKAT_DESA:
        return "Pemberdayaan Desa";
      case KELUARGA_BERENCANA:
        return "Keluarga Berencana";
      case KOMINFO:
        return "Informasi Publik";
      case KOPERASI_UKM:
        return "UMKM";
      case KEPEMUDAAN_OLAHRAGA:
        return "Kepemudaan";
      case KELAUTAN_PERIKANAN:
        return "Perikanan";
      case ENERGI_SDM:
        return "Energi";
      case KEPEGAWAIAN:
        return "Kepegawaian";
      case PENELITIAN_PENGEMBANGAN:
        return "Riset Daerah";
      case SEKRETARIAT:
        return "Tata Pemerintahan";
      default:
        return affair.label();
    }
  }

  private static String agency(Affair affair) {
    switch (affair) {
      case PEKERJAAN_UMUM:
        return "Dinas Pekerjaan Umum dan Penataan Ruang";
      case PERUMAHAN:
        return "Dinas Perumahan dan Kawasan Permukiman";
      case TRANTIBUM:
        return "Satuan Polisi Pamong Praja";
      case ADMINDUK:
        return "Dinas Kependudukan dan Pencatatan Sipil";
      case PERENCANAAN:
        return "Badan Perencanaan Pembangunan Daerah";
      case KEUANGAN:
        return "Badan Keuangan dan Aset Daerah";
      case KEPEGAWAIAN:
        return "Badan Kepegawaian dan Pengembangan Sumber Daya Manusia";
      case PENELITIAN_PENGEMBANGAN:
        return "Badan Riset dan Inovasi Daerah";
      case PENGAWASAN:
        return "Inspektorat Daerah";
      case SEKRETARIAT:
        return "Sekretariat Daerah";
      default:
        return "Dinas " + affair.label();
    }
  }

  // ------------------------------------------------------------------------------------------------- fact search

  private static Pool[] pools(List<Indicator> indicators) {
    Pool[] out = new Pool[indicators.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = new Pool(indicators.get(i));
    }
    return out;
  }

  /**
   * The facts worth stating for one indicator, by the level each earns: the candidates that probe the edges of the
   * indicator's predicates ({@link FactCandidates}) and the middle of every bounded range, each classified by the
   * indicator itself ({@link Indicator#levelOf}), so that overlapping or gapped thresholds are handled as the engine
   * handles them.
   */
  private static final class Pool {
    private final boolean levelOnly;
    private final List<List<Fact>> byLevel = new ArrayList<>();

    Pool(Indicator indicator) {
      this.levelOnly = indicator.fact().kind() == FactKind.NONE;
      for (int l = 0; l <= Indicator.LEVELS; l++) {
        byLevel.add(new ArrayList<>());
      }
      if (levelOnly) {
        return;
      }
      Set<Fact> facts = new LinkedHashSet<>(FactCandidates.of(indicator));
      for (Level level : indicator.levels()) {
        level.condition().ifPresent(p -> middles(p, facts));
      }
      // A fact that earns nothing is stated as a region would state it: 0 people, not -999, when the vocabulary
      // allows; a negative number only when nothing else earns no level.
      List<Fact> negatives = new ArrayList<>();
      for (Fact f : facts) {
        int level = indicator.levelOf(f);
        if (level > 0 || !negative(f)) {
          byLevel.get(level).add(f);
        } else {
          negatives.add(f);
        }
      }
      if (byLevel.get(0).isEmpty()) {
        byLevel.get(0).addAll(negatives);
      }
    }

    private static boolean negative(Fact f) {
      if (f instanceof Fact.Quantity q) {
        return q.value().signum() < 0;
      }
      return f instanceof Fact.Measure m && m.value().signum() < 0;
    }

    /** Adds the middle of every range with two ends: 11..30 gives 20.5 rounded to the ends' decimals, 21. */
    private static void middles(Predicate p, Set<Fact> out) {
      if (p instanceof Predicate.AnyOf any) {
        any.options().forEach(o -> middles(o, out));
      } else if (p instanceof Predicate.Range r && r.min() != null && r.max() != null) {
        out.add(Fact.quantity(middle(r)));
      } else if (p instanceof Predicate.OnBasis b && b.range().min() != null && b.range().max() != null) {
        out.add(Fact.measure(b.basis(), middle(b.range())));
      }
    }

    private static BigDecimal middle(Predicate.Range r) {
      int scale = Math.max(r.min().scale(), r.max().scale());
      return r.min().add(r.max()).divide(BigDecimal.valueOf(2), scale, RoundingMode.HALF_UP);
    }

    /** An answer that earns the level, or the nearest level below it (else above) that a fact can earn. */
    Answer answer(int level, SplittableRandom random) {
      if (levelOnly) {
        return Answer.level(level);
      }
      for (int d = 0; d <= Indicator.LEVELS; d++) {
        for (int l : new int[] {level - d, level + d}) {
          if (l >= 0 && l <= Indicator.LEVELS && !byLevel.get(l).isEmpty()) {
            return Answer.fact(Draw.oneOf(random, byLevel.get(l)));
          }
        }
      }
      // Every fact kind but NONE has candidates (a quantity at least 0 and 1, a category or basis its terms, codes
      // the empty set), so some level always has one.
      throw new AssertionError("no candidate fact for any level");
    }
  }
}

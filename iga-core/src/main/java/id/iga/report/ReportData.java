package id.iga.report;

import id.iga.IgaException;
import id.iga.Location;
import id.iga.Message;
import id.iga.compare.Comparison;
import id.iga.compare.DatasetComparison;
import id.iga.compare.YearComparison;
import id.iga.compare.YearScore;
import id.iga.rubric.Band;
import id.iga.rubric.Predikat;
import id.iga.rubric.Rubric;
import id.iga.score.Mode;
import id.iga.score.ScoreResult;
import id.iga.score.Scorer;
import id.iga.submission.Region;
import id.iga.submission.Submission;
import id.iga.uncertainty.Uncertainty;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.IntFunction;

import javax.annotation.Nullable;

/**
 * Everything a dataset report shows, computed exactly: per year, the predikat counts, the mean IID, the IID
 * histogram and the regions ranked by IID; between consecutive years, the predikat flows. {@link HtmlReport} renders
 * it; the numbers on the page are these.
 *
 * <pre>{@code
 * ReportData.Builder b = ReportData.builder(List.of(Rubrics.forYear(2024), Rubrics.forYear(2026)), Mode.CLAIMED);
 * dataset.forEachRemaining(s -> b.add(s.submission()));
 * String html = HtmlReport.render(b.build(), "national-2024.jsonl");
 * }</pre>
 *
 * <p>Each submission is scored under every year, as {@link YearComparison} does: a year that cannot read a
 * submission (an answer not in its vocabulary) does not score it, and the report lists the region with the reason.
 *
 * @since 1.0
 */
public final class ReportData {
  /** Width of a histogram bin, in IID points. */
  public static final int BIN_WIDTH = 5;
  /** How many regions the top and bottom lists show at most. */
  public static final int EXTREMES = 10;

  private final Mode mode;
  private final List<Year> years;
  private final DatasetComparison comparison;

  private ReportData(Mode mode, List<Year> years, DatasetComparison comparison) {
    this.mode = mode;
    this.years = List.copyOf(years);
    this.comparison = comparison;
  }

  /**
   * One region's reported IID and predikat in one year.
   *
   * @param region the region
   * @param iid the reported IID
   * @param predikat the predikat
   * @param rank its rank among every region the year scored, by reported IID; ties share a rank (1, 2, 2, 4)
   */
  public record Entry(Region region, BigDecimal iid, Predikat predikat, int rank, boolean certain) {
    /**
     * Checks the components, as the type's documentation describes them.
     *
     * @param region the region
     * @param iid the reported IID
     * @param predikat the predikat
     * @param rank its rank among every region the year scored, by reported IID; ties share a rank (1, 2, 2, 4)
     * @param certain whether every combination of the rubric's alternatives gives the same predikat
     *     ({@link id.iga.uncertainty.Uncertainty})
     */
    public Entry {
      Objects.requireNonNull(region, "region");
      Objects.requireNonNull(iid, "iid");
      Objects.requireNonNull(predikat, "predikat");
    }

    /**
     * An entry whose predikat is certain.
     *
     * @param region the region
     * @param iid the reported IID
     * @param predikat the predikat
     * @param rank its rank among every region the year scored
     */
    public Entry(Region region, BigDecimal iid, Predikat predikat, int rank) {
      this(region, iid, predikat, rank, true);
    }
  }

  /**
   * A region a year could not score.
   *
   * @param region the region
   * @param problems why
   */
  public record NotScored(Region region, List<Message> problems) {
    /**
     * Checks the components, as the type's documentation describes them.
     *
     * @param region the region
     * @param problems why
     */
    public NotScored {
      Objects.requireNonNull(region, "region");
      problems = List.copyOf(problems);
    }
  }

  /**
   * One histogram bin: the regions whose reported IID lies in {@code [from, to)}, or {@code [from, to]} for the last.
   *
   * @param from the lower end, inclusive
   * @param to the upper end, exclusive but for the last bin
   * @param regions how many regions
   */
  public record Bin(BigDecimal from, BigDecimal to, int regions) {}

  /**
   * One year of the report.
   *
   * @param rubric the rubric the year was scored under
   * @param entries every region scored, best first (by reported IID, ties by code)
   * @param notScored every region the year could not score, in dataset order
   * @param userRubric when the rubric is one of the user's own, not the one a year module ships, why (the
   *     {@link id.iga.score.Warning.Kind#USER_RUBRIC} warning of its results); null for a shipped rubric
   */
  public record Year(Rubric rubric, List<Entry> entries, List<NotScored> notScored, @Nullable Message userRubric) {
    /**
     * Checks the components, as the type's documentation describes them.
     *
     * @param rubric the rubric the year was scored under
     * @param entries every region scored, best first (by reported IID, ties by code)
     * @param notScored every region the year could not score, in dataset order
     * @param userRubric why the rubric is not the shipped one, or null
     */
    public Year {
      Objects.requireNonNull(rubric, "rubric");
      entries = List.copyOf(entries);
      notScored = List.copyOf(notScored);
    }

    /**
     * A year scored under a shipped rubric (or one whose results do not warn {@code USER_RUBRIC}).
     *
     * @param rubric the rubric the year was scored under
     * @param entries every region scored, best first (by reported IID, ties by code)
     * @param notScored every region the year could not score, in dataset order
     */
    public Year(Rubric rubric, List<Entry> entries, List<NotScored> notScored) {
      this(rubric, entries, notScored, null);
    }

    /** @return the rubric year */
    public int year() {
      return rubric.year();
    }

    /** @return how many regions earn each predikat, every predikat of the rubric's bands listed, highest first */
    public Map<Predikat, Integer> counts() {
      Map<Predikat, Integer> out = new EnumMap<>(Predikat.class);
      for (Band b : rubric.bands()) {
        out.put(b.predikat(), 0);
      }
      for (Entry e : entries) {
        out.merge(e.predikat(), 1, Integer::sum);
      }
      return Collections.unmodifiableMap(out);
    }

    /** @return how many regions' predikat depends on an assumption of the rubric (not certain over its alternatives) */
    public long uncertain() {
      return entries.stream().filter(e -> !e.certain()).count();
    }

    /**
     * @return the mean of the reported IIDs, rounded once to the rubric's reporting scale with its rounding mode;
     *     empty when no region was scored
     */
    public Optional<BigDecimal> meanIid() {
      if (entries.isEmpty()) {
        return Optional.empty();
      }
      BigDecimal sum = BigDecimal.ZERO;
      for (Entry e : entries) {
        sum = sum.add(e.iid());
      }
      return Optional.of(sum.divide(BigDecimal.valueOf(entries.size()),
          rubric.parameters().reportingScale().value(), rubric.parameters().rounding().value()));
    }

    /**
     * The histogram's bins: {@value #BIN_WIDTH} points wide from 0 to 100, the last one closed, but cut at every band
     * edge, so that no bin holds regions of two predikat. A multiple of {@value #BIN_WIDTH} within one point of a band
     * edge gives way to the edge (under 2024's bands: 55 to 60.01, then 60.01 to 65), and the edge 0.01 above
     * Tidak Dapat Dinilai makes a bin of its own from 0 to 0.01.
     *
     * @return the bins in ascending order
     */
    public List<Bin> histogram() {
      java.util.TreeSet<BigDecimal> cuts = new java.util.TreeSet<>();
      List<BigDecimal> edges = bandEdges();
      BigDecimal hundred = BigDecimal.valueOf(100);
      cuts.add(BigDecimal.ZERO);
      cuts.add(hundred);
      for (int m = BIN_WIDTH; m < 100; m += BIN_WIDTH) {
        BigDecimal cut = BigDecimal.valueOf(m);
        if (edges.stream().noneMatch(e -> e.subtract(cut).abs().compareTo(BigDecimal.ONE) < 0)) {
          cuts.add(cut);
        }
      }
      for (BigDecimal e : edges) {
        if (e.compareTo(hundred) < 0) {
          cuts.add(e.stripTrailingZeros().scale() < 0 ? e.setScale(0) : e.stripTrailingZeros());
        }
      }
      List<BigDecimal> bounds = List.copyOf(cuts);
      int[] n = new int[bounds.size() - 1];
      for (Entry e : entries) {
        int i = 0;
        while (i + 1 < n.length && e.iid().compareTo(bounds.get(i + 1)) >= 0) {
          i++;
        }
        n[i]++;
      }
      List<Bin> out = new ArrayList<>(n.length);
      for (int i = 0; i < n.length; i++) {
        out.add(new Bin(bounds.get(i), bounds.get(i + 1), n[i]));
      }
      return out;
    }

    /** @return the lower edges of the bands above the lowest, highest first: where the histogram draws its lines */
    public List<BigDecimal> bandEdges() {
      List<BigDecimal> out = new ArrayList<>();
      for (Band b : rubric.bands()) {
        if (b.lower().signum() > 0) {
          out.add(b.lower());
        }
      }
      return out;
    }

    /** @return the best {@value #EXTREMES} regions (fewer when fewer were scored), best first */
    public List<Entry> top() {
      return entries.subList(0, Math.min(EXTREMES, entries.size()));
    }

    /** @return the last {@value #EXTREMES} regions (fewer when fewer were scored), in rank order, worst last */
    public List<Entry> bottom() {
      return entries.subList(Math.max(0, entries.size() - EXTREMES), entries.size());
    }
  }

  /**
   * @param rubrics the rubrics, one per year; the first is the report's main year, the flows run from each year to the
   *     next in this order
   * @param mode which answers count
   * @return a builder to add submissions to
   * @throws IgaException when no rubric is given or two share a year
   */
  public static Builder builder(List<Rubric> rubrics, Mode mode) {
    Builder b = new Builder(null, false, List.of(), y -> {
      throw new IllegalStateException("years are given");
    }, mode);
    b.start(YearComparison.of(rubrics));
    return b;
  }

  /**
   * A builder for a dataset whose years follow the report's year rule: the report's main year is {@code year} when
   * it is given, otherwise the year the first submission names, and then every submission must name that same year
   * (a dataset of mixed years is refused, with the pointer {@code /year}, rather than reported under one of them).
   * The report shows the main year and the other years in chronological order, each once (so the flows run from
   * each year to the next).
   *
   * @param year the main year, or null for the year the first submission names
   * @param otherYears the years to compare with, in order
   * @param rubrics the rubric of each year ({@code Rubrics::forYear}, say)
   * @param mode which answers count
   * @return a builder to add submissions to
   */
  public static Builder builder(@Nullable Integer year, List<Integer> otherYears, IntFunction<Rubric> rubrics,
      Mode mode) {
    Objects.requireNonNull(rubrics, "rubrics");
    return new Builder(year, true, List.copyOf(otherYears), y -> Scorer.of(rubrics.apply(y)), mode);
  }

  /**
   * A builder as {@link #builder(Integer, List, IntFunction, Mode)} makes it, scoring each year with the scorer
   * given: for a rubric of one's own, {@code Rubrics.scorer(rubric, source)}, so that the report says, for that year,
   * that it is not the shipped rubric ({@link Year#userRubric()}).
   *
   * @param year the main year, or null for the year the first submission names
   * @param otherYears the years to compare with, in order
   * @param scorers the scorer of each year ({@code Rubrics::scorer}, say)
   * @param mode which answers count
   * @return a builder to add submissions to
   */
  public static Builder scoredBy(@Nullable Integer year, List<Integer> otherYears, IntFunction<Scorer> scorers,
      Mode mode) {
    return new Builder(year, true, List.copyOf(otherYears), Objects.requireNonNull(scorers, "scorers"), mode);
  }

  /** Scores submissions as they are added; not thread-safe. */
  public static final class Builder {
    @Nullable private final Integer year;
    /** Whether the year rule applies (false when the caller chose the rubrics). */
    private final boolean ruled;
    private final List<Integer> otherYears;
    private final IntFunction<Scorer> scorers;
    private final Mode mode;
    @Nullable private YearComparison years;
    /** The report's main year, once known: the year given, or the year the first submission names. */
    private int main;
    @Nullable private DatasetComparison.Builder comparison;
    /** Per year, the analysis of its rubric's alternatives, made when first needed; null for a rubric without. */
    private final Map<Integer, Uncertainty> uncertainty = new HashMap<>();
    private final List<List<Entry>> entries = new ArrayList<>();
    private final List<List<NotScored>> notScored = new ArrayList<>();
    private int added;

    private Builder(@Nullable Integer year, boolean ruled, List<Integer> otherYears, IntFunction<Scorer> scorers,
        Mode mode) {
      this.year = year;
      this.ruled = ruled;
      this.otherYears = otherYears;
      this.scorers = scorers;
      this.mode = Objects.requireNonNull(mode, "mode");
    }

    private void start(YearComparison chosen) {
      this.years = chosen;
      this.comparison = DatasetComparison.builder(chosen.years());
      for (int i = 0; i < chosen.rubrics().size(); i++) {
        entries.add(new ArrayList<>());
        notScored.add(new ArrayList<>());
      }
    }

    /** The year rule: the main year and the other years, each once, in chronological order. */
    private YearComparison yearsFor(int named) {
      main = year != null ? year : named;
      List<Scorer> chosen = new ArrayList<>(List.of(scorers.apply(main)));
      for (int y : otherYears) {
        if (chosen.stream().noneMatch(s -> s.rubric().year() == y)) {
          chosen.add(scorers.apply(y));
        }
      }
      chosen.sort(Comparator.comparingInt(s -> s.rubric().year()));
      return YearComparison.ofScorers(chosen);
    }

    /** @return whether the region's predikat under year i is the same under every combination of its alternatives */
    private boolean certain(int i, Submission submission) {
      Rubric rubric = years.rubrics().get(i);
      if (rubric.alternatives().isEmpty()) {
        return true;
      }
      return uncertainty.computeIfAbsent(i, k -> Uncertainty.of(rubric, rubric.alternatives()))
          .of(submission, mode).certain();
    }

    /**
     * @param submission a region's submission
     * @return this builder
     * @throws IgaException when scoring fails other than by an answer a year cannot read, or when the report's year
     *     was taken from the first submission and this one names another (pointer {@code /year})
     */
    public Builder add(Submission submission) {
      if (years == null) {
        start(yearsFor(submission.year()));
      } else if (ruled && year == null && submission.year() != main) {
        throw new IgaException(Message.of("report.mixedYears", main, submission.year()), Location.pointer("/year"));
      }
      Comparison c = years.compare(submission, mode);
      comparison.add(c);
      added++;
      for (int i = 0; i < c.years().size(); i++) {
        YearScore y = c.years().get(i);
        Optional<ScoreResult> r = y.scored();
        if (r.isPresent()) {
          entries.get(i).add(new Entry(c.region(), r.get().iid().value(), r.get().predikat(), 1,
              certain(i, submission)));
        } else {
          notScored.get(i).add(new NotScored(c.region(), y.problemMessages()));
        }
      }
      return this;
    }

    /** @return whether no submission was added yet */
    public boolean isEmpty() {
      return added == 0;
    }

    /**
     * @return the report's data
     * @throws IgaException when no submission was added
     */
    public ReportData build() {
      if (years == null) {
        throw new IgaException(Message.of("report.noSubmission"));
      }
      DatasetComparison dc = comparison.build();
      if (dc.regions().isEmpty()) {
        throw new IgaException(Message.of("report.noSubmission"));
      }
      List<Year> out = new ArrayList<>();
      for (int i = 0; i < years.rubrics().size(); i++) {
        out.add(new Year(years.rubrics().get(i), ranked(entries.get(i)), notScored.get(i),
            years.scorers().get(i).userRubricMessage().orElse(null)));
      }
      return new ReportData(mode, out, dc);
    }

    private static List<Entry> ranked(List<Entry> entries) {
      List<Entry> sorted = new ArrayList<>(entries);
      sorted.sort(Comparator.comparing(Entry::iid).reversed().thenComparing(e -> e.region().code()));
      List<Entry> out = new ArrayList<>(sorted.size());
      int rank = 0;
      for (int i = 0; i < sorted.size(); i++) {
        Entry e = sorted.get(i);
        if (i == 0 || e.iid().compareTo(sorted.get(i - 1).iid()) != 0) {
          rank = i + 1;
        }
        out.add(new Entry(e.region(), e.iid(), e.predikat(), rank, e.certain()));
      }
      return out;
    }
  }

  /** @return which answers counted */
  public Mode mode() {
    return mode;
  }

  /**
   * @return the years in the order the report shows them: chronological under the year rule
   *     ({@link #builder(Integer, List, IntFunction, Mode)}), as given to {@link #builder(List, Mode)}
   */
  public List<Year> years() {
    return years;
  }

  /** @return how many submissions the dataset holds */
  public int regions() {
    return comparison.regions().size();
  }

  /** @return the predikat of every region in every year, for flows and changes */
  public DatasetComparison comparison() {
    return comparison;
  }
}

package id.iga.compare;

import id.iga.IgaException;
import id.iga.Message;
import id.iga.rubric.Predikat;
import id.iga.score.ScoreResult;
import id.iga.submission.Region;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A dataset scored under several rubric years: how many regions earn each predikat in each year, how many a year
 * could not score, and the regions whose predikat changes. Fed one {@link Comparison} at a time by a {@link Builder},
 * it keeps only each region's predikat per year, so a national dataset fits in little memory.
 *
 * @since 1.0
 */
public final class DatasetComparison {
  private final List<Integer> years;
  private final List<RegionYears> regions;

  private DatasetComparison(List<Integer> years, List<RegionYears> regions) {
    this.years = List.copyOf(years);
    this.regions = List.copyOf(regions);
  }

  /**
   * One region's predikat in each year.
   *
   * @param region the region
   * @param predikat the predikat by year, in year order; a year that could not score the region is absent
   */
  public record RegionYears(Region region, Map<Integer, Predikat> predikat) {
    /**
     * Checks the components, as the type's documentation describes them.
     *
     * @param region the region
     * @param predikat the predikat by year, in year order; a year that could not score the region is absent
     */
    public RegionYears {
      Objects.requireNonNull(region, "region");
      predikat = Collections.unmodifiableMap(new LinkedHashMap<>(predikat));
    }

    /**
     * @param year a compared year
     * @return the predikat that year, when it scored the region
     */
    public Optional<Predikat> in(int year) {
      return Optional.ofNullable(predikat.get(year));
    }

    /** @return whether the years that scored the region gave it more than one predikat */
    public boolean changes() {
      return predikat.values().stream().distinct().count() > 1;
    }
  }

  /**
   * How many regions went from one predikat in one year to a predikat in another.
   *
   * @param from the predikat in the first year
   * @param to the predikat in the second year
   * @param regions how many regions
   */
  public record Flow(Predikat from, Predikat to, int regions) {}

  /**
   * @param years the years compared, in order
   * @return a builder to add comparisons to
   */
  public static Builder builder(List<Integer> years) {
    return new Builder(years);
  }

  /** Collects comparisons; not thread-safe. */
  public static final class Builder {
    private final List<Integer> years;
    private final List<RegionYears> regions = new ArrayList<>();

    private Builder(List<Integer> years) {
      this.years = List.copyOf(years);
      if (this.years.isEmpty()) {
        throw new IgaException(Message.of("compare.dataset.noYears"));
      }
    }

    /**
     * @param comparison one region's comparison, of the builder's years in the builder's order
     * @return this builder
     * @throws IgaException when the comparison is of other years
     */
    public Builder add(Comparison comparison) {
      if (!comparison.yearNumbers().equals(years)) {
        throw new IgaException(Message.of("compare.dataset.otherYears", comparison.yearNumbers().toString(),
            years.toString()));
      }
      Map<Integer, Predikat> p = new LinkedHashMap<>();
      for (YearScore y : comparison.years()) {
        y.scored().map(ScoreResult::predikat).ifPresent(v -> p.put(y.year(), v));
      }
      regions.add(new RegionYears(comparison.region(), p));
      return this;
    }

    /** @return the comparison of everything added */
    public DatasetComparison build() {
      return new DatasetComparison(years, regions);
    }
  }

  /** @return the years compared, in order */
  public List<Integer> years() {
    return years;
  }

  /** @return every region added, in the order added */
  public List<RegionYears> regions() {
    return regions;
  }

  /**
   * @param year a compared year
   * @return how many regions earn each predikat that year, every predikat listed (highest first), zeros included
   */
  public Map<Predikat, Integer> counts(int year) {
    requireYear(year);
    Map<Predikat, Integer> out = new EnumMap<>(Predikat.class);
    for (Predikat p : Predikat.values()) {
      out.put(p, 0);
    }
    for (RegionYears r : regions) {
      r.in(year).ifPresent(p -> out.merge(p, 1, Integer::sum));
    }
    return Collections.unmodifiableMap(out);
  }

  /**
   * @param year a compared year
   * @return how many regions that year could not score
   */
  public int notScored(int year) {
    requireYear(year);
    return (int) regions.stream().filter(r -> r.in(year).isEmpty()).count();
  }

  /** @return the regions whose predikat differs between the years that scored them, in the order added */
  public List<RegionYears> changes() {
    return regions.stream().filter(RegionYears::changes).toList();
  }

  /**
   * @param from a compared year
   * @param to another compared year
   * @return how many regions went from each predikat to each predikat, pairs with no region left out, in predikat
   *     order (highest first); a region either year could not score is not counted
   */
  public List<Flow> flows(int from, int to) {
    requireYear(from);
    requireYear(to);
    int[][] n = new int[Predikat.values().length][Predikat.values().length];
    for (RegionYears r : regions) {
      Optional<Predikat> a = r.in(from);
      Optional<Predikat> b = r.in(to);
      if (a.isPresent() && b.isPresent()) {
        n[a.get().ordinal()][b.get().ordinal()]++;
      }
    }
    List<Flow> out = new ArrayList<>();
    for (Predikat a : Predikat.values()) {
      for (Predikat b : Predikat.values()) {
        if (n[a.ordinal()][b.ordinal()] > 0) {
          out.add(new Flow(a, b, n[a.ordinal()][b.ordinal()]));
        }
      }
    }
    return out;
  }

  private void requireYear(int year) {
    if (!years.contains(year)) {
      throw new IgaException(Message.of("compare.dataset.notCompared", year, years.toString()));
    }
  }
}

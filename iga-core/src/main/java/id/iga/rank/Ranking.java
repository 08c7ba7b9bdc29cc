package id.iga.rank;

import id.iga.IgaException;
import id.iga.Message;
import id.iga.score.Mode;
import id.iga.score.ScoreResult;
import id.iga.submission.RegionType;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import javax.annotation.Nullable;

/**
 * Regions ranked by IID the way they quote their ranks: "112th of 415 kabupaten nationally", "7th among the kabupaten
 * of our province", "3rd in our peer group".
 *
 * <pre>{@code
 * Ranking r = Ranking.of(results, RankScope.PROVINCE, EnumSet.of(RegionType.KABUPATEN), null);
 * for (Ranked x : r.rows()) {
 *   x.code(); x.rank(); x.of(); x.result().iid(); x.result().predikat();
 * }
 * }</pre>
 *
 * <p>Only the regions of the chosen types take part (kabupaten among kabupaten by default in the command line), and,
 * with a {@link Cohort}, only those it lists. Regions are ranked by their <em>reported</em> IID (two decimals), so
 * regions equal at two decimals tie; ties share a rank and skip the next ones (standard competition ranking, 1, 2, 2,
 * 4). Every result must be of one rubric year and one mode, and each region may appear once.
 *
 * @since 1.0
 */
public final class Ranking {
  private final int year;
  private final Mode mode;
  private final RankScope scope;
  private final Set<RegionType> types;
  private final @Nullable Cohort cohort;
  private final List<Ranked> rows;

  private Ranking(int year, Mode mode, RankScope scope, Set<RegionType> types, @Nullable Cohort cohort,
      List<Ranked> rows) {
    this.year = year;
    this.mode = mode;
    this.scope = scope;
    this.types = Collections.unmodifiableSet(EnumSet.copyOf(types));
    this.cohort = cohort;
    this.rows = List.copyOf(rows);
  }

  /**
   * @param results the dataset's results, one per region, of one year and mode
   * @param scope rank nationally or within each province
   * @param types the region types that take part
   * @param cohort the peer group to rank among, or null for every region of the chosen types
   * @return the ranks: by province code within a province, then by rank, ties by code
   * @throws IgaException when there are no results, results mix years or modes, a region appears twice, no type is
   *     chosen, no region of the chosen types is in the results, or the cohort lists a region that is not in the
   *     results or not of the chosen types (naming the cohort's line)
   */
  public static Ranking of(List<ScoreResult> results, RankScope scope, Set<RegionType> types,
      @Nullable Cohort cohort) {
    if (results.isEmpty()) {
      throw new IgaException(Message.of("rank.noResults"));
    }
    if (types.isEmpty()) {
      throw new IgaException(Message.of("rank.noTypes"));
    }
    ScoreResult first = results.get(0);
    Map<String, ScoreResult> byCode = new LinkedHashMap<>();
    for (ScoreResult r : results) {
      if (r.year() != first.year()) {
        throw new IgaException(Message.of("rank.mixedYears", first.year(), first.region().code(), r.year(),
            r.region().code()));
      }
      if (r.mode() != first.mode()) {
        throw new IgaException(Message.of("rank.mixedModes", first.mode().name(), r.mode().name()));
      }
      if (byCode.putIfAbsent(r.region().code(), r) != null) {
        throw new IgaException(Message.of("rank.regionTwice", r.region().code(), r.region().name()));
      }
    }
    if (cohort != null) {
      for (String code : cohort.lines().keySet()) {
        ScoreResult r = byCode.get(code);
        if (r == null) {
          throw new IgaException(Message.of("rank.cohort.notInDataset", code), cohort.locationOf(code));
        }
        if (!types.contains(r.region().type())) {
          throw new IgaException(Message.of("rank.cohort.otherType", code, r.region().name(),
              r.region().type().name(), types.toString()), cohort.locationOf(code));
        }
      }
    }
    List<ScoreResult> taking = new ArrayList<>();
    for (ScoreResult r : results) {
      if (types.contains(r.region().type()) && (cohort == null || cohort.contains(r.region().code()))) {
        taking.add(r);
      }
    }
    if (taking.isEmpty()) {
      Map<RegionType, Long> found = results.stream().collect(Collectors.groupingBy(r -> r.region().type(),
          () -> new EnumMap<>(RegionType.class), Collectors.counting()));
      throw new IgaException(Message.of("rank.noneOfTypes", types.toString(), found.entrySet().stream()
          .map(e -> e.getValue() + " " + e.getKey()).collect(Collectors.joining(", "))));
    }
    Map<String, List<ScoreResult>> groups = new TreeMap<>();
    for (ScoreResult r : taking) {
      groups.computeIfAbsent(scope == RankScope.NATIONAL ? "" : r.region().provinceCode(), g -> new ArrayList<>())
          .add(r);
    }
    List<Ranked> rows = new ArrayList<>(taking.size());
    groups.forEach((group, members) -> {
      members.sort(Comparator.comparing((ScoreResult r) -> r.iid().value()).reversed()
          .thenComparing(r -> r.region().code()));
      int rank = 0;
      BigDecimal previous = null;
      for (int i = 0; i < members.size(); i++) {
        BigDecimal iid = members.get(i).iid().value();
        if (previous == null || iid.compareTo(previous) != 0) {
          rank = i + 1;
          previous = iid;
        }
        rows.add(new Ranked(members.get(i), group, rank, members.size()));
      }
    });
    return new Ranking(first.year(), first.mode(), scope, types, cohort, rows);
  }

  /** @return the rubric year of the results */
  public int year() {
    return year;
  }

  /** @return the mode of the results */
  public Mode mode() {
    return mode;
  }

  /** @return nationally or within each province */
  public RankScope scope() {
    return scope;
  }

  /** @return the region types that take part */
  public Set<RegionType> types() {
    return types;
  }

  /** @return the peer group, when one was given */
  public Optional<Cohort> cohort() {
    return Optional.ofNullable(cohort);
  }

  /** @return every ranked region: by group (province code), then rank, ties by code */
  public List<Ranked> rows() {
    return rows;
  }

  /**
   * @param code a Kemendagri code
   * @return that region's rank, when it takes part
   */
  public Optional<Ranked> of(String code) {
    return rows.stream().filter(r -> r.code().equals(code)).findFirst();
  }
}

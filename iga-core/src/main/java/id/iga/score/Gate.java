package id.iga.score;

import id.iga.submission.Affair;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * The basic-service gate of a result: the count score (Skor Jumlah Inovasi) is paid only when the innovations cover
 * at least {@link #required()} of the basic-service affairs (urusan pelayanan dasar, {@link Affair#basicService()}).
 *
 * @param required g, the basic-service affairs the rubric requires (0: no gate)
 * @param covered the basic-service affairs the innovations cover, in the order of {@link Affair}; unmodifiable
 * @since 1.0
 */
public record Gate(int required, Set<Affair> covered) {
  /** The basic-service affairs, in the order of {@link Affair}. */
  private static final Set<Affair> BASIC_SERVICES;

  static {
    EnumSet<Affair> s = EnumSet.noneOf(Affair.class);
    for (Affair a : Affair.values()) {
      if (a.basicService()) {
        s.add(a);
      }
    }
    BASIC_SERVICES = Collections.unmodifiableSet(s);
  }

  /**
   * @param required g, at least 0
   * @param covered the basic-service affairs covered (copied)
   * @throws IllegalArgumentException when g is negative or an affair covered is not a basic service
   */
  public Gate {
    if (required < 0) {
      throw new IllegalArgumentException("a gate requires at least 0 affairs, not " + required);
    }
    EnumSet<Affair> copy = EnumSet.noneOf(Affair.class);
    for (Affair a : covered) {
      if (!a.basicService()) {
        throw new IllegalArgumentException(a + " is not a basic-service affair");
      }
      copy.add(Objects.requireNonNull(a, "affair"));
    }
    covered = Collections.unmodifiableSet(copy);
  }

  /** @return the basic-service affairs there are, in the order of {@link Affair} (six) */
  public static Set<Affair> basicServices() {
    return BASIC_SERVICES;
  }

  /** @return how many basic-service affairs there are: what {@link #required()} is out of */
  public int of() {
    return BASIC_SERVICES.size();
  }

  /** @return whether the innovations cover at least the required affairs, so the count score is paid */
  public boolean met() {
    return isMet(covered.size(), required);
  }

  /**
   * The gate's rule, the one place it is written.
   *
   * @param covered how many basic-service affairs the innovations cover
   * @param required g
   * @return whether the count score is paid
   */
  public static boolean isMet(int covered, int required) {
    return covered >= required;
  }

  /** @return the basic-service affairs the innovations do not cover, in the order of {@link Affair} */
  public Set<Affair> missing() {
    EnumSet<Affair> m = EnumSet.noneOf(Affair.class);
    for (Affair a : BASIC_SERVICES) {
      if (!covered.contains(a)) {
        m.add(a);
      }
    }
    return Collections.unmodifiableSet(m);
  }
}

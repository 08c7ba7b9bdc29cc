package id.iga.score;

import id.iga.rubric.Predikat;
import java.util.Objects;

/**
 * Where a region stands: an IID and the predikat read from its reported value. A plan gives one before it starts,
 * after each step and at its end.
 *
 * @param iid the IID
 * @param predikat the predikat of the reported IID under the rubric's bands
 * @since 1.0
 */
public record Standing(Reported iid, Predikat predikat) {
  /**
   * @param iid the IID
   * @param predikat its predikat
   */
  public Standing {
    Objects.requireNonNull(iid, "iid");
    Objects.requireNonNull(predikat, "predikat");
  }

  /**
   * @param compiled the rubric, compiled
   * @param exactIid an exact IID
   * @return the IID reported under the rubric, with its predikat
   */
  public static Standing of(CompiledRubric compiled, Fraction exactIid) {
    Reported iid = compiled.report(exactIid);
    return new Standing(iid, compiled.predikatOf(iid.value()));
  }

  @Override
  public String toString() {
    return iid + " " + predikat;
  }
}

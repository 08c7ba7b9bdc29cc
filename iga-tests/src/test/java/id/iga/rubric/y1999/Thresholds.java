package id.iga.rubric.y1999;

/** A fixture: logic in a year module, beside its provider, which the walls forbid. */
public final class Thresholds {
  private Thresholds() {}

  /**
   * @param persons persons benefiting
   * @return a level decided in code rather than in the rubric document
   */
  public static int level(int persons) {
    return persons > 300 ? 3 : 1;
  }
}

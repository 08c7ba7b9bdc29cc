package id.iga.rubric;

import static org.junit.jupiter.api.Assertions.assertEquals;

import id.iga.rubric.Predicate.Range;
import java.math.BigDecimal;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The intersection of two ranges, whichever of the two is asked: each end is the inner one, exclusive on a tie. */
class RangeIntersectionSpec {
  private static Range range(String min, boolean minInclusive, String max, boolean maxInclusive) {
    return new Range(min == null ? null : new BigDecimal(min), minInclusive, max == null ? null : new BigDecimal(max),
        maxInclusive);
  }

  private static void assertBothWays(Optional<Range> expected, Range a, Range b) {
    assertEquals(expected, a.intersection(b));
    assertEquals(expected, b.intersection(a));
  }

  @Test
  void aRangeOpenBelowTakesTheOthersLowerEnd() {
    assertBothWays(Optional.of(Range.closed("1", "5")), Range.atMost("5"), Range.atLeast("1"));
  }

  @Test
  void anExclusiveLowerEndWinsOverAnInclusiveOneAtTheSameNumber() {
    assertBothWays(Optional.of(range("0", false, "3", true)), Range.closed("0", "5"), range("0", false, "3", true));
  }

  @Test
  void anExclusiveUpperEndWinsOverAnInclusiveOneAtTheSameNumber() {
    assertBothWays(Optional.of(range("0", true, "5", false)), range("0", true, "5", false), Range.closed("0", "5"));
  }

  @Test
  void equalEndsOfTheSameKindStayAsTheyAre() {
    assertBothWays(Optional.of(Range.closed("2", "7")), Range.closed("2", "7"), Range.closed("2", "7"));
    assertBothWays(Optional.of(range("2", false, "7", false)), range("2", false, "7", false),
        range("2", false, "7", false));
  }

  @Test
  void rangesThatDoNotMeetHaveNoIntersection() {
    assertBothWays(Optional.empty(), Range.closed("0", "2"), Range.closed("3", "5"));
  }
}

package id.iga.bulk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import id.iga.IgaException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The words of the progress line, and when a line is offered, on a clock the test sets. */
class ProgressTest {
  private static final long MS = 1_000_000L;
  private static final long S = 1_000_000_000L;

  /** A clock that reads what the test last set. */
  private static final class Clock {
    long now = 5 * S;

    long read() {
      return now;
    }
  }

  @Test
  void aLineNamesTheRegionsTheRateAndTheTimeLeft() {
    assertEquals("312 regions scored, 156 regions/s, about 2 s left", Progress.line(312, 2 * S, 600, 1200));
  }

  @Test
  void theRateIsRoundedDownAndTheTimeLeftUp() {
    // 100 regions in 3 s: 33.3 regions/s; a third of the input read in 3 s leaves 6 s; 6.000000001 s is 7 s.
    assertEquals("100 regions scored, 33 regions/s, about 6 s left", Progress.line(100, 3 * S, 1, 3));
    assertEquals("100 regions scored, 33 regions/s, about 7 s left", Progress.line(100, 3 * S + 1, 1, 3));
  }

  @Test
  void withoutTheInputsSizeThereIsNoTimeLeft() {
    assertEquals("1 region scored, 2 regions/s", Progress.line(1, 500 * MS, 4096, 0));
    assertEquals("40 regions scored, 40 regions/s", Progress.line(40, S, 0, 1000));
  }

  @Test
  void aLongTimeLeftIsGivenInMinutesAndSeconds() {
    // 10 s for a tenth of the input: 90 s left.
    assertEquals("50 regions scored, 5 regions/s, about 1 min 30 s left", Progress.line(50, 10 * S, 100, 1000));
    assertEquals("50 regions scored, 5 regions/s, about 2 min 05 s left", Progress.line(50, 10 * S, 8, 108));
  }

  @Test
  void aHugeTimeLeftDoesNotOverflow() {
    assertEquals("1 region scored, 0 regions/s, about 153722867280912930 min 07 s left",
        Progress.line(1, Long.MAX_VALUE, 1, Long.MAX_VALUE));
  }

  @Test
  void nothingIsOfferedInTheFirstSecondThenALineEveryQuarterSecondAtMost() {
    Clock clock = new Clock();
    Progress progress = new Progress(clock::read);
    List<Optional<String>> offered = new ArrayList<>();
    for (long at : new long[] {100, 999, 1000, 1100, 1249, 1250, 1400, 1600}) {
      clock.now = 5 * S + at * MS;
      offered.add(progress.advance(at, 2000));
    }
    assertEquals(List.of(Optional.empty(), Optional.empty(),
        Optional.of("3 regions scored, 3 regions/s, about 1 s left"), Optional.empty(), Optional.empty(),
        Optional.of("6 regions scored, 4 regions/s, about 1 s left"), Optional.empty(),
        Optional.of("8 regions scored, 5 regions/s, about 1 s left")), offered);
    assertEquals(8, progress.done());
    assertEquals(true, progress.shown());
  }

  @Test
  void aShortRunShowsNothing() {
    Clock clock = new Clock();
    Progress progress = new Progress(clock::read);
    for (int i = 1; i <= 500; i++) {
      clock.now += MS;
      assertEquals(Optional.empty(), progress.advance(i, 500));
    }
    assertEquals(false, progress.shown());
  }

  @Test
  void negativeCountsAreRefused() {
    IgaException e = assertThrows(IgaException.class, () -> Progress.line(-1, S, 0, 0));
    assertEquals("progress needs non-negative counts and times, not done -1, elapsed 1000000000 ns, read 0 bytes",
        e.getMessage());
  }
}

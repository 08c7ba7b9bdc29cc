package id.iga.bulk;

import id.iga.IgaException;
import id.iga.Message;
import java.math.BigInteger;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.LongSupplier;

/**
 * The progress of a long bulk run, in words for a status line: regions done, the rate, and the time left when the
 * input's size is known.
 *
 * <pre>{@code
 * Progress progress = new Progress(System::nanoTime);
 * bulk.score(data, scorer, Mode.CLAIMED, result -> {
 *   write(result);
 *   progress.advance(bytesRead(), fileSize).ifPresent(line -> System.err.print("\r" + line));
 * });
 * }</pre>
 *
 * <p>A line is offered only once the run has lasted {@value #FIRST_AFTER_MILLIS} ms (a short run shows nothing) and
 * then at most every {@value #EVERY_MILLIS} ms. Times come from the clock given, so that the lines can be tested.
 * Integer arithmetic only. Not thread-safe: advance it from the thread that receives the results. Lines are English
 * unless a language is asked for ({@link #advance(long, long, Locale)}).
 *
 * @since 1.0
 */
public final class Progress {
  /** No line is offered before the run has lasted this long, so that small inputs show none. */
  public static final long FIRST_AFTER_MILLIS = 1000;
  /** The least time between two lines offered. */
  public static final long EVERY_MILLIS = 250;

  private static final long NANOS_PER_MILLI = 1_000_000L;
  private static final long NANOS_PER_SECOND = 1_000_000_000L;

  private final LongSupplier clock;
  private final long start;
  private long done;
  private long lastShown = Long.MIN_VALUE;
  private boolean shown;

  /**
   * Starts measuring now.
   *
   * @param nanoClock a monotonic clock in nanoseconds ({@code System::nanoTime})
   */
  public Progress(LongSupplier nanoClock) {
    this.clock = Objects.requireNonNull(nanoClock, "nanoClock");
    this.start = nanoClock.getAsLong();
  }

  /**
   * Counts one more region done.
   *
   * @param bytesRead how much of the input has been read, or 0 when unknown
   * @param totalBytes the input's size, or 0 or less when unknown (standard input)
   * @return the line to show now, in English, or empty when it is not yet time for one
   */
  public Optional<String> advance(long bytesRead, long totalBytes) {
    return advance(bytesRead, totalBytes, Locale.ENGLISH);
  }

  /**
   * Counts one more region done.
   *
   * @param bytesRead how much of the input has been read, or 0 when unknown
   * @param totalBytes the input's size, or 0 or less when unknown (standard input)
   * @param locale the language: Indonesian for an {@code id} locale, English otherwise
   * @return the line to show now, in that language, or empty when it is not yet time for one
   */
  public Optional<String> advance(long bytesRead, long totalBytes, Locale locale) {
    done++;
    long now = clock.getAsLong();
    long elapsed = now - start;
    if (elapsed < FIRST_AFTER_MILLIS * NANOS_PER_MILLI
        || (shown && now - lastShown < EVERY_MILLIS * NANOS_PER_MILLI)) {
      return Optional.empty();
    }
    shown = true;
    lastShown = now;
    return Optional.of(line(done, elapsed, bytesRead, totalBytes, locale));
  }

  /** @return the number of regions counted so far */
  public long done() {
    return done;
  }

  /** @return whether a line has been offered (the caller then clears it when the run ends) */
  public boolean shown() {
    return shown;
  }

  /**
   * The words of a status line: {@code 312 regions scored, 156 regions/s, about 2 s left}. The rate is rounded
   * down; the time left is the time so far scaled by the share of the input not yet read, rounded up to a second,
   * and left out when the input's size or the amount read is unknown.
   *
   * @param done regions scored
   * @param elapsedNanos time since the run started, in nanoseconds
   * @param bytesRead how much of the input has been read, or 0 when unknown
   * @param totalBytes the input's size, or 0 or less when unknown
   * @return the line, in English
   * @throws IgaException when a count or time is negative
   */
  public static String line(long done, long elapsedNanos, long bytesRead, long totalBytes) {
    return line(done, elapsedNanos, bytesRead, totalBytes, Locale.ENGLISH);
  }

  /**
   * The words of a status line, as {@link #line(long, long, long, long)} gives them, in a language: {@code 312
   * daerah telah dinilai, 156 daerah/detik, sisa waktu sekitar 2 detik} in Indonesian.
   *
   * @param done regions scored
   * @param elapsedNanos time since the run started, in nanoseconds
   * @param bytesRead how much of the input has been read, or 0 when unknown
   * @param totalBytes the input's size, or 0 or less when unknown
   * @param locale the language: Indonesian for an {@code id} locale, English otherwise
   * @return the line, in that language
   * @throws IgaException when a count or time is negative
   */
  public static String line(long done, long elapsedNanos, long bytesRead, long totalBytes, Locale locale) {
    if (done < 0 || elapsedNanos < 0 || bytesRead < 0) {
      throw new IgaException(Message.of("bulk.progress.negative", done, elapsedNanos, bytesRead));
    }
    Message line = done == 1 ? Message.of("bulk.progress.scoredOne", done) : Message.of("bulk.progress.scored", done);
    if (elapsedNanos > 0) {
      // done x 10^9 overflows only beyond 9.2 x 10^9 regions.
      line = Message.of("bulk.progress.rate", line, done * NANOS_PER_SECOND / elapsedNanos);
    }
    if (totalBytes > 0 && bytesRead > 0) {
      long left = Math.max(0, totalBytes - bytesRead);
      // elapsed x left / read nanoseconds, rounded up to whole seconds; exact, since the product may exceed a long.
      BigInteger nanos = BigInteger.valueOf(elapsedNanos).multiply(BigInteger.valueOf(left));
      BigInteger perSecond = BigInteger.valueOf(bytesRead).multiply(BigInteger.valueOf(NANOS_PER_SECOND));
      BigInteger[] qr = nanos.divideAndRemainder(perSecond);
      BigInteger seconds = qr[1].signum() == 0 ? qr[0] : qr[0].add(BigInteger.ONE);
      line = Message.of("bulk.progress.left", line,
          duration(seconds.min(BigInteger.valueOf(Long.MAX_VALUE)).longValue()));
    }
    return line.text(locale);
  }

  /**
   * @param seconds a whole number of seconds
   * @return {@code 42 s}, or {@code 3 min 05 s} from a minute on (in English)
   */
  static Message duration(long seconds) {
    if (seconds < 60) {
      return Message.of("bulk.progress.seconds", seconds);
    }
    long s = seconds % 60;
    return Message.of("bulk.progress.minutes", seconds / 60, (s < 10 ? "0" : "") + s);
  }
}

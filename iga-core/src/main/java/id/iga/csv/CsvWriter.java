package id.iga.csv;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.function.BiConsumer;

/**
 * Writes items of one kind as CSV, in the form the package documentation describes: the header when the
 * writer is made, then the rows of each item as soon as it is given, in one write to the stream. Nothing is kept
 * between items, so a dataset of any size streams through. Not thread-safe.
 *
 * <pre>{@code
 * try (CsvWriter<ScoreResult> csv = ResultCsv.writer(out)) {
 *   for (ScoreResult r : results) {
 *     csv.write(r);
 *   }
 * }
 * }</pre>
 *
 * <p>The writers are made by {@link ResultCsv}, {@link RankCsv}, {@link ComparisonCsv}, {@link DifferenceCsv} and
 * {@link PlanCsv}.
 *
 * @param <T> the items written
 * @since 1.0
 */
public final class CsvWriter<T> implements AutoCloseable {
  private final OutputStream out;
  private final BiConsumer<? super T, StringBuilder> rows;

  /**
   * Writes the header.
   *
   * @param out the stream
   * @param header the header row, without its line end
   * @param rows appends an item's rows, each ending with {@code \n}
   */
  CsvWriter(OutputStream out, String header, BiConsumer<? super T, StringBuilder> rows) {
    this.out = Objects.requireNonNull(out, "out");
    this.rows = rows;
    emit(header + '\n');
  }

  /**
   * Writes the rows of one item.
   *
   * @param item the item
   * @throws UncheckedIOException when the stream fails
   */
  public void write(T item) {
    StringBuilder b = new StringBuilder();
    rows.accept(Objects.requireNonNull(item, "item"), b);
    emit(b);
  }

  /**
   * Flushes the stream; does not close it.
   *
   * @throws UncheckedIOException when the stream fails
   */
  @Override
  public void close() {
    unchecked(out::flush);
  }

  private void emit(CharSequence text) {
    unchecked(() -> out.write(text.toString().getBytes(StandardCharsets.UTF_8)));
  }

  /** An operation on the stream. */
  private interface StreamOperation {
    void run() throws IOException;
  }

  private static void unchecked(StreamOperation operation) {
    try {
      operation.run();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

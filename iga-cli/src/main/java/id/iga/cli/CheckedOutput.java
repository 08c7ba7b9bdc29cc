package id.iga.cli;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import javax.annotation.Nullable;

/**
 * Standard output that remembers why it failed. A {@link PrintStream} swallows write errors; this one keeps the first
 * {@link IOException}, so that {@link Main} can end the command with {@link Main#OUTPUT_FAILED} and say why
 * ({@code No space left on device}, {@code Broken pipe}, {@code Bad file descriptor} for a closed descriptor).
 */
final class CheckedOutput extends PrintStream {
  private final Recorder recorder;

  private CheckedOutput(Recorder recorder) {
    super(recorder, false, StandardCharsets.UTF_8);
    this.recorder = recorder;
  }

  /**
   * @param out the stream to write to
   * @return a print stream over it that remembers the first failure
   */
  static CheckedOutput of(OutputStream out) {
    return new CheckedOutput(new Recorder(out));
  }

  /**
   * Flushes, then tells whether anything written was lost.
   *
   * @param stream a print stream
   * @return the first failure of the stream, or null when every write went through
   */
  @Nullable
  static IOException failure(PrintStream stream) {
    stream.flush();
    if (!stream.checkError()) {
      return null;
    }
    if (stream instanceof CheckedOutput c && c.recorder.failure != null) {
      return c.recorder.failure;
    }
    return new IOException("the write failed");
  }

  /** Passes writes through and keeps the first failure. */
  private static final class Recorder extends FilterOutputStream {
    @Nullable IOException failure;

    Recorder(OutputStream out) {
      super(out);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      try {
        out.write(b, off, len);
      } catch (IOException e) {
        keep(e);
        throw e;
      }
    }

    @Override
    public void write(int b) throws IOException {
      try {
        out.write(b);
      } catch (IOException e) {
        keep(e);
        throw e;
      }
    }

    @Override
    public void flush() throws IOException {
      try {
        out.flush();
      } catch (IOException e) {
        keep(e);
        throw e;
      }
    }

    private void keep(IOException e) {
      if (failure == null) {
        failure = e;
      }
    }
  }
}

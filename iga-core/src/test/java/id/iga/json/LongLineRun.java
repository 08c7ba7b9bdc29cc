package id.iga.json;

import id.iga.IgaException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * The program {@link LongLineMemoryTest} runs in a child JVM with a small heap: JSON Lines of three lines made as they
 * are read, never held whole: a submission padded with spaces to exactly the limit (64 MiB), the same one byte longer,
 * and the submission alone. It prints what reading each line gave.
 */
final class LongLineRun {
  private LongLineRun() {}

  static final String SUBMISSION = "{\"year\":2024,\"region\":{\"code\":\"33.07\",\"name\":\"Kabupaten Wonosobo\","
      + "\"type\":\"KABUPATEN\",\"provinceCode\":\"33\"},\"spd\":{},\"innovations\":[]}";

  /**
   * @param args none
   */
  public static void main(String[] args) {
    long limit = Json.MAX_DOCUMENT_LENGTH;
    try (SubmissionSource in = SubmissionSource.of(SubmissionSource.Kind.LINES,
        new Padded(new long[] {limit, limit + 1, SUBMISSION.length()}), "long.jsonl")) {
      while (true) {
        try {
          if (!in.hasNext()) {
            break;
          }
          LocatedSubmission s = in.next();
          System.out.println(in.line() + ": " + s.submission().region().name());
        } catch (IgaException e) {
          System.out.println(e.getMessage());
        }
      }
    }
  }

  /** Lines of {@link #SUBMISSION} followed by spaces up to the given lengths, each ending in a newline. */
  private static final class Padded extends InputStream {
    private final byte[] text = SUBMISSION.getBytes(StandardCharsets.US_ASCII);
    private final long[] lengths;
    private int line;
    private long at;

    Padded(long[] lengths) {
      this.lengths = lengths;
    }

    @Override
    public int read() {
      byte[] one = new byte[1];
      return read(one, 0, 1) < 0 ? -1 : one[0];
    }

    @Override
    public int read(byte[] b, int off, int len) {
      if (line == lengths.length) {
        return -1;
      }
      int n = 0;
      while (n < len && line < lengths.length) {
        long length = lengths[line];
        if (at < text.length) {
          b[off + n++] = text[(int) at++];
        } else if (at < length) {
          int spaces = (int) Math.min(len - n, length - at);
          java.util.Arrays.fill(b, off + n, off + n + spaces, (byte) ' ');
          n += spaces;
          at += spaces;
        } else {
          b[off + n++] = '\n';
          line++;
          at = 0;
        }
      }
      return n;
    }
  }
}

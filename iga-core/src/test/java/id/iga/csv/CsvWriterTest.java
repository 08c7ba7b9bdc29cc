package id.iga.csv;

import static id.iga.csv.CsvFixtures.result;
import static id.iga.csv.CsvFixtures.sragenNamed;
import static org.junit.jupiter.api.Assertions.assertEquals;

import id.iga.score.ScoreResult;
import java.io.ByteArrayOutputStream;
import java.io.FilterOutputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class CsvWriterTest {
  /** Counts the stream's flushes and closes. */
  private static final class Watched extends FilterOutputStream {
    int flushes;
    int closes;

    Watched() {
      super(new ByteArrayOutputStream());
    }

    String text() {
      return ((ByteArrayOutputStream) out).toString(StandardCharsets.UTF_8);
    }

    @Override
    public void flush() {
      flushes++;
    }

    @Override
    public void close() {
      closes++;
    }
  }

  @Test
  void eachItemReachesTheStreamWhenItIsWrittenWithoutAFlush() {
    Watched out = new Watched();
    CsvWriter<ScoreResult> w = ResultCsv.writer(out);
    assertEquals(1, out.text().lines().count());
    w.write(result(sragenNamed("Kabupaten Sragen")));
    assertEquals(2, out.text().lines().count());
    assertEquals(0, out.flushes);
  }

  @Test
  void closingFlushesTheStreamAndLeavesItOpen() {
    Watched out = new Watched();
    ResultCsv.writer(out).close();
    assertEquals(1, out.flushes);
    assertEquals(0, out.closes);
  }

  @Test
  void textIsWrittenInUtf8() {
    Watched out = new Watched();
    ResultCsv.writer(out).write(result(sragenNamed("Kabupaten Pidië")));
    assertEquals("33.14,Kabupaten Pidië,", out.text().lines().toList().get(1).substring(0, 22));
  }
}

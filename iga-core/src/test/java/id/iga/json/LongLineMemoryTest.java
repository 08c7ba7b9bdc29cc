package id.iga.json;

import static org.junit.jupiter.api.Assertions.assertEquals;

import id.iga.ChildJvm;
import org.junit.jupiter.api.Test;

/**
 * A line of JSON Lines as long as the limit (64 MiB) is read in a 160 MiB heap, and a line one byte longer reaches its
 * limit error there, without the buffer growing past the limit: {@link LongLineRun} in a child JVM.
 */
class LongLineMemoryTest {
  @Test
  void aLineOfTheLimitIsReadAndOneByteMoreIsRefusedInA160MegabyteHeap() throws Exception {
    ChildJvm.Run run = ChildJvm.run("160m", LongLineRun.class);
    assertEquals("1: Kabupaten Wonosobo\n"
        + "long.jsonl:2:67108865: expected a line of at most 67108864 characters (one submission), found a longer one\n"
        + "3: Kabupaten Wonosobo\n", run.output());
    assertEquals(0, run.exit());
  }
}

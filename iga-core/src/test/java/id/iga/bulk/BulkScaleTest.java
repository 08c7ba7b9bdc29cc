package id.iga.bulk;

import static org.junit.jupiter.api.Assertions.assertEquals;

import id.iga.ChildJvm;
import org.junit.jupiter.api.Test;

/**
 * Bulk scoring runs in bounded memory: 546 regions x 250 innovations (136,500 innovations, 2.7 million answers,
 * about 100 MB of JSON Lines) generated, written, parsed and scored as a stream in a child JVM limited to a 256 MB
 * heap.
 */
class BulkScaleTest {
  @Test
  void theNationWith250InnovationsPerRegionIsScoredInA256MegabyteHeap() throws Exception {
    ChildJvm.Run run = ChildJvm.run("256m", ScaleRun.class);
    assertEquals("546 regions, 136500 innovations, IID sum 38325.35\n", run.output());
    assertEquals(0, run.exit());
  }
}

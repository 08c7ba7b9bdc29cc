package id.iga.bulk;

import static id.iga.MessageAssertions.assertIndonesian;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import id.iga.IgaException;
import id.iga.Message;
import id.iga.generate.NationalDataset;
import id.iga.generate.NationalFixtures;
import id.iga.rubric.Rubric;
import id.iga.score.Mode;
import id.iga.score.Scorer;
import id.iga.submission.Answer;
import id.iga.submission.Submission;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A bulk run's errors and its progress line in Bahasa Indonesia, with the key and arguments an application would
 * use.
 */
class BulkMessagesSpec {
  private static final long S = 1_000_000_000L;

  @Test
  void settingsBelowTheLeastAreRefused() {
    assertIndonesian(() -> BulkScorer.parallel(0, 8), "jumlah proses paralel paling sedikit 1, bukan 0",
        "bulk.parallelism", 0);
    assertIndonesian(() -> BulkScorer.parallel(2, 0), "satu kelompok memuat paling sedikit 1 data penilaian, bukan 0",
        "bulk.batchSize", 0);
    assertIndonesian(() -> new HeapBudget(0), "ukuran heap harus bilangan byte yang positif, bukan 0", "bulk.heap", 0L);
    assertIndonesian(() -> HeapBudget.need(0), "satu proses memerlukan paling sedikit 1 pekerja, bukan 0", "bulk.jobs",
        0);
  }

  @Test
  void aSubmissionTheScorerRefusesIsNamedByItsNumberAndRegionWithTheScorersProblemInTheSameLanguage() {
    Rubric rubric = NationalFixtures.rubric2024Shaped();
    Scorer scorer = Scorer.of(rubric);
    NationalDataset data = NationalDataset.of(rubric, NationalDataset.Coverage.KABUPATEN, 42);
    Submission good = data.submission(0);
    Map<String, Answer> spd = new LinkedHashMap<>(good.spd());
    spd.put("99", Answer.level(1));
    Submission bad = new Submission(good.year(), good.region(), spd, good.innovations());
    IgaException scorers = assertThrows(IgaException.class, () -> scorer.score(bad, Mode.CLAIMED));
    String region = bad.region().code() + " " + bad.region().name();
    IgaException e = assertIndonesian(
        () -> BulkScorer.sequential().score(List.of(good, bad).iterator(), scorer, Mode.CLAIMED, r -> { }),
        "/spd/99: data penilaian ke-2 (" + region + "): " + scorers.problem(Message.INDONESIAN), "bulk.submission",
        2L, bad.region().code(), bad.region().name(), scorers.problemMessage());
    assertEquals("/spd/99: submission 2 (" + region + "): " + scorers.problem(), e.getMessage());
  }

  @Test
  void theProgressLineInIndonesianSaysTheSameInItsOwnWords() {
    assertEquals("312 daerah telah dinilai, 156 daerah/detik, sisa waktu sekitar 2 detik",
        Progress.line(312, 2 * S, 600, 1200, Message.INDONESIAN));
    assertEquals("1 daerah telah dinilai, 2 daerah/detik", Progress.line(1, S / 2, 4096, 0, Message.INDONESIAN));
    assertEquals("50 daerah telah dinilai, 5 daerah/detik, sisa waktu sekitar 2 menit 05 detik",
        Progress.line(50, 10 * S, 8, 108, Message.INDONESIAN));
    assertEquals("0 daerah telah dinilai", Progress.line(0, 0, 0, 0, Message.INDONESIAN));
    assertIndonesian(() -> Progress.line(-1, S, 0, 0, Message.INDONESIAN),
        "kemajuan memerlukan jumlah dan waktu yang tidak negatif, bukan selesai -1, berlalu 1000000000 ns, terbaca 0 "
            + "byte",
        "bulk.progress.negative", -1L, S, 0L);
  }

  @Test
  void aRunAdvancedInIndonesianOffersIndonesianLines() {
    long[] now = {0};
    Progress progress = new Progress(() -> now[0]);
    List<Optional<String>> offered = new ArrayList<>();
    now[0] = 2 * S;
    offered.add(progress.advance(1000, 2000, Message.INDONESIAN));
    assertEquals(List.of(Optional.of("1 daerah telah dinilai, 0 daerah/detik, sisa waktu sekitar 2 detik")), offered);
  }
}

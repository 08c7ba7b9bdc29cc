package id.iga.cli;

import static id.iga.cli.CompareCommandTest.cells;
import static id.iga.cli.Iga.iga;
import static id.iga.cli.Iga.ok;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.iga.years.Rubrics;
import id.iga.score.Mode;
import id.iga.score.ScoreResult;
import id.iga.score.Scorer;
import id.iga.submission.RegionType;
import id.iga.submission.Submission;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** End to end: {@code iga rank} on the bundled dataset and on a generated one. */
class RankCommandTest {
  @TempDir
  Path dir;

  @Test
  void ranksUnderTheProjected2027RubricSaySo() {
    assertEquals(List.of(
        "Ranks by IID, rubric 2027 (projected, not yet in force), CLAIMED answers: kabupaten, nationally "
            + "(examples/2024/dataset.jsonl)",
        "RANK | OF | CODE | REGION | PROVINCE | IID | PREDIKAT",
        "1 | 5 | 33.07 | Kabupaten Wonosobo | Jawa Tengah | 45.55 | INOVATIF",
        "2 | 5 | 34.01 | Kabupaten Kulon Progo | Daerah Istimewa Yogyakarta | 42.63 | INOVATIF",
        "3 | 5 | 73.06 | Kabupaten Gowa | Sulawesi Selatan | 42.48 | INOVATIF",
        "4 | 5 | 52.03 | Kabupaten Lombok Timur | Nusa Tenggara Barat | 33.01 | KURANG_INOVATIF",
        "5 | 5 | 91.03 | Kabupaten Jayapura | Papua | 16.53 | KURANG_INOVATIF"),
        cells(ok("rank", "--year", "2027", "examples/2024/dataset.jsonl")));
  }

  @Test
  void kabupatenAreRankedNationallyByDefault() {
    assertEquals(List.of(
        "Ranks by IID, rubric 2024, CLAIMED answers: kabupaten, nationally (examples/2024/dataset.jsonl)",
        "RANK | OF | CODE | REGION | PROVINCE | IID | PREDIKAT",
        "1 | 5 | 33.07 | Kabupaten Wonosobo | Jawa Tengah | 53.53 | INOVATIF",
        "2 | 5 | 34.01 | Kabupaten Kulon Progo | Daerah Istimewa Yogyakarta | 49.96 | INOVATIF",
        "3 | 5 | 73.06 | Kabupaten Gowa | Sulawesi Selatan | 46.68 | INOVATIF",
        "4 | 5 | 52.03 | Kabupaten Lombok Timur | Nusa Tenggara Barat | 41.81 | INOVATIF",
        "5 | 5 | 91.03 | Kabupaten Jayapura | Papua | 21.30 | KURANG_INOVATIF"),
        cells(ok("rank", "examples/2024/dataset.jsonl")));
  }

  @Test
  void kabupatenAndKotaTogetherAsCsv() {
    assertEquals("""
        rank,of,code,name,type,provinceCode,province,iid,predikat
        1,7,61.71,Kota Pontianak,KOTA,61,Kalimantan Barat,55.22,INOVATIF
        2,7,33.07,Kabupaten Wonosobo,KABUPATEN,33,Jawa Tengah,53.53,INOVATIF
        3,7,34.01,Kabupaten Kulon Progo,KABUPATEN,34,Daerah Istimewa Yogyakarta,49.96,INOVATIF
        4,7,73.06,Kabupaten Gowa,KABUPATEN,73,Sulawesi Selatan,46.68,INOVATIF
        5,7,52.03,Kabupaten Lombok Timur,KABUPATEN,52,Nusa Tenggara Barat,41.81,INOVATIF
        6,7,13.75,Kota Bukittinggi,KOTA,13,Sumatera Barat,37.79,INOVATIF
        7,7,91.03,Kabupaten Jayapura,KABUPATEN,91,Papua,21.30,KURANG_INOVATIF
        """, ok("rank", "--year", "2024", "--type", "kabupaten,kota", "--format", "csv",
        "examples/2024/dataset.jsonl"));
  }

  @Test
  void underTheRubricOf2026TheRanksUseIts2026Iids() {
    List<String> out = cells(ok("rank", "--year", "2026", "--type", "kota", "examples/2024/dataset.jsonl"));
    assertEquals(List.of("1 | 2 | 61.71 | Kota Pontianak | Kalimantan Barat | 53.59 | INOVATIF",
        "2 | 2 | 13.75 | Kota Bukittinggi | Sumatera Barat | 32.80 | KURANG_INOVATIF"), out.subList(2, 4));
  }

  @Test
  void jsonRowsCarryCodeRankOfIidAndPredikat() {
    assertEquals("""
        {
          "year": 2024,
          "mode": "CLAIMED",
          "scope": "PROVINCE",
          "types": ["PROVINSI"],
          "cohort": null,
          "rows": [
            {"code": "52", "name": "Nusa Tenggara Barat", "provinceCode": "52", "rank": 1, "of": 1, "iid": 50.55, \
        "predikat": "INOVATIF"}
          ]
        }
        """, ok("rank", "--scope", "province", "--type", "provinsi", "--format", "json",
        "examples/2024/dataset.jsonl"));
  }

  @Test
  void aCohortRanksAmongItsRegionsOnly() throws IOException {
    Files.writeString(dir.resolve("peers.txt"), "# peers\n34.01\n91.03  # Jayapura\n33.07\n");
    Path data = dir.resolve("dataset.jsonl");
    Files.copy(Iga.ROOT.resolve("examples/2024/dataset.jsonl"), data);
    Iga.Run r = Iga.in(dir, "rank", "--cohort", "peers.txt", "dataset.jsonl");
    assertEquals(0, r.code(), r.err());
    assertEquals(List.of(
        "Ranks by IID, rubric 2024, CLAIMED answers: kabupaten, nationally, among the 3 regions of "
            + dir.resolve("peers.txt") + " (dataset.jsonl)",
        "RANK | OF | CODE | REGION | PROVINCE | IID | PREDIKAT",
        "1 | 3 | 33.07 | Kabupaten Wonosobo | Jawa Tengah | 53.53 | INOVATIF",
        "2 | 3 | 34.01 | Kabupaten Kulon Progo | Daerah Istimewa Yogyakarta | 49.96 | INOVATIF",
        "3 | 3 | 91.03 | Kabupaten Jayapura | Papua | 21.30 | KURANG_INOVATIF"), cells(r.out()));
  }

  @Test
  void aCohortCodeNotInTheDatasetIsInvalidInputNamingTheLine() throws IOException {
    Files.writeString(dir.resolve("peers.txt"), "34.01\n\n33.99\n");
    Files.copy(Iga.ROOT.resolve("examples/2024/dataset.jsonl"), dir.resolve("dataset.jsonl"));
    Iga.Run r = Iga.in(dir, "rank", "--cohort", "peers.txt", "dataset.jsonl");
    assertEquals(1, r.code());
    assertEquals("iga rank: " + dir.resolve("peers.txt") + ":3: the cohort lists region 33.99, which is not in the "
        + "dataset\n", r.err());
  }

  @Test
  void aGeneratedDatasetIsRankedByTheScorersIids() throws IOException {
    List<Submission> data = Iga.generated(dir.resolve("generated.jsonl"), 60);
    Scorer scorer = Scorer.of(Rubrics.forYear(2024));
    List<ScoreResult> kabupaten = data.stream().filter(s -> s.region().type() == RegionType.KABUPATEN)
        .map(s -> scorer.score(s, Mode.CLAIMED))
        .sorted(Comparator.comparing(ScoreResult::iid).reversed().thenComparing(r -> r.region().code())).toList();
    List<String> rows = Iga.in(dir, "rank", "--format", "csv", "generated.jsonl").out().lines().skip(1).toList();
    assertEquals(kabupaten.size(), rows.size());
    for (int i = 0; i < rows.size(); i++) {
      String[] f = rows.get(i).split(",");
      ScoreResult expected = kabupaten.get(i);
      long above = kabupaten.stream().filter(r -> r.iid().compareTo(expected.iid()) > 0).count();
      assertEquals(List.of(String.valueOf(1 + above), String.valueOf(kabupaten.size()), expected.region().code(),
          expected.iid().value().toPlainString(), expected.predikat().name()), List.of(f[0], f[1], f[2], f[7], f[8]));
    }
  }

  @Test
  void anUnknownTypeIsAUsageError() {
    Iga.Run r = iga("rank", "--type", "kota,desa", "examples/2024/dataset.jsonl");
    assertEquals(2, r.code());
    assertEquals("iga rank: --type takes kabupaten, kota or provinsi, comma-separated; not 'desa'\n"
        + "Run 'iga rank --help' for help.\n", r.err());
  }

  @Test
  void helpHasAnExample() {
    String out = ok("rank", "--help");
    assertTrue(out.startsWith("Usage: iga rank [--year Y | --rubric FILE.json]"), out);
    assertTrue(out.contains("  iga rank --year 2024 examples/2024/dataset.jsonl\n"), out);
    assertTrue(out.contains("  iga rank --rubric my-rubric.json examples/2024/dataset.jsonl\n"), out);
  }
}

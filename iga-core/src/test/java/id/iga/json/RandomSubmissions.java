package id.iga.json;

import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;
import static org.quicktheories.generators.SourceDSL.strings;

import id.iga.rubric.Fact;
import id.iga.submission.Affair;
import id.iga.submission.Answer;
import id.iga.submission.Innovation;
import id.iga.submission.Region;
import id.iga.submission.RegionType;
import id.iga.submission.Stage;
import id.iga.submission.Submission;
import id.iga.submission.Verification;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * A small generator of arbitrary valid submissions for this package's laws: any region, any indicator codes, every
 * answer form, exact numbers of any scale, text with quotes, backslashes, control characters and non-Latin letters.
 */
final class RandomSubmissions {
  private RandomSubmissions() {}

  /** Text from the whole Basic Multilingual Plane below the surrogates: controls, quotes, Latin, Arabic, CJK. */
  private static final Gen<String> TEXT = strings().betweenCodePoints(0, 0xD7FF).ofLengthBetween(0, 12);
  private static final Gen<String> CODE = Generate.pick(List.of("WEB", "APP", "SOCIAL", "PERDA", "persons", "a b",
      "\"quoted\"", "ünïcode"));

  private static final Gen<String> INDICATOR = in -> {
    int number = integers().between(1, 99).generate(in);
    int letter = integers().between(0, 26).generate(in);
    return number + (letter == 0 ? "" : String.valueOf((char) ('a' + letter - 1)));
  };

  private static final Gen<BigDecimal> NUMBER = in -> BigDecimal.valueOf(
      longs().between(-1_000_000_000_000L, 1_000_000_000_000L).generate(in), integers().between(-6, 12).generate(in));

  private static final Gen<Region> REGION = in -> {
    int province = integers().between(10, 99).generate(in);
    RegionType type = Generate.enumValues(RegionType.class).generate(in);
    String name = "R" + TEXT.generate(in);
    if (type == RegionType.PROVINSI) {
      return new Region(String.valueOf(province), name, type, String.valueOf(province));
    }
    return new Region(province + "." + String.format("%02d", integers().between(0, 99).generate(in)), name, type,
        String.valueOf(province));
  };

  private static final Gen<Answer> ANSWER = in -> {
    List<String> evidence = lists().of(TEXT).ofSizeBetween(0, 2).generate(in);
    Verification verification = Generate.enumValues(Verification.class).generate(in);
    int form = integers().between(0, 4).generate(in);
    if (form == 0) {
      return new Answer.Leveled(integers().between(0, 3).generate(in), evidence, verification);
    }
    Fact fact;
    if (form == 1) {
      fact = Fact.quantity(NUMBER.generate(in));
    } else if (form == 2) {
      fact = Fact.category(CODE.generate(in));
    } else if (form == 3) {
      Set<String> codes = new LinkedHashSet<>(lists().of(CODE).ofSizeBetween(0, 4).generate(in));
      fact = new Fact.Codes(codes);
    } else {
      fact = Fact.measure(CODE.generate(in), NUMBER.generate(in));
    }
    return new Answer.Stated(fact, evidence, verification);
  };

  private static Map<String, Answer> answers(org.quicktheories.core.RandomnessSource in) {
    Map<String, Answer> answers = new LinkedHashMap<>();
    int n = integers().between(0, 5).generate(in);
    for (int i = 0; i < n; i++) {
      answers.put(INDICATOR.generate(in), ANSWER.generate(in));
    }
    return answers;
  }

  /** Arbitrary valid submissions. */
  static final Gen<Submission> SUBMISSIONS = in -> {
    int year = integers().between(2000, 2999).generate(in);
    Region region = REGION.generate(in);
    Map<String, Answer> spd = answers(in);
    int n = integers().between(0, 4).generate(in);
    List<Innovation> innovations = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      String id = (booleans().all().generate(in) ? "inv-" : "") + i + TEXT.generate(in);
      innovations.add(new Innovation(id, TEXT.generate(in), TEXT.generate(in),
          Generate.enumValues(Affair.class).generate(in), Generate.enumValues(Stage.class).generate(in),
          answers(in)));
    }
    return new Submission(year, region, spd, innovations);
  };

  /**
   * @param edits what may be written into a document
   * @return a written submission on one line with one to four of the edits at random places, each inserted there or
   *     written over one character
   */
  static Gen<String> edited(String... edits) {
    return in -> {
      StringBuilder json = new StringBuilder(SubmissionJson.toJson(SUBMISSIONS.generate(in)).replace("\n", ""));
      int n = integers().between(1, 4).generate(in);
      for (int i = 0; i < n; i++) {
        int at = integers().between(0, json.length() - 1).generate(in);
        String edit = edits[integers().between(0, edits.length - 1).generate(in)];
        if (integers().between(0, 1).generate(in) == 0) {
          json.insert(at, edit);
        } else {
          json.replace(at, at + 1, edit);
        }
      }
      return json.toString();
    };
  }
}

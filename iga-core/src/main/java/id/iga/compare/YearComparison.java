package id.iga.compare;

import id.iga.IgaException;
import id.iga.Message;
import id.iga.rubric.Indicator;
import id.iga.rubric.Fact;
import id.iga.rubric.Predicate;
import id.iga.rubric.Rubric;
import id.iga.rubric.Scope;
import id.iga.score.Mode;
import id.iga.score.Scorer;
import id.iga.submission.Answer;
import id.iga.submission.Innovation;
import id.iga.submission.Submission;
import id.iga.submission.Verification;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import javax.annotation.Nullable;

/**
 * Scores submissions under several rubric years and says, for every answer, what each year made of it. Build one
 * per list of years and share it: it is immutable and thread-safe.
 *
 * <pre>{@code
 * YearComparison years = YearComparison.of(List.of(Rubrics.forYear(2024), Rubrics.forYear(2026)));
 * Comparison c = years.compare(submission, Mode.CLAIMED);
 * c.years();        // IID, predikat, SPD, ... per year
 * c.differences();  // answers whose level differs, with the predicate that decided in each year
 * c.carried();      // answers given only as levels: the same level in every year, decided by no predicate
 * }</pre>
 *
 * <p>A fact earns, in each year, the highest level whose predicate it meets ({@link Indicator#levelOf}); an answer
 * given as a level keeps that level in every year and is flagged as carried, so that a reader knows which differences
 * are real. When a year's rubric lacks an indicator the submission answers, or a fact is not in the year's vocabulary,
 * that year is not scored: its {@link YearScore} lists the problems and the other years are compared as usual.
 *
 * @since 1.0
 */
public final class YearComparison {
  private final List<Rubric> rubrics;
  private final List<Scorer> scorers;

  private YearComparison(List<Scorer> scorers) {
    this.scorers = List.copyOf(scorers);
    this.rubrics = this.scorers.stream().map(Scorer::rubric).toList();
  }

  /**
   * @param rubrics the rubrics to compare, one per year, in the order to show them
   * @return a comparison of those years
   * @throws IgaException when no rubric is given or two share a year
   */
  public static YearComparison of(List<Rubric> rubrics) {
    return ofScorers(rubrics.stream().map(Scorer::of).toList());
  }

  /**
   * A comparison that scores with the scorers given: for a rubric of one's own, the scorer
   * {@code Rubrics.scorer(rubric, source)} makes, so that its results warn that it is not the shipped rubric.
   *
   * @param scorers the scorers of the rubrics to compare, one per year, in the order to show them
   * @return a comparison of those years
   * @throws IgaException when no scorer is given or two rubrics share a year
   */
  public static YearComparison ofScorers(List<Scorer> scorers) {
    if (scorers.isEmpty()) {
      throw new IgaException(Message.of("compare.noYears"));
    }
    Set<Integer> seen = new HashSet<>();
    for (Scorer s : scorers) {
      if (!seen.add(s.rubric().year())) {
        throw new IgaException(Message.of("compare.yearTwice", s.rubric().year()));
      }
    }
    return new YearComparison(scorers);
  }

  /** @return the rubrics, in order */
  public List<Rubric> rubrics() {
    return rubrics;
  }

  /** @return the scorers of the rubrics, in order */
  public List<Scorer> scorers() {
    return scorers;
  }

  /** @return the years, in order */
  public List<Integer> years() {
    return rubrics.stream().map(Rubric::year).toList();
  }

  /**
   * @param submission a submission (its own year does not matter: it is scored under each rubric)
   * @param mode which answers count
   * @return the submission under each year, and every answer as each year read it
   */
  public Comparison compare(Submission submission, Mode mode) {
    List<RowComparison> rows = new ArrayList<>();
    List<List<Message>> problems = new ArrayList<>();
    for (int y = 0; y < rubrics.size(); y++) {
      problems.add(new ArrayList<>());
    }
    for (Map.Entry<String, Answer> e : submission.spd().entrySet()) {
      rows.add(row(e.getKey(), null, Scope.REGION, e.getValue(), mode, problems));
    }
    for (Innovation inv : submission.innovations()) {
      for (Map.Entry<String, Answer> e : inv.answers().entrySet()) {
        rows.add(row(e.getKey(), inv.id(), Scope.INNOVATION, e.getValue(), mode, problems));
      }
    }
    List<YearScore> years = new ArrayList<>();
    for (int y = 0; y < rubrics.size(); y++) {
      years.add(problems.get(y).isEmpty() ? YearScore.of(scorers.get(y).score(submission, mode))
          : new YearScore(rubrics.get(y).year(), null, problems.get(y)));
    }
    return new Comparison(submission.region(), mode, years, rows);
  }

  private RowComparison row(String code, @Nullable String innovation, Scope scope, Answer answer, Mode mode,
      List<List<Message>> problems) {
    List<Cell> cells = new ArrayList<>(rubrics.size());
    Message where = innovation == null ? Message.of("compare.where.region", code)
        : Message.of("compare.where.innovation", innovation, code);
    for (int y = 0; y < rubrics.size(); y++) {
      Rubric rubric = rubrics.get(y);
      Optional<Indicator> found = rubric.indicator(code).filter(i -> i.scope() == scope);
      if (found.isEmpty()) {
        Message problem = scope == Scope.REGION ? Message.of("compare.noRegionIndicator", rubric.year(), code)
            : Message.of("compare.noInnovationIndicator", rubric.year(), code);
        problems.get(y).add(Message.of("compare.problem", where, problem));
        cells.add(new Cell(rubric.year(), Cell.Kind.NOT_IN_RUBRIC, 0, problem));
        continue;
      }
      cells.add(cell(rubric.year(), found.get(), answer, mode, where, problems.get(y)));
    }
    return new RowComparison(code, innovation, answer, cells);
  }

  private static Cell cell(int year, Indicator ind, Answer answer, Mode mode, Message where,
      List<Message> problems) {
    if (answer instanceof Answer.Stated s) {
      Optional<Message> problem = ind.fact().problemMessage(s.fact());
      if (problem.isPresent()) {
        problems.add(Message.of("compare.problemOfIndicator", where, ind.name(), problem.get()));
        return new Cell(year, Cell.Kind.NOT_IN_VOCABULARY, 0, problem.get());
      }
    }
    if (mode == Mode.VERIFIED && answer.verification() != Verification.ACCEPTED) {
      return new Cell(year, Cell.Kind.NOT_COUNTED, 0, Message.of("compare.detail.notAccepted"));
    }
    if (answer instanceof Answer.Leveled l) {
      return new Cell(year, Cell.Kind.CARRIED, l.level(), Message.of("compare.detail.carried", l.level()));
    }
    int level = ind.levelOf(((Answer.Stated) answer).fact());
    if (level == 0) {
      return new Cell(year, Cell.Kind.NO_LEVEL, 0, Message.of("compare.detail.noLevel"));
    }
    Fact fact = ((Answer.Stated) answer).fact();
    return new Cell(year, Cell.Kind.DECIDED, level, decidedBy(ind.level(level).condition().orElseThrow(), fact));
  }

  /** The predicate that decided: of a level with alternatives (one range per basis), the alternative the fact met. */
  private static Message decidedBy(Predicate p, Fact fact) {
    if (p instanceof Predicate.AnyOf any) {
      for (Predicate option : any.options()) {
        if (option.test(fact)) {
          return decidedBy(option, fact);
        }
      }
    }
    return p.description();
  }
}

package id.iga.csv;

import id.iga.plan.Plan;
import id.iga.plan.Readiness;
import id.iga.plan.Step;
import id.iga.score.Standing;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import javax.annotation.Nullable;

/**
 * Improvement plans ({@link Plan}) and the readiness of innovations ({@link Readiness}) as CSV. The form of every
 * cell is described in the package documentation.
 *
 * <p>A plan gives a {@code START} row (step 0, where the region stands now), one row per step in order, and, when the
 * target is out of reach, an {@code OUT_OF_REACH} row with the highest IID the region can reach:
 *
 * <pre>
 * code,name,year,mode,target,step,kind,indicator,indicatorName,innovation,affair,from,to,requires,units,gain,iid,predikat
 * 13.75,Kota Bukittinggi,2024,CLAIMED,44.00,0,START,,,,,,,,,,37.79,INOVATIF
 * 13.75,Kota Bukittinggi,2024,CLAIMED,44.00,1,NEW_INNOVATION,,,new-1,,,,"16=3, 17=3, 18=3, 19=3, 21=3, 28=3, 30=3, 31=3, 32=3, 33=3, 35=3",6,3.39,41.18,INOVATIF
 * 13.75,Kota Bukittinggi,2024,CLAIMED,44.00,2,RAISE,12,Penghargaan bagi inovator,,,1,3,(2026 text) Piagam + insentif + mekanisme kontrol pembudayaan inovasi,2,1.60,42.78,INOVATIF
 * </pre>
 *
 * <p>{@code target} is the reported IID to reach. A {@code RAISE} names the indicator, the innovation (empty for a
 * region row), the levels {@code from} and {@code to} and what the level {@code to} requires; a
 * {@code NEW_INNOVATION} names its id, the basic-service affair it must serve (empty when any will do) and, under
 * {@code requires}, the levels it is built with. {@code iid} and {@code predikat} are where the region stands after
 * the step and every step before it, as the plan reports them. The numeric columns are {@code year}, {@code target},
 * {@code step}, {@code from}, {@code to}, {@code units}, {@code gain} and {@code iid}.
 *
 * <p>Readiness gives, for every innovation below the target maturity, one row per level step in order, or a single
 * row with empty step columns when it cannot reach the target:
 *
 * <pre>
 * code,name,year,mode,innovation,title,maturity,target,reachable,step,indicator,indicatorName,from,to,requires,units,gain,maturityAfter
 * 13.75,Kota Bukittinggi,2024,CLAIMED,bkt-01,JAM GADANG SEHAT - Skrining Penyakit Tidak Menular di Ruang Publik Kota,87.00,95,true,1,35,Kualitas inovasi daerah (video),2,3,5 elements,1,4.00,91.00
 * </pre>
 *
 * <p>{@code target} is the maturity asked for, as given; {@code maturityAfter} is the innovation's maturity after the
 * step, and for an innovation that cannot reach the target its maturity as it stands. The numeric columns are
 * {@code year}, {@code maturity}, {@code target}, {@code step}, {@code from}, {@code to}, {@code units}, {@code gain} and
 * {@code maturityAfter}.
 *
 * @since 1.0
 */
public final class PlanCsv {
  /** One row of a plan: the start, a step, or the ceiling out of reach. */
  private record PlanRow(Plan plan, @Nullable Integer number, String kind, @Nullable Step step, Standing standing) {
    @Nullable
    <V> V ifRaise(Function<Step.Raise, V> value) {
      return step instanceof Step.Raise r ? value.apply(r) : null;
    }

    @Nullable
    <V> V ifNew(Function<Step.NewInnovation, V> value) {
      return step instanceof Step.NewInnovation n ? value.apply(n) : null;
    }

    @Nullable
    <V> V ifStep(Function<Step, V> value) {
      return step == null ? null : value.apply(step);
    }
  }

  private static final Columns<PlanRow> PLAN = Columns.<PlanRow>builder()
      .codeAndName(r -> r.plan().submission().region())
      .number("year", r -> r.plan().year())
      .text("mode", r -> r.plan().mode().name())
      .number("target", r -> r.plan().threshold().iid().value())
      .number("step", PlanRow::number)
      .text("kind", PlanRow::kind)
      .text("indicator", r -> r.ifRaise(s -> s.indicator().code()))
      .text("indicatorName", r -> r.ifRaise(s -> s.indicator().name()))
      .text("innovation", r -> r.step() instanceof Step.NewInnovation n ? n.id() : r.ifRaise(Step.Raise::innovation))
      .text("affair", r -> r.ifNew(s -> s.affair() == null ? null : s.affair().name()))
      .number("from", r -> r.ifRaise(Step.Raise::from))
      .number("to", r -> r.ifRaise(Step.Raise::to))
      .text("requires", r -> r.step() instanceof Step.NewInnovation n ? n.levelsText()
          : r.ifRaise(Step.Raise::requires))
      .number("units", r -> r.ifStep(Step::units))
      .number("gain", r -> r.ifStep(s -> s.gain().value()))
      .number("iid", r -> r.standing().iid().value())
      .text("predikat", r -> r.standing().predikat().name())
      .build();

  /** One row of readiness: a step of an innovation, or an innovation that cannot reach the target. */
  private record ReadinessRow(Readiness readiness, Readiness.Entry entry, @Nullable Integer number,
      @Nullable Readiness.Raise step) {
    @Nullable
    <V> V ifStep(Function<Readiness.Raise, V> value) {
      return step == null ? null : value.apply(step);
    }
  }

  private static final Columns<ReadinessRow> READINESS = Columns.<ReadinessRow>builder()
      .codeAndName(r -> r.readiness().submission().region())
      .number("year", r -> r.readiness().year())
      .text("mode", r -> r.readiness().mode().name())
      .text("innovation", r -> r.entry().id())
      .text("title", r -> r.entry().title())
      .number("maturity", r -> r.entry().maturity().value())
      .number("target", r -> r.readiness().target())
      .text("reachable", r -> String.valueOf(r.entry().reachable()))
      .number("step", ReadinessRow::number)
      .text("indicator", r -> r.ifStep(s -> s.indicator().code()))
      .text("indicatorName", r -> r.ifStep(s -> s.indicator().name()))
      .number("from", r -> r.ifStep(Readiness.Raise::from))
      .number("to", r -> r.ifStep(Readiness.Raise::to))
      .text("requires", r -> r.ifStep(Readiness.Raise::requires))
      .number("units", r -> r.ifStep(Readiness.Raise::units))
      .number("gain", r -> r.ifStep(s -> s.gain().value()))
      .number("maturityAfter", r -> r.step() == null ? r.entry().maturityAfter().value()
          : r.step().maturityAfter().value())
      .build();

  private PlanCsv() {}

  /**
   * @param out where to write, in UTF-8 (flushed by {@link CsvWriter#close()}, never closed)
   * @return a writer of the rows of each plan: the start, each step, and the ceiling when the target is out of
   *     reach; the header is written already
   * @throws java.io.UncheckedIOException when the stream fails
   */
  public static CsvWriter<Plan> writer(OutputStream out) {
    return PLAN.writer(out, PlanCsv::planRows);
  }

  /**
   * @param out where to write, in UTF-8 (flushed by {@link CsvWriter#close()}, never closed)
   * @return a writer of the rows of each readiness: one per step of every innovation below the target, one for an
   *     innovation that cannot reach it; the header is written already
   * @throws java.io.UncheckedIOException when the stream fails
   */
  public static CsvWriter<Readiness> readinessWriter(OutputStream out) {
    return READINESS.writer(out, PlanCsv::readinessRows);
  }

  private static List<PlanRow> planRows(Plan p) {
    List<PlanRow> rows = new ArrayList<>();
    rows.add(new PlanRow(p, 0, "START", null, p.start()));
    int number = 0;
    for (Step s : p.steps()) {
      number++;
      rows.add(new PlanRow(p, number, s instanceof Step.Raise ? "RAISE" : "NEW_INNOVATION", s, s.after()));
    }
    if (!p.reached()) {
      rows.add(new PlanRow(p, null, "OUT_OF_REACH", null, p.ceiling()));
    }
    return rows;
  }

  private static List<ReadinessRow> readinessRows(Readiness r) {
    List<ReadinessRow> rows = new ArrayList<>();
    for (Readiness.Entry e : r.below()) {
      if (!e.reachable()) {
        rows.add(new ReadinessRow(r, e, null, null));
        continue;
      }
      int number = 0;
      for (Readiness.Raise s : e.steps()) {
        number++;
        rows.add(new ReadinessRow(r, e, number, s));
      }
    }
    return rows;
  }
}

package id.iga.csv;

import static id.iga.csv.CsvFixtures.csv;
import static id.iga.plan.PlanFixtures.answers;
import static id.iga.plan.PlanFixtures.factsSubmission;
import static id.iga.plan.PlanFixtures.innovation;
import static id.iga.plan.PlanFixtures.submission;
import static org.junit.jupiter.api.Assertions.assertEquals;

import id.iga.plan.NewInnovations;
import id.iga.plan.Plan;
import id.iga.plan.PlanFixtures;
import id.iga.plan.Planner;
import id.iga.plan.Readiness;
import id.iga.plan.Target;
import id.iga.score.Mode;
import id.iga.submission.Affair;
import id.iga.submission.Innovation;
import id.iga.submission.Stage;
import id.iga.submission.Submission;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PlanCsvTest {
  private static final String PLAN_HEADER = "code,name,year,mode,target,step,kind,indicator,indicatorName,innovation,"
      + "affair,from,to,requires,units,gain,iid,predikat\n";

  private static final String READINESS_HEADER = "code,name,year,mode,innovation,title,maturity,target,reachable,step,"
      + "indicator,indicatorName,from,to,requires,units,gain,maturityAfter\n";

  @Test
  void aPlanStartsWhereTheRegionStandsAndGivesEachStepWithTheStandingAfterIt() {
    Plan p = Planner.of(PlanFixtures.facts()).plan(factsSubmission(), Mode.CLAIMED, Target.iid(new BigDecimal("100.00")),
        NewInnovations.ofMaturity(new BigDecimal("12")));
    assertEquals(PLAN_HEADER + """
        33.14,Kabupaten Sragen,2024,CLAIMED,100.00,0,START,,,,,,,,,,42.50,INOVATIF
        33.14,Kabupaten Sragen,2024,CLAIMED,100.00,1,NEW_INNOVATION,,,new-1,,,,"2=3, 3=3",6,35.00,77.50,SANGAT_INOVATIF
        33.14,Kabupaten Sragen,2024,CLAIMED,100.00,2,RAISE,1,Penyelesaian pengaduan,,,2,3,>= 87 percent,1,10.00,87.50,\
        SANGAT_INOVATIF
        33.14,Kabupaten Sragen,2024,CLAIMED,100.00,3,RAISE,2,Regulasi Inovasi Daerah,A,,2,3,one of PERDA,1,7.50,95.00,\
        SANGAT_INOVATIF
        33.14,Kabupaten Sragen,2024,CLAIMED,100.00,4,RAISE,3,Video,A,,1,3,option 3,2,5.00,100.00,SANGAT_INOVATIF
        """, csv(PlanCsv::writer, List.of(p)));
  }

  @Test
  void aPlanOutOfReachEndsWithTheHighestStandingTheRegionCanReach() {
    Plan p = Planner.of(PlanFixtures.facts()).plan(factsSubmission(), Mode.VERIFIED, Target.iid(new BigDecimal("90")));
    assertEquals(PLAN_HEADER + """
        33.14,Kabupaten Sragen,2024,VERIFIED,90.00,0,START,,,,,,,,,,5.00,KURANG_INOVATIF
        33.14,Kabupaten Sragen,2024,VERIFIED,90.00,,OUT_OF_REACH,,,,,,,,,,65.00,SANGAT_INOVATIF
        """, csv(PlanCsv::writer, List.of(p)));
  }

  @Test
  void readinessIsOneRowPerStepOfEachInnovationBelowTheTarget() {
    // A: 3 + 2 + 1 = 6, row 1 to level 3 gives 12. =B: 6 + 2 = 8, two steps to 13. C is at the maximum, 18.
    Submission s = submission(Map.of(), innovation("A", Affair.PENDIDIKAN, answers("1", 1, "2", 1, "3", 1)),
        new Innovation("=B", "@Inovasi B", "Dinas", Affair.KESEHATAN, Stage.PENERAPAN, answers("1", 2, "2", 1)),
        innovation("C", Affair.SOSIAL, answers("1", 3, "2", 3, "3", 3)));
    Readiness r = Planner.of(PlanFixtures.readiness()).readiness(s, Mode.CLAIMED, new BigDecimal("12"));
    assertEquals(READINESS_HEADER + """
        33.14,Kabupaten Sragen,2024,CLAIMED,A,Inovasi A,6.00,12,true,1,1,Three,1,3,option 3,2,6.00,12.00
        33.14,Kabupaten Sragen,2024,CLAIMED,'=B,'@Inovasi B,8.00,12,true,1,1,Three,2,3,option 3,1,3.00,11.00
        33.14,Kabupaten Sragen,2024,CLAIMED,'=B,'@Inovasi B,8.00,12,true,2,2,Two,1,2,option 2,1,2.00,13.00
        """, csv(PlanCsv::readinessWriter, List.of(r)));
  }

  @Test
  void anInnovationThatCannotReachTheTargetIsOneRowWithEmptyStepColumns() {
    // The maximum maturity is 18: a target of 20 is out of every innovation's reach; it stays at 6.
    Submission s = submission(Map.of(), innovation("A", Affair.PENDIDIKAN, answers("1", 1, "2", 1, "3", 1)));
    Readiness r = Planner.of(PlanFixtures.readiness()).readiness(s, Mode.CLAIMED, new BigDecimal("20"));
    assertEquals(READINESS_HEADER + """
        33.14,Kabupaten Sragen,2024,CLAIMED,A,Inovasi A,6.00,20,false,,,,,,,,,6.00
        """, csv(PlanCsv::readinessWriter, List.of(r)));
  }
}

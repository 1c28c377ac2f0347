package io.lastmilehub.planning.benchmark;

import org.junit.jupiter.api.Test;

import java.util.List;

import static io.lastmilehub.planning.benchmark.SolvedResults.result;
import static io.lastmilehub.planning.benchmark.SolvedResults.run;
import static org.assertj.core.api.Assertions.assertThat;

class ClassSummaryTest {

    @Test
    void whenNamingClasses_solomonInstancesShouldGoByLettersAndSeries_andGehringHombergerOnesBySizeToo() {
        assertThat(ClassSummary.classOf("C101")).isEqualTo("C1");
        assertThat(ClassSummary.classOf("RC207")).isEqualTo("RC2");
        assertThat(ClassSummary.classOf("c1_2_1")).isEqualTo("C1_2");
        assertThat(ClassSummary.classOf("rc2_10_5")).isEqualTo("RC2_10");
    }

    @Test
    void whenSummingAClass_theGapShouldBeTheMeanOverTheInstancesAtTheBestKnownVehicleCount() {
        List<InstanceResult> results = List.of(
                result("R101", 19, 1650.80, run("a", 19, 1667.308), run("b", 20, 1600)),
                result("R102", 17, 1486.12, run("a", 17, 1486.12), run("b", 17, 1515.8424)),
                result("C101", 10, 828.94, run("a", 10, 828.94), run("b", 10, 828.94)));

        assertThat(ClassSummary.lines(results, List.of("a", "b"))).containsExactly(
                "C1     ( 1) | a 10/10, at BKS 1/1, gap at BKS +0.00% | b 10/10, at BKS 1/1, gap at BKS +0.00%",
                "R1     ( 2) | a 36/36, at BKS 2/2, gap at BKS +0.50% | b 37/36, at BKS 1/2, gap at BKS +2.00%");
    }
}

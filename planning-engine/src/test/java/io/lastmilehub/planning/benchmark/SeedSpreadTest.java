package io.lastmilehub.planning.benchmark;

import org.junit.jupiter.api.Test;

import java.util.List;

import static io.lastmilehub.planning.benchmark.SolvedResults.result;
import static io.lastmilehub.planning.benchmark.SolvedResults.run;
import static org.assertj.core.api.Assertions.assertThat;

class SeedSpreadTest {

    @Test
    void whenASolverRanWithThreeSeeds_itsLineShouldGiveEachSeedsTotalsAndTheirSpread() {
        List<String> columns = List.of("jsprit@1", "jsprit@2", "jsprit@3", "ortools");
        List<InstanceResult> results = List.of(
                result("R101", 19, 1650.80, run("jsprit@1", 19, 1667.308), run("jsprit@2", 20, 1600),
                        run("jsprit@3", 19, 1650.80), run("ortools", 19, 1700)),
                result("R102", 17, 1486.12, run("jsprit@1", 17, 1486.12), run("jsprit@2", 17, 1515.8424),
                        run("jsprit@3", 18, 1450), run("ortools", 18, 1500)));

        assertThat(SeedSpread.lines(results, columns)).containsExactly("jsprit over seeds 1, 2, 3: vehicles 36, 37,"
                + " 37 (spread 1); at BKS count 2, 1, 1 (spread 1); gap at those +0.50%, +2.00%, +0.00% (spread 2.00"
                + " points)");
    }

    @Test
    void whenEverySolverRanWithOneSeed_thereShouldBeNoSpread() {
        List<InstanceResult> results = List.of(result("C101", 10, 828.94, run("jsprit", 10, 828.94)));

        assertThat(SeedSpread.lines(results, List.of("jsprit"))).isEmpty();
    }
}

package io.lastmilehub.planning.benchmark;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.StringWriter;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class BenchmarkCsvTest {

    @Test
    void whenWritingResults_itShouldWriteOneRowPerInstanceAndSolver() throws IOException {
        Baseline baseline = new Baseline("test", Duration.ofMillis(500));
        SolverRun good = new SolverRun("jsprit", new VrptwSolution(List.of(List.of(1)), Duration.ofSeconds(1),
                Duration.ofSeconds(5)), new Evaluation(10, 837.2294, true, ""));
        SolverRun bad = new SolverRun("ortools", new VrptwSolution(List.of(), Duration.ZERO, Duration.ofSeconds(5)),
                new Evaluation(0, 0, false, "100 customers not served, \"none\""));
        InstanceResult result = new InstanceResult("C101", 100, Optional.of(new BestKnown("C101", 10, 828.94)),
                List.of(good, bad));
        StringWriter out = new StringWriter();

        BenchmarkCsv.write(List.of(result), baseline, out);

        assertThat(out.toString().split("\n")).containsExactly(BenchmarkCsv.HEADER,
                "C101,100,10,828.9400,jsprit,true,10,837.2294,0,1.0000,1.000,5.000,2.000,",
                "C101,100,10,828.9400,ortools,false,0,0.0000,-10,-100.0000,0.000,5.000,0.000,"
                        + "\"100 customers not served, \"\"none\"\"\"");
    }
}

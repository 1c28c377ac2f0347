package io.lastmilehub.planning.benchmark;

import io.lastmilehub.planning.solomon.SolomonInstance;
import org.junit.jupiter.api.Test;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import static org.assertj.core.api.Assertions.assertThat;

class BenchmarkTest {

    /** Answers at once with no routes, and notes each seed it was given. */
    private static final class RecordingSolver implements BenchmarkSolver {

        private final String name;
        private final boolean usesSeed;
        private final List<Long> seeds = new ArrayList<>();

        RecordingSolver(String name, boolean usesSeed) {
            this.name = name;
            this.usesSeed = usesSeed;
        }

        @Override
        public String name() {
            return name;
        }

        @Override
        public VrptwSolution solve(SolomonInstance instance, Duration budget, long seed) {
            seeds.add(seed);
            return new VrptwSolution(List.of(), Duration.ZERO, Duration.ZERO);
        }

        @Override
        public boolean usesSeed() {
            return usesSeed;
        }
    }

    @Test
    void whenASolverTakesNoSeed_itShouldRunOnceUnderItsOwnName_whileTheOthersRunOncePerSeed() throws Exception {
        RecordingSolver seeded = new RecordingSolver("jsprit", true);
        RecordingSolver unseeded = new RecordingSolver("ortools", false);
        Benchmark benchmark = new Benchmark(List.of(seeded, unseeded), BestKnownSolutions.none(), Duration.ZERO,
                List.of(4711L, 1L, 2L));

        InstanceResult result = benchmark.run("C101", Benchmark.read(solomon("C101.txt")));

        assertThat(benchmark.columns()).containsExactly("jsprit@4711", "jsprit@1", "jsprit@2", "ortools");
        assertThat(result.runs()).extracting(SolverRun::solver).containsExactlyElementsOf(benchmark.columns());
        assertThat(seeded.seeds).containsExactly(4711L, 1L, 2L);
        assertThat(unseeded.seeds).containsExactly(4711L);
    }

    private static Path solomon(String file) throws URISyntaxException {
        return Paths.get(Objects.requireNonNull(BenchmarkTest.class.getResource("/solomon/" + file)).toURI());
    }
}

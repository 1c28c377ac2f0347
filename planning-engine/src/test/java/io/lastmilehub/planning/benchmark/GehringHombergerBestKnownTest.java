package io.lastmilehub.planning.benchmark;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.io.Reader;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The Gehring &amp; Homberger instances of the benchmark (src/test/resources/gehring-homberger, SOURCES.md there):
 * each best-known solution file, read with the benchmark's own reader and evaluator, serves every customer of its
 * instance within the windows and capacities, with the vehicles and the distance that {@code bks.csv} says. So the
 * files are whole, the reader takes 400 and 1,000 customers, and the evaluator measures as the published table does.
 */
class GehringHombergerBestKnownTest {

    private static final Path DIRECTORY = directory();

    @ParameterizedTest
    @ValueSource(strings = {"c1_2_1", "c2_2_1", "r1_2_1", "r2_2_1", "rc1_2_1", "rc2_2_1",
            "c1_4_1", "c2_4_1", "r1_4_1", "r2_4_1", "rc1_4_1", "rc2_4_1",
            "c1_10_1", "c2_10_1", "r1_10_1", "r2_10_1", "rc1_10_1", "rc2_10_1"})
    void whenTheBestKnownSolutionIsEvaluated_itShouldBeFeasibleWithTheTablesVehiclesAndDistance(String name)
            throws IOException {
        BestKnown best;
        try (Reader reader = Files.newBufferedReader(DIRECTORY.resolve("bks.csv"), StandardCharsets.UTF_8)) {
            best = BestKnownSolutions.read(reader).of(name).orElseThrow();
        }

        Evaluation evaluation = new SolutionEvaluator().evaluate(Benchmark.read(DIRECTORY.resolve(name + ".txt")),
                solutionOf(name));

        assertThat(evaluation.violation()).isEmpty();
        assertThat(evaluation.feasible()).isTrue();
        assertThat(evaluation.vehicles()).isEqualTo(best.vehicles());
        assertThat(evaluation.distance()).isCloseTo(best.distance(), within(0.0001));
    }

    /** The routes of the instance's solution file, in SINTEF's format ({@code Route 1 : 12 7 …}). */
    private static VrptwSolution solutionOf(String name) throws IOException {
        Path file;
        try (Stream<Path> files = Files.list(DIRECTORY.resolve("solutions"))) {
            file = files.filter(f -> f.getFileName().toString().startsWith(name + ".")).findFirst().orElseThrow();
        }
        List<List<Integer>> routes = Files.readAllLines(file, StandardCharsets.UTF_8).stream()
                .filter(line -> line.startsWith("Route "))
                .map(line -> Arrays.stream(line.substring(line.indexOf(':') + 1).strip().split("\\s+"))
                        .map(Integer::valueOf).toList())
                .toList();
        return new VrptwSolution(routes, Duration.ZERO, Duration.ZERO);
    }

    private static Path directory() {
        try {
            return Paths.get(Objects.requireNonNull(
                    GehringHombergerBestKnownTest.class.getResource("/gehring-homberger")).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}

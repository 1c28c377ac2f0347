package io.lastmilehub.planning.benchmark;

import io.lastmilehub.planning.solomon.SolomonInstance;
import io.lastmilehub.planning.solomon.SolomonReader;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Runs every solver on every instance, one after the other (never two at once, so that they do not share the
 * cores), with the same time budget, once per seed (once in all for a solver without a seed), and measures each
 * solution with the {@link SolutionEvaluator}.
 */
public final class Benchmark {

    private final List<BenchmarkSolver> solvers;
    private final BestKnownSolutions bestKnown;
    private final Duration budget;
    private final List<Long> seeds;
    private final SolutionEvaluator evaluator = new SolutionEvaluator();

    /**
     * @param solvers   the solvers, the first is the one the others are compared with
     * @param bestKnown the best-known solutions
     * @param budget    time per instance and solver
     * @param seeds     seeds of the solvers' random numbers: each solver runs once with each
     */
    public Benchmark(List<BenchmarkSolver> solvers, BestKnownSolutions bestKnown, Duration budget,
                     List<Long> seeds) {
        this.solvers = List.copyOf(solvers);
        this.bestKnown = bestKnown;
        this.budget = budget;
        this.seeds = List.copyOf(seeds);
    }

    /**
     * The result columns in the order they run: each solver with each of its seeds, named after the solver, and with
     * more than one seed {@code solver@seed} (see {@link SeedSpread}).
     */
    public List<String> columns() {
        return solvers.stream().flatMap(solver -> seedsOf(solver).stream().map(seed -> columnName(solver, seed)))
                .toList();
    }

    /** The seeds a solver runs with: all of them, or the first only for a solver without a seed. */
    private List<Long> seedsOf(BenchmarkSolver solver) {
        return solver.usesSeed() ? seeds : seeds.subList(0, 1);
    }

    private String columnName(BenchmarkSolver solver, long seed) {
        return seedsOf(solver).size() == 1 ? solver.name() : solver.name() + SeedSpread.SEPARATOR + seed;
    }

    /** The instance files of a directory: every {@code .txt} file, sorted by name. */
    public static List<Path> instanceFiles(Path directory) {
        try (Stream<Path> files = Files.list(directory)) {
            return files.filter(f -> f.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".txt"))
                    .sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads an instance file. */
    public static SolomonInstance read(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return new SolomonReader().read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The instance's name for reports and the best-known table: the file name without extension. */
    public static String nameOf(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? name : name.substring(0, dot);
    }

    /** Runs all solvers on the files, telling {@code done} after each instance. */
    public List<InstanceResult> run(List<Path> files, Consumer<InstanceResult> done) {
        List<InstanceResult> results = new ArrayList<>();
        for (Path file : files) {
            InstanceResult result = run(nameOf(file), read(file));
            done.accept(result);
            results.add(result);
        }
        return results;
    }

    /** Runs all solvers with all seeds on one instance. */
    public InstanceResult run(String name, SolomonInstance instance) {
        List<SolverRun> runs = new ArrayList<>();
        for (BenchmarkSolver solver : solvers) {
            for (long seed : seedsOf(solver)) {
                VrptwSolution solution = solver.solve(instance, budget, seed);
                runs.add(new SolverRun(columnName(solver, seed), solution, evaluator.evaluate(instance, solution)));
            }
        }
        return new InstanceResult(name, instance.customers().size(), bestKnown.of(name), runs);
    }
}

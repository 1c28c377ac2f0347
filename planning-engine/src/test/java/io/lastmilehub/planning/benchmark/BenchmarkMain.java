package io.lastmilehub.planning.benchmark;

import io.lastmilehub.planning.PlanningOptions;

import java.io.IOException;
import java.io.PrintStream;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The benchmark program. Usage:
 * <pre>
 * BenchmarkMain &lt;instance directory&gt; &lt;seconds per instance&gt; [--only C101,R101] [--csv file]
 *               [--threads 1,2] [--ejection-pool off,on] [--seed n[,m...]] [--solvers jsprit,ortools]
 * </pre>
 * Reads every {@code .txt} instance (Solomon or Gehring-Homberger format) of the directory and {@code bks.csv}
 * beside them when it is there, runs jsprit (once per number of threads and ejection-pool setting given, in that
 * order) and every other {@link BenchmarkSolver} found by {@link ServiceLoader} (OR-Tools in the benchmark profile)
 * with the same budget, each once per seed given ({@link SeedSpread}), prints a line per instance and a summary,
 * and writes the CSV (default
 * {@code target/benchmark.csv}). With {@code --scale} as the first argument it runs {@link ScaleMain} with the rest.
 * See the module README for the Maven command.
 */
public final class BenchmarkMain {

    private BenchmarkMain() {
    }

    /** Runs the benchmark; exits with 2 on bad arguments. */
    public static void main(String[] args) throws IOException {
        if (args.length > 0 && args[0].equals("--scale")) {
            ScaleMain.main(Arrays.copyOfRange(args, 1, args.length));
            return;
        }
        PrintStream out = System.out;
        Arguments arguments;
        try {
            arguments = Arguments.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.println("usage: BenchmarkMain <instance directory> <seconds per instance> [--only C101,R101]"
                    + " [--csv file] [--threads 1,2] [--ejection-pool off,on] [--seed n[,m...]]"
                    + " [--solvers jsprit,ortools]");
            System.exit(2);
            return;
        }
        List<Path> files = Benchmark.instanceFiles(arguments.directory).stream()
                .filter(f -> arguments.only.isEmpty()
                        || arguments.only.contains(Benchmark.nameOf(f).toLowerCase(Locale.ROOT))).toList();
        if (files.isEmpty()) {
            System.err.println("no instance files (*.txt) in " + arguments.directory);
            System.exit(2);
            return;
        }
        BestKnownSolutions bestKnown = bestKnown(arguments.directory, out);
        List<BenchmarkSolver> solvers = new ArrayList<>();
        arguments.threads.forEach(threads -> arguments.ejectionPool.forEach(ejectionPool -> solvers.add(
                new JspritBenchmarkSolver(threads, ejectionPool))));
        ServiceLoader.load(BenchmarkSolver.class).forEach(solvers::add);
        solvers.removeIf(solver -> !arguments.solvers.isEmpty() && !arguments.solvers.contains(solver.name())
                && !(solver instanceof JspritBenchmarkSolver && arguments.solvers.contains("jsprit")));
        Benchmark benchmark = new Benchmark(solvers, bestKnown, arguments.budget, arguments.seeds);
        List<String> names = benchmark.columns();
        out.printf(Locale.ROOT, "%d instances from %s, %d s per instance and solver, solvers %s, %d cores%n",
                files.size(), arguments.directory, arguments.budget.toSeconds(), names,
                Runtime.getRuntime().availableProcessors());
        Baseline baseline = Baseline.measure(Benchmark.read(files.get(0)));
        BenchmarkReport report = new BenchmarkReport(out, baseline);
        report.header(names);
        List<InstanceResult> results = benchmark.run(files, report::line);
        report.summary(results, names);
        if (arguments.csv.toAbsolutePath().getParent() != null) {
            Files.createDirectories(arguments.csv.toAbsolutePath().getParent());
        }
        try (Writer writer = Files.newBufferedWriter(arguments.csv, StandardCharsets.UTF_8)) {
            BenchmarkCsv.write(results, baseline, writer);
        }
        out.println("CSV written to " + arguments.csv.toAbsolutePath());
    }

    private static BestKnownSolutions bestKnown(Path directory, PrintStream out) throws IOException {
        Path csv = directory.resolve("bks.csv");
        if (!Files.exists(csv)) {
            out.println("no bks.csv in " + directory + ": gaps to the best-known solutions are left out");
            return BestKnownSolutions.none();
        }
        try (Reader reader = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
            return BestKnownSolutions.read(reader);
        }
    }

    /** The parsed command line. */
    private record Arguments(Path directory, Duration budget, Set<String> only, Path csv, List<Integer> threads,
                             List<Boolean> ejectionPool, List<Long> seeds, Set<String> solvers) {

        static Arguments parse(String[] args) {
            if (args.length < 2) {
                throw new IllegalArgumentException("expected an instance directory and seconds per instance");
            }
            Path directory = Path.of(args[0]);
            if (!Files.isDirectory(directory)) {
                throw new IllegalArgumentException(directory.toAbsolutePath() + " is not a directory");
            }
            Duration budget = Duration.ofSeconds(positive(args[1], "seconds per instance"));
            Set<String> only = Set.of();
            Set<String> solvers = Set.of();
            Path csv = Path.of("target", "benchmark.csv");
            List<Integer> threads = List.of(1);
            List<Boolean> ejectionPool = List.of(PlanningOptions.DEFAULT_EJECTION_POOL);
            List<Long> seeds = List.of(4711L);
            for (int i = 2; i < args.length; i += 2) {
                if (i + 1 >= args.length) {
                    throw new IllegalArgumentException(args[i] + " needs a value");
                }
                String value = args[i + 1];
                switch (args[i]) {
                    case "--only" -> only = lowerCaseSet(value);
                    case "--solvers" -> solvers = lowerCaseSet(value);
                    case "--csv" -> csv = Path.of(value);
                    case "--threads" -> threads = Arrays.stream(value.split(","))
                            .map(n -> (int) positive(n.strip(), "--threads")).toList();
                    case "--ejection-pool" -> ejectionPool = Arrays.stream(value.split(","))
                            .map(onOff -> onOrOff(onOff.strip())).toList();
                    case "--seed" -> seeds = Arrays.stream(value.split(",")).map(n -> Long.parseLong(n.strip()))
                            .toList();
                    default -> throw new IllegalArgumentException("unknown option " + args[i]);
                }
            }
            return new Arguments(directory, budget, only, csv, threads, ejectionPool, seeds, solvers);
        }

        private static boolean onOrOff(String value) {
            return switch (value) {
                case "on" -> true;
                case "off" -> false;
                default -> throw new IllegalArgumentException("--ejection-pool takes on and off, was " + value);
            };
        }

        private static Set<String> lowerCaseSet(String commaSeparated) {
            return Arrays.stream(commaSeparated.split(",")).map(s -> s.strip().toLowerCase(Locale.ROOT))
                    .collect(Collectors.toSet());
        }

        private static long positive(String value, String name) {
            try {
                long number = Long.parseLong(value);
                if (number > 0) {
                    return number;
                }
            } catch (NumberFormatException e) {
                // reported below
            }
            throw new IllegalArgumentException(name + " must be a positive whole number, was " + value);
        }
    }
}

package io.lastmilehub.planning.benchmark;

import io.lastmilehub.planning.benchmark.ScaleInstanceGenerator.Fleet;

import java.io.PrintStream;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The scale mode of the benchmark. Usage:
 * <pre>
 * ScaleMain &lt;stops,stops,...&gt; &lt;seconds of search&gt; [vehicles, default 100] [seed, default 4711]
 *     [fleet: vans (default) or mixed] [iterations, default: as many as the budget allows]
 * </pre>
 * e.g. {@code ScaleMain 1000,5000 60}. For each size generates a day ({@link ScaleInstanceGenerator}), plans it
 * through the {@code PlanningEngine} and prints time to a feasible plan, total time and peak heap against -Xmx.
 * {@link BenchmarkMain} hands over to it when its first argument is {@code --scale}.
 */
public final class ScaleMain {

    private static final double MB = 1024 * 1024;

    private ScaleMain() {
    }

    /** Runs the scale measurements. */
    public static void main(String[] args) {
        PrintStream out = System.out;
        if (args.length < 2) {
            System.err.println("usage: ScaleMain <stops,stops,...> <seconds of search> [vehicles] [seed] [vans|mixed] "
                    + "[iterations]");
            System.exit(2);
            return;
        }
        List<Integer> sizes = Arrays.stream(args[0].split(",")).map(String::strip).map(Integer::parseInt).toList();
        Duration budget = Duration.ofSeconds(Long.parseLong(args[1]));
        int vehicles = args.length > 2 ? Integer.parseInt(args[2]) : 100;
        long seed = args.length > 3 ? Long.parseLong(args[3]) : 4711L;
        Fleet fleet = args.length > 4 ? Fleet.valueOf(args[4].toUpperCase(Locale.ROOT)) : Fleet.VANS;
        int iterations = args.length > 5 ? Integer.parseInt(args[5]) : Integer.MAX_VALUE;
        out.printf(Locale.ROOT, "scale: sizes %s, %d vehicles (%s), search budget %d s, seed %d, max heap %.0f MB, "
                + "%d cores%n", sizes, vehicles, fleet, budget.toSeconds(), seed, HeapWatch.maxHeapBytes() / MB,
                Runtime.getRuntime().availableProcessors());
        out.printf(Locale.ROOT, "%6s %8s %12s %16s %10s %10s %7s %10s %14s %14s%n", "stops", "vehicles",
                "feasible (s)", "feasible cpu (s)", "total (s)", "iterations", "routes", "unassigned", "heap peak (MB)", "pool peaks (MB)");
        for (int stops : sizes) {
            ScaleRun run = ScaleRun.measure(stops, vehicles, budget, seed, fleet, iterations);
            out.printf(Locale.ROOT, "%6d %8d %12.1f %16.1f %10.1f %10d %7d %10d %14.0f %14.0f%n", run.stops(),
                    run.vehicles(), run.timeToFeasible().toMillis() / 1000.0,
                    run.cpuToFeasible().toMillis() / 1000.0, run.total().toMillis() / 1000.0,
                    run.iterations(), run.routes(), run.unassigned(), run.sampledPeakBytes() / MB,
                    run.poolPeakBytes() / MB);
        }
    }
}

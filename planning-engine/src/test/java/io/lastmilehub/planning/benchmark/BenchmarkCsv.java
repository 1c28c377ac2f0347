package io.lastmilehub.planning.benchmark;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Locale;

/**
 * Writes results as CSV, one row per instance and solver:
 * {@code instance,customers,bks_vehicles,bks_distance,solver,feasible,vehicles,distance,vehicle_gap,
 * distance_gap_pct,time_to_best_s,elapsed_s,time_to_best_x_baseline,violation}. Empty cells where the best-known
 * solution is unknown.
 */
public final class BenchmarkCsv {

    /** The header line. */
    static final String HEADER = "instance,customers,bks_vehicles,bks_distance,solver,feasible,vehicles,distance,"
            + "vehicle_gap,distance_gap_pct,time_to_best_s,elapsed_s,time_to_best_x_baseline,violation";

    private BenchmarkCsv() {
    }

    /** Writes the header and the rows; does not close the writer. */
    public static void write(List<InstanceResult> results, Baseline baseline, Writer writer) throws IOException {
        writer.write(HEADER + "\n");
        for (InstanceResult result : results) {
            for (SolverRun run : result.runs()) {
                writer.write(row(result, run, baseline) + "\n");
            }
        }
        writer.flush();
    }

    private static String row(InstanceResult result, SolverRun run, Baseline baseline) {
        Evaluation e = run.evaluation();
        return String.join(",", result.instance(), Integer.toString(result.customers()),
                result.bestKnown().map(b -> Integer.toString(b.vehicles())).orElse(""),
                result.bestKnown().map(b -> format("%.4f", b.distance())).orElse(""),
                run.solver(), Boolean.toString(e.feasible()), Integer.toString(e.vehicles()),
                format("%.4f", e.distance()),
                run.vehicleGap(result.bestKnown()).map(String::valueOf).orElse(""),
                run.distanceGapPercent(result.bestKnown()).map(g -> format("%.4f", g)).orElse(""),
                format("%.3f", run.solution().timeToBest().toNanos() / 1e9),
                format("%.3f", run.solution().elapsed().toNanos() / 1e9),
                format("%.3f", baseline.ratio(run.solution().timeToBest())),
                quote(e.violation()));
    }

    private static String format(String pattern, double value) {
        return String.format(Locale.ROOT, pattern, value);
    }

    private static String quote(String text) {
        return text.isEmpty() ? "" : "\"" + text.replace("\"", "\"\"") + "\"";
    }
}

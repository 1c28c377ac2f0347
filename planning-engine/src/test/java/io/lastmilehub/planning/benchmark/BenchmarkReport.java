package io.lastmilehub.planning.benchmark;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Prints results as a table, one line per instance with every solver side by side, and a summary per solver:
 * total vehicles against the best-known total, mean distance gap, a head-to-head count between the first solver
 * and each other one, and a line per instance class ({@link ClassSummary}). Times are seconds to the best solution
 * and, in brackets, multiples of the baseline.
 */
public final class BenchmarkReport {

    private final PrintStream out;
    private final Baseline baseline;

    /**
     * @param out      where to print
     * @param baseline the run's time unit
     */
    public BenchmarkReport(PrintStream out, Baseline baseline) {
        this.out = out;
        this.baseline = baseline;
    }

    /** The header: the baseline and the column names for the solvers. */
    public void header(List<String> solvers) {
        out.printf(Locale.ROOT, "baseline: %s took %.3f s; times below are seconds to best (x baseline)%n",
                baseline.description(), baseline.duration().toNanos() / 1e9);
        StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "%-8s %-13s", "instance", "BKS v/dist"));
        for (String solver : solvers) {
            line.append(String.format(Locale.ROOT, " | %-7s %3s %9s %4s %7s %15s", solver, "v", "dist", "dv",
                    "gap%", "time (x base)"));
        }
        out.println(line);
    }

    /** One line for an instance, printed as soon as it is done. */
    public void line(InstanceResult result) {
        String bks = result.bestKnown().map(b -> String.format(Locale.ROOT, "%d/%.2f", b.vehicles(), b.distance()))
                .orElse("-");
        StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "%-8s %-13s", result.instance(), bks));
        for (SolverRun run : result.runs()) {
            Evaluation e = run.evaluation();
            line.append(String.format(Locale.ROOT, " | %-7s %3d %9.2f %4s %7s %6.2f (%6.1f)",
                    e.feasible() ? "ok" : "INFEAS", e.vehicles(), e.distance(),
                    run.vehicleGap(result.bestKnown()).map(g -> String.format(Locale.ROOT, "%+d", g)).orElse("-"),
                    run.distanceGapPercent(result.bestKnown()).map(g -> String.format(Locale.ROOT, "%+.2f", g))
                            .orElse("-"),
                    run.solution().timeToBest().toNanos() / 1e9, baseline.ratio(run.solution().timeToBest())));
        }
        if (result.runs().size() > 1 && result.runs().get(1).evaluation().feasible()) {
            SolverRun first = result.runs().get(0);
            SolverRun second = result.runs().get(1);
            line.append(String.format(Locale.ROOT, " | dist %s/%s %.3f", first.solver(), second.solver(),
                    first.evaluation().distance() / second.evaluation().distance()));
        }
        out.println(line);
        result.runs().stream().filter(run -> !run.evaluation().feasible()).forEach(run -> out.printf(
                Locale.ROOT, "  %s on %s: %s%n", run.solver(), result.instance(), run.evaluation().violation()));
    }

    /** The summary over all instances. */
    public void summary(List<InstanceResult> results, List<String> solvers) {
        out.println();
        out.println("summary over " + results.size() + " instances:");
        for (int s = 0; s < solvers.size(); s++) {
            out.println("  " + summaryOf(results, s, solvers.get(s)));
        }
        for (int s = 1; s < solvers.size(); s++) {
            out.println("  " + headToHead(results, s, solvers.get(0), solvers.get(s)));
        }
        out.println("per class (vehicles/BKS vehicles, instances at the BKS count, mean distance gap over those):");
        ClassSummary.lines(results, solvers).forEach(line -> out.println("  " + line));
        List<String> spread = SeedSpread.lines(results, solvers);
        if (!spread.isEmpty()) {
            out.println("spread over seeds (largest less smallest):");
            spread.forEach(line -> out.println("  " + line));
        }
    }

    private String summaryOf(List<InstanceResult> results, int solver, String name) {
        ColumnTotals totals = ColumnTotals.of(results, solver);
        return String.format(Locale.ROOT, "%-8s feasible on %d/%d; on those: vehicles %d vs BKS %d (%+.2f%%), at BKS "
                        + "vehicles on %d, mean distance gap at those %s (over all %s), mean time to best %.1f x "
                        + "baseline", name, totals.feasible(), totals.instances(), totals.vehicles(),
                totals.bkVehicles(), totals.vehicleGapPercent(), totals.atBest(), percent(totals.gapAtBest()),
                percent(totals.gapAll()), baseline.ratio(totals.timeToBest()));
    }

    static String percent(Optional<Double> value) {
        return value.map(v -> String.format(Locale.ROOT, "%+.2f%%", v)).orElse("-");
    }

    private static String headToHead(List<InstanceResult> results, int other, String first, String second) {
        int better = 0;
        int equal = 0;
        int worse = 0;
        double ratioSum = 0;
        int ratios = 0;
        for (InstanceResult result : results) {
            SolverRun mine = result.runs().get(0);
            SolverRun theirs = result.runs().get(other);
            int comparison = mine.compareTo(theirs);
            better += comparison < 0 ? 1 : 0;
            equal += comparison == 0 ? 1 : 0;
            worse += comparison > 0 ? 1 : 0;
            if (mine.evaluation().feasible() && theirs.evaluation().feasible()) {
                ratioSum += mine.evaluation().distance() / theirs.evaluation().distance();
                ratios++;
            }
        }
        return String.format(Locale.ROOT, "%s vs %s (vehicles, then distance): better on %d, equal on %d, worse on %d;"
                + " mean distance ratio %.3f where both are feasible", first, second, better, equal, worse,
                ratios == 0 ? Double.NaN : ratioSum / ratios);
    }
}

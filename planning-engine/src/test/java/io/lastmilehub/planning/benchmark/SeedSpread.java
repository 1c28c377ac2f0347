package io.lastmilehub.planning.benchmark;

import java.util.ArrayList;
import java.util.DoubleSummaryStatistics;
import java.util.IntSummaryStatistics;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.ToIntFunction;
import java.util.stream.Collectors;

/**
 * How much a solver's totals vary with the seed: one line per solver that ran with several seeds (its columns are
 * named {@code solver@seed}), with the vehicles, the instances at the best-known count and the mean distance gap at
 * those of each seed, and the spread (largest less smallest) of each. One seed is one draw: a difference between
 * two variants smaller than this spread says nothing.
 */
final class SeedSpread {

    /** Between the solver's name and the seed in a column's name. */
    static final String SEPARATOR = "@";

    private SeedSpread() {
    }

    /** The lines, solvers in the order of their first column; none when every solver ran with one seed. */
    static List<String> lines(List<InstanceResult> results, List<String> columns) {
        Map<String, List<Integer>> bySolver = new LinkedHashMap<>();
        for (int c = 0; c < columns.size(); c++) {
            String column = columns.get(c);
            int separator = column.lastIndexOf(SEPARATOR);
            if (separator > 0) {
                bySolver.computeIfAbsent(column.substring(0, separator), s -> new ArrayList<>()).add(c);
            }
        }
        List<String> lines = new ArrayList<>();
        bySolver.forEach((solver, indexes) -> {
            List<ColumnTotals> totals = indexes.stream().map(c -> ColumnTotals.of(results, c)).toList();
            String seeds = indexes.stream().map(c -> columns.get(c).substring(solver.length() + 1))
                    .collect(Collectors.joining(", "));
            DoubleSummaryStatistics gaps = totals.stream().map(ColumnTotals::gapAtBest).flatMap(Optional::stream)
                    .mapToDouble(Double::doubleValue).summaryStatistics();
            lines.add(String.format(Locale.ROOT, "%s over seeds %s: vehicles %s (spread %d); at BKS count %s (spread "
                            + "%d); gap at those %s (spread %s points)", solver, seeds,
                    joined(totals, t -> Integer.toString(t.vehicles())), spread(totals, ColumnTotals::vehicles),
                    joined(totals, t -> Integer.toString(t.atBest())), spread(totals, ColumnTotals::atBest),
                    joined(totals, t -> BenchmarkReport.percent(t.gapAtBest())),
                    gaps.getCount() < 2 ? "-" : String.format(Locale.ROOT, "%.2f", gaps.getMax() - gaps.getMin())));
        });
        return lines;
    }

    private static String joined(List<ColumnTotals> totals, Function<ColumnTotals, String> value) {
        return totals.stream().map(value).collect(Collectors.joining(", "));
    }

    private static int spread(List<ColumnTotals> totals, ToIntFunction<ColumnTotals> value) {
        IntSummaryStatistics values = totals.stream().mapToInt(value).summaryStatistics();
        return values.getMax() - values.getMin();
    }
}

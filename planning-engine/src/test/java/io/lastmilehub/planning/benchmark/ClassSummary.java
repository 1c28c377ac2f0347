package io.lastmilehub.planning.benchmark;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The results per instance class (C1, C2, R1, R2, RC1, RC2; Gehring-Homberger classes with their size, as
 * C1_2), one line per class with every solver side by side: vehicles against the best-known total, instances at
 * the best-known vehicle count, and the mean distance gap over those. Variants of the search are compared by class,
 * not by instance, because the instances of a class are alike and single instances are noisy.
 */
final class ClassSummary {

    private static final Pattern CLASS = Pattern.compile("^([A-Za-z]+)(\\d)(_\\d+)?");

    private ClassSummary() {
    }

    /** The lines, classes in alphabetical order; instances without a best-known solution are left out. */
    static List<String> lines(List<InstanceResult> results, List<String> solvers) {
        Map<String, List<InstanceResult>> byClass = new TreeMap<>();
        results.stream().filter(result -> result.bestKnown().isPresent())
                .forEach(result -> byClass.computeIfAbsent(classOf(result.instance()), c -> new ArrayList<>())
                        .add(result));
        List<String> lines = new ArrayList<>();
        byClass.forEach((name, members) -> {
            StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "%-6s (%2d)", name, members.size()));
            for (int s = 0; s < solvers.size(); s++) {
                line.append(" | ").append(solvers.get(s)).append(' ').append(cell(members, s));
            }
            lines.add(line.toString());
        });
        return lines;
    }

    /** {@code C101} -> {@code C1}, {@code rc2_4_1} -> {@code RC2_4}. */
    static String classOf(String instance) {
        Matcher matcher = CLASS.matcher(instance);
        if (!matcher.find()) {
            return instance;
        }
        return (matcher.group(1) + matcher.group(2) + Optional.ofNullable(matcher.group(3)).orElse(""))
                .toUpperCase(Locale.ROOT);
    }

    /** "vehicles/BKS vehicles, at BKS n/m, gap +x.xx%" of one solver over the class's instances. */
    private static String cell(List<InstanceResult> members, int solver) {
        ColumnTotals totals = ColumnTotals.of(members, solver);
        return String.format(Locale.ROOT, "%d/%d, at BKS %d/%d, gap at BKS %s%s", totals.vehicles(),
                totals.bkVehicles(), totals.atBest(), members.size(), BenchmarkReport.percent(totals.gapAtBest()),
                totals.infeasible() == 0 ? "" : ", " + totals.infeasible() + " infeasible");
    }
}

package io.lastmilehub.benchmarks.startup;

import java.util.List;
import java.util.function.ToDoubleFunction;

/** Median, minimum and maximum of one figure over several runs. */
record Figures(double median, double min, double max) {

    static Figures of(List<Measurement> runs, ToDoubleFunction<Measurement> figure) {
        double[] sorted = runs.stream().mapToDouble(figure).sorted().toArray();
        int middle = sorted.length / 2;
        double median = sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
        return new Figures(median, sorted[0], sorted[sorted.length - 1]);
    }

    String format() {
        return String.format("%7.1f %7.1f %7.1f", median, min, max);
    }
}

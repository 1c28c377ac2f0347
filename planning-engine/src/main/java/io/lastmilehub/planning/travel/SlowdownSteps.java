package io.lastmilehub.planning.travel;

import java.util.Arrays;
import java.util.TreeSet;
import java.util.function.DoubleUnaryOperator;

/**
 * A slowdown factor over solver time that changes in steps: {@code factors[i]} holds from {@code starts[i]} to the
 * next start, 1 (free flow) before the first. A trip is driven as free-flow seconds of work done at the speed of each
 * moment (Ichoua, Gendreau and Potvin's model): so leaving later never means arriving earlier.
 */
final class SlowdownSteps {

    /** Free flow at every moment. */
    static final SlowdownSteps FREE_FLOW = new SlowdownSteps(new double[0], new double[0]);

    private final double[] starts;
    private final double[] factors;

    private SlowdownSteps(double[] starts, double[] factors) {
        this.starts = starts;
        this.factors = factors;
    }

    /** The steps of a factor that may change only at the given moments (and is 1 before the first). */
    static SlowdownSteps sampled(TreeSet<Double> moments, DoubleUnaryOperator factorAt) {
        double[] starts = new double[moments.size()];
        double[] factors = new double[moments.size()];
        int n = 0;
        double previous = 1;
        for (double moment : moments) {
            double factor = factorAt.applyAsDouble(moment);
            if (factor != previous) {
                starts[n] = moment;
                factors[n++] = factor;
                previous = factor;
            }
        }
        return new SlowdownSteps(Arrays.copyOf(starts, n), Arrays.copyOf(factors, n));
    }

    /** The moments the factor changes at. */
    double[] changes() {
        return starts.clone();
    }

    /** The factor at a moment. */
    double factorAt(double time) {
        int step = stepAt(time);
        return step < 0 ? 1 : factors[step];
    }

    /** Seconds a trip of {@code freeFlowSeconds} takes when it leaves at {@code departure}. */
    double secondsLeavingAt(double departure, double freeFlowSeconds) {
        double time = departure;
        double work = freeFlowSeconds;
        for (int step = stepAt(time); ; step++) {
            double factor = step < 0 ? 1 : factors[step];
            double next = step + 1 < starts.length ? starts[step + 1] : Double.POSITIVE_INFINITY;
            double doable = (next - time) / factor;
            if (work <= doable) {
                return time + work * factor - departure;
            }
            work -= doable;
            time = next;
        }
    }

    /** Seconds a trip of {@code freeFlowSeconds} takes when it must arrive at {@code arrival}. */
    double secondsArrivingAt(double arrival, double freeFlowSeconds) {
        double time = arrival;
        double work = freeFlowSeconds;
        for (int step = stepBefore(time); ; step--) {
            double factor = step < 0 ? 1 : factors[step];
            double previous = step < 0 ? Double.NEGATIVE_INFINITY : starts[step];
            double doable = (time - previous) / factor;
            if (work <= doable) {
                return arrival - (time - work * factor);
            }
            work -= doable;
            time = previous;
        }
    }

    /**
     * The free-flow seconds of a trip driven from {@code departure} to {@code arrival}: the inverse of
     * {@link #secondsLeavingAt}, so a plan's leg duration gives back the work it was made of.
     */
    double freeFlowSecondsBetween(double departure, double arrival) {
        double work = 0;
        double time = departure;
        for (int step = stepAt(time); time < arrival; step++) {
            double factor = step < 0 ? 1 : factors[step];
            double next = step + 1 < starts.length ? Math.min(starts[step + 1], arrival) : arrival;
            work += (next - time) / factor;
            time = next;
        }
        return work;
    }

    /** Index of the step holding at the moment: the last start at or before it; -1 before the first. */
    private int stepAt(double time) {
        int found = Arrays.binarySearch(starts, time);
        return found >= 0 ? found : -found - 2;
    }

    /** Index of the step holding just before the moment: the last start before it; -1 if none. */
    private int stepBefore(double time) {
        int found = Arrays.binarySearch(starts, time);
        return found >= 0 ? found - 1 : -found - 2;
    }
}

package io.lastmilehub.planning;

/**
 * What one piece of a route costs and emits.
 *
 * @param distanceCost per-kilometre cost (wear, tolls)
 * @param timeCost     per-hour cost (driver)
 * @param energyCost   energy or fuel
 * @param stopCost     per-stop costs (handling, drop fees)
 * @param co2Grams     CO2 emitted
 */
record LegCost(double distanceCost, double timeCost, double energyCost, double stopCost, double co2Grams) {

    /** Nothing. */
    static final LegCost ZERO = new LegCost(0, 0, 0, 0, 0);

    /** Money, all four parts. */
    double total() {
        return distanceCost + timeCost + energyCost + stopCost;
    }

    /** Both together. */
    LegCost plus(LegCost other) {
        return new LegCost(distanceCost + other.distanceCost, timeCost + other.timeCost,
                energyCost + other.energyCost, stopCost + other.stopCost, co2Grams + other.co2Grams);
    }
}

package io.lastmilehub.planning;

import io.lastmilehub.model.VehicleCosts;

/**
 * Prices a vehicle's driving: distance cost {@code perKm × km}, energy {@code energyPerKm × energyPrice × km}, time
 * {@code perHour × hours} (the driver is paid for all time away from the depot: driving, waiting and service), CO2
 * {@code co2GramsPerKm × km}, and {@code perStop} for every stop served (not for breaks). Gives the solver the same rates per metre and per second; a vehicle whose driving
 * costs nothing is given 1 per kilometre in the solver only, so that the search still prefers short routes.
 */
final class CostModel {

    /** Solver cost per metre for a vehicle that has no distance or time cost. */
    static final double FALLBACK_SOLVER_COST_PER_METER = 0.001;

    private static final double METERS_PER_KM = 1000;
    private static final double SECONDS_PER_HOUR = 3600;

    private final double fixed;
    private final double perKm;
    private final double energyPerKm;
    private final double perHour;
    private final double co2GramsPerKm;
    private final double perStop;

    CostModel(VehicleCosts costs) {
        this.fixed = costs == null ? 0 : costs.getFixed();
        this.perKm = costs == null ? 0 : costs.getPerKm();
        this.energyPerKm = costs == null ? 0 : costs.getEnergyPerKm() * costs.getEnergyPrice();
        this.perHour = costs == null ? 0 : costs.getPerHour();
        this.co2GramsPerKm = costs == null ? 0 : costs.getCo2GramsPerKm();
        this.perStop = costs == null ? 0 : costs.getPerStop();
    }

    /** Cost of using the vehicle at all. */
    double fixed() {
        return fixed;
    }

    /** Cost of serving one stop. */
    double perStop() {
        return perStop;
    }

    /** Cost and CO2 of driving the distance and spending the time (driving, waiting, service). */
    LegCost leg(double meters, double seconds) {
        double km = meters / METERS_PER_KM;
        return new LegCost(perKm * km, perHour * seconds / SECONDS_PER_HOUR, energyPerKm * km, 0,
                co2GramsPerKm * km);
    }

    /** Cost and CO2 of driving to a stop and serving it: the leg plus the per-stop cost. */
    LegCost stop(double meters, double seconds) {
        LegCost leg = leg(meters, seconds);
        return new LegCost(leg.distanceCost(), leg.timeCost(), leg.energyCost(), perStop, leg.co2Grams());
    }

    /** Solver cost of one metre: distance plus energy. */
    double solverCostPerMeter() {
        double perMeter = (perKm + energyPerKm) / METERS_PER_KM;
        return perMeter == 0 && perHour == 0 ? FALLBACK_SOLVER_COST_PER_METER : perMeter;
    }

    /** Solver cost of one second driving, waiting or serving. */
    double solverCostPerSecond() {
        return perHour / SECONDS_PER_HOUR;
    }
}

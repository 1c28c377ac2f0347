package io.lastmilehub.planning;

import io.lastmilehub.planning.travel.TimeDependentTravel;
import io.lastmilehub.planning.travel.TravelMatrix;

/**
 * The legs one vehicle drives between matrix locations, timed by the time of day. A vehicle that flies back to base
 * after every stop goes from one stop to the next through its base, so that leg is stop to base plus base to stop.
 *
 * @param matrix     the vehicle's matrix
 * @param traffic    the times of day of the plan's day, for the vehicle's profile
 * @param base       matrix index of its depot
 * @param backToBase true for drones
 */
record Legs(TravelMatrix matrix, TimeDependentTravel traffic, int base, boolean backToBase) {

    /** The legs of a vehicle of the context. */
    static Legs of(PlanningContext context, FleetVehicle vehicle) {
        return new Legs(context.matrix(vehicle.profile()), context.traffic(vehicle.profile()), vehicle.endIndex(),
                vehicle.backToBase());
    }

    /** Distance in metres from one location to the next. */
    double meters(int from, int to) {
        return viaBase(from, to) ? matrix.distanceMeters(from, base) + matrix.distanceMeters(base, to)
                : matrix.distanceMeters(from, to);
    }

    /** Duration in seconds from one location to the next, leaving at a solver time. */
    double secondsLeavingAt(int from, int to, double departure) {
        if (!viaBase(from, to)) {
            return direct(from, to, departure);
        }
        double out = direct(from, base, departure);
        return out + direct(base, to, departure + out);
    }

    /** Duration in seconds from one location to the next, arriving at a solver time. */
    double secondsArrivingAt(int from, int to, double arrival) {
        if (!viaBase(from, to)) {
            return traffic.secondsArrivingAt(from, to, matrix.durationSeconds(from, to), arrival);
        }
        double in = traffic.secondsArrivingAt(base, to, matrix.durationSeconds(base, to), arrival);
        return in + traffic.secondsArrivingAt(from, base, matrix.durationSeconds(from, base), arrival - in);
    }

    private double direct(int from, int to, double departure) {
        return traffic.secondsLeavingAt(from, to, matrix.durationSeconds(from, to), departure);
    }

    private boolean viaBase(int from, int to) {
        return backToBase && from != base && to != base && from != to;
    }
}

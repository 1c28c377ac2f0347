package io.lastmilehub.planning;

import io.lastmilehub.planning.travel.TravelMatrix;

/**
 * The legs one vehicle drives between matrix locations. A vehicle that flies back to base after every stop goes
 * from one stop to the next through its base, so that leg is stop to base plus base to stop.
 *
 * @param matrix     the vehicle's matrix
 * @param base       matrix index of its depot
 * @param backToBase true for drones
 */
record Legs(TravelMatrix matrix, int base, boolean backToBase) {

    /** The legs of a vehicle of the context. */
    static Legs of(PlanningContext context, FleetVehicle vehicle) {
        return new Legs(context.matrix(vehicle.profile()), vehicle.endIndex(), vehicle.backToBase());
    }

    /** Distance in metres from one location to the next. */
    double meters(int from, int to) {
        return viaBase(from, to) ? matrix.distanceMeters(from, base) + matrix.distanceMeters(base, to)
                : matrix.distanceMeters(from, to);
    }

    /** Duration in seconds from one location to the next. */
    double seconds(int from, int to) {
        return viaBase(from, to) ? matrix.durationSeconds(from, base) + matrix.durationSeconds(base, to)
                : matrix.durationSeconds(from, to);
    }

    private boolean viaBase(int from, int to) {
        return backToBase && from != base && to != base && from != to;
    }
}

package io.lastmilehub.hub.reporting;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The KPIs of a tenant's planned days, per period, with the driver days behind the productivity figures and the dead
 * letters of the whole range. Minutes and hours are decimals rounded to two places, rates to four (0.9375 = 93.75 %);
 * a rate or average over nothing is {@code null}. docs/reporting.md says how each figure is counted.
 */
public record KpiReport(String tenant, LocalDate from, LocalDate to, Grouping groupBy, List<Period> periods,
                        List<DriverDay> driverDays, Map<String, Long> deadLettersBySource) {

    /** The figures of one period; {@code period} is its first day. */
    public record Period(LocalDate period, OnTime onTime, FirstAttempt firstAttempt, Durations receivedToDelivered,
                         Durations outForDeliveryToDelivered, Productivity productivity, Arrival arrival,
                         Sequence sequence, PlannedVersusDriven plannedVersusDriven, Costs costs,
                         Map<String, VehicleTypeCosts> byVehicleType, Optimisation optimisation,
                         Map<String, Long> setAsideByReason, Exceptions exceptions, ProofCompleteness proof) {
    }

    /** Stop sequence adherence: attempted stops served in their planned position on the route, and their share. */
    public record Sequence(long stops, long inSequence, Double adherence) {
    }

    /**
     * The exceptions of the period's stops: orders set aside by the plan, delayed (delivered after the window or
     * reported delayed by tracking), and those a cold-chain excursion touched.
     */
    public record Exceptions(long setAside, long delayed, long deliveredLate, long reportedDelayed,
                             long coldChainExcursions) {
    }

    /** POD completeness: delivered stops that asked for a photo or signature, and those delivered without it. */
    public record ProofCompleteness(long required, long missing, Double completeness) {
    }

    /**
     * The period's routes as planned against as driven, over the routes whose vehicle reported positions that day
     * ({@code trackedRoutes} of {@code routes}); see {@link RouteFigures}.
     */
    public record PlannedVersusDriven(long routes, long trackedRoutes, double plannedDistanceKm,
                                      double drivenDistanceKm, Double distanceRatio, double plannedHours,
                                      double drivenHours, Double durationRatio, long harshSpeedEvents) {
    }

    /**
     * One route (a vehicle's day in a depot's newest plan) as planned against as driven. Driven: the distance between
     * the accepted positions of the vehicle's devices that day ({@code positionsDistanceKm}), the device's own
     * odometer, last minus first reading, where it reports one ({@code odometerDistanceKm}); {@code drivenDistanceKm}
     * is the odometer's where there is one, else the positions'; the time driven runs from the first position to the
     * last. Energy: the fleet file's energy or fuel per km times the planned and the driven distance; fuel used from
     * the device's counter where it reports one.
     */
    public record RouteFigures(LocalDate period, LocalDate day, String depotId, String vehicleId, String driverId,
                               String vehicleType, String planId, long stops, long attempted, long inSequence,
                               Double sequenceAdherence, Double averageMinutesLate, Double averageAbsoluteMinutes,
                               Instant plannedStart, Instant plannedEnd, double plannedDistanceKm,
                               Double plannedMinutes, long positions, Instant firstPositionAt,
                               Instant lastPositionAt, Double positionsDistanceKm, Double odometerDistanceKm,
                               Double drivenDistanceKm, Double drivenMinutes, Double energyPerKm,
                               Double plannedEnergy, Double drivenEnergy, Double fuelUsedLitres,
                               Double fuelLitresPerKm, Double maxSpeedKmh, long harshSpeedEvents) {
    }

    public record OnTime(long delivered, long withWindow, long onTime, long early, long late, Double rate,
                         double minutesEarly, double minutesLate, Double averageMinutesEarly,
                         Double averageMinutesLate) {
    }

    public record FirstAttempt(long firstAttempts, long deliveredAtFirstAttempt, Double rate, long failedAttempts,
                               Map<String, Long> failedAttemptsByReason) {
    }

    public record Durations(long deliveries, Double averageMinutes, Double p90Minutes) {
    }

    public record Productivity(long driverDays, long deliveries, Double deliveriesPerDriverDay, long stops,
                               double hoursOnRoad, Double stopsPerHour) {
    }

    /**
     * Actual arrival (the attempt) against planned; positive minutes are later than planned. The ETA was kept when the
     * arrival is within {@code etaMarginMinutes} of it, either side.
     */
    public record Arrival(long stops, Double averageMinutesLate, Double averageAbsoluteMinutes, int etaMarginMinutes,
                          long etaKept, Double etaAccuracy) {
    }

    /**
     * What the stops cost as planned (each its leg and service plus an even share of its route's fixed cost and
     * return), against the deliveries made; {@code null} amounts when no stop was costed or the currencies differ.
     */
    public record Costs(long costedStops, String currency, Double cost, Double costPerDelivery, Double co2Kg,
                        Double co2GramsPerDelivery, Double distanceKm, long zeroEmissionDeliveries,
                        Double zeroEmissionShare) {
    }

    /**
     * What optimisation saved: the newest plan of each depot's day against the same vehicles taking the orders in
     * arrival order; shares of the unoptimised distance and driving time.
     */
    public record Optimisation(long plans, double distanceKm, double unoptimisedDistanceKm, Double distanceSaved,
                               double drivingHours, double unoptimisedDrivingHours, Double drivingTimeSaved) {

        static Optimisation of(long plans, double meters, double unoptimisedMeters, long seconds,
                               long unoptimisedSeconds) {
            return new Optimisation(plans, round(meters / 1000, 2), round(unoptimisedMeters / 1000, 2),
                    ratio(unoptimisedMeters - meters, unoptimisedMeters, 4), round(seconds / 3600.0, 2),
                    round(unoptimisedSeconds / 3600.0, 2), ratio(unoptimisedSeconds - seconds, unoptimisedSeconds, 4));
        }
    }

    /** One vehicle type's stops, deliveries, cost and CO2 in a period. */
    public record VehicleTypeCosts(long stops, long deliveries, String currency, Double cost, Double costPerDelivery,
                                   Double co2GramsPerDelivery, Double distanceKm) {
    }

    /** One driver's day: a route without a driver counts its vehicle as the driver. */
    public record DriverDay(LocalDate period, LocalDate day, String driver, String vehicle, long deliveries,
                            long stops, Instant firstOutForDelivery, Instant lastAttempt, Double hoursOnRoad,
                            Double stopsPerHour) {
    }

    /**
     * One driver's performance over the report's days (a route without a driver counts its vehicle as the driver):
     * on-time and first-attempt rates as the period figures count them, the ETA kept within the margin, the
     * deliveries made with the hub's proof of delivery, POD completeness (the deliveries that asked for a photo or
     * signature and were made with it) and the harsh speed events of the vehicles on the days they drove them.
     */
    public record DriverFigures(String driver, long days, long stops, long delivered, long withWindow, long onTime,
                                Double onTimeRate, long firstAttempts, long deliveredAtFirstAttempt,
                                Double firstAttemptRate, long arrivals, long etaKept, Double etaAccuracy,
                                long deliveredWithProof, Double proofRate, long proofRequired, long proofMissing,
                                Double podCompleteness, long harshSpeedEvents) {
    }

    /** An order behind a figure, with the timestamps it was counted by. */
    public record OrderRow(String orderId, String link, LocalDate day, String depotId, String vehicleId,
                           String driverId, Integer stopSequence, String sourceSystem, Instant receivedAt,
                           Instant windowStart, Instant windowEnd, Instant plannedArrival, Instant outForDeliveryAt,
                           Instant deliveredAt, Instant failedAt, long failedAttempts, String unassignedReason,
                           String vehicleType, Double cost, String currency, Double co2Grams, Double minutes) {
    }

    static Double ratio(double part, double whole, int places) {
        return whole == 0 ? null : round(part / whole, places);
    }

    static Double round(Double value, int places) {
        if (value == null) {
            return null;
        }
        double scale = Math.pow(10, places);
        return Math.round(value * scale) / scale;
    }
}

package io.lastmilehub.planning.travel;

import com.graphhopper.jsprit.core.problem.Location;
import com.graphhopper.jsprit.core.problem.cost.AbstractForwardVehicleRoutingTransportCosts;
import com.graphhopper.jsprit.core.problem.driver.Driver;
import com.graphhopper.jsprit.core.problem.vehicle.Vehicle;
import com.graphhopper.jsprit.core.problem.vehicle.VehicleTypeImpl.VehicleCostParams;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * jsprit transport costs read from precomputed {@link TravelMatrix travel matrices}, one per vehicle profile.
 *
 * <p>Contract: every jsprit {@link Location} carries an index into the matrices (the depot and each distinct
 * stop location have their own); each vehicle type's {@code profile} names its matrix. The cost of a trip is
 * {@code perDistanceUnit × metres + perTransportTimeUnit × seconds} of the vehicle's type. jsprit also asks without a
 * vehicle (to measure how far apart two jobs are, and to scale its insertion noise); then the default profile's
 * matrix is priced with the {@linkplain Builder#costWithoutVehicle rates without a vehicle}, which should be
 * typical of the fleet so that those numbers are in the same unit as real costs. Driving times are those of the
 * profile's {@linkplain TimeDependentTravel times of day} at the moment of the trip.
 */
public final class MatrixTransportCosts extends AbstractForwardVehicleRoutingTransportCosts {

    private final Map<String, TravelMatrix> matrices;
    private final TravelMatrix defaultMatrix;
    private final double costPerMeterWithoutVehicle;
    private final double costPerSecondWithoutVehicle;
    private final Map<String, TimeDependentTravel> traffic;
    private final TimeDependentTravel defaultTraffic;
    /** One profile only: every trip reads the default matrix and traffic, without a lookup by the vehicle's type. */
    private final boolean oneProfile;
    private final ByVehicleIndex<TravelMatrix> matrixByVehicle;
    private final ByVehicleIndex<TimeDependentTravel> trafficByVehicle;

    private MatrixTransportCosts(Builder builder) {
        this.matrices = Map.copyOf(builder.matrices);
        this.defaultMatrix = builder.matrices.get(builder.defaultProfile);
        this.costPerMeterWithoutVehicle = builder.costPerMeter;
        this.costPerSecondWithoutVehicle = builder.costPerSecond;
        this.traffic = Map.copyOf(builder.traffic);
        this.defaultTraffic = builder.traffic.get(builder.defaultProfile);
        this.oneProfile = matrices.size() == 1;
        Map<String, TravelMatrix> byProfile = matrices;
        Map<String, TimeDependentTravel> trafficByProfile = traffic;
        this.matrixByVehicle = ByVehicleIndex.of(builder.vehicles,
                vehicle -> byProfile.getOrDefault(vehicle.getType().getProfile(), defaultMatrix));
        this.trafficByVehicle = ByVehicleIndex.of(builder.vehicles,
                vehicle -> trafficByProfile.getOrDefault(vehicle.getType().getProfile(), defaultTraffic));
    }

    /** A new builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** The matrix a vehicle drives on; the default one for no vehicle or an unknown profile. */
    public TravelMatrix matrixFor(Vehicle vehicle) {
        if (oneProfile || vehicle == null) {
            return defaultMatrix;
        }
        return matrixByVehicle.get(vehicle);
    }

    /** The times of day a vehicle drives in; the default profile's for no vehicle or an unknown profile. */
    private TimeDependentTravel trafficFor(Vehicle vehicle) {
        if (oneProfile || vehicle == null) {
            return defaultTraffic;
        }
        return trafficByVehicle.get(vehicle);
    }

    @Override
    public double getDistance(Location from, Location to, double departureTime, Vehicle vehicle) {
        return matrixFor(vehicle).distanceMeters(indexOf(from), indexOf(to));
    }

    @Override
    public double getTransportTime(Location from, Location to, double departureTime, Driver driver, Vehicle vehicle) {
        return trafficFor(vehicle).secondsLeavingAt(indexOf(from), indexOf(to),
                matrixFor(vehicle).durationSeconds(indexOf(from), indexOf(to)), departureTime);
    }

    @Override
    public double getBackwardTransportTime(Location from, Location to, double arrivalTime, Driver driver,
                                           Vehicle vehicle) {
        return trafficFor(vehicle).secondsArrivingAt(indexOf(from), indexOf(to),
                matrixFor(vehicle).durationSeconds(indexOf(from), indexOf(to)), arrivalTime);
    }

    @Override
    public double getTransportCost(Location from, Location to, double departureTime, Driver driver, Vehicle vehicle) {
        return cost(from, to, getTransportTime(from, to, departureTime, driver, vehicle), vehicle);
    }

    @Override
    public double getBackwardTransportCost(Location from, Location to, double arrivalTime, Driver driver,
                                           Vehicle vehicle) {
        return cost(from, to, getBackwardTransportTime(from, to, arrivalTime, driver, vehicle), vehicle);
    }

    private double cost(Location from, Location to, double seconds, Vehicle vehicle) {
        double meters = matrixFor(vehicle).distanceMeters(indexOf(from), indexOf(to));
        if (vehicle == null) {
            return costPerMeterWithoutVehicle * meters + costPerSecondWithoutVehicle * seconds;
        }
        VehicleCostParams rates = vehicle.getType().getVehicleCostParams();
        return rates.perDistanceUnit * meters + rates.perTransportTimeUnit * seconds;
    }

    private static int indexOf(Location location) {
        if (location.getIndex() == Location.NO_INDEX) {
            throw new IllegalStateException("location " + location.getId() + " has no matrix index");
        }
        return location.getIndex();
    }

    /** Collects the matrices; {@link #build()} checks they fit together. */
    public static final class Builder {

        private final Map<String, TravelMatrix> matrices = new LinkedHashMap<>();
        private final Map<String, TimeDependentTravel> traffic = new LinkedHashMap<>();
        private String defaultProfile;
        private double costPerMeter = 1;
        private double costPerSecond;
        private Collection<? extends Vehicle> vehicles = List.of();

        private Builder() {
        }

        /** Adds the matrix of a profile, driven at free flow all day. */
        public Builder addMatrix(String profile, TravelMatrix matrix) {
            return addMatrix(profile, matrix, TimeDependentTravel.FREE_FLOW);
        }

        /**
         * Adds the matrix of a profile and the times of day its trips are driven in (rush hours stretching its
         * free-flow times, or a routing service's time slices). The first profile added is the default unless
         * {@link #defaultProfile} says.
         */
        public Builder addMatrix(String profile, TravelMatrix matrix, TimeDependentTravel traffic) {
            Objects.requireNonNull(profile, "profile must not be null");
            Objects.requireNonNull(matrix, "matrix must not be null");
            Objects.requireNonNull(traffic, "traffic must not be null");
            if (matrices.putIfAbsent(profile, matrix) != null) {
                throw new IllegalArgumentException("profile " + profile + " already has a matrix");
            }
            this.traffic.put(profile, traffic);
            return this;
        }

        /** The profile used when jsprit asks without a vehicle. */
        public Builder defaultProfile(String profile) {
            this.defaultProfile = Objects.requireNonNull(profile, "profile must not be null");
            return this;
        }

        /**
         * The problem's vehicles, with their jsprit indices set: their matrix and times of day are then found by
         * index (see {@link ByVehicleIndex}); any other vehicle still by its type's profile.
         */
        public Builder vehicles(Collection<? extends Vehicle> vehicles) {
            this.vehicles = List.copyOf(vehicles);
            return this;
        }

        /** Rates that price a trip asked for without a vehicle; default 1 per metre, nothing per second. */
        public Builder costWithoutVehicle(double perMeter, double perSecond) {
            if (!(perMeter >= 0) || !(perSecond >= 0) || Double.isInfinite(perMeter + perSecond)) {
                throw new IllegalArgumentException("rates must be finite and not negative");
            }
            this.costPerMeter = perMeter;
            this.costPerSecond = perSecond;
            return this;
        }

        /** @throws IllegalArgumentException if there is no matrix, sizes differ or the default profile is unknown */
        public MatrixTransportCosts build() {
            if (matrices.isEmpty()) {
                throw new IllegalArgumentException("at least one matrix is needed");
            }
            if (defaultProfile == null) {
                defaultProfile = matrices.keySet().iterator().next();
            } else if (!matrices.containsKey(defaultProfile)) {
                throw new IllegalArgumentException("default profile " + defaultProfile + " has no matrix");
            }
            int size = matrices.get(defaultProfile).size();
            matrices.forEach((profile, matrix) -> {
                if (matrix.size() != size) {
                    throw new IllegalArgumentException("matrix of " + profile + " has " + matrix.size()
                            + " locations, the default has " + size);
                }
            });
            return new MatrixTransportCosts(this);
        }
    }
}

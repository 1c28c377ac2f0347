package io.lastmilehub.model;

import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import jakarta.xml.bind.annotation.XmlAttribute;
import jakarta.xml.bind.annotation.XmlRootElement;
import jakarta.xml.bind.annotation.XmlType;
import lombok.AccessLevel;
import lombok.AllArgsConstructor;
import lombok.Builder;
import lombok.NoArgsConstructor;
import lombok.Value;

/**
 * What a plan costs and emits; published on the cost address whenever a plan is made.
 */
@Value
@Builder(toBuilder = true, buildMethodName = "buildUnvalidated")
@NoArgsConstructor(force = true, access = AccessLevel.PRIVATE)
@AllArgsConstructor(access = AccessLevel.PRIVATE)
@XmlRootElement(name = "costSummary")
@FiniteNumbers
@XmlType(name = "CostSummary")
public class CostSummary {

    /** Version of the canonical schema this document follows; see {@link SchemaVersion}. */
    @XmlAttribute
    @Builder.Default
    String schemaVersion = SchemaVersion.CURRENT;

    /** Plan it summarises. */
    @Size(max = 100)
    String planId;

    /** Tenant. */
    @Size(max = 100)
    String tenant;

    /** Depot. */
    @Size(max = 100)
    String depotId;

    /** ISO 4217 currency of the amounts. */
    String currency;

    /** Sum of all costs. */
    @PositiveOrZero
    double totalCost;

    /** Fixed vehicle costs. */
    @PositiveOrZero
    double fixedCost;

    /** Distance-dependent costs. */
    @PositiveOrZero
    double distanceCost;

    /** Time-dependent costs. */
    @PositiveOrZero
    double timeCost;

    /** Energy or fuel costs. */
    @PositiveOrZero
    double energyCost;

    /** Per-stop costs (handling, drop fees). */
    @PositiveOrZero
    double stopCost;

    /** Total cost over orders planned; 0 when none is. */
    @PositiveOrZero
    double costPerOrder;

    /** Total CO2 over orders planned, in grams; 0 when none is. */
    @PositiveOrZero
    double co2GramsPerOrder;

    /** Total driving distance in metres. */
    @PositiveOrZero
    double distanceMeters;

    /** Total route time in seconds. */
    @PositiveOrZero
    long durationSeconds;

    /** Time spent driving, the returns included (no waiting, service or breaks), in seconds. */
    @PositiveOrZero
    long drivingSeconds;

    /**
     * Distance in metres the same vehicles would drive without optimisation: as many orders each as planned, dealt
     * out and driven in arrival order. Against {@link #distanceMeters} it is what optimisation saved.
     */
    @PositiveOrZero
    double unoptimisedDistanceMeters;

    /** Driving time in seconds without optimisation, as {@link #unoptimisedDistanceMeters}. */
    @PositiveOrZero
    long unoptimisedDrivingSeconds;

    /** Total CO2 in grams. */
    @PositiveOrZero
    double co2Grams;

    /** Vehicles used. */
    @PositiveOrZero
    int vehicles;

    /** Orders on a route. */
    @PositiveOrZero
    int ordersPlanned;

    /** Orders left out. */
    @PositiveOrZero
    int ordersUnassigned;

    /** Builds CostSummarys that satisfy their constraints. */
    public static class CostSummaryBuilder {

        /** @throws InvalidModelException naming each field that breaks a constraint */
        public CostSummary build() {
            return ModelValidator.requireValid(buildUnvalidated());
        }
    }
}

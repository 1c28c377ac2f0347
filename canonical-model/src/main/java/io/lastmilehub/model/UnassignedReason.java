package io.lastmilehub.model;

import jakarta.xml.bind.annotation.XmlEnum;
import jakarta.xml.bind.annotation.XmlType;

/**
 * Why an order could not be put on any route.
 */
@XmlEnum
@XmlType(name = "UnassignedReason")
public enum UnassignedReason {
    /** The ship-to has no coordinates (address not geocoded). */
    NO_COORDINATES,
    /** The road router finds no road between the stop and where any vehicle starts or ends. */
    NO_ROAD_ROUTE,
    /** No vehicle or driver has every required skill. */
    NO_VEHICLE_WITH_SKILL,
    /** No vehicle can be there inside any of its time windows. */
    OUTSIDE_TIME_WINDOWS,
    /** The order is larger than any vehicle's capacity. */
    OVER_CAPACITY,
    /** The stop is beyond the range of every vehicle that could carry it. */
    OUT_OF_RANGE,
    /** Over the payload a vehicle carries per trip (drones fly one order at a time). */
    OVER_PAYLOAD,
    /** Every vehicle that could serve it in a time window would have to return after its shift ends. */
    SHIFT_TOO_SHORT,
    /** The round trip is longer than the maximum route duration of every vehicle that could serve it. */
    ROUTE_TOO_LONG,
    /** The depot has no vehicle available. */
    NO_VEHICLE,
    /** The solver found no place for it within its time budget. */
    NOT_SOLVED
}

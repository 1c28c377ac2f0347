package io.lastmilehub.model;

import jakarta.xml.bind.annotation.XmlEnum;
import jakarta.xml.bind.annotation.XmlType;

/**
 * The lifecycle of a delivery.
 */
@XmlEnum
@XmlType(name = "DeliveryStatus")
public enum DeliveryStatus {
    /** Accepted by the hub. */
    RECEIVED,
    /** On a route of a plan. */
    PLANNED,
    /** The route was handed to the driver. */
    DISPATCHED,
    /** The vehicle left the depot with it. */
    OUT_FOR_DELIVERY,
    /** The vehicle is close to the stop. */
    ARRIVING,
    /** Delivered, with proof. */
    DELIVERED,
    /** Not delivered this time; see the reason. */
    FAILED_ATTEMPT,
    /** Back at the depot or with the sender. */
    RETURNED,
    /** Cancelled by the sender. */
    CANCELLED,
    /** Something needs a person; see the reason. */
    EXCEPTION;

    /** Whether nothing more happens to a delivery in this status. */
    public boolean isFinal() {
        return this == DELIVERED || this == RETURNED || this == CANCELLED;
    }
}

package io.lastmilehub.hub.orders;

import io.lastmilehub.model.DeliveryStatus;
import io.lastmilehub.model.ReasonCode;

/** What changes about an order's status, and why. */
public record StatusChange(DeliveryStatus status, ReasonCode reasonCode, String reason, String planId,
                           String vehicleId) {

    public static StatusChange planned(String planId, String vehicleId) {
        return new StatusChange(DeliveryStatus.PLANNED, null, null, planId, vehicleId);
    }

    public static StatusChange dispatched(String planId, String vehicleId) {
        return new StatusChange(DeliveryStatus.DISPATCHED, null, null, planId, vehicleId);
    }

    /** Handed to a carrier outside the hub's fleet: no vehicle of ours, never planned again. */
    public static StatusChange handedToCarrier(String planId, String carrier) {
        return new StatusChange(DeliveryStatus.DISPATCHED, null, "handed to carrier " + carrier, planId, null);
    }

    public static StatusChange exception(ReasonCode reasonCode, String reason) {
        return new StatusChange(DeliveryStatus.EXCEPTION, reasonCode, reason, null, null);
    }

    public static StatusChange cancelled(ReasonCode reasonCode, String reason) {
        return new StatusChange(DeliveryStatus.CANCELLED, reasonCode, reason, null, null);
    }

    public static StatusChange received(String reason) {
        return new StatusChange(DeliveryStatus.RECEIVED, null, reason, null, null);
    }
}

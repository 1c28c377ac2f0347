package io.lastmilehub.connectors.sap.outbound;

import io.lastmilehub.model.ReasonCode;

import java.util.Objects;

/**
 * Part of a delivery item that the recipient did not take: how many pieces of which parcel, and why. The canonical
 * proof of delivery says who took the delivery and when, not what was left out, so the caller (the POD intake, a
 * driver's report) states the differences.
 *
 * @param parcelId        the parcel of the order; for an order from SAP, the delivery item (POSNR), e.g. 000020
 * @param missingQuantity pieces not delivered, at least 1
 * @param reason          why, mapped to SAP's reason for POD differences through the settings
 */
public record PodDeviation(String parcelId, int missingQuantity, ReasonCode reason) {

    public PodDeviation {
        if (parcelId == null || parcelId.isBlank()) {
            throw new IllegalArgumentException("parcelId is required");
        }
        if (missingQuantity < 1) {
            throw new IllegalArgumentException("missingQuantity must be at least 1: " + missingQuantity);
        }
        Objects.requireNonNull(reason, "reason");
    }
}

package io.lastmilehub.connectors.carrier;

/**
 * What the carrier answered a booking with.
 *
 * @param trackingNumber the carrier's tracking number
 * @param labelUrl       where the carrier keeps the shipping label, if it said
 */
public record Booking(String trackingNumber, String labelUrl) {
}

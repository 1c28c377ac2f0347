package io.lastmilehub.hub.carriers;

import io.lastmilehub.model.DeliveryStatus;

/**
 * What a carrier's status webhook did, as answered to the carrier.
 *
 * @param orderId the order the tracking number belongs to
 * @param status  the order's status now
 * @param outcome {@code applied}, {@code duplicate} (event id seen before) or {@code unchanged} (the order is in that
 *                status already, or in a final one)
 * @param eventId the status event published, when applied
 */
public record WebhookOutcome(String orderId, DeliveryStatus status, String outcome, String eventId) {
}

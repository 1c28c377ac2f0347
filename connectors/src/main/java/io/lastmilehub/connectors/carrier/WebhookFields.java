package io.lastmilehub.connectors.carrier;

/**
 * Where a carrier's status webhook body keeps what the hub needs, as JSON pointers.
 *
 * @param eventId        the carrier's id of the event, for de-duplication; optional
 * @param trackingNumber the tracking number the booking returned
 * @param status         the carrier's status code
 * @param occurredAt     when it happened, ISO-8601 with offset; optional (the time received when absent)
 */
public record WebhookFields(String eventId, String trackingNumber, String status, String occurredAt) {
}

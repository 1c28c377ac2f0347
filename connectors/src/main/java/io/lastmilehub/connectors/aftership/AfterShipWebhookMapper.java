package io.lastmilehub.connectors.aftership;

import io.lastmilehub.connectors.spi.InboundMapper;
import io.lastmilehub.connectors.spi.InboundMessage;
import io.lastmilehub.connectors.spi.MappedMessage;
import io.lastmilehub.connectors.spi.MappingException;
import io.lastmilehub.connectors.spi.StatusReport;
import io.lastmilehub.connectors.support.json.JsonField;
import io.lastmilehub.model.DeliveryStatus;
import io.lastmilehub.model.ExternalReferences;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Format {@code aftership}: AfterShip Tracking's webhook, one tracking's update per call
 * ({@code {"event_id", "event", "msg": {tracking}, "ts"}}). A {@code tracking_update} reports the tracking's
 * {@code tag} ({@link AfterShipTags}) for the order named by {@code msg.order_number} (else {@code msg.order_id}), as
 * the shop's order number, and by its {@code tracking_number}, which finds an order the hub booked with the carrier
 * when the tracking names no shop order. The event id is the message id, so a webhook delivered twice is taken once.
 * Other events (estimated delivery dates) and trackings with neither are accepted and report nothing, so AfterShip
 * does not retry them.
 */
public class AfterShipWebhookMapper implements InboundMapper {

    public static final String FORMAT = "aftership";
    private static final String TRACKING_UPDATE = "tracking_update";

    private final AfterShipSignature signature;

    /** @param webhookSecret the AfterShip webhook secret; null or blank to check no signatures */
    public AfterShipWebhookMapper(String webhookSecret) {
        this.signature = new AfterShipSignature(webhookSecret);
    }

    @Override
    public String format() {
        return FORMAT;
    }

    @Override
    public MappedMessage map(InboundMessage message) {
        signature.verify(message);
        JsonField root = JsonField.parse(message).requireObject();
        String eventId = root.get("event_id").requiredText();
        if (!TRACKING_UPDATE.equals(root.get("event").requiredText())) {
            return MappedMessage.reporting(FORMAT, eventId, List.of());
        }
        JsonField tracking = root.get("msg").requireObject();
        String tag = tracking.get("tag").requiredText();
        if (!AfterShipTags.isKnown(tag)) {
            throw new MappingException(tracking.get("tag").path(), "'" + tag + "' is not an AfterShip delivery "
                    + "status (Pending, InfoReceived, InTransit, OutForDelivery, AttemptFail, Delivered, "
                    + "AvailableForPickup, Exception, Expired)");
        }
        String order = tracking.firstText("order_number", "order_id");
        String trackingNumber = tracking.get("tracking_number").text();
        Optional<DeliveryStatus> status = AfterShipTags.status(tag);
        if (order == null && trackingNumber == null || status.isEmpty()) {
            return MappedMessage.reporting(FORMAT, eventId, List.of());
        }
        String subtag = tracking.get("subtag").text();
        ExternalReferences references = ExternalReferences.builder().shopOrder(order).trackingNumber(trackingNumber)
                .buildUnvalidated();
        return MappedMessage.reporting(FORMAT, eventId, List.of(new StatusReport(references, status.get(),
                AfterShipTags.reason(subtag), occurredAt(root), "AfterShip " + (subtag == null ? tag : subtag))));
    }

    /** {@code ts}: when the event occurred, UTC seconds; absent or not a number: not said. */
    private static Instant occurredAt(JsonField root) {
        double seconds = root.get("ts").number(-1);
        return seconds < 0 ? null : Instant.ofEpochSecond((long) seconds);
    }
}

package io.lastmilehub.connectors.aftership;

import io.lastmilehub.connectors.spi.InboundMapper;
import io.lastmilehub.connectors.spi.InboundMessage;
import io.lastmilehub.connectors.spi.MappedMessage;
import io.lastmilehub.connectors.spi.MappingException;
import io.lastmilehub.connectors.spi.StatusReport;
import io.lastmilehub.connectors.support.address.CountryCodes;
import io.lastmilehub.connectors.support.carrierstatus.ScanTimes;
import io.lastmilehub.connectors.support.json.JsonField;
import io.lastmilehub.model.Address;
import io.lastmilehub.model.DeliveryStatus;
import io.lastmilehub.model.ExternalReferences;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
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
 *
 * <p>The report's time is that of the tracking's latest checkpoint ({@code checkpoints} come oldest first), the
 * carrier's scan: its {@code checkpoint_time} with the offset the carrier gave, or, without one, local to the
 * checkpoint's place ({@code country_iso3} and {@code state}), else to the tenant's depot. Without checkpoints, or when
 * a checkpoint gives only a date or a local time whose zone nothing tells, it is {@code ts}: when AfterShip sent the
 * update, in UTC seconds.
 */
public class AfterShipWebhookMapper implements InboundMapper {

    public static final String FORMAT = "aftership";
    private static final String TRACKING_UPDATE = "tracking_update";
    private static final long LATEST_EPOCH_SECOND = Instant.parse("9999-12-31T23:59:59Z").getEpochSecond();

    private final AfterShipSignature signature;
    private final ScanTimes times;

    /**
     * @param webhookSecret the AfterShip webhook secret; null or blank to check no signatures
     * @param times         reads checkpoint times that carry no offset
     */
    public AfterShipWebhookMapper(String webhookSecret, ScanTimes times) {
        this.signature = new AfterShipSignature(webhookSecret);
        this.times = times;
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
                AfterShipTags.reason(subtag), occurredAt(root, tracking),
                "AfterShip " + (subtag == null ? tag : subtag))));
    }

    /** The latest checkpoint's time, else {@code ts}; absent or not a number: not said. */
    private Instant occurredAt(JsonField root, JsonField tracking) {
        List<JsonField> checkpoints = tracking.get("checkpoints").elements();
        Optional<Instant> scanned = checkpoints.isEmpty() ? Optional.empty()
                : checkpointTime(checkpoints.get(checkpoints.size() - 1));
        if (scanned.isPresent()) {
            return scanned.get();
        }
        JsonField ts = root.get("ts");
        double seconds = ts.number(-1);
        if (seconds > LATEST_EPOCH_SECOND) {
            throw new MappingException(ts.path(), "not Unix seconds: beyond the year 9999");
        }
        return seconds < 0 ? null : Instant.ofEpochSecond((long) seconds);
    }

    /**
     * A checkpoint's {@code checkpoint_time} as the carrier gave it: {@code YYYY-MM-DD}, {@code YYYY-MM-DDTHH:mm:ss}
     * or that with an offset. Empty for a date alone or a local time whose zone is not known.
     */
    private Optional<Instant> checkpointTime(JsonField checkpoint) {
        JsonField field = checkpoint.get("checkpoint_time");
        String text = field.text();
        if (text == null || !text.contains("T")) {
            return Optional.empty();
        }
        try {
            return Optional.of(OffsetDateTime.parse(text).toInstant());
        } catch (DateTimeParseException withoutOffset) {
            try {
                return times.localIfKnown(LocalDateTime.parse(text), Address.builder()
                        .countryCode(CountryCodes.alpha2(checkpoint.get("country_iso3").text()).orElse(null))
                        .region(checkpoint.get("state").text()).buildUnvalidated());
            } catch (DateTimeParseException e) {
                throw new MappingException(field.path(), "'" + text + "' is not YYYY-MM-DDTHH:mm:ss with or without "
                        + "an offset", e);
            }
        }
    }
}

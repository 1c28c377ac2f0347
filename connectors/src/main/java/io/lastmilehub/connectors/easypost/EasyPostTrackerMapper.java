package io.lastmilehub.connectors.easypost;

import io.lastmilehub.connectors.spi.InboundMessage;
import io.lastmilehub.connectors.spi.MappedMessage;
import io.lastmilehub.connectors.spi.MappingException;
import io.lastmilehub.connectors.spi.StatusReport;
import io.lastmilehub.connectors.support.carrierstatus.CarrierStatusMapper;
import io.lastmilehub.connectors.support.carrierstatus.ScanTimes;
import io.lastmilehub.connectors.support.carrierstatus.StatusCodeTable;
import io.lastmilehub.connectors.support.carrierstatus.TrackingReports;
import io.lastmilehub.connectors.support.json.JsonField;
import io.lastmilehub.model.Address;
import io.lastmilehub.model.ReasonCode;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Format {@code easypost}: an EasyPost webhook {@code Event} ({@code tracker.created}, {@code tracker.updated}: the
 * Tracker in {@code result}; its {@code id} is the message id), a bare {@code Tracker} object, or a list of them
 * ({@code {"trackers": [...]}}, the answer of {@code GET /trackers}; its SHA-256 is the id). Each tracker reports its
 * current {@code status} ({@link EasyPostFormat}) for its {@code tracking_code}, at the time of its latest
 * {@code tracking_details} entry; the history is not replayed, so a tracker sent again never moves an order back.
 * Other events (batches, shipments, refunds) are taken and report nothing, so EasyPost does not retry them.
 */
public class EasyPostTrackerMapper extends CarrierStatusMapper {

    public static final String FORMAT = "easypost";

    /** Reasons of the {@code status_detail} values that name one, for the statuses that take a reason. */
    private static final Map<String, ReasonCode> REASONS = Map.of(
            "address_correction", ReasonCode.WRONG_ADDRESS,
            "damaged", ReasonCode.DAMAGED,
            "delayed", ReasonCode.DELAYED,
            "weather_delay", ReasonCode.WEATHER,
            "refused", ReasonCode.REFUSED,
            "lost", ReasonCode.OTHER);

    private final EasyPostSignature signature;

    /** A mapper that checks no webhook signatures. */
    public EasyPostTrackerMapper(StatusCodeTable statuses, ScanTimes times) {
        this(statuses, times, new EasyPostSignature(null));
    }

    EasyPostTrackerMapper(StatusCodeTable statuses, ScanTimes times, EasyPostSignature signature) {
        super(FORMAT, statuses, times);
        this.signature = signature;
    }

    @Override
    public MappedMessage map(InboundMessage message) {
        JsonField root = JsonField.parse(message).requireObject();
        signature.verify(message, "Event".equals(root.get("object").text()));
        if (root.get("trackers").isArray()) {
            List<StatusReport> reports = new ArrayList<>();
            root.get("trackers").elements().forEach(tracker -> report(tracker).ifPresent(reports::add));
            return MappedMessage.reporting(FORMAT, TrackingReports.payloadId(message), reports);
        }
        String object = root.get("object").requiredText();
        return switch (object) {
            case "Event" -> event(root);
            case "Tracker" -> MappedMessage.reporting(FORMAT, root.get("id").requiredText() + "@"
                    + root.get("updated_at").requiredText(), report(root).stream().toList());
            default -> throw new MappingException(root.get("object").path(), "'" + object + "' is not an EasyPost "
                    + "Event or Tracker; format easypost takes tracker webhooks and Tracker objects");
        };
    }

    private MappedMessage event(JsonField event) {
        String id = event.get("id").requiredText();
        String description = event.get("description").requiredText();
        if (!description.startsWith("tracker.")) {
            return MappedMessage.reporting(FORMAT, id, List.of());
        }
        return MappedMessage.reporting(FORMAT, id, report(event.get("result").requireObject()).stream().toList());
    }

    private Optional<StatusReport> report(JsonField tracker) {
        String status = tracker.get("status").requiredText();
        Optional<StatusCodeTable.Meaning> meaning = statuses.meaning(status, tracker.get("status").path())
                .map(m -> withReason(m, tracker.get("status_detail").text()));
        String detail = tracker.get("status_detail").text();
        return TrackingReports.of(tracker.get("tracking_code").requiredText(), meaning, occurredAt(tracker),
                "EasyPost " + status + (detail == null ? "" : "/" + detail));
    }

    private static StatusCodeTable.Meaning withReason(StatusCodeTable.Meaning meaning, String statusDetail) {
        boolean takesReason = switch (meaning.status()) {
            case FAILED_ATTEMPT, EXCEPTION, RETURNED -> true;
            default -> false;
        };
        ReasonCode reason = statusDetail == null ? null : REASONS.get(statusDetail);
        return meaning.reason() != null || !takesReason || reason == null ? meaning
                : new StatusCodeTable.Meaning(meaning.status(), reason);
    }

    /** The time of the latest scan; the tracker's {@code updated_at} when it has none. */
    private Instant occurredAt(JsonField tracker) {
        List<JsonField> details = tracker.get("tracking_details").elements();
        Instant latest = null;
        for (JsonField detail : details) {
            String datetime = detail.get("datetime").text();
            if (datetime != null) {
                Instant at = times.instant(datetime, detail.get("datetime").path(), location(detail));
                latest = latest == null || at.isAfter(latest) ? at : latest;
            }
        }
        String updated = tracker.get("updated_at").text();
        return latest != null || updated == null ? latest
                : times.instant(updated, tracker.get("updated_at").path(), null);
    }

    private static Address location(JsonField detail) {
        JsonField location = detail.get("tracking_location");
        return Address.builder().city(location.get("city").text()).region(location.get("state").text())
                .postalCode(location.get("zip").text()).countryCode(location.get("country").text())
                .buildUnvalidated();
    }
}

package io.lastmilehub.connectors.dhl;

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

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Format {@code dhl-tracking}: an answer of DHL's Shipment Tracking - Unified API ({@code GET /track/shipments}),
 * {@code shipments[]}. Each shipment reports its current {@code status.statusCode} ({@link DhlTrackingFormat}) for
 * its {@code id}, at {@code status.timestamp}; a timestamp without offset (DHL writes its events so) is local to
 * {@code status.location.address.countryCode}. The answer carries no id: its SHA-256 is the message id. DHL's problem
 * answer ({@code {"title", "status", "detail"}}, e.g. 404 no shipment found) is refused with its detail.
 */
public class DhlTrackingMapper extends CarrierStatusMapper {

    public static final String FORMAT = "dhl-tracking";

    public DhlTrackingMapper(StatusCodeTable statuses, ScanTimes times) {
        super(FORMAT, statuses, times);
    }

    @Override
    public MappedMessage map(InboundMessage message) {
        JsonField root = JsonField.parse(message).requireObject();
        if (!root.has("shipments") && root.get("title").isPresent()) {
            throw new MappingException(root.get("detail").path(), "DHL answered with a problem, not tracking: "
                    + root.get("status").text() + " " + root.get("title").text() + ": " + root.get("detail").text());
        }
        if (!root.get("shipments").isArray()) {
            throw new MappingException(root.get("shipments").path(), "missing: a DHL tracking answer lists its "
                    + "shipments");
        }
        List<StatusReport> reports = new ArrayList<>();
        root.get("shipments").elements().forEach(shipment -> report(shipment).ifPresent(reports::add));
        return MappedMessage.reporting(FORMAT, TrackingReports.payloadId(message), reports);
    }

    private Optional<StatusReport> report(JsonField shipment) {
        JsonField status = shipment.get("status").requireObject();
        String code = status.get("statusCode").requiredText();
        String description = status.firstText("description", "status");
        return TrackingReports.of(shipment.get("id").requiredText(), statuses.meaning(code,
                status.get("statusCode").path()), occurredAt(status), "DHL " + code
                + (description == null ? "" : " " + description));
    }

    private Instant occurredAt(JsonField status) {
        String timestamp = status.get("timestamp").text();
        if (timestamp == null) {
            return null;
        }
        JsonField address = status.get("location").get("address");
        return times.instant(timestamp, status.get("timestamp").path(), Address.builder()
                .countryCode(address.get("countryCode").text()).postalCode(address.get("postalCode").text())
                .city(address.get("addressLocality").text()).buildUnvalidated());
    }
}

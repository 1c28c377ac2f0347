package io.lastmilehub.connectors.fedex;

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
import java.util.Optional;

/**
 * Format {@code fedex-track}: an answer of the FedEx Track API ({@code POST /track/v1/trackingnumbers}),
 * {@code output.completeTrackResults[].trackResults[]}. Each track result reports its
 * {@code latestStatusDetail.derivedCode} (else {@code code}; {@link FedExTrackFormat}) for its
 * {@code trackingNumberInfo.trackingNumber} (else the complete result's {@code trackingNumber}), at the time of its
 * latest scan event (FedEx lists them newest first; a time without offset is local to the scan). A delivery exception
 * takes its reason from {@code ancillaryDetails} (reason 15, customer not available or business closed: recipient
 * absent) and a delay from {@code delayDetail.type} ({@code WEATHER}). A result FedEx could not find
 * ({@code error}) reports nothing; an answer that is only {@code errors} is refused with the first. The answer's
 * {@code transactionId} is the message id, else its SHA-256.
 */
public class FedExTrackMapper extends CarrierStatusMapper {

    public static final String FORMAT = "fedex-track";
    private static final String CUSTOMER_NOT_AVAILABLE = "15";

    public FedExTrackMapper(StatusCodeTable statuses, ScanTimes times) {
        super(FORMAT, statuses, times);
    }

    @Override
    public MappedMessage map(InboundMessage message) {
        JsonField root = JsonField.parse(message).requireObject();
        JsonField error = root.get("errors").get(0);
        if (error.isPresent() && !root.get("output").isPresent()) {
            throw new MappingException(error.path(), "FedEx answered with an error, not tracking: "
                    + error.get("code").text() + " " + error.get("message").text());
        }
        List<StatusReport> reports = new ArrayList<>();
        for (JsonField complete : root.get("output").requireObject().get("completeTrackResults").elements()) {
            for (JsonField result : complete.get("trackResults").elements()) {
                if (!result.get("error").isPresent()) {
                    String tracking = Optional.ofNullable(result.get("trackingNumberInfo").get("trackingNumber")
                            .text()).orElseGet(() -> complete.get("trackingNumber").requiredText());
                    report(tracking, result).ifPresent(reports::add);
                }
            }
        }
        String id = root.get("transactionId").text();
        return MappedMessage.reporting(FORMAT, id != null ? id : TrackingReports.payloadId(message), reports);
    }

    private Optional<StatusReport> report(String tracking, JsonField result) {
        JsonField latest = result.get("latestStatusDetail").requireObject();
        JsonField derived = latest.get("derivedCode").isPresent() ? latest.get("derivedCode") : latest.get("code");
        String code = derived.requiredText();
        Optional<StatusCodeTable.Meaning> meaning = statuses.meaning(code, derived.path())
                .map(m -> withReason(m, latest));
        String description = latest.firstText("description", "statusByLocale");
        return TrackingReports.of(tracking, meaning, occurredAt(result), "FedEx " + code
                + (description == null ? "" : " " + description));
    }

    private static StatusCodeTable.Meaning withReason(StatusCodeTable.Meaning meaning, JsonField latest) {
        if (meaning.reason() != null) {
            return meaning;
        }
        ReasonCode reason = switch (meaning.status()) {
            case FAILED_ATTEMPT -> CUSTOMER_NOT_AVAILABLE.equals(latest.get("ancillaryDetails").get(0)
                    .get("reason").text()) ? ReasonCode.RECIPIENT_ABSENT : null;
            case EXCEPTION -> "WEATHER".equals(latest.get("delayDetail").get("type").text()) ? ReasonCode.WEATHER
                    : null;
            default -> null;
        };
        return new StatusCodeTable.Meaning(meaning.status(), reason);
    }

    /** The time of the latest scan event, the first FedEx lists; none without scan events. */
    private Instant occurredAt(JsonField result) {
        JsonField scan = result.get("scanEvents").get(0);
        String date = scan.get("date").text();
        return date == null ? null : times.instant(date, scan.get("date").path(), location(scan));
    }

    private static Address location(JsonField scan) {
        JsonField location = scan.get("scanLocation");
        return Address.builder().city(location.get("city").text())
                .region(location.get("stateOrProvinceCode").text()).postalCode(location.get("postalCode").text())
                .countryCode(location.get("countryCode").text()).buildUnvalidated();
    }
}

package io.lastmilehub.connectors.ups;

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
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Format {@code ups-track}: an answer of the UPS Track API ({@code GET /api/track/v1/details/{inquiryNumber}}),
 * {@code trackResponse.shipment[].package[]}. Each package reports the status of its latest {@code activity} (status
 * type, and code where it says more: {@link UpsTrackFormat}) for its {@code trackingNumber} (else the shipment's
 * {@code inquiryNumber}), the latest by the activities' own dates and times; a package without activities reports
 * its {@code currentStatus}, without a time. An activity's {@code date} ({@code yyyyMMdd}) and {@code time}
 * ({@code HHmmss}) are local to its location; where UPS adds {@code gmtDate}, {@code gmtTime} and
 * {@code gmtOffset}, those are used. The answer carries no id: its SHA-256 is the message id. A shipment with only
 * {@code warnings} (tracking information not found) reports nothing; UPS's
 * error answer ({@code response.errors}) is refused with its first error.
 */
public class UpsTrackMapper extends CarrierStatusMapper {

    public static final String FORMAT = "ups-track";
    private static final DateTimeFormatter DATE = DateTimeFormatter.BASIC_ISO_DATE;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HHmmss");

    public UpsTrackMapper(StatusCodeTable statuses, ScanTimes times) {
        super(FORMAT, statuses, times);
    }

    @Override
    public MappedMessage map(InboundMessage message) {
        JsonField root = JsonField.parse(message).requireObject();
        JsonField error = root.get("response").get("errors").get(0);
        if (error.isPresent()) {
            throw new MappingException(error.path(), "UPS answered with an error, not tracking: "
                    + error.get("code").text() + " " + error.get("message").text());
        }
        List<JsonField> shipments = root.get("trackResponse").requireObject().get("shipment").elements();
        List<StatusReport> reports = new ArrayList<>();
        for (JsonField shipment : shipments) {
            for (JsonField pack : shipment.get("package").elements()) {
                String tracking = Optional.ofNullable(pack.get("trackingNumber").text())
                        .orElseGet(() -> shipment.get("inquiryNumber").requiredText());
                report(tracking, pack).ifPresent(reports::add);
            }
        }
        return MappedMessage.reporting(FORMAT, TrackingReports.payloadId(message), reports);
    }

    private Optional<StatusReport> report(String tracking, JsonField pack) {
        // the latest by its own date and time (local to each scan): only its time needs a zone
        Optional<JsonField> latest = pack.get("activity").elements().stream().max(Comparator.comparing(activity ->
                activity.get("date").text() + activity.get("time").text()));
        JsonField status = latest.map(activity -> activity.get("status")).orElseGet(() -> pack.get("currentStatus"));
        if (!status.isPresent()) {
            return Optional.empty();
        }
        String type = status.get("type").requiredText();
        String code = status.get("code").text();
        String key = code != null && statuses.knows(type + ":" + code) ? type + ":" + code : type;
        return TrackingReports.of(tracking, statuses.meaning(key, status.get("type").path()),
                latest.map(this::time).orElse(null), "UPS " + type + (code == null ? "" : "/" + code)
                        + describe(status.get("description").text()));
    }

    private static String describe(String description) {
        return description == null ? "" : " " + description;
    }

    /** When the activity happened: from its GMT fields where UPS gives them, else local to its location. */
    private Instant time(JsonField activity) {
        try {
            String gmtDate = activity.get("gmtDate").text();
            String gmtTime = activity.get("gmtTime").text();
            String gmtOffset = activity.get("gmtOffset").text();
            if (gmtDate != null && gmtTime != null && gmtOffset != null) {
                // gmtDate and gmtTime are the time in UTC; gmtOffset only says the local offset
                return LocalDateTime.of(LocalDate.parse(gmtDate, DATE), clock(gmtTime)).toInstant(ZoneOffset.UTC);
            }
            LocalDateTime local = LocalDateTime.of(LocalDate.parse(activity.get("date").requiredText(), DATE),
                    clock(activity.get("time").requiredText()));
            return times.local(local, activity.get("date").path(), location(activity));
        } catch (DateTimeParseException e) {
            throw new MappingException(activity.get("date").path(), "date and time are not yyyyMMdd and HHmmss: "
                    + activity.get("date").text() + " " + activity.get("time").text(), e);
        }
    }

    /** A time as UPS writes it, {@code HHmmss} or {@code HH:mm:ss}. */
    private static LocalTime clock(String text) {
        return LocalTime.parse(text.replace(":", ""), TIME);
    }

    private static Address location(JsonField activity) {
        JsonField address = activity.get("location").get("address");
        return Address.builder().city(address.get("city").text()).region(address.get("stateProvince").text())
                .postalCode(address.get("postalCode").text())
                .countryCode(address.firstText("countryCode", "country")).buildUnvalidated();
    }
}

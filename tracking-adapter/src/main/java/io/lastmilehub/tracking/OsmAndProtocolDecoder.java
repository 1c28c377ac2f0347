package io.lastmilehub.tracking;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

/**
 * The OsmAnd protocol as Traccar Client, OsmAnd and many trackers send it over HTTP: the fields as query
 * parameters of a GET ({@code /?id=123&lat=60.0&lon=30.0&timestamp=1377177267}) or as a form-encoded POST body.
 * A JSON body (the newer Traccar Client apps) goes to {@link TraccarClientJsonDecoder}.
 */
public class OsmAndProtocolDecoder implements ProtocolDecoder {

    private final TraccarClientJsonDecoder jsonDecoder = new TraccarClientJsonDecoder();

    @Override
    public String protocol() {
        return "osmand";
    }

    @Override
    public List<DeviceReport> decode(String message, Instant receivedAt) throws DecodeException {
        String text = message.trim();
        if (text.startsWith("{")) {
            return jsonDecoder.decode(text, receivedAt);
        }
        ReportBuilder report = new ReportBuilder();
        String query = text.contains("?") ? text.substring(text.indexOf('?') + 1) : text;
        for (String pair : query.split("&")) {
            if (!pair.isEmpty()) {
                int equals = pair.indexOf('=');
                String key = equals < 0 ? pair : pair.substring(0, equals);
                field(report, key, equals < 0 ? "" : urlDecode(key, pair.substring(equals + 1)));
            }
        }
        return List.of(report.build(receivedAt));
    }

    private static void field(ReportBuilder report, String key, String value) throws DecodeException {
        try {
            switch (key) {
                case "id", "deviceid" -> report.deviceId(value);     // device identifier (IMEI or app id)
                case "timestamp" -> report.time(Timestamps.parse(value)); // epoch s/ms, ISO-8601, "yyyy-MM-dd HH:mm:ss"
                case "lat" -> report.latitude(Double.parseDouble(value));  // decimal degrees
                case "lon" -> report.longitude(Double.parseDouble(value)); // decimal degrees
                case "location" -> location(report, value);                // "lat,lon" in one field
                case "speed" -> report.speedKmh(Units.knotsToKmh(Double.parseDouble(value))); // knots
                case "bearing", "heading" -> report.headingDeg(Double.parseDouble(value));  // degrees from north
                case "altitude" -> report.altitudeMeters(Double.parseDouble(value));        // metres
                case "accuracy", "hacc" -> report.accuracyMeters(Double.parseDouble(value)); // metres
                case "batt" -> report.batteryPercent(Double.parseDouble(value));            // percent
                case "valid" -> report.valid(Boolean.parseBoolean(value) || "1".equals(value)); // GNSS lock
                default -> report.attribute(key, value); // hdop, cell, wifi, ignition, rpm, fuel, ...
            }
        } catch (NumberFormatException e) {
            throw new DecodeException("field '" + key + "' is not a number", e);
        }
    }

    private static String urlDecode(String key, String value) throws DecodeException {
        try {
            return URLDecoder.decode(value, StandardCharsets.UTF_8); // '+' is a space, %3A a colon
        } catch (IllegalArgumentException e) {
            throw new DecodeException("field '" + key + "' is not URL-encoded", e);
        }
    }

    private static void location(ReportBuilder report, String value) throws DecodeException {
        String[] parts = value.split(",");
        if (parts.length != 2) {
            throw new DecodeException("field 'location' must be 'lat,lon'");
        }
        report.latitude(Double.parseDouble(parts[0].trim())).longitude(Double.parseDouble(parts[1].trim()));
    }
}

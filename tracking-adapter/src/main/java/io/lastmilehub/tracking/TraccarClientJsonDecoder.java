package io.lastmilehub.tracking;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.Instant;
import java.util.List;

/**
 * The JSON body the Traccar Client apps (Android and iOS, built on transistorsoft background-geolocation) POST to
 * the OsmAnd endpoint: {@code {"location": {"timestamp": ISO-8601, "coords": {...}, "battery": {...}},
 * "device_id": "..."}}.
 */
public class TraccarClientJsonDecoder implements ProtocolDecoder {

    @Override
    public String protocol() {
        return "traccar-client-json";
    }

    @Override
    public List<DeviceReport> decode(String message, Instant receivedAt) throws DecodeException {
        JsonNode root = JsonMessages.parse(message, protocol());
        JsonNode location = root.path("location");
        if (!location.isObject()) {
            throw new DecodeException(protocol() + ": no 'location' object");
        }
        ReportBuilder report = new ReportBuilder().deviceId(JsonMessages.text(root, "device_id"));
        String timestamp = JsonMessages.text(location, "timestamp"); // ISO-8601 UTC, milliseconds
        if (timestamp != null) {
            report.time(Timestamps.parse(timestamp));
        }
        coords(location.path("coords"), report);
        JsonNode battery = location.path("battery");
        if (JsonMessages.hasNumber(battery, "level")) {
            report.batteryPercent(battery.get("level").asDouble() * 100); // 0..1, -1 when unknown (iOS simulator)
        }
        JsonMessages.copy(location, "event", report);     // motionchange, heartbeat, geofence, ...
        JsonMessages.copy(location, "is_moving", report); // the app's own motion state
        JsonMessages.copy(location, "odometer", report);  // metres since the app started counting
        JsonMessages.copy(location, "mock", report);      // true for simulated locations
        JsonMessages.copy(location.path("activity"), "type", report); // still, on_foot, in_vehicle, ...
        return List.of(report.build(receivedAt));
    }

    private void coords(JsonNode coords, ReportBuilder report) throws DecodeException {
        if (!JsonMessages.hasNumber(coords, "latitude") || !JsonMessages.hasNumber(coords, "longitude")) {
            throw new DecodeException(protocol() + ": location.coords needs latitude and longitude");
        }
        report.latitude(coords.get("latitude").asDouble()).longitude(coords.get("longitude").asDouble());
        if (JsonMessages.hasNumber(coords, "speed")) {
            double speed = coords.get("speed").asDouble(); // m/s, -1 when unknown
            report.speedKmh(speed < 0 ? speed : Units.mpsToKmh(speed));
        }
        if (JsonMessages.hasNumber(coords, "heading")) {
            report.headingDeg(coords.get("heading").asDouble()); // degrees, -1 when unknown
        }
        if (JsonMessages.hasNumber(coords, "accuracy")) {
            report.accuracyMeters(coords.get("accuracy").asDouble()); // metres, horizontal
        }
        if (JsonMessages.hasNumber(coords, "altitude")) {
            report.altitudeMeters(coords.get("altitude").asDouble()); // metres
        }
    }
}

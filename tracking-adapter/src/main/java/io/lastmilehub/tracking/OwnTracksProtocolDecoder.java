package io.lastmilehub.tracking;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.Instant;
import java.util.List;

/**
 * OwnTracks JSON, over HTTP or MQTT: {@code {"_type": "location", "tid": "JJ", "lat": 48.85833, "lon": 2.29513,
 * "tst": 1497349316, "vel": 61, ...}}. Other message types (lwt, transition, waypoints) carry no position and
 * decode to no report. The device id is the tracker id {@code tid}, unless the transport already knows the device
 * (HTTP Basic user, MQTT topic): then every report is that device's.
 */
public class OwnTracksProtocolDecoder implements ProtocolDecoder {

    private final String knownDevice;

    /** A decoder that takes the device id from the message ({@code tid}). */
    public OwnTracksProtocolDecoder() {
        this(null);
    }

    /** A decoder for the messages of one device, known from the transport; {@code tid} is then ignored. */
    public OwnTracksProtocolDecoder(String knownDevice) {
        this.knownDevice = knownDevice;
    }

    @Override
    public String protocol() {
        return "owntracks";
    }

    @Override
    public List<DeviceReport> decode(String message, Instant receivedAt) throws DecodeException {
        JsonNode root = JsonMessages.parse(message, protocol());
        if (!"location".equals(JsonMessages.text(root, "_type"))) {
            return List.of();
        }
        if (!JsonMessages.hasNumber(root, "lat") || !JsonMessages.hasNumber(root, "lon")) {
            throw new DecodeException(protocol() + ": a location needs numeric 'lat' and 'lon'");
        }
        ReportBuilder report = new ReportBuilder()
                .deviceId(knownDevice != null ? knownDevice : JsonMessages.text(root, "tid")) // tracker id, 2 chars
                .latitude(root.get("lat").asDouble())
                .longitude(root.get("lon").asDouble());
        if (JsonMessages.hasNumber(root, "tst")) {
            report.time(Timestamps.epoch(root.get("tst").asLong())); // epoch seconds of the fix
        }
        if (JsonMessages.hasNumber(root, "vel")) {
            report.speedKmh(root.get("vel").asDouble()); // km/h
        }
        if (JsonMessages.hasNumber(root, "cog")) {
            report.headingDeg(root.get("cog").asDouble()); // course over ground, degrees
        }
        if (JsonMessages.hasNumber(root, "alt")) {
            report.altitudeMeters(root.get("alt").asDouble()); // metres above sea level
        }
        if (JsonMessages.hasNumber(root, "acc")) {
            report.accuracyMeters(root.get("acc").asDouble()); // metres, horizontal
        }
        if (JsonMessages.hasNumber(root, "batt")) {
            report.batteryPercent(root.get("batt").asDouble()); // percent
        }
        JsonMessages.copy(root, "vac", report);  // vertical accuracy, metres
        JsonMessages.copy(root, "t", report);    // trigger: p ping, u manual, t timer, c region, ...
        JsonMessages.copy(root, "conn", report); // connectivity: w wifi, m mobile, o offline
        return List.of(report.build(receivedAt));
    }
}

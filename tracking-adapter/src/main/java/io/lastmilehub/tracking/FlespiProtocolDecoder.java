package io.lastmilehub.tracking;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * flespi messages: a JSON array (or one object) of flat messages with dotted parameter names, as flespi's HTTP
 * stream pushes them: {@code [{"ident": "605630", "timestamp": 1506956075, "position.latitude": 53.9, ...}]}.
 * The device is the message's {@code ident}, unless the transport already knows it (an MQTT topic per device).
 */
public class FlespiProtocolDecoder implements ProtocolDecoder {

    private final String knownDevice;

    /** A decoder that takes each message's device from its {@code ident}. */
    public FlespiProtocolDecoder() {
        this(null);
    }

    /** A decoder for the messages of one device, known from the transport; {@code ident} is then ignored. */
    public FlespiProtocolDecoder(String knownDevice) {
        this.knownDevice = knownDevice;
    }

    /**
     * Temperature sensors, numbered flespi's two ways or not at all: {@code refrigerator.sensor.temperature#3},
     * {@code ble.sensor.temperature.2}, {@code can.refrigerator.temperature}, {@code can.ambient.temperature}.
     */
    private static final Pattern TEMPERATURE = Pattern.compile("(?:(.*)\\.)?temperature(?:[#.](\\d+))?");
    /** Temperatures of the vehicle or the tracker, not of the cargo: {@code engine.coolant.temperature} and so on. */
    private static final Set<String> NOT_CARGO = Set.of("engine", "coolant", "oil", "transmission", "device",
            "internal", "battery", "cpu", "pcb");

    @Override
    public String protocol() {
        return "flespi";
    }

    @Override
    public List<DeviceReport> decode(String message, Instant receivedAt) throws DecodeException {
        JsonNode root = JsonMessages.parse(message, protocol());
        List<DeviceReport> reports = new ArrayList<>();
        if (root.isArray()) {
            for (JsonNode item : root) {
                reports.add(decodeMessage(item, receivedAt));
            }
        } else {
            reports.add(decodeMessage(root, receivedAt));
        }
        return reports;
    }

    private DeviceReport decodeMessage(JsonNode item, Instant receivedAt) throws DecodeException {
        if (!item.isObject()) {
            throw new DecodeException(protocol() + ": each message must be a JSON object");
        }
        ReportBuilder report = new ReportBuilder()
                .deviceId(knownDevice != null ? knownDevice : JsonMessages.text(item, "ident")); // IMEI or serial
        if (JsonMessages.hasNumber(item, "timestamp")) {
            report.time(Timestamps.epochSeconds(item.get("timestamp").decimalValue())); // epoch s, may have fraction
        }
        if (JsonMessages.hasNumber(item, "position.latitude") && JsonMessages.hasNumber(item, "position.longitude")) {
            report.latitude(item.get("position.latitude").asDouble())
                    .longitude(item.get("position.longitude").asDouble());
        }
        report.valid(item.path("position.valid").asBoolean(true)); // false: no GNSS lock, last known coordinates
        position(item, report);
        temperatures(item, report);
        JsonMessages.copy(item, "position.satellites", report);
        JsonMessages.copy(item, "position.hdop", report);
        JsonMessages.copy(item, "vehicle.mileage", report);  // km, the tracker's own odometer
        JsonMessages.copy(item, "can.fuel.consumed", report); // litres, the vehicle's fuel used counter (CAN bus)
        JsonMessages.copy(item, "battery.voltage", report);  // volts of the tracker's own battery
        JsonMessages.copy(item, "engine.ignition.status", report);
        return report.build(receivedAt);
    }

    private static void position(JsonNode item, ReportBuilder report) {
        if (JsonMessages.hasNumber(item, "position.speed")) {
            report.speedKmh(item.get("position.speed").asDouble()); // km/h
        }
        if (JsonMessages.hasNumber(item, "position.direction")) {
            report.headingDeg(item.get("position.direction").asDouble()); // degrees from north
        }
        if (JsonMessages.hasNumber(item, "position.altitude")) {
            report.altitudeMeters(item.get("position.altitude").asDouble()); // metres
        }
    }

    /**
     * Every cargo temperature sensor, by name then sensor number ({@code ble.sensor} 1, 2, …, then
     * {@code refrigerator.sensor} 1, 2, …), each kept; the first becomes the position's cargo temperature.
     */
    private static void temperatures(JsonNode item, ReportBuilder report) {
        Map<String, Double> bySensor = new TreeMap<>();
        item.fields().forEachRemaining(field -> {
            Matcher matcher = TEMPERATURE.matcher(field.getKey());
            if (matcher.matches() && field.getValue().isNumber() && isCargo(matcher.group(1))) {
                String family = matcher.group(1) == null ? "" : matcher.group(1);
                String sensor = matcher.group(2) == null ? "" : matcher.group(2);
                // zero-padded, so that sensor 10 comes after sensor 9
                bySensor.put(family + "#" + "0".repeat(Math.max(0, 4 - sensor.length())) + sensor,
                        field.getValue().asDouble()); // degrees Celsius
            }
        });
        bySensor.values().forEach(report::temperature);
    }

    private static boolean isCargo(String family) {
        return family == null || Arrays.stream(family.split("\\.")).noneMatch(NOT_CARGO::contains);
    }
}

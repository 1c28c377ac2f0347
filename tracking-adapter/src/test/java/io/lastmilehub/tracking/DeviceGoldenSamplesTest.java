package io.lastmilehub.tracking;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.lastmilehub.model.TrackingPosition;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every device sample under {@code samples/tracking}, decoded as the hub decodes it and compared field by field with
 * its golden file {@code golden/tracking/<sample>.json}, which was checked by hand against the sample (how each unit
 * and time was converted: {@code golden/tracking/README.md}). A field missing from the decoded report or one the
 * golden file does not name fails, naming the sample, the message, the report and the field.
 */
class DeviceGoldenSamplesTest {

    /** When the hub received every sample: the time of reports that carry none, and the day of a lone GGA. */
    private static final Instant RECEIVED_AT = Instant.parse("2025-07-01T12:00:00Z");

    /** The device the HTTP Basic user proves, for the protocols whose messages name none the hub trusts. */
    private static final String CREDENTIALS_DEVICE = "sample-device";

    /** Coordinates and converted units are compared to a millionth: the golden files are written to that. */
    private static final double TOLERANCE = 1e-6;

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final DeviceProtocols PROTOCOLS = DeviceProtocols.load();

    /** Which protocol takes a sample, by its name's start, and whether its file holds one message per line. */
    private record Kind(String prefix, String protocol, boolean messagePerLine) {
    }

    private static final List<Kind> KINDS = List.of(new Kind("flespi-", "flespi", false),
            new Kind("gpx-", "gpx", false), new Kind("nmea-", "nmea", false),
            new Kind("osmand-json-", "osmand", false), new Kind("osmand-query-", "osmand", true),
            new Kind("owntracks-", "owntracks", true));

    static Stream<String> samples() {
        try (Stream<Path> files = Files.list(Path.of(DeviceGoldenSamplesTest.class
                .getResource("/samples/tracking").toURI()))) {
            return files.map(file -> file.getFileName().toString()).sorted().toList().stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void eachSampleDecodesAsItsGoldenFileSays(String sample) throws DecodeException {
        Kind kind = KINDS.stream().filter(k -> sample.startsWith(k.prefix())).findFirst()
                .orElseThrow(() -> new AssertionError(sample + ": no protocol takes this sample; add it to KINDS"));
        DeviceProtocol protocol = PROTOCOLS.get(kind.protocol());
        String knownDevice = protocol.authentication() == DeviceProtocol.Authentication.DEVICE_CREDENTIALS
                ? CREDENTIALS_DEVICE : null;
        String text = ProtocolTest.text(sample);
        List<String> messages = kind.messagePerLine() ? text.lines().toList() : List.of(text);
        ArrayNode decoded = JSON.createArrayNode();
        for (String message : messages) {
            decoded.add(outcome(protocol.decoder(knownDevice), message));
        }
        JsonNode golden = golden(sample);
        List<String> differences = new ArrayList<>();
        if (golden.size() != decoded.size()) {
            differences.add(sample + ": " + decoded.size() + " messages, golden has " + golden.size());
        }
        for (int i = 0; i < Math.min(golden.size(), decoded.size()); i++) {
            compare(sample + " message " + (i + 1), golden.get(i), decoded.get(i), differences);
        }
        assertThat(differences).as("%s against golden/tracking/%s.json", sample, sample).isEmpty();
    }

    /** One message: {@code {"reports": [...]}}, or {@code {"refused": reason}}. */
    private static ObjectNode outcome(ProtocolDecoder decoder, String message) {
        ObjectNode outcome = JSON.createObjectNode();
        try {
            ArrayNode reports = outcome.putArray("reports");
            decoder.decode(message, RECEIVED_AT).forEach(report -> reports.add(report(report)));
        } catch (DecodeException refused) {
            outcome.removeAll();
            outcome.put("refused", refused.getMessage());
        }
        return outcome;
    }

    /** A report flat, as the golden files write it: fields without a value are left out. */
    private static ObjectNode report(DeviceReport report) {
        ObjectNode node = JSON.createObjectNode();
        node.put("deviceId", report.deviceId());
        node.put("time", report.time().toString());
        node.put("validFix", report.validFix());
        TrackingPosition position = report.position();
        if (position != null) {
            node.put("latitude", position.getLocation().getLatitude());
            node.put("longitude", position.getLocation().getLongitude());
            putIfPresent(node, "speedKmh", position.getSpeedKmh());
            putIfPresent(node, "headingDeg", position.getHeadingDeg());
            putIfPresent(node, "accuracyMeters", position.getAccuracyMeters());
            putIfPresent(node, "altitudeMeters", position.getAltitudeMeters());
            putIfPresent(node, "batteryPercent", position.getBatteryPercent());
            putIfPresent(node, "temperatureCelsius", position.getTemperatureCelsius());
            if (!position.getDeviceId().equals(report.deviceId()) || !position.getTime().equals(report.time())) {
                node.put("positionDiffers", position.getDeviceId() + " at " + position.getTime());
            }
        }
        putIfPresent(node, "odometerMeters", DeviceCounters.odometerMeters(report));
        putIfPresent(node, "fuelLitres", DeviceCounters.fuelLitres(report));
        if (!report.temperatures().isEmpty()) {
            ArrayNode temperatures = node.putArray("temperatures");
            report.temperatures().forEach(temperatures::add);
        }
        if (!report.attributes().isEmpty()) {
            ObjectNode attributes = node.putObject("attributes");
            report.attributes().forEach(attributes::put);
        }
        return node;
    }

    private static void putIfPresent(ObjectNode node, String field, Double value) {
        if (value != null) {
            node.put(field, value);
        }
    }

    /** Walks both trees, noting every field missing, extra or different, by its path. */
    private static void compare(String path, JsonNode expected, JsonNode actual, List<String> differences) {
        if (expected.isObject() && actual.isObject()) {
            TreeSet<String> names = new TreeSet<>();
            expected.fieldNames().forEachRemaining(names::add);
            actual.fieldNames().forEachRemaining(names::add);
            for (String name : names) {
                if (!actual.has(name)) {
                    differences.add(path + "." + name + ": missing (golden " + expected.get(name) + ")");
                } else if (!expected.has(name)) {
                    differences.add(path + "." + name + ": extra (decoded " + actual.get(name) + ")");
                } else {
                    compare(path + "." + name, expected.get(name), actual.get(name), differences);
                }
            }
        } else if (expected.isArray() && actual.isArray()) {
            if (expected.size() != actual.size()) {
                differences.add(path + ": " + actual.size() + " entries, golden has " + expected.size());
            }
            Iterator<JsonNode> golden = expected.elements();
            Iterator<JsonNode> decoded = actual.elements();
            for (int i = 1; golden.hasNext() && decoded.hasNext(); i++) {
                compare(path + "[" + i + "]", golden.next(), decoded.next(), differences);
            }
        } else if (expected.isNumber() && actual.isNumber()) {
            if (Math.abs(expected.asDouble() - actual.asDouble()) > TOLERANCE) {
                differences.add(path + ": decoded " + actual + ", golden " + expected);
            }
        } else if (!expected.equals(actual)) {
            differences.add(path + ": decoded " + actual + ", golden " + expected);
        }
    }

    private static JsonNode golden(String sample) {
        try (InputStream in = DeviceGoldenSamplesTest.class.getResourceAsStream("/golden/tracking/" + sample
                + ".json")) {
            if (in == null) {
                throw new AssertionError("no golden file golden/tracking/" + sample + ".json; each sample has one");
            }
            return JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

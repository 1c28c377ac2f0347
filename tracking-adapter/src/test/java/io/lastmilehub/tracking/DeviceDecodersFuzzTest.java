package io.lastmilehub.tracking;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.lastmilehub.model.ModelValidator;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Fuzzes every device protocol's decoder with Jazzer (docs/bad-input.md). An input's first byte picks the protocol
 * (its index among the registered ones, sorted by name, modulo their number); the rest is the message text. The
 * contract: the decoder returns reports whose fixes meet the canonical constraints, or throws a
 * {@link DecodeException} with a reason; anything else (and a hang) is a finding. Seeds are the real samples, one
 * message each.
 */
class DeviceDecodersFuzzTest {

    private static final List<DeviceProtocol> PROTOCOLS = List.copyOf(DeviceProtocols.load().all());
    /** The sample files of each protocol; for a file of one message per line, each line is a seed. */
    private static final Map<String, List<String>> SAMPLES = Map.of(
            "osmand", List.of("osmand-query-requests.txt:lines", "osmand-json-1-android-motionchange.json",
                    "osmand-json-3-ios-mock.json"),
            "owntracks", List.of("owntracks-locations.jsonl:lines"),
            "flespi", List.of("flespi-1-basic.json", "flespi-2-reefer.json"),
            "nmea", List.of("nmea-sentences.txt"),
            "gpx", List.of("gpx-11-osmand-track.gpx", "gpx-10-logger.gpx"));

    static Stream<Named<byte[]>> seeds() {
        return PROTOCOLS.stream().flatMap(protocol -> SAMPLES.get(protocol.protocol()).stream()
                .flatMap(DeviceDecodersFuzzTest::messages)
                .map(message -> Named.of(protocol.protocol() + ": " + message.getName(),
                        input(PROTOCOLS.indexOf(protocol), message.getPayload()))));
    }

    @MethodSource("seeds")
    @FuzzTest
    void decodesOrRefusesWithAReason(byte[] input) {
        DeviceProtocol protocol = PROTOCOLS.get(input.length == 0 ? 0 : Byte.toUnsignedInt(input[0]) % PROTOCOLS.size());
        String message = input.length == 0 ? "" : new String(input, 1, input.length - 1, StandardCharsets.UTF_8);
        String knownDevice = protocol.authentication() == DeviceProtocol.Authentication.DEVICE_CREDENTIALS
                ? "fuzz-device" : null;
        try {
            for (DeviceReport report : protocol.decoder(knownDevice).decode(message, ProtocolTest.RECEIVED_AT)) {
                report.fix().ifPresent(fix -> assertThat(ModelValidator.violationsOf(fix)).as("fix").isEmpty());
            }
        } catch (DecodeException refused) {
            assertThat(refused.getMessage()).as("reason").isNotBlank();
        }
    }

    @Test
    void whenAProtocolIsRegistered_itShouldHaveSeeds() {
        assertThat(PROTOCOLS).allSatisfy(protocol -> assertThat(SAMPLES).containsKey(protocol.protocol()));
    }

    private static Stream<Named<String>> messages(String sample) {
        String file = sample.replace(":lines", "");
        String text = ProtocolTest.text(file);
        if (!sample.endsWith(":lines")) {
            return Stream.of(Named.of(file, text));
        }
        List<String> lines = text.lines().toList();
        return lines.stream().map(line -> Named.of(file + " line " + (lines.indexOf(line) + 1), line));
    }

    private static byte[] input(int protocolIndex, String message) {
        byte[] text = message.getBytes(StandardCharsets.UTF_8);
        byte[] input = new byte[text.length + 1];
        input[0] = (byte) protocolIndex;
        System.arraycopy(text, 0, input, 1, text.length);
        return input;
    }
}

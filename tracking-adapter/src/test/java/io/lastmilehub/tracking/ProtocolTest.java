package io.lastmilehub.tracking;

import io.lastmilehub.model.TrackingPosition;
import io.lastmilehub.model.testing.Plausibility;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Base of the decoder tests, after Traccar's ProtocolTest: feeds the real samples under
 * {@code samples/tracking} and checks that every decoded position is plausible (canonical constraints, latitude
 * within ±90, longitude within ±180, not 0/0, time after 2000 and not after the message was received, speed
 * not negative).
 */
abstract class ProtocolTest {

    /** When the hub received every sample; reports without a time get it. */
    static final Instant RECEIVED_AT = Instant.parse("2025-07-01T12:00:00Z");

    /** Devices may run a little ahead of the hub's clock, never by days. */
    private static final Duration CLOCK_SKEW = Duration.ofMinutes(5);

    /** The text of a sample, exactly as stored. */
    static String text(String sample) {
        try (InputStream in = ProtocolTest.class.getResourceAsStream("/samples/tracking/" + sample)) {
            assertThat(in).as("sample %s", sample).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Line {@code number} (from 1) of a sample with one message per line. */
    static String line(String sample, int number) {
        return text(sample).lines().toList().get(number - 1);
    }

    /** Decodes a message that must hold exactly one plausible position, and returns it. */
    static TrackingPosition verifyPosition(ProtocolDecoder decoder, String message) throws DecodeException {
        List<TrackingPosition> positions = verifyPositions(decoder, message);
        assertThat(positions).hasSize(1);
        return positions.get(0);
    }

    /** Decodes a message whose reports all carry a fix; checks each is plausible and returns them in order. */
    static List<TrackingPosition> verifyPositions(ProtocolDecoder decoder, String message) throws DecodeException {
        List<DeviceReport> reports = decoder.decode(message, RECEIVED_AT);
        assertThat(reports).isNotEmpty().allSatisfy(report -> assertThat(report.fix()).isPresent());
        List<TrackingPosition> positions = reports.stream().map(DeviceReport::position).toList();
        positions.forEach(ProtocolTest::assertPlausible);
        return positions;
    }

    /** The shared plausibility check of every decoded position. */
    static void assertPlausible(TrackingPosition position) {
        Plausibility.assertPlausible(position);
        assertThat(position.getTime()).as("time").isBefore(RECEIVED_AT.plus(CLOCK_SKEW));
        if (position.getSpeedKmh() != null) {
            assertThat(position.getSpeedKmh()).as("speedKmh").isNotNegative();
        }
    }
}

package io.lastmilehub.tracking;

import io.lastmilehub.model.TrackingPosition;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The two Traccar Client JSON bodies of the shared samples.
 */
class TraccarClientJsonDecoderTest extends ProtocolTest {

    private final TraccarClientJsonDecoder decoder = new TraccarClientJsonDecoder();

    @Test
    void android_motionChange() throws DecodeException {
        String message = text("osmand-json-1-android-motionchange.json");
        TrackingPosition position = verifyPosition(decoder, message);

        OsmAndProtocolDecoderTest.assertFix(position, "48241179", 37.4219983, -122.084,
                Instant.parse("2025-06-15T13:45:12.862Z"));
        assertThat(position.getSpeedKmh()).isZero();
        assertThat(position.getHeadingDeg()).as("-1 means unknown").isNull();
        assertThat(position.getAccuracyMeters()).isEqualTo(5.0);
        assertThat(position.getAltitudeMeters()).isEqualTo(5.0);
        assertThat(position.getBatteryPercent()).as("level 1 of 0..1").isEqualTo(100.0);
        assertThat(decoder.decode(message, RECEIVED_AT).get(0).attributes())
                .containsEntry("event", "motionchange").containsEntry("type", "still");
    }

    @Test
    void ios_mockLocation_unknownValuesLeftOut() throws DecodeException {
        String message = text("osmand-json-3-ios-mock.json");
        TrackingPosition position = verifyPosition(decoder, message);

        OsmAndProtocolDecoderTest.assertFix(position, "658765", 37.785834000000001, -122.406417,
                Instant.parse("2025-05-09T04:11:30.579Z"));
        assertThat(position.getSpeedKmh()).as("-1 means unknown").isNull();
        assertThat(position.getHeadingDeg()).isNull();
        assertThat(position.getBatteryPercent()).isNull();
        assertThat(decoder.decode(message, RECEIVED_AT).get(0).attributes()).containsEntry("mock", "true");
    }

    @Test
    void speedInMetresPerSecondBecomesKmh() throws DecodeException {
        String message = "{\"location\":{\"timestamp\":\"2025-06-15T13:45:12Z\",\"coords\":{\"latitude\":52.5,"
                + "\"longitude\":13.4,\"speed\":10}},\"device_id\":\"van-1\"}";

        List<TrackingPosition> positions = verifyPositions(decoder, message);

        assertThat(positions.get(0).getSpeedKmh()).isEqualTo(36.0);
    }

    @Test
    void withoutCoordinates_isRejected() {
        assertThatThrownBy(() -> decoder.decode("{\"location\":{\"coords\":{}},\"device_id\":\"1\"}", RECEIVED_AT))
                .isInstanceOf(DecodeException.class).hasMessageContaining("latitude");
    }

    @Test
    void notJson_isRejected() {
        assertThatThrownBy(() -> decoder.decode("{\"location\":", RECEIVED_AT))
                .isInstanceOf(DecodeException.class).hasMessageContaining("not JSON");
        assertThatThrownBy(() -> decoder.decode("{\"location\": secretToken}", RECEIVED_AT))
                .isInstanceOf(DecodeException.class).hasMessageContaining("not JSON").message()
                .doesNotContain("secretToken");
    }
}

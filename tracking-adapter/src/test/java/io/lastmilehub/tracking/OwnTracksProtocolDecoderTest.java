package io.lastmilehub.tracking;

import io.lastmilehub.model.TrackingPosition;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every line of {@code owntracks-locations.jsonl}, one per test.
 */
class OwnTracksProtocolDecoderTest extends ProtocolTest {

    private static final String SAMPLE = "owntracks-locations.jsonl";
    private static final Instant EIFFEL_TIME = Instant.parse("2017-06-13T10:21:56Z");

    private final OwnTracksProtocolDecoder decoder = new OwnTracksProtocolDecoder();

    @Test
    void line1_fullLocation() throws DecodeException {
        TrackingPosition position = verifyPosition(decoder, line(SAMPLE, 1));

        OsmAndProtocolDecoderTest.assertFix(position, "5t", 46.0681247, 11.1512805,
                Instant.parse("2019-03-06T12:21:18Z"));
        assertThat(position.getAccuracyMeters()).isEqualTo(15.0);
        assertThat(position.getAltitudeMeters()).isEqualTo(440.0);
        assertThat(position.getBatteryPercent()).isEqualTo(46.0);
        assertThat(position.getSpeedKmh()).isZero();
    }

    @Test
    void line2_minimalLocation() throws DecodeException {
        TrackingPosition position = verifyPosition(decoder, line(SAMPLE, 2));

        OsmAndProtocolDecoderTest.assertFix(position, "JJ", 48.85833, 2.29513, EIFFEL_TIME);
        assertThat(position.getSpeedKmh()).isNull();
    }

    @Test
    void line3_velocityIsAlreadyKmh() throws DecodeException {
        TrackingPosition position = verifyPosition(decoder, line(SAMPLE, 3));

        OsmAndProtocolDecoderTest.assertFix(position, "JJ", 48.85833, 2.29513, EIFFEL_TIME);
        assertThat(position.getSpeedKmh()).isEqualTo(61.0);
        assertThat(position.getHeadingDeg()).isEqualTo(271.0);
        assertThat(position.getAltitudeMeters()).isEqualTo(167.0);
        assertThat(position.getBatteryPercent()).isEqualTo(67.0);
    }

    @Test
    void line4_otherFieldOrder() throws DecodeException {
        OsmAndProtocolDecoderTest.assertFix(verifyPosition(decoder, line(SAMPLE, 4)), "JJ", 48.85, 2.295,
                Instant.parse("2017-06-14T21:40:56Z"));
    }

    @Test
    void aDeviceKnownFromTheTransport_ownsTheReport_withOrWithoutTid() throws DecodeException {
        OwnTracksProtocolDecoder ofDevice = new OwnTracksProtocolDecoder("van-1-owntracks");

        assertThat(verifyPosition(ofDevice, line(SAMPLE, 2)).getDeviceId()).isEqualTo("van-1-owntracks");
        assertThat(verifyPosition(ofDevice, "{\"_type\":\"location\",\"lat\":45.42,\"lon\":-75.7}")
                .getDeviceId()).isEqualTo("van-1-owntracks");
    }

    @Test
    void lastWill_carriesNoReport() throws DecodeException {
        assertThat(decoder.decode("{\"_type\":\"lwt\",\"tst\":1497349316}", RECEIVED_AT)).isEmpty();
    }
}

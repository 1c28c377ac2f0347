package io.lastmilehub.tracking;

import io.lastmilehub.model.TrackingPosition;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/** {@code gpx-11-osmand-track.gpx} (GPX 1.1, extensions) and {@code gpx-10-logger.gpx} (GPX 1.0). */
class GpxProtocolDecoderTest extends ProtocolTest {

    private final GpxProtocolDecoder decoder = new GpxProtocolDecoder("van-9-gpx");

    @Test
    void gpx11_everyTrackPointOfEverySegmentIsAPositionOfTheDevice_theWaypointIsNot() throws DecodeException {
        List<TrackingPosition> positions = verifyPositions(decoder, text("gpx-11-osmand-track.gpx"));

        assertThat(positions).extracting(TrackingPosition::getTime).containsExactly(
                Instant.parse("2025-06-30T06:14:05Z"), Instant.parse("2025-06-30T06:14:35Z"),
                Instant.parse("2025-06-30T06:16:11.480Z"));
        TrackingPosition first = positions.get(0);
        OsmAndProtocolDecoderTest.assertFix(first, "van-9-gpx", 52.5163121, 13.3776543,
                Instant.parse("2025-06-30T06:14:05Z"));
        assertThat(first.getAltitudeMeters()).isEqualTo(41.2);
        assertThat(positions.get(1).getSpeedKmh()).isCloseTo(8.3 * 3.6, within(1e-9));
        assertThat(positions.get(1).getHeadingDeg()).isEqualTo(78.0);
        assertThat(positions.get(2).getSpeedKmh()).isCloseTo(11.94 * 3.6, within(1e-9));
        assertThat(positions.get(2).getHeadingDeg()).isEqualTo(82.5);
    }

    @Test
    void gpx10_speedAndCourseAreElementsOfThePoint() throws DecodeException {
        List<TrackingPosition> positions = verifyPositions(decoder, text("gpx-10-logger.gpx"));

        assertThat(positions).hasSize(2);
        OsmAndProtocolDecoderTest.assertFix(positions.get(1), "van-9-gpx", 45.495790, -73.566110,
                Instant.parse("2025-06-27T15:38:52Z"));
        assertThat(positions.get(1).getSpeedKmh()).isCloseTo(7.1 * 3.6, within(1e-9));
        assertThat(positions.get(1).getHeadingDeg()).isEqualTo(47.8);
    }

    @Test
    void aTrackPointWithoutTimeIsRefusedNamingIt() {
        String gpx = text("gpx-10-logger.gpx").replace("<time>2025-06-27T15:38:52Z</time>", "");

        assertThatThrownBy(() -> decoder.decode(gpx, RECEIVED_AT)).isInstanceOf(DecodeException.class)
                .hasMessageStartingWith("gpx: trkpt 2 has no <time>");
    }

    @Test
    void aTimeWithoutOffsetIsUtc_asTheSchemaSays() throws DecodeException {
        String gpx = text("gpx-10-logger.gpx").replace("2025-06-27T15:38:52Z", "2025-06-27T15:38:52");

        assertThat(decoder.decode(gpx, RECEIVED_AT).get(1).time()).isEqualTo(Instant.parse("2025-06-27T15:38:52Z"));
    }

    @Test
    void aFileWithAnExternalEntityIsRefused_notResolved() {
        String gpx = "<?xml version=\"1.0\"?><!DOCTYPE gpx [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                + "<gpx><trk><trkseg><trkpt lat=\"1\" lon=\"1\"><time>&x;</time></trkpt></trkseg></trk></gpx>";

        assertThatThrownBy(() -> decoder.decode(gpx, RECEIVED_AT)).isInstanceOf(DecodeException.class);
    }

    @Test
    void aFileWithoutTrackPointsOrDeviceIsRefused() {
        assertThatThrownBy(() -> decoder.decode("<gpx version=\"1.1\"/>", RECEIVED_AT))
                .hasMessage("gpx: no track point (<trkpt>) in the file");
        assertThatThrownBy(() -> new GpxProtocolDecoder(null).decode(text("gpx-10-logger.gpx"), RECEIVED_AT))
                .hasMessageContaining("device's credentials");
    }
}

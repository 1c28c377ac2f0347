package io.lastmilehub.tracking;

import io.lastmilehub.model.TrackingPosition;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/**
 * Every request of {@code osmand-query-requests.txt}, one per test, in file order.
 */
class OsmAndProtocolDecoderTest extends ProtocolTest {

    private static final String SAMPLE = "osmand-query-requests.txt";
    private static final Instant T1377177267 = Instant.parse("2013-08-22T13:14:27Z");

    private final OsmAndProtocolDecoder decoder = new OsmAndProtocolDecoder();

    @Test
    void line1_cellAndWifiOnly_decodesToAReportWithoutFix() throws DecodeException {
        List<DeviceReport> reports = decoder.decode(line(SAMPLE, 1), RECEIVED_AT);

        assertThat(reports).singleElement().satisfies(report -> {
            assertThat(report.deviceId()).isEqualTo("123456");
            assertThat(report.time()).isEqualTo(T1377177267);
            assertThat(report.fix()).isEmpty();
            assertThat(report.attributes()).containsEntry("cell", "257,02,16,2224;257,02,16,2223,-90")
                    .containsEntry("wifi", "00-14-22-01-23-45,-80;00-1C-B3-09-85-15,-70");
        });
    }

    @Test
    void line2_withoutDeviceId_isRejectedNamingTheField() {
        assertThatThrownBy(() -> decoder.decode(line(SAMPLE, 2), RECEIVED_AT))
                .isInstanceOf(DecodeException.class).hasMessageContaining("device id");
    }

    @Test
    void line3_isoTimestampUrlEncoded() throws DecodeException {
        TrackingPosition position = verifyPosition(decoder, line(SAMPLE, 3));

        assertFix(position, "902064", 42.06288, -88.23412, Instant.parse("2016-01-27T18:55:47Z"));
        assertThat(position.getAltitudeMeters()).isEqualTo(224.0);
        assertThat(position.getSpeedKmh()).isZero();
    }

    @Test
    void line4_epochMilliseconds() throws DecodeException {
        TrackingPosition position = verifyPosition(decoder, line(SAMPLE, 4));

        assertFix(position, "902064", 42.06288, -88.23412, Instant.parse("2015-09-12T14:38:06.579Z"));
    }

    @Test
    void line5_dateTimeWithPlusForSpace_readAsUtc() throws DecodeException {
        TrackingPosition position = verifyPosition(decoder, line(SAMPLE, 5));

        assertFix(position, "353861053849681", 49.60688, 6.15788, Instant.parse("2014-06-04T09:10:11Z"));
        assertThat(position.getAltitudeMeters()).isEqualTo(384.7);
    }

    @Test
    void line6_epochSecondsWithBearingAndAltitude() throws DecodeException {
        TrackingPosition position = verifyPosition(decoder, line(SAMPLE, 6));

        assertFix(position, "123456", 60.0, 30.0, T1377177267);
        assertThat(position.getHeadingDeg()).isZero();
        assertThat(position.getSpeedKmh()).isZero();
    }

    @Test
    void line7_minimalRequest() throws DecodeException {
        assertFix(verifyPosition(decoder, line(SAMPLE, 7)), "123456", 60.0, 30.0, T1377177267);
    }

    @Test
    void line8_deviceIdAliasWithoutTimestamp_takesTheReceiveTime() throws DecodeException {
        TrackingPosition position = verifyPosition(decoder, line(SAMPLE, 8));

        assertFix(position, "123456", 60.0, 30.0, RECEIVED_AT);
        assertThat(position.getAccuracyMeters()).isZero();
    }

    @Test
    void line9_battery() throws DecodeException {
        TrackingPosition position = verifyPosition(decoder, line(SAMPLE, 9));

        assertFix(position, "861001000719969", 41.666667, -0.883333, RECEIVED_AT);
        assertThat(position.getBatteryPercent()).isEqualTo(87.0);
        assertThat(position.getAltitudeMeters()).isEqualTo(350.059479);
    }

    @Test
    void line10_locationField() throws DecodeException {
        assertFix(verifyPosition(decoder, line(SAMPLE, 10)), "123456", 60.0, 30.0, T1377177267);
    }

    @Test
    void line11_speedInKnotsBecomesKmh() throws DecodeException {
        List<DeviceReport> reports = decoder.decode(line(SAMPLE, 11), RECEIVED_AT);
        TrackingPosition position = verifyPosition(decoder, line(SAMPLE, 11));

        assertFix(position, "123456789012345", 40.7232948571, -74.0061408571, Instant.parse("2017-09-07T05:56:50Z"));
        assertThat(position.getSpeedKmh()).isCloseTo(74.08, within(1e-9)); // 40 kn
        assertThat(position.getHeadingDeg()).isEqualTo(7.19889788244);
        assertThat(reports.get(0).attributes()).containsEntry("ignition", "true").containsEntry("rpm", "933")
                .containsEntry("fuel", "24");
    }

    @Test
    void jsonBody_isHandedToTheTraccarClientDecoder() throws DecodeException {
        TrackingPosition position = verifyPosition(decoder, text("osmand-json-1-android-motionchange.json"));

        assertThat(position.getDeviceId()).isEqualTo("48241179");
    }

    @Test
    void formBody_withoutPath() throws DecodeException {
        TrackingPosition position = verifyPosition(decoder, "id=abc&lat=52.5&lon=13.4&timestamp=1700000000");

        assertFix(position, "abc", 52.5, 13.4, Instant.ofEpochSecond(1_700_000_000));
    }

    @Test
    void badNumber_isRejectedNamingTheField() {
        assertThatThrownBy(() -> decoder.decode("/?id=1&lat=north&lon=3", RECEIVED_AT))
                .isInstanceOf(DecodeException.class).hasMessageContaining("'lat'").message().doesNotContain("north");
    }

    @Test
    void badTimestamp_isRejectedWithoutEchoingIt() {
        assertThatThrownBy(() -> decoder.decode("/?id=1&lat=1&lon=2&timestamp=%3Cimg%20src%3Dx%3E", RECEIVED_AT))
                .isInstanceOf(DecodeException.class).hasMessageContaining("timestamp").message()
                .doesNotContain("img", "<");
    }

    @Test
    void brokenUrlEncoding_isRejectedNamingTheField() {
        assertThatThrownBy(() -> decoder.decode("/?id=1&lat=1&lon=2&timestamp=2016%3", RECEIVED_AT))
                .isInstanceOf(DecodeException.class).hasMessageContaining("'timestamp' is not URL-encoded");
    }

    @Test
    void aValueNoMeasurementHas_isRejectedNamingItsField() {
        // Double.parseDouble reads these; NaN and infinity passed the model's lower bounds and were stored
        assertThatThrownBy(() -> decoder.decode("/?id=1&lat=45&lon=3&speed=NaN", RECEIVED_AT))
                .isInstanceOf(DecodeException.class).hasMessage("speedKmh: not a finite number");
        assertThatThrownBy(() -> decoder.decode("/?id=1&lat=45&lon=3&altitude=1e999", RECEIVED_AT))
                .isInstanceOf(DecodeException.class).hasMessage("altitudeMeters: not a finite number");
        assertThatThrownBy(() -> decoder.decode("/?id=1&lat=Infinity&lon=3", RECEIVED_AT))
                .isInstanceOf(DecodeException.class).hasMessage("latitude: not a finite number");
    }

    @Test
    void latitudeOutOfRange_isRejected() {
        assertThatThrownBy(() -> decoder.decode("/?id=1&lat=91&lon=3", RECEIVED_AT))
                .isInstanceOf(DecodeException.class).hasMessageContaining("latitude");
    }

    static void assertFix(TrackingPosition position, String deviceId, double lat, double lon, Instant time) {
        assertThat(position.getDeviceId()).isEqualTo(deviceId);
        assertThat(position.getLocation().getLatitude()).isEqualTo(lat);
        assertThat(position.getLocation().getLongitude()).isEqualTo(lon);
        assertThat(position.getTime()).isEqualTo(time);
    }
}
